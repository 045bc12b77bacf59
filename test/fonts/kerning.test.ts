import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { SHIPPED_FAMILIES } from '../../src/fonts/catalog.js';
import { createPairKerning, scriptOf } from '../../src/fonts/kerning.js';
import { readTableDirectory } from '../../src/fonts/table-directory.js';
import { shippedBytes } from './helpers.js';

const KERN_ONLY = { kern: true, ccmp: false, locl: false, rlig: false, liga: false, clig: false, calt: false, rclt: false, mark: false, mkmk: false, curs: false };
const SETS = ['AVTWYLPFkyvwo.,-"\'(æøÅrfJ«“’', 'АБГДЖЯУТОавгуя', 'ΑΓΔΛΥΤΩαβλυ', '预约视频，。“（》一'];


describe('pair kerning read from the font bytes', () => {
  it('equals fontkit’s GPOS processing for every shipped family, weight and style', () => {
    let kerned = 0;
    let compared = 0;
    for (const entry of SHIPPED_FAMILIES) {
      for (const weight of [400, 700] as const) {
        for (const italic of entry.italics ? [false, true] : [false]) {
          const bytes = shippedBytes(entry.family, weight, italic);
          const font = fontkit.create(bytes) as fontkit.Font;
          const kerning = createPairKerning(bytes, readTableDirectory(bytes));
          expect(kerning, entry.family).not.toBeNull();
          for (const set of SETS) {
            const chars = [...set].filter((c) => font.hasGlyphForCodePoint(c.codePointAt(0)!));
            for (const a of chars) {
              for (const b of chars) {
                const script = scriptOf(a.codePointAt(0)!) ?? scriptOf(b.codePointAt(0)!);
                // Pairs of two script-less characters: see the next test.
                if (!script) continue;
                const run = font.layout(a + b, KERN_ONLY);
                const expected = run.positions[0]!.xAdvance - run.glyphs[0]!.advanceWidth + (run.positions[1]!.xAdvance - run.glyphs[1]!.advanceWidth);
                const ga = font.glyphForCodePoint(a.codePointAt(0)!);
                const gb = font.glyphForCodePoint(b.codePointAt(0)!);
                expect(kerning!.get(ga.id, gb.id, script), `${font.postscriptName} ${a}${b}`).toBe(expected);
                compared++;
                if (expected !== 0) kerned++;
              }
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(15_000);
    expect(kerned).toBeGreaterThan(4_000);
  });

  it('applies a lookup listed twice by a feature once, as HarfBuzz does (Inter’s DFLT kern lists 2/3/1/2/3/1)', () => {
    const bytes = shippedBytes('Inter');
    const font = fontkit.create(bytes) as fontkit.Font;
    const kerning = createPairKerning(bytes, readTableDirectory(bytes))!;
    const dot = font.glyphForCodePoint(0x2e).id;
    const six = font.glyphForCodePoint(0x36).id;
    // fontkit applies the duplicated lookups twice (-104); the same pair in Latin text is -52.
    expect(kerning.get(dot, six, 'latn')).toBe(-52);
    expect(kerning.get(dot, six, 'DFLT')).toBe(-52);
  });

  it('tells scripts apart, and leaves digits and punctuation to the surrounding text', () => {
    expect(scriptOf(0x41)).toBe('latn');
    expect(scriptOf(0xe6)).toBe('latn');
    expect(scriptOf(0xd7)).toBeNull();
    expect(scriptOf(0x416)).toBe('cyrl');
    expect(scriptOf(0x3b1)).toBe('grek');
    expect(scriptOf(0x4e2d)).toBe('hani');
    expect(scriptOf(0x30a2)).toBe('kana');
    expect(scriptOf(0x2e)).toBeNull();
    expect(scriptOf(0x36)).toBeNull();
    expect(scriptOf(0x3002)).toBeNull();
  });

  it('reads a legacy kern table (Microsoft version 0, format 0) when there is no GPOS', () => {
    const pairs: [number, number, number][] = [
      [5, 9, -50],
      [7, 3, 20],
      [7, 4, -12],
    ];
    const v = new DataView(new ArrayBuffer(4 + 14 + pairs.length * 6));
    v.setUint16(0, 0); // table version
    v.setUint16(2, 1); // one subtable
    v.setUint16(4, 0); // subtable version
    v.setUint16(6, 14 + pairs.length * 6); // length
    v.setUint16(8, 0x0001); // horizontal, format 0
    v.setUint16(10, pairs.length);
    pairs.forEach(([l, r, value], i) => {
      v.setUint16(18 + i * 6, l);
      v.setUint16(20 + i * 6, r);
      v.setInt16(22 + i * 6, value);
    });
    const kerning = createPairKerning(new Uint8Array(v.buffer), { kern: { offset: 0, length: v.byteLength } })!;
    expect(kerning.get(5, 9, 'latn')).toBe(-50);
    expect(kerning.get(7, 4, 'latn')).toBe(-12);
    expect(kerning.get(7, 3, 'DFLT')).toBe(20);
    expect(kerning.get(9, 5, 'latn')).toBe(0);
  });

  it('reads no kerning from a font without GPOS kern or kern table', () => {
    expect(createPairKerning(new Uint8Array(16), {})).toBeNull();
  });
});
