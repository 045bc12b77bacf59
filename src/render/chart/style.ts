/**
 * The automatic formatting of a chart's elements where the file leaves it to the chart style
 * (c:style 1–48, the Office 2007 chart styles; PowerPoint 2010+ writes c14:style 101–148 with the
 * same look and a c:style fallback): the colour of gridlines and axis lines, the theme fill style
 * and outline of filled series (columns, bars, areas, pie slices), the width of line series, and
 * the series colour pattern (accents, greys, or shades of one accent).
 *
 * The tables follow LibreOffice's import (oox/source/drawingml/chart/objectformatter.cxx), which
 * reproduces what PowerPoint and Excel draw for these styles: each style row of eight is
 * 1 greys, 2 accents, 3–8 shades of accent 1–6; rows 1–2 (1–16) subtle fills (row 2 with a
 * light outline), rows 3–4 (17–32) the theme's intense fill style, row 5 (33–40) outlined on a
 * tinted plot area, row 6 (41–48) on a dark plot area.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { parseXmlText } from '../../xml/parse.js';
import { resolveColor, type ColorContext } from '../color/resolve.js';
import type { Rgba } from '../color/rgba.js';
import type { Theme } from '../deck/theme.js';
import type { BlipSource, FillSpec } from '../scene/fill.js';
import { readLine, type LineSpec } from '../scene/line.js';
import { themeFill } from '../scene/style-refs.js';
import { C } from './model.js';

const A = NS.a.uris[0]!;
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The chart style number 1–48 (c:style, or c14:style − 100 in mc:AlternateContent); 2 when absent. */
export function chartStyleNumber(root: ReadonlyXElement): number {
  const direct = root.child(C, 'style')?.attr('val');
  let v = direct !== undefined ? Number(direct) : Number.NaN;
  if (!Number.isFinite(v)) {
    for (const ac of root.elements()) {
      if (ac.localName !== 'AlternateContent' || ac.namespaceURI !== MC) continue;
      for (const branch of ac.elements()) {
        for (const s of branch.elements()) {
          if (s.localName !== 'style') continue;
          const n = Number(s.attr('val'));
          if (Number.isFinite(n)) v = n > 100 ? n - 100 : n;
        }
        if (Number.isFinite(v)) break;
      }
    }
  }
  return Number.isInteger(v) && v >= 1 && v <= 48 ? v : 2;
}

const colorCache = new Map<string, ReadonlyXElement>();

/** A scheme colour with one transform (`<a:schemeClr val="tx1"><a:tint val="75000"/></a:schemeClr>`). */
export function schemeWith(name: string, colors: ColorContext, mod?: 'tint' | 'shade', value?: number): Rgba | undefined {
  const key = `${name}:${mod ?? ''}:${value ?? ''}`;
  let el = colorCache.get(key);
  if (!el) {
    el = parseXmlText(`<a:schemeClr xmlns:a="${A}" val="${name}">${mod ? `<a:${mod} val="${value}"/>` : ''}</a:schemeClr>`, 'chart-style-colour').root;
    colorCache.set(key, el);
  }
  return resolveColor(el, colors) ?? undefined;
}

/** Major gridlines and axis lines: text 1 at 75 % tint (dark 1 for the styles of rows 5 and 6). */
export function gridColor(style: number, colors: ColorContext): Rgba | undefined {
  return schemeWith(style <= 32 ? 'tx1' : 'dk1', colors, 'tint', 75000);
}

/** Minor gridlines. */
export function minorGridColor(style: number, colors: ColorContext): Rgba | undefined {
  return schemeWith('tx1', colors, 'tint', style <= 40 ? 50000 : 90000);
}

/** A line of the theme's first line style (a:lnStyleLst) in `color`: what gridlines and axes get. */
export function themeLine(theme: Theme, color: Rgba, colors: ColorContext, source: BlipSource, relWidth = 1): LineSpec | undefined {
  const el = theme.lineStyles[0];
  if (!el) return undefined;
  const spec = readLine([{ el, colors: { ...colors, phClr: color } }], source);
  if (!spec) return undefined;
  return { ...spec, color, width: spec.width * relWidth };
}

