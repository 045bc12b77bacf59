import { describe, expect, it } from 'vitest';
import { libreOfficeVerticalMetrics, pptxLineBox } from '../../src/fonts/metrics.js';
import { createFontRegistry } from '../../src/fonts/index.js';

const os2 = { typoAscender: 800, typoDescender: -200, typoLineGap: 90, winAscent: 1100, winDescent: 300, useTypoMetrics: false };

describe('vertical metrics (LibreOffice vcl rule)', () => {
  it('uses hhea by default, even when OS/2 win metrics differ', () => {
    expect(libreOfficeVerticalMetrics({ hhea: { ascent: 900, descent: -250, lineGap: 10 }, os2, unitsPerEm: 1000 })).toEqual({
      ascent: 900,
      descent: -250,
      lineGap: 10,
      table: 'hhea',
    });
  });

  it('uses OS/2 typo metrics when USE_TYPO_METRICS is set', () => {
    expect(libreOfficeVerticalMetrics({ hhea: { ascent: 900, descent: -250, lineGap: 0 }, os2: { ...os2, useTypoMetrics: true }, unitsPerEm: 1000 })).toEqual({
      ascent: 800,
      descent: -200,
      lineGap: 90,
      table: 'typo',
    });
  });

  it('uses OS/2 win metrics when hhea is empty', () => {
    expect(libreOfficeVerticalMetrics({ hhea: { ascent: 0, descent: 0, lineGap: 0 }, os2, unitsPerEm: 1000 })).toEqual({
      ascent: 1100,
      descent: -300,
      lineGap: 0,
      table: 'win',
    });
  });

  it('ignores an hhea with the wrong signs and falls back to win', () => {
    const m = libreOfficeVerticalMetrics({ hhea: { ascent: -900, descent: 250, lineGap: 0 }, os2, unitsPerEm: 1000 });
    expect(m.table).toBe('win');
  });

  it('invents 0.8/0.2 em for a font with no metrics at all', () => {
    expect(libreOfficeVerticalMetrics({ hhea: { ascent: 0, descent: 0, lineGap: 0 }, unitsPerEm: 2048 })).toMatchObject({ ascent: 1638, descent: -410 });
  });

  it('gives the shipped faces the metrics LibreOffice computes for them', () => {
    const fonts = createFontRegistry({ systemFonts: false });
    const regular = { bold: false, italic: false };
    const inter = fonts.resolve('Inter', regular).face;
    expect([inter.unitsPerEm, inter.ascent, inter.descent, inter.lineGap]).toEqual([2048, 1984, -494, 0]);
    // Noto Sans SC: no USE_TYPO_METRICS, so hhea (1160/-288), not typo (880/-120).
    const noto = fonts.resolve('Noto Sans SC', regular).face;
    expect([noto.unitsPerEm, noto.ascent, noto.descent]).toEqual([1000, 1160, -288]);
    expect(inter.capHeight).toBe(1490);
    expect(inter.xHeight).toBe(1118);
    expect(inter.underlinePosition).toBeLessThan(0);
    expect(inter.underlineThickness).toBeGreaterThan(0);
  });
});

describe('pptxLineBox (LibreOffice font-independent line spacing, measured on 7.4)', () => {
  it('single spacing: 1.2 x size, baseline one size below the top', () => {
    expect(pptxLineBox(20)).toEqual({ height: 24, baseline: 20 });
  });
  it('more than single: the extra goes above the text', () => {
    const box = pptxLineBox(20, { factor: 1.5 });
    expect(box.height).toBeCloseTo(36, 9);
    expect(box.baseline).toBeCloseTo(32, 9);
  });
  it('less than single: baseline at 0.8 of the line', () => {
    const box = pptxLineBox(20, { factor: 0.8 });
    expect(box.height).toBeCloseTo(19.2, 9);
    expect(box.baseline).toBeCloseTo(15.36, 9);
  });
  it('exact spacing in points', () => {
    expect(pptxLineBox(20, { points: 30 })).toEqual({ height: 30, baseline: 26 });
  });
});
