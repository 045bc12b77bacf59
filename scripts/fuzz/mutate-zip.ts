/**
 * ZIP-level mutations of a deck's raw bytes: the fields of local headers, central directory
 * records and the end-of-central-directory record set to edge values, truncation, garbage
 * before, inside and after the archive, renamed and duplicated entries, and plain byte flips.
 */
import type { Rng } from './rng.js';

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;

/** Field offsets and sizes inside each record, with what the field is. */
const LOCAL_FIELDS: readonly [number, 2 | 4, string][] = [
  [4, 2, 'version'],
  [6, 2, 'flags'],
  [8, 2, 'method'],
  [14, 4, 'crc'],
  [18, 4, 'compressed size'],
  [22, 4, 'size'],
  [26, 2, 'name length'],
  [28, 2, 'extra length'],
];
const CENTRAL_FIELDS: readonly [number, 2 | 4, string][] = [
  [4, 2, 'version made by'],
  [8, 2, 'flags'],
  [10, 2, 'method'],
  [16, 4, 'crc'],
  [20, 4, 'compressed size'],
  [24, 4, 'size'],
  [28, 2, 'name length'],
  [30, 2, 'extra length'],
  [32, 2, 'comment length'],
  [38, 4, 'external attributes'],
  [42, 4, 'local header offset'],
];
const EOCD_FIELDS: readonly [number, 2 | 4, string][] = [
  [4, 2, 'disk number'],
  [8, 2, 'entries on disk'],
  [10, 2, 'entries'],
  [12, 4, 'central directory size'],
  [16, 4, 'central directory offset'],
  [20, 2, 'comment length'],
];

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function records(bytes: Uint8Array): { local: number[]; central: number[]; eocd: number[] } {
  const local: number[] = [];
  const central: number[] = [];
  const eocd: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b) continue;
    const sig = u32(bytes, i);
    if (sig === SIG_LOCAL) local.push(i);
    else if (sig === SIG_CENTRAL) central.push(i);
    else if (sig === SIG_EOCD) eocd.push(i);
  }
  return { local, central, eocd };
}

function edgeValue(rng: Rng, size: 2 | 4, current: number): number {
  const max = size === 2 ? 0xffff : 0xffffffff;
  return rng.pick([0, 1, max, max - 1, current + 1, Math.max(0, current - 1), current * 2, rng.int(max), 0x7fff, 0x8000, 0x7fffffff & max, 12, 99]) & max;
}

function setField(bytes: Uint8Array, at: number, size: 2 | 4, value: number): void {
  if (at + size > bytes.length) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (size === 2) view.setUint16(at, value & 0xffff, true);
  else view.setUint32(at, value >>> 0, true);
}

function getField(bytes: Uint8Array, at: number, size: 2 | 4): number {
  if (at + size > bytes.length) return 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return size === 2 ? view.getUint16(at, true) : view.getUint32(at, true);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function randomBytes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(256);
  return out;
}

export type ZipMutation = (rng: Rng, bytes: Uint8Array) => { bytes: Uint8Array; what: string };

export const ZIP_MUTATIONS: Record<string, ZipMutation> = {
  field(rng, input) {
    const bytes = input.slice();
    const r = records(bytes);
    const kinds = [
      ...(r.local.length ? [['local', r.local, LOCAL_FIELDS] as const] : []),
      ...(r.central.length ? [['central', r.central, CENTRAL_FIELDS] as const] : []),
      ...(r.eocd.length ? [['eocd', r.eocd, EOCD_FIELDS] as const] : []),
    ];
    if (kinds.length === 0) return { bytes, what: 'field: no ZIP records' };
    const [kind, offsets, fields] = rng.pick(kinds);
    const at = rng.pick(offsets);
    const [off, size, name] = rng.pick(fields);
    const before = getField(bytes, at + off, size);
    const value = edgeValue(rng, size, before);
    setField(bytes, at + off, size, value);
    return { bytes, what: `field: ${kind} record at ${at}: ${name} ${before} -> ${value}` };
  },
  truncate(rng, bytes) {
    const at = rng.chance(0.5) ? rng.int(bytes.length) : Math.max(0, bytes.length - rng.range(1, 64));
    return { bytes: bytes.slice(0, at), what: `truncate at ${at} of ${bytes.length}` };
  },
  trailing(rng, bytes) {
    const n = rng.pick([1, 2, 22, 100, 4096, 70_000]);
    const extra = rng.chance(0.3) ? new Uint8Array(n) : randomBytes(rng, n);
    return { bytes: concat(bytes, extra), what: `${n} bytes after the archive` };
  },
  leading(rng, bytes) {
    const n = rng.pick([1, 4, 512, 5000]);
    return { bytes: concat(randomBytes(rng, n), bytes), what: `${n} bytes before the archive` };
  },
  insert(rng, bytes) {
    const at = rng.int(bytes.length);
    const n = rng.range(1, 64);
    return { bytes: concat(bytes.subarray(0, at), randomBytes(rng, n), bytes.subarray(at)), what: `${n} bytes inserted at ${at}` };
  },
  flip(rng, input) {
    const bytes = input.slice();
    const n = rng.logRange(1, 64);
    for (let i = 0; i < n; i++) {
      const at = rng.int(bytes.length);
      bytes[at] = bytes[at]! ^ (1 << rng.int(8));
    }
    return { bytes, what: `${n} bits flipped` };
  },
  duplicateName(rng, input) {
    // Two central records with the same name (the second renamed to the first, same length).
    const bytes = input.slice();
    const r = records(bytes).central;
    if (r.length < 2) return { bytes, what: 'duplicateName: fewer than two entries' };
    const a = rng.pick(r);
    const b = rng.pick(r.filter((x) => x !== a));
    const la = getField(bytes, a + 28, 2);
    const lb = getField(bytes, b + 28, 2);
    const n = Math.min(la, lb);
    bytes.copyWithin(b + 46, a + 46, a + 46 + n);
    if (rng.chance(0.5)) for (let i = 0; i < n; i++) bytes[b + 46 + i] = bytes[b + 46 + i]! ^ (rng.chance(0.5) ? 0x20 : 0); // case change
    return { bytes, what: `central entry at ${b} renamed like the one at ${a}` };
  },
  renameEntry(rng, input) {
    // A name with '..', '/', '\\', a drive letter, a NUL or a control character.
    const bytes = input.slice();
    const r = records(bytes).central;
    if (r.length === 0) return { bytes, what: 'renameEntry: no entries' };
    const at = rng.pick(r);
    const len = getField(bytes, at + 28, 2);
    const evil = rng.pick(['../', '..\\', '/', 'C:', '\u0000', '\u0001', '\u00ff', '//']);
    const code = new TextEncoder().encode(evil);
    for (let i = 0; i < Math.min(len, code.length); i++) bytes[at + 46 + i] = code[i]!;
    return { bytes, what: `central entry at ${at} renamed to start with ${JSON.stringify(evil)}` };
  },
};

export function mutateZip(rng: Rng, bytes: Uint8Array): { bytes: Uint8Array; what: string[] } {
  const names = Object.keys(ZIP_MUTATIONS);
  const n = rng.weighted([
    [1, 6],
    [2, 3],
    [3, 1],
  ] as const);
  const what: string[] = [];
  let out = bytes;
  for (let i = 0; i < n; i++) {
    const name = rng.weighted(names.map((k) => [k, k === 'field' ? 6 : k === 'flip' ? 3 : 1] as const));
    const r = ZIP_MUTATIONS[name]!(rng, out);
    out = r.bytes;
    what.push(`zip.${name}: ${r.what}`);
  }
  return { bytes: out, what };
}
