/**
 * A raw ZIP writer for hostile test packages: any entry name (traversal, duplicates), any
 * declared size (lying headers), symbolic-link entries, encrypted flags. Our real writer
 * (src/package/zip-write.ts) refuses to produce such files, which is the point.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflate (default). */
  method?: 0 | 8;
  /** Pre-compressed data (method 8) when the plain data would be too big to hold. */
  compressed?: Uint8Array;
  /** Uncompressed size to declare (default: the real one). */
  declaredSize?: number;
  crc?: number;
  /** Unix mode in the high 16 bits of the external attributes (with version-made-by host 3). */
  unixMode?: number;
  flags?: number;
}

export function rawZip(entries: RawEntry[], options: { truncateCentral?: boolean } = {}): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(enc.encode(e.name));
    const data = typeof e.data === 'string' ? Buffer.from(enc.encode(e.data)) : Buffer.from(e.data);
    const method = e.method ?? 8;
    const body = e.compressed ? Buffer.from(e.compressed) : method === 8 ? deflateRawSync(data) : data;
    const crc = e.crc ?? crc32(data);
    const size = e.declaredSize ?? data.length;
    const flags = (e.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.unixMode !== undefined ? (3 << 8) | 20 : 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(e.unixMode !== undefined ? (e.unixMode << 16) >>> 0 : 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  const all = Buffer.concat([...locals, ...(options.truncateCentral ? [] : [cd, eocd])]);
  return new Uint8Array(all.buffer, all.byteOffset, all.length);
}
