/**
 * Deterministic ZIP writing: fixed timestamps, the entry order given, DOS attributes, no extra
 * fields, so the same parts always give the same bytes, on any machine.
 *
 * Compression is pako's deflate (pure JavaScript: the same bytes whatever the CPU or the zlib
 * that Node was built with, which native zlib does not promise). A part that arrives with the
 * compressed bytes it was read with (`stored`) is copied as it is: untouched parts of a deck are
 * neither inflated-then-deflated again nor changed, which is most of the work of saving a
 * branded deck. We write the records ourselves rather than through jszip: jszip cannot take
 * already-compressed data, and its chunked asynchronous pipeline cost more than the deflating.
 */
import * as pako from 'pako';
import { crc32 } from 'node:zlib';

/** Formats that are already compressed: deflating them again only costs time. */
const STORED_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'mp3', 'mp4', 'm4a', 'm4v', 'mov', 'wdp', 'jxr', 'zip']);

/** 1980-01-01 00:00, the earliest DOS date, for every entry (time 0, date 0x0021). */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The compressed form of a part as it was read from a ZIP (CRC-32 checked when it was read). */
export interface StoredEntry {
  /** 0 = stored, 8 = deflate. */
  method: 0 | 8;
  compressed: Uint8Array;
  crc32: number;
}

export interface ZipFileEntry {
  name: string;
  data: Uint8Array;
  /** The same data, already compressed: written as it is instead of compressing `data`. */
  stored?: StoredEntry;
}

interface Prepared {
  name: Uint8Array;
  utf8: boolean;
  method: 0 | 8;
  crc: number;
  size: number;
  body: Uint8Array;
  offset: number;
}

export function storesUncompressed(name: string): boolean {
  return STORED_EXTENSIONS.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase());
}

function prepare(entry: ZipFileEntry, encoder: { encode(s: string): Uint8Array }): Omit<Prepared, 'offset'> {
  const name = encoder.encode(entry.name);
  // Bit 11 of the flags: the name is UTF-8. Plain ASCII names leave it off, as Office does.
  const utf8 = name.length !== entry.name.length;
  if (entry.stored && entry.stored.compressed.length <= 0xffffffff) {
    return { name, utf8, method: entry.stored.method, crc: entry.stored.crc32, size: entry.data.length, body: entry.stored.compressed };
  }
  const crc = crc32(entry.data);
  if (storesUncompressed(entry.name) || entry.data.length === 0) {
    return { name, utf8, method: 0, crc, size: entry.data.length, body: entry.data };
  }
  return { name, utf8, method: 8, crc, size: entry.data.length, body: pako.deflateRaw(entry.data, { level: 6 }) };
}

/**
 * The fields a local file header and its central directory record share, in the same order
 * (from "version needed" to "file name length"): 24 bytes at `at`.
 */
function entryFields(view: DataView, at: number, p: Prepared): void {
  view.setUint16(at, 20, true); // version needed: 2.0 (deflate)
  view.setUint16(at + 2, p.utf8 ? 0x0800 : 0, true);
  view.setUint16(at + 4, p.method, true);
  view.setUint16(at + 6, DOS_TIME, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, p.crc, true);
  view.setUint32(at + 14, p.body.length, true);
  view.setUint32(at + 18, p.size, true);
  view.setUint16(at + 22, p.name.length, true);
}

/** Writes a ZIP archive of the entries, in the order given (no ZIP64: parts stay far below 4 GiB). */
export async function writeZip(entries: readonly ZipFileEntry[]): Promise<Uint8Array> {
  return writeZipSync(entries);
}

function writeZipSync(entries: readonly ZipFileEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const prepared: Prepared[] = [];
  let offset = 0;
  for (const entry of entries) {
    const p = { ...prepare(entry, encoder), offset };
    prepared.push(p);
    offset += 30 + p.name.length + p.body.length;
  }
  const centralStart = offset;
  let centralSize = 0;
  for (const p of prepared) centralSize += 46 + p.name.length;
  const out = new Uint8Array(centralStart + centralSize + 22);
  const view = new DataView(out.buffer);
  let o = 0;
  // Local file headers (PK\x03\x04) followed by each entry's data.
  for (const p of prepared) {
    view.setUint32(o, 0x04034b50, true);
    entryFields(view, o + 4, p);
    // extra field length: 0
    out.set(p.name, o + 30);
    out.set(p.body, o + 30 + p.name.length);
    o += 30 + p.name.length + p.body.length;
  }
  // Central directory (PK\x01\x02).
  for (const p of prepared) {
    view.setUint32(o, 0x02014b50, true);
    view.setUint16(o + 4, 20, true); // made by: MS-DOS, version 2.0
    entryFields(view, o + 6, p);
    // extra length, comment length, disk number, internal and external attributes: 0
    view.setUint32(o + 42, p.offset, true);
    out.set(p.name, o + 46);
    o += 46 + p.name.length;
  }
  // End of central directory (PK\x05\x06).
  view.setUint32(o, 0x06054b50, true);
  view.setUint16(o + 8, prepared.length, true);
  view.setUint16(o + 10, prepared.length, true);
  view.setUint32(o + 12, centralSize, true);
  view.setUint32(o + 16, centralStart, true);
  return out;
}
