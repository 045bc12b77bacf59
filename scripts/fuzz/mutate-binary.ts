/**
 * Mutations of font files (TrueType/OpenType: the table directory and the fields that layout
 * divides by or counts with) and pictures (PNG, JPEG, GIF, WebP headers; SVG text: huge sizes,
 * deep nesting, external references, scripts, entity expansion, costly filters).
 */
import type { Rng } from './rng.js';

export type BinaryMutation = (rng: Rng, bytes: Uint8Array) => { bytes: Uint8Array; what: string };

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function randomBytes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(256);
  return out;
}

const generic: Record<string, BinaryMutation> = {
  flip(rng, input) {
    const bytes = input.slice();
    const n = rng.logRange(1, 200);
    for (let i = 0; i < n; i++) {
      const at = rng.int(bytes.length);
      bytes[at] = bytes[at]! ^ (1 << rng.int(8));
    }
    return { bytes, what: `${n} bits flipped` };
  },
  truncate(rng, bytes) {
    const at = rng.chance(0.3) ? rng.int(Math.min(bytes.length, 64)) : rng.int(bytes.length);
    return { bytes: bytes.slice(0, at), what: `truncated to ${at} of ${bytes.length} bytes` };
  },
  zeroRange(rng, input) {
    const bytes = input.slice();
    const at = rng.int(bytes.length);
    // Clamped: Buffer.fill throws past the end where Uint8Array.fill stops (seed 2033 case 572,
    // a font: the worker died on the exception, and the case was lost without a finding).
    const n = Math.min(bytes.length - at, rng.logRange(1, 4096));
    bytes.fill(rng.chance(0.5) ? 0 : 0xff, at, at + n);
    return { bytes, what: `${n} bytes at ${at} set to one value` };
  },
  randomize(rng, input) {
    const bytes = input.slice();
    const at = rng.int(bytes.length);
    const n = Math.min(bytes.length - at, rng.logRange(1, 256));
    bytes.set(randomBytes(rng, n), at);
    return { bytes, what: `${n} random bytes at ${at}` };
  },
};

// ── Fonts (sfnt) ────────────────────────────────────────────────────────────────────────────────

interface TableRecord {
  tag: string;
  recordAt: number;
  offset: number;
  length: number;
}

function tables(b: Uint8Array): TableRecord[] {
  if (b.length < 12) return [];
  const v = view(b);
  const n = v.getUint16(4);
  const out: TableRecord[] = [];
  for (let i = 0; i < n && 12 + 16 * i + 16 <= b.length; i++) {
    const at = 12 + 16 * i;
    out.push({ tag: String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!), recordAt: at, offset: v.getUint32(at + 8), length: v.getUint32(at + 12) });
  }
  return out;
}

/** Fields inside tables that measurement divides by, indexes with or loops over: [offset, size, signed]. */
const TABLE_FIELDS: Record<string, [number, 2 | 4, string][]> = {
  head: [
    [18, 2, 'unitsPerEm'],
    [36, 2, 'xMin'],
    [38, 2, 'yMin'],
    [40, 2, 'xMax'],
    [42, 2, 'yMax'],
    [50, 2, 'indexToLocFormat'],
  ],
  hhea: [
    [4, 2, 'ascender'],
    [6, 2, 'descender'],
    [8, 2, 'lineGap'],
    [34, 2, 'numberOfHMetrics'],
  ],
  maxp: [[4, 2, 'numGlyphs']],
  'OS/2': [
    [4, 2, 'usWeightClass'],
    [8, 2, 'fsType'],
    [62, 2, 'fsSelection'],
    [68, 2, 'sTypoAscender'],
    [70, 2, 'sTypoDescender'],
    [72, 2, 'sTypoLineGap'],
    [74, 2, 'usWinAscent'],
    [76, 2, 'usWinDescent'],
  ],
  cmap: [
    [2, 2, 'numTables'],
    [8, 4, 'first subtable offset'],
  ],
  name: [
    [2, 2, 'count'],
    [4, 2, 'stringOffset'],
  ],
  post: [[4, 4, 'italicAngle']],
};

