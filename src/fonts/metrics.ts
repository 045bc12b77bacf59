/**
 * Line boxes and vertical metrics.
 *
 * IMPORTANT for PPTX text: LibreOffice (7.4, measured) does not use any font table for the line
 * height of PowerPoint text bodies. Its PPTX import turns on "font-independent line spacing": a
 * single-spaced line is 1.2 x the font size tall with the baseline 1.0 x the size below its top,
 * whatever the font (measured identical for all six shipped families). `pptxLineBox` gives that
 * rule with a:lnSpc applied. The font's own metrics (below) are for everything else.
 *
 * Vertical metrics the way LibreOffice picks them (vcl `FontMetricData::ImplCalcLineSpacing`,
 * LibreOffice 7.x), so that line heights in our renderer match LibreOffice's rendering:
 *
 * 1. hhea ascender/descender/lineGap, when the ascender is >= 0 and the descender <= 0;
 * 2. OS/2 winAscent/winDescent (line gap 0) when that gave 0/0 and OS/2 has any values;
 * 3. OS/2 typo ascender/descender/lineGap instead, when OS/2 fsSelection bit 7
 *    (USE_TYPO_METRICS) is set and the typo ascender is >= 0 and the descender <= 0.
 *
 * LibreOffice's single line spacing (100 % proportional) is `ascent + descent`; the line gap
 * ("external leading") is not added by Impress. For the shipped fonts hhea and typo agree, and
 * Noto Sans SC (no USE_TYPO_METRICS) uses hhea, which equals its win metrics.
 */
export interface VerticalMetrics {
  /** Above the baseline, font units, positive. */
  ascent: number;
  /** Below the baseline, font units, negative (as in hhea). */
  descent: number;
  /** Extra gap between lines, font units, >= 0. */
  lineGap: number;
  /** Which table the values come from. */
  table: 'hhea' | 'typo' | 'win';
}

export interface MetricTables {
  hhea: { ascent: number; descent: number; lineGap: number };
  os2?: {
    typoAscender: number;
    typoDescender: number;
    typoLineGap: number;
    winAscent: number;
    winDescent: number;
    useTypoMetrics: boolean;
  };
  unitsPerEm: number;
}

export function libreOfficeVerticalMetrics(t: MetricTables): VerticalMetrics {
  let result: VerticalMetrics = { ascent: 0, descent: 0, lineGap: 0, table: 'hhea' };
  if (t.hhea.ascent >= 0 && t.hhea.descent <= 0) {
    result = { ascent: t.hhea.ascent, descent: t.hhea.descent, lineGap: Math.max(0, t.hhea.lineGap), table: 'hhea' };
  }
  const os2 = t.os2;
  if (os2 && (os2.winAscent !== 0 || os2.winDescent !== 0 || os2.typoAscender !== 0 || os2.typoDescender !== 0)) {
    if (result.ascent === 0 && result.descent === 0) {
      result = { ascent: os2.winAscent, descent: -Math.abs(os2.winDescent), lineGap: 0, table: 'win' };
    }
    if (os2.useTypoMetrics && os2.typoAscender >= 0 && os2.typoDescender <= 0) {
      result = {
        ascent: os2.typoAscender,
        descent: os2.typoDescender,
        lineGap: Math.max(0, os2.typoLineGap),
        table: 'typo',
      };
    }
  }
  if (result.ascent === 0 && result.descent === 0) {
    // A font with no usable vertical metrics at all: the conventional 0.8 / 0.2 em split.
    result = { ascent: Math.round(t.unitsPerEm * 0.8), descent: -Math.round(t.unitsPerEm * 0.2), lineGap: 0, table: 'hhea' };
  }
  return result;
}

/** Line spacing of a paragraph (a:lnSpc): a:spcPct as a factor (1 = single), or a:spcPts in points. */
export type LineSpacing = { factor: number } | { points: number };

export interface LineBox {
  /** Distance from this line's top to the next line's top, points. */
  height: number;
  /** Distance from the line's top to its baseline, points. */
  baseline: number;
}

/**
 * The line box LibreOffice gives PPTX text of `sizePt` (the largest run on the line), measured
 * against LibreOffice 7.4 to within 0.1 pt (its arithmetic is in 1/100 mm):
 * - a:spcPct >= 100 %: height 1.2 x size x factor, baseline height - 0.2 x size;
 * - a:spcPct < 100 %: height 1.2 x size x factor, baseline 0.8 x height;
 * - a:spcPts: height as given, baseline height - 0.2 x size.
 */
export function pptxLineBox(sizePt: number, spacing: LineSpacing = { factor: 1 }): LineBox {
  if ('points' in spacing) return { height: spacing.points, baseline: spacing.points - 0.2 * sizePt };
  const height = 1.2 * sizePt * spacing.factor;
  return { height, baseline: spacing.factor >= 1 ? height - 0.2 * sizePt : 0.8 * height };
}