/** The accent (1–6) a one-colour style shades, or undefined for the grey and multi-colour styles. */
function fadedAccent(style: number): number | undefined {
  const col = ((style - 1) % 8) + 1;
  return col >= 3 ? col - 2 : undefined;
}

const GREYS = [88500, 55000, 78000, 92500, 70000, 30000];
const GREYS_DARK = [5000, 55000, 78000, 15000, 70000, 30000];

/**
 * The automatic colour of series (or point) `i` of `count` under the style, or undefined where
 * the style uses the accent cycle (style 2, 10, 18 ...: the caller's accent colours).
 */
export function styleSeriesColor(style: number, i: number, count: number, colors: ColorContext): Rgba | undefined {
  const col = ((style - 1) % 8) + 1;
  const accent = fadedAccent(style);
  if (col === 2) return undefined;
  if (accent !== undefined) {
    // Shades of one accent: darkest first, lightest last, in steps of 140 % / (count + 1).
    const t = ((i + 1) / (Math.max(1, count) + 1)) * 1.4 - 0.7;
    const v = Math.round(t * 100000);
    if (v < 0) return schemeWith(`accent${accent}`, colors, 'shade', v + 100000);
    if (v > 0) return schemeWith(`accent${accent}`, colors, 'tint', 100000 - v);
    return schemeWith(`accent${accent}`, colors);
  }
  // Greys (styles 1, 9, 17, 25, 33; 41 on dark): dark 1 at six tints, then shaded or tinted per cycle.
  const tints = style === 41 ? GREYS_DARK : GREYS;
  const base = tints[i % 6]!;
  return schemeWith('dk1', colors, 'tint', base);
}

/**
 * The theme fill style (1 subtle, 3 intense) of filled series under the style: rows 3, 4 and 6
 * intense; in 3-D charts only their accent-cycle style (18, 26, 42).
 */
export function seriesFillIndex(style: number, threeD: boolean): 1 | 3 {
  const intenseRow = (style >= 17 && style <= 32) || style >= 41;
  if (!intenseRow) return 1;
  return !threeD || ((style - 1) % 8) + 1 === 2 ? 3 : 1;
}

/** A filled series' automatic fill: the theme fill style with the series colour as phClr. */
export function seriesFill(style: number, threeD: boolean, color: Rgba, theme: Theme, colors: ColorContext, source: BlipSource): FillSpec {
  return themeFill(seriesFillIndex(style, threeD), color, theme, colors, source) ?? { kind: 'solid', color };
}

/** A filled series' automatic outline colour under the style, or undefined for none. */
export function seriesOutlineColor(style: number, seriesIndex: number, colors: ColorContext): Rgba | undefined {
  if (style >= 9 && style <= 16) return schemeWith('lt1', colors);
  if (style === 33) return schemeWith('dk1', colors, 'shade', 50000);
  if (style === 34) return schemeWith(`accent${(seriesIndex % 6) + 1}`, colors, 'shade', 50000);
  if (style >= 35 && style <= 40) return schemeWith(`accent${style - 34}`, colors, 'shade', 50000);
  return undefined;
}

/** Line series: the theme's first line width times 3 (row 1), 5, or 7 (row 4). */
export function lineSeriesRelWidth(style: number): number {
  if (style <= 8) return 3;
  if (style >= 25 && style <= 32) return 7;
  return 5;
}

/** The plot area's automatic fill (white for rows 1–4). */
export function plotAreaColor(style: number, colors: ColorContext): Rgba | undefined {
  if (style <= 32) return undefined;
  if (style <= 34) return schemeWith('dk1', colors, 'tint', 20000);
  if (style <= 40) return schemeWith(`accent${style - 34}`, colors, 'tint', 20000);
  return schemeWith('dk1', colors, 'tint', 95000);
}