const font: Record<string, BinaryMutation> = {
  numTables(rng, input) {
    const bytes = input.slice();
    const value = rng.pick([0, 1, 0xffff, 200, view(bytes).getUint16(4) + 1]);
    view(bytes).setUint16(4, value);
    return { bytes, what: `numTables = ${value}` };
  },
  tableRecord(rng, input) {
    const bytes = input.slice();
    const t = tables(bytes);
    if (t.length === 0) return { bytes, what: 'no table directory' };
    const rec = rng.pick(t);
    const field = rng.pick(['offset', 'length'] as const);
    const value = rng.pick([0, 1, 0xffffffff, bytes.length, bytes.length - 1, rec.offset + rec.length * 2, rng.int(bytes.length)]) >>> 0;
    view(bytes).setUint32(rec.recordAt + (field === 'offset' ? 8 : 12), value);
    return { bytes, what: `table ${rec.tag}: ${field} = ${value}` };
  },
  tableField(rng, input) {
    const bytes = input.slice();
    const t = tables(bytes).filter((r) => TABLE_FIELDS[r.tag]);
    if (t.length === 0) return { bytes, what: 'no known table' };
    const rec = rng.pick(t);
    const [off, size, name] = rng.pick(TABLE_FIELDS[rec.tag]!);
    const at = rec.offset + off;
    if (at + size > bytes.length) return { bytes, what: `table ${rec.tag} lies outside the file` };
    const max = size === 2 ? 0xffff : 0xffffffff;
    const value = rng.pick([0, 1, max, 0x8000 & max, 0x7fff, 2, 3, rng.int(max)]);
    if (size === 2) view(bytes).setUint16(at, value);
    else view(bytes).setUint32(at, value >>> 0);
    return { bytes, what: `${rec.tag}.${name} = ${value}` };
  },
  tableBytes(rng, input) {
    const bytes = input.slice();
    const t = tables(bytes).filter((r) => r.offset < bytes.length);
    if (t.length === 0) return { bytes, what: 'no table' };
    const rec = rng.pick(t);
    const n = rng.logRange(1, 64);
    for (let i = 0; i < n; i++) {
      const at = rec.offset + rng.int(Math.max(1, Math.min(rec.length, bytes.length - rec.offset)));
      if (at < bytes.length) bytes[at] = rng.int(256);
    }
    return { bytes, what: `${n} bytes of table ${rec.tag} randomised` };
  },
  swapTags(rng, input) {
    const bytes = input.slice();
    const t = tables(bytes);
    if (t.length < 2) return { bytes, what: 'fewer than two tables' };
    const a = rng.pick(t);
    const b = rng.pick(t.filter((x) => x !== a));
    const tagA = bytes.slice(a.recordAt, a.recordAt + 4);
    bytes.copyWithin(a.recordAt, b.recordAt, b.recordAt + 4);
    bytes.set(tagA, b.recordAt);
    return { bytes, what: `tags ${a.tag} and ${b.tag} swapped` };
  },
  magic(rng, input) {
    const bytes = input.slice();
    const magic = rng.pick(['wOFF', 'wOF2', 'OTTO', 'true', 'ttcf', 'typ1', '\u0000\u0001\u0000\u0000']);
    for (let i = 0; i < 4; i++) bytes[i] = magic.charCodeAt(i);
    return { bytes, what: `magic = ${JSON.stringify(magic)}` };
  },
};

// ── Pictures ────────────────────────────────────────────────────────────────────────────────────

function isPng(b: Uint8Array): boolean {
  return b.length > 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
}
function isJpeg(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0xff && b[1] === 0xd8;
}
function isGif(b: Uint8Array): boolean {
  return b.length > 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46;
}
function isSvg(b: Uint8Array): boolean {
  const head = new TextDecoder().decode(b.subarray(0, 512));
  return /<svg[\s>]/i.test(head);
}

const picture: Record<string, BinaryMutation> = {
  dimensions(rng, input) {
    const bytes = input.slice();
    const v = view(bytes);
    const big = rng.pick([0, 1, 0xffff, 0x7fffffff, 0xffffffff, 100_000, 46_341]);
    if (isPng(bytes)) {
      const which = rng.pick([16, 20]);
      v.setUint32(which, big >>> 0);
      return { bytes, what: `PNG ${which === 16 ? 'width' : 'height'} = ${big}` };
    }
    if (isGif(bytes)) {
      v.setUint16(rng.pick([6, 8]), big & 0xffff, true);
      return { bytes, what: `GIF screen size = ${big & 0xffff}` };
    }
    if (isJpeg(bytes)) {
      for (let i = 2; i + 9 < bytes.length; i++) {
        if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) {
          v.setUint16(i + rng.pick([5, 7]), big & 0xffff);
          return { bytes, what: `JPEG frame size field = ${big & 0xffff}` };
        }
      }
    }
    return generic.flip!(rng, bytes);
  },
  pngHeader(rng, input) {
    const bytes = input.slice();
    if (!isPng(bytes)) return generic.randomize!(rng, bytes);
    const at = rng.pick([24, 25, 26, 27, 28]);
    bytes[at] = rng.pick([0, 1, 2, 3, 4, 6, 7, 16, 255]);
    return { bytes, what: `PNG IHDR byte ${at} = ${bytes[at]}` };
  },
  chunkLength(rng, input) {
    const bytes = input.slice();
    if (!isPng(bytes)) return generic.truncate!(rng, bytes);
    let at = 8;
    const starts: number[] = [];
    while (at + 8 <= bytes.length && starts.length < 64) {
      starts.push(at);
      at += 12 + view(bytes).getUint32(at);
    }
    const pickAt = rng.pick(starts);
    const value = rng.pick([0, 0xffffffff, 0x7fffffff, 1]);
    view(bytes).setUint32(pickAt, value >>> 0);
    return { bytes, what: `PNG chunk at ${pickAt}: length = ${value}` };
  },
};

