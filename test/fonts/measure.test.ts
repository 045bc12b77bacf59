import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createFontRegistry, SHIPPED_FAMILIES } from '../../src/fonts/index.js';
import { isSimpleText } from '../../src/fonts/font-file.js';
import { shippedBytes } from './helpers.js';

const fonts = createFontRegistry({ systemFonts: false });
const regular = { bold: false, italic: false };

describe('Face.measure', () => {
  it('gives the advance widths of the font (Inter Regular, 2048 units per em)', () => {
    const inter = fonts.resolve('Inter', regular).face;
    // hmtx advances of Inter 4.x Regular: H 1522, o 1228, space 576 (font units).
    expect(inter.measure('H', 2048)).toBe(1522);
    expect(inter.measure('o', 2048)).toBe(1228);
    expect(inter.measure(' ', 2048)).toBe(576);
    expect(inter.measure('Ho', 10)).toBeCloseTo(((1522 + 1228) * 10) / 2048, 9);
  });

  it('applies pair kerning (A V in Inter: -140 units)', () => {
    const inter = fonts.resolve('Inter', regular).face;
    expect(inter.measure('A', 2048) + inter.measure('V', 2048)).toBe(2826);
    expect(inter.measure('AV', 2048)).toBe(2686);
  });

  it('is linear in the size and stable when cached', () => {
    const face = fonts.resolve('Source Sans 3', regular).face;
    const w = face.measure('Book a video appointment', 10);
    expect(face.measure('Book a video appointment', 20)).toBeCloseTo(2 * w, 9);
    expect(face.measure('Book a video appointment', 10)).toBe(w);
    expect(w).toBeGreaterThan(80);
    expect(w).toBeLessThan(130);
  });

  it('agrees with fontkit shaping of the same words in every shipped family and style', () => {
    const words = ['Booking', 'AVATAR', 'Wave', 'Tower', 'Your', 'appointment,', 'Hjælp', 'søndag', 'på', '(ID)', 'questions.', 'Ж'];
    for (const entry of SHIPPED_FAMILIES) {
      for (const weight of [400, 700] as const) {
        const face = fonts.resolve(entry.family, { bold: weight === 700, italic: false }).face;
        const font = fontkit.create(shippedBytes(entry.family, weight)) as fontkit.Font;
        for (const word of words) {
          // fontkit with kerning on and ligatures/contextual forms off.
          const run = font.layout(word, { liga: false, clig: false, calt: false, rlig: false, kern: true });
          const expected = run.positions.reduce((sum, p) => sum + p.xAdvance, 0);
          expect(face.measure(word, face.unitsPerEm), `${entry.family} ${weight} ${word}`).toBe(expected);
        }
      }
    }
  });

  it('measures CJK text with the CJK face (full-width ideographs)', () => {
    const noto = fonts.resolve('Noto Sans SC', regular).face;
    expect(noto.measure('预约视频', 10)).toBeCloseTo(40, 9);
  });

  it('draws a character through its canonical equivalent when the font lacks it (U+FA12 → 晴)', () => {
    const noto = fonts.resolve('Noto Sans SC', regular).face;
    const font = fontkit.create(shippedBytes('Noto Sans SC')) as fontkit.Font;
    expect(font.hasGlyphForCodePoint(0xfa12)).toBe(false);
    expect(noto.hasGlyph(0xfa12)).toBe(true);
    expect(noto.measure('\ufa12天', 10)).toBe(noto.measure('晴天', 10));
    expect(fonts.faceForChar(0xfa12, fonts.resolve('Inter', regular).face, regular)?.family).toBe('Noto Sans SC');
  });

  it('gives control and default-ignorable characters no width', () => {
    const face = fonts.resolve('Inter', regular).face;
    expect(face.measure('ab\u00ad\u200bc\u200d', 12)).toBe(face.measure('abc', 12));
    expect(face.measure('\t\n', 12)).toBe(0);
    expect(face.measure('', 12)).toBe(0);
  });

  it('composes combining marks where Unicode can (e + U+0301 is measured as é)', () => {
    expect(isSimpleText('Hello, 世界 — ✓')).toBe(true);
    expect(isSimpleText('e\u0301')).toBe(false);
    const face = fonts.resolve('Inter', regular).face;
    expect(face.measure('Cafe\u0301', 20)).toBe(face.measure('Café', 20));
  });

  it('shapes text that needs it (a mark with no precomposed form) with fontkit', () => {
    const face = fonts.resolve('Inter', regular).face;
    const font = fontkit.create(shippedBytes('Inter')) as fontkit.Font;
    const expected = font.layout('x\u0301y').positions.reduce((sum, p) => sum + p.xAdvance, 0);
    expect(face.measure('x\u0301y', face.unitsPerEm)).toBe(expected);
    // The mark does not add its own advance.
    expect(expected).toBe(face.measure('xy', face.unitsPerEm));
  });
});
