import { describe, expect, it } from 'vitest';
import { readTableDirectory } from '../../src/fonts/table-directory.js';
import { shippedBytes } from './helpers.js';

describe('readTableDirectory', () => {
  it('lists the tables of a font with offsets and lengths inside the file', () => {
    const bytes = shippedBytes('Inter');
    const tables = readTableDirectory(bytes);
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'glyf', 'loca', 'GPOS']) expect(tables[tag], tag).toBeDefined();
    for (const { offset, length } of Object.values(tables)) expect(offset + length).toBeLessThanOrEqual(bytes.length);
    // head starts with its version 1.0 and has the magic number 0x5F0F3CF5 at offset 12.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(tables.head!.offset + 12)).toBe(0x5f0f3cf5);
  });

  it('reads the directory of the asked face of a collection (ttcf)', () => {
    const a = shippedBytes('Inter');
    const b = shippedBytes('Lora');
    // A collection header pointing at two sfnt headers: its own copies of each font's directory.
    const dirA = a.slice(0, 12 + 16 * new DataView(a.buffer, a.byteOffset).getUint16(4));
    const dirB = b.slice(0, 12 + 16 * new DataView(b.buffer, b.byteOffset).getUint16(4));
    const ttc = new Uint8Array(20 + dirA.length + dirB.length);
    const view = new DataView(ttc.buffer);
    ttc.set([0x74, 0x74, 0x63, 0x66]);
    view.setUint32(4, 0x00010000);
    view.setUint32(8, 2);
    view.setUint32(12, 20);
    view.setUint32(16, 20 + dirA.length);
    ttc.set(dirA, 20);
    ttc.set(dirB, 20 + dirA.length);
    expect(readTableDirectory(ttc, 0)).toEqual(readTableDirectory(a));
    expect(readTableDirectory(ttc, 1)).toEqual(readTableDirectory(b));
    expect(() => readTableDirectory(ttc, 2)).toThrow(/no face number 2/);
  });

  it('refuses a truncated directory', () => {
    const bytes = shippedBytes('Inter');
    expect(() => readTableDirectory(bytes.slice(0, 40))).toThrow(/table directory runs past the end/);
    expect(() => readTableDirectory(bytes.slice(0, 8))).toThrow(/font header/);
  });
});