const SVG_EDITS: ((rng: Rng, text: string) => { text: string; what: string })[] = [
  (rng, t) => {
    const v = rng.pick(['1e9', '-240', '0', 'NaN', 'Infinity', '99999999', '1e-9', '', '100%', '50em']);
    return { text: t.replace(/width="[^"]*"/, `width="${v}"`).replace(/height="[^"]*"/, `height="${rng.chance(0.5) ? v : '240'}"`), what: `svg size ${v}` };
  },
  (rng, t) => {
    const v = rng.pick(['0 0 0 0', '0 0 -1 -1', 'NaN NaN NaN NaN', '0 0 1e9 1e9', '0 0 1e-9 1e-9', 'garbage', '0 0 240']);
    return { text: t.replace(/viewBox="[^"]*"/, `viewBox="${v}"`), what: `svg viewBox "${v}"` };
  },
  (rng, t) => {
    const n = rng.logRange(10, 50_000);
    return { text: t.replace('</svg>', `${'<g>'.repeat(n)}<rect width="10" height="10"/>${'</g>'.repeat(n)}</svg>`), what: `svg nested ${n} groups deep` };
  },
  (rng, t) => {
    const n = rng.logRange(100, 200_000);
    return { text: t.replace('</svg>', `${'<circle cx="5" cy="5" r="4"/>'.repeat(n)}</svg>`), what: `svg with ${n} circles` };
  },
  (rng, t) => {
    const href = rng.pick(['file:///etc/passwd', 'http://127.0.0.1:9/x.png', '/etc/hostname', 'data:image/svg+xml;base64,PHN2Zy8+', '#self']);
    return { text: t.replace('</svg>', `<image href="${href}" xlink:href="${href}" width="100" height="100"/><use href="${href}"/></svg>`), what: `svg external reference ${href}` };
  },
  (_rng, t) => ({ text: t.replace('</svg>', '<script>alert(1)</script><rect onload="alert(1)" width="1" height="1"/><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>'), what: 'svg script, handler, foreignObject' }),
  (_rng, t) => ({
    text: `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>${t.replace('</svg>', '<text>&e;&e;&e;&e;</text></svg>')}`,
    what: 'svg entity expansion',
  }),
  (rng, t) => {
    const sd = rng.pick(['1e6', '1000', 'NaN', '-5']);
    return {
      text: t.replace('</svg>', `<filter id="f"><feGaussianBlur stdDeviation="${sd}"/><feMorphology radius="${sd}"/></filter><rect width="240" height="240" filter="url(#f)"/></svg>`),
      what: `svg filter ${sd}`,
    };
  },
  (rng, t) => {
    const n = rng.logRange(1000, 2_000_000);
    return { text: t.replace('</svg>', `<path d="M0 0${' L1 1'.repeat(n / 5)}"/><text>${'x'.repeat(n)}</text></svg>`), what: `svg ${n}-character path and text` };
  },
  (_rng, t) => ({ text: t.replace('</svg>', '<pattern id="p" width="1" height="1"><rect fill="url(#p)" width="1" height="1"/></pattern><rect fill="url(#p)" width="9" height="9"/><use id="u" href="#u"/></svg>'), what: 'svg self-referencing pattern and use' }),
  (rng, t) => ({ text: t.slice(0, rng.int(t.length)), what: 'svg truncated' }),
  (_rng, t) => ({ text: t.replace('xmlns="http://www.w3.org/2000/svg"', ''), what: 'svg without namespace' }),
];

const svg: BinaryMutation = (rng, bytes) => {
  const text = new TextDecoder().decode(bytes);
  const edit = rng.pick(SVG_EDITS)(rng, text);
  return { bytes: new TextEncoder().encode(edit.text), what: edit.what };
};

function apply(rng: Rng, bytes: Uint8Array, table: Record<string, BinaryMutation>, prefix: string): { bytes: Uint8Array; what: string[] } {
  const n = rng.weighted([
    [1, 5],
    [2, 2],
    [3, 1],
  ] as const);
  const names = Object.keys(table);
  const what: string[] = [];
  let out = bytes;
  for (let i = 0; i < n && out.length > 0; i++) {
    const name = rng.pick(names);
    const r = table[name]!(rng, out);
    out = r.bytes;
    what.push(`${prefix}.${name}: ${r.what}`);
  }
  return { bytes: out, what };
}

export function mutateFont(rng: Rng, bytes: Uint8Array): { bytes: Uint8Array; what: string[] } {
  return apply(rng, bytes, rng.chance(0.8) ? font : generic, 'font');
}

export function mutatePicture(rng: Rng, bytes: Uint8Array): { bytes: Uint8Array; what: string[] } {
  if (isSvg(bytes) && rng.chance(0.85)) return apply(rng, bytes, { svg }, 'picture');
  return apply(rng, bytes, rng.chance(0.6) ? picture : generic, 'picture');
}
