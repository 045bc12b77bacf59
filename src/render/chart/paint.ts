/**
 * Fills, outlines and automatic colours of chart elements: c:spPr (a:solidFill, a:gradFill,
 * a:noFill, a:ln ...) read with the scene's fill and line readers; where a series says nothing,
 * the automatic colour PowerPoint gives it (accent1..accent6 of the theme, then the same six
 * darker and lighter), so a rebranded theme recolours the chart.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { parseXmlText } from '../../xml/parse.js';
import { resolveColor, type ColorContext } from '../color/resolve.js';
import type { Rgba } from '../color/rgba.js';
import type { Paint, PathCommand, Stroke } from '../ops.js';
import { fillElement, paintFor, readFill, type BlipSource, type FillSpec } from '../scene/fill.js';
import { readLine, type LineSpec } from '../scene/line.js';

const A = NS.a.uris[0]!;
/** Transforms of the automatic colours past the sixth series (PowerPoint's cycle). */
const CYCLE = ['', '<a:lumMod val="60000"/>', '<a:lumMod val="80000"/><a:lumOff val="20000"/>', '<a:lumMod val="80000"/>', '<a:lumMod val="60000"/><a:lumOff val="40000"/>', '<a:lumMod val="50000"/>'];
const autoCache = new Map<string, ReadonlyXElement>();

/** The automatic colour of series (or point) number `i`. */
export function autoColor(i: number, colors: ColorContext): Rgba {
  const n = Math.max(0, i);
  const key = `${n % 6}:${Math.floor(n / 6) % CYCLE.length}`;
  let el = autoCache.get(key);
  if (!el) {
    el = parseXmlText(`<a:schemeClr xmlns:a="${A}" val="accent${(n % 6) + 1}">${CYCLE[Math.floor(n / 6) % CYCLE.length]}</a:schemeClr>`, 'chart-colour').root;
    autoCache.set(key, el);
  }
  return resolveColor(el, colors) ?? { r: 0.27, g: 0.45, b: 0.77, a: 1 };
}

export interface ElementPaint {
  /** undefined: the file does not say (the caller's automatic fill applies); 'none': no fill. */
  fill: FillSpec | undefined;
  /** undefined: not said; null: no outline. */
  line: LineSpec | null | undefined;
}

export function readSpPr(spPr: ReadonlyXElement | undefined, colors: ColorContext, source: BlipSource): ElementPaint {
  const fill = readFill(fillElement(spPr), colors, source);
  const ln = spPr?.child(NS.a, 'ln');
  const line = ln ? readLine([{ el: ln, colors }], source) : undefined;
  return { fill: fill?.kind === 'blip' || fill?.kind === 'group' ? undefined : fill, line };
}

export function strokeOf(line: LineSpec): Stroke {
  return { color: line.color, width: line.width, cap: line.cap, join: line.join, miterLimit: line.miterLimit, dash: line.dash.map((d) => d * line.width) };
}

export function solidStroke(color: Rgba, width: number): Stroke {
  return { color, width, cap: 'butt', join: 'miter', miterLimit: 10, dash: [] };
}

/** The paint of a fill over a box at (x, y), in the chart's coordinates. */
export function paintIn(fill: FillSpec | undefined, x: number, y: number, w: number, h: number): Paint | undefined {
  const p = paintFor(fill, Math.max(w, 0.01), Math.max(h, 0.01));
  if (!p || p.kind === 'solid') return p;
  if (p.kind === 'linear') return { ...p, x1: p.x1 + x, y1: p.y1 + y, x2: p.x2 + x, y2: p.y2 + y };
  return { ...p, cx: p.cx + x, cy: p.cy + y };
}

export function rectPath(x: number, y: number, w: number, h: number): PathCommand[] {
  return [{ op: 'M', x, y }, { op: 'L', x: x + w, y }, { op: 'L', x: x + w, y: y + h }, { op: 'L', x, y: y + h }, { op: 'Z' }];
}
