/**
 * The EOT codec (src/fonts/eot.ts) and the sfnt facts it needs (src/fonts/sfnt-info.ts): a round
 * trip gives back the exact font bytes; PowerPoint's own .fntdata parts (../shared/corpus) are
 * read to their font data and reported as MicroType Express compressed; hostile input (truncated,
 * sizes that lie) gives a clear result, never an exception or a read out of bounds.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EOT_FLAG_COMPRESSED, EOT_FLAG_XOR, decodeEot, encodeEot } from '../../src/fonts/eot.js';
import { readSfntInfo } from '../../src/fonts/sfnt-info.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { shippedBytes } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.join(process.env.VA_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus'), 'real');
const POWERPOINT_DECKS = ['phppres__embedded-fonts-52-groups.pptx', 'phppres__embedded-fonts-invalid-image.pptx'].map((f) => path.join(CORPUS, f));
const CFF_FILE = path.join(ROOT, 'node_modules/source-sans/OTF/SourceSans3-Regular.otf');

describe('encodeEot / decodeEot', () => {
  const fonts: [string, Uint8Array][] = [
    ['Montserrat Bold', shippedBytes('Montserrat', 700)],
    ['Inter Italic', shippedBytes('Inter', 400, true)],
    ['Merriweather', shippedBytes('Merriweather')],
  ];
  if (existsSync(CFF_FILE)) fonts.push(['Source Sans 3 (CFF OTF)', new Uint8Array(readFileSync(CFF_FILE))]);

  it.each(fonts)('round-trips %s to the exact font bytes, with the header PowerPoint reads', (_, font) => {
    const info = readSfntInfo(font);
    const eot = encodeEot(font, info);
    const view = new DataView(eot.buffer);
    expect(view.getUint32(0, true)).toBe(eot.length); // EOTSize
    expect(view.getUint32(4, true)).toBe(font.length); // FontDataSize
    expect(view.getUint32(8, true)).toBe(0x00020002);
    expect(view.getUint32(12, true)).toBe(0); // uncompressed, not obfuscated
    expect(view.getUint16(34, true)).toBe(0x504c);
    // The font follows the header unchanged and ends the EOT.
    expect(Buffer.compare(eot.subarray(eot.length - font.length), font)).toBe(0);
    const decoded = decodeEot(eot);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(Buffer.compare(decoded.font, font)).toBe(0);
    expect(decoded.header.familyName).toBe(info.familyName);
    expect(decoded.header.fullName).toBe(info.fullName);
    expect(decoded.header.weight).toBe(info.weight);
    expect(decoded.header.italic).toBe(info.italic);
    expect(decoded.header.fsType).toBe(info.fsType);
  });

  it('decodes from a Node Buffer that is a view into a larger one (as ZIP parts are), without touching it', () => {
    const font = shippedBytes('Lora');
    const eot = encodeEot(font, readSfntInfo(font));
    new DataView(eot.buffer).setUint32(12, EOT_FLAG_XOR, true);
    for (let i = eot.length - font.length; i < eot.length; i++) eot[i] = eot[i]! ^ 0x50;
    const pool = Buffer.alloc(eot.length + 100);
    pool.set(eot, 37);
    const view = pool.subarray(37, 37 + eot.length);
    const before = Buffer.from(view);
    const decoded = decodeEot(view);
    expect(decoded.ok && Buffer.compare(decoded.font, font)).toBe(0);
    expect(Buffer.compare(view, before)).toBe(0);
  });

  it('reads the sfnt facts of a shipped font', () => {
    const info = readSfntInfo(shippedBytes('Montserrat', 700));
    expect(info).toMatchObject({ familyName: 'Montserrat', styleName: 'Bold', fullName: 'Montserrat Bold', weight: 700, italic: false, fsType: 0 });
    expect(readSfntInfo(shippedBytes('Inter', 400, true)).italic).toBe(true);
  });

  it('undoes the XOR obfuscation (Flags 0x10000000, key 0x50) that readers must support', () => {
    const font = shippedBytes('Lora');
    const eot = encodeEot(font, readSfntInfo(font));
    const start = eot.length - font.length;
    const view = new DataView(eot.buffer);
    view.setUint32(12, EOT_FLAG_XOR, true);
    for (let i = start; i < eot.length; i++) eot[i] = eot[i]! ^ 0x50;
    const decoded = decodeEot(eot);
    expect(decoded.ok && Buffer.compare(decoded.font, font)).toBe(0);
  });

  it('reports MicroType Express compressed data as not supported, with the names', () => {
    const font = shippedBytes('Lora');
    const eot = encodeEot(font, readSfntInfo(font));
    new DataView(eot.buffer).setUint32(12, EOT_FLAG_COMPRESSED, true);
    const decoded = decodeEot(eot);
    expect(decoded).toMatchObject({ ok: false, reason: 'compressed', header: { familyName: 'Lora' } });
  });

  describe.skipIf(!POWERPOINT_DECKS.every((f) => existsSync(f)))('PowerPoint files (../shared/corpus)', () => {
    it('reads the header of every .fntdata part to its font data and reports the MTX compression', () => {
      const seen: string[] = [];
      for (const file of POWERPOINT_DECKS) {
        const pkg = OpcPackage.open(new Uint8Array(readFileSync(file)), { what: path.basename(file) });
        const parts = pkg.partNames().filter((p) => p.endsWith('.fntdata'));
        expect(parts.length).toBe(6);
        for (const part of parts) {
          const decoded = decodeEot(pkg.get(part)!);
          expect(decoded.ok).toBe(false);
          if (decoded.ok) continue;
          expect(decoded.reason).toBe('compressed');
          expect(decoded.header!.flags & EOT_FLAG_COMPRESSED).toBe(EOT_FLAG_COMPRESSED);
          seen.push(`${decoded.header!.familyName} ${decoded.header!.styleName}`);
        }
      }
      expect(seen).toEqual(expect.arrayContaining(['Maven Pro Regular', 'Nunito Bold Italic', 'Open Sans Italic', 'Overpass Black Regular']));
    });
  });

  describe('hostile input', () => {
    const font = shippedBytes('Lora');
    const good = encodeEot(font, readSfntInfo(font));

    it('truncated anywhere: a clear "invalid" result, never an exception', () => {
      const header = good.length - font.length;
      const cuts = [0, 1, 10, 35, 81, 82, 83, 90, header - 21, header - 1, header, header + 1, good.length - 1];
      for (const n of cuts) {
        const decoded = decodeEot(good.slice(0, n));
        expect(decoded.ok, `cut at ${n}`).toBe(false);
        expect(!decoded.ok && decoded.reason).toBe('invalid');
        expect(!decoded.ok && decoded.message).toMatch(/^it|^its/);
      }
    });

    it('sizes that lie: EOTSize, FontDataSize, a name size, the EUDC size', () => {
      const patched = (at: number, value: number, bits: 16 | 32) => {
        const copy = good.slice();
        const v = new DataView(copy.buffer);
        if (bits === 16) v.setUint16(at, value, true);
        else v.setUint32(at, value, true);
        return decodeEot(copy);
      };
      expect(patched(0, good.length + 1, 32)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(patched(4, 0xffffffff, 32)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(patched(4, 0, 32)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(patched(82, 0xffff, 16)).toMatchObject({ ok: false, reason: 'invalid' }); // FamilyNameSize
      const eudcSize = good.length - font.length - 4;
      expect(patched(eudcSize, 0x7fffffff, 32)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(patched(34, 0x1234, 16)).toMatchObject({ ok: false, message: expect.stringContaining('magic') });
      expect(patched(8, 0x00030000, 32)).toMatchObject({ ok: false, message: expect.stringContaining('version') });
    });

    it('font data that is not a font', () => {
      const copy = good.slice();
      copy.fill(0x41, good.length - font.length);
      expect(decodeEot(copy)).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('not a TrueType') });
    });

    it('a truncated font or a damaged table is a thrown Error with a reason for readSfntInfo', () => {
      expect(() => readSfntInfo(font.slice(0, 8))).toThrow(/shorter than its header/);
      expect(() => readSfntInfo(font.slice(0, 400))).toThrow(/past the end/);
      expect(() => readSfntInfo(new Uint8Array(64))).toThrow(/not a TrueType/);
    });
  });
});
