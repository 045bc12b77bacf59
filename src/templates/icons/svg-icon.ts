/**
 * A stroke icon (Lucide style: `viewBox`, `fill="none"`, `stroke-width`, round caps and joins)
 * read from its SVG source into subpaths of lines and cubic Béziers. Basic shapes (`circle`,
 * `ellipse`, `rect` with rounded corners, `line`, `polyline`, `polygon`) become paths as SVG 1.1
 * section 9 defines them.
 */
import { parseXmlText } from '../../xml/parse.js';
import type { XElement } from '../../xml/element.js';
import { arcToCubics, parsePathData, type Point, type Segment, type Subpath } from './svg-path.js';

export interface StrokeIcon {
  name: string;
  /** The view box the coordinates are in. */
  viewBox: { x: number; y: number; width: number; height: number };
  /** Stroke width in view-box units. */
  strokeWidth: number;
  subpaths: Subpath[];
}

function num(el: XElement, name: string, fallback?: number): number {
  const raw = el.attr(name);
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`<${el.name}> has no ${name} attribute`);
  }
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`<${el.name}> has a non-numeric ${name}="${raw}"`);
  return value;
}

/** An ellipse as four cubic quarter arcs, starting at its rightmost point, clockwise on screen. */
function ellipse(cx: number, cy: number, rx: number, ry: number): Subpath {
  const start = { x: cx + rx, y: cy };
  const segments: Segment[] = [];
  let from = start;
  for (const to of [
    { x: cx, y: cy + ry },
    { x: cx - rx, y: cy },
    { x: cx, y: cy - ry },
    { x: cx + rx, y: cy },
  ]) {
    segments.push(...arcToCubics(from, rx, ry, 0, false, true, to));
    from = to;
  }
  return { start, segments, closed: true };
}

function rect(el: XElement): Subpath {
  const x = num(el, 'x', 0);
  const y = num(el, 'y', 0);
  const w = num(el, 'width');
  const h = num(el, 'height');
  let rx = el.attr('rx') !== undefined ? num(el, 'rx') : undefined;
  let ry = el.attr('ry') !== undefined ? num(el, 'ry') : undefined;
  if (rx === undefined) rx = ry ?? 0;
  if (ry === undefined) ry = rx;
  rx = Math.min(rx, w / 2);
  ry = Math.min(ry, h / 2);
  if (rx <= 0 || ry <= 0) {
    return {
      start: { x, y },
      segments: [
        { kind: 'line', to: { x: x + w, y } },
        { kind: 'line', to: { x: x + w, y: y + h } },
        { kind: 'line', to: { x, y: y + h } },
      ],
      closed: true,
    };
  }
  const segs: Segment[] = [];
  const arc = (from: Point, to: Point): void => {
    segs.push(...arcToCubics(from, rx!, ry!, 0, false, true, to));
  };
  const p = (px: number, py: number): Point => ({ x: px, y: py });
  segs.push({ kind: 'line', to: p(x + w - rx, y) });
  arc(p(x + w - rx, y), p(x + w, y + ry));
  segs.push({ kind: 'line', to: p(x + w, y + h - ry) });
  arc(p(x + w, y + h - ry), p(x + w - rx, y + h));
  segs.push({ kind: 'line', to: p(x + rx, y + h) });
  arc(p(x + rx, y + h), p(x, y + h - ry));
  segs.push({ kind: 'line', to: p(x, y + ry) });
  arc(p(x, y + ry), p(x + rx, y));
  return { start: p(x + rx, y), segments: segs, closed: true };
}

function points(el: XElement, closed: boolean): Subpath {
  const values = (el.attr('points') ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map(Number);
  if (values.length < 4 || values.length % 2 !== 0 || values.some((v) => !Number.isFinite(v))) {
    throw new Error(`<${el.name}> has an invalid points attribute`);
  }
  const pts: Point[] = [];
  for (let i = 0; i < values.length; i += 2) pts.push({ x: values[i]!, y: values[i + 1]! });
  return { start: pts[0]!, segments: pts.slice(1).map((to) => ({ kind: 'line' as const, to })), closed };
}

/**
 * The subpaths of one basic SVG shape (`path`, `circle`, `ellipse`, `rect`, `line`, `polyline`,
 * `polygon`), or undefined for an element that draws nothing by itself (`g`, `title`, `desc`).
 */
export function shapeSubpaths(child: XElement): Subpath[] | undefined {
  if (child.attr('transform') !== undefined) throw new Error(`<${child.name}> has a transform, which icons and illustrations must not use`);
  switch (child.localName) {
    case 'path':
      return parsePathData(child.attr('d') ?? '');
    case 'circle': {
      const r = num(child, 'r');
      return [ellipse(num(child, 'cx', 0), num(child, 'cy', 0), r, r)];
    }
    case 'ellipse':
      return [ellipse(num(child, 'cx', 0), num(child, 'cy', 0), num(child, 'rx'), num(child, 'ry'))];
    case 'rect':
      return [rect(child)];
    case 'line':
      return [
        {
          start: { x: num(child, 'x1', 0), y: num(child, 'y1', 0) },
          segments: [{ kind: 'line', to: { x: num(child, 'x2', 0), y: num(child, 'y2', 0) } }],
          closed: false,
        },
      ];
    case 'polyline':
      return [points(child, false)];
    case 'polygon':
      return [points(child, true)];
    case 'g':
    case 'title':
    case 'desc':
      return undefined;
    default:
      throw new Error(`unsupported SVG element <${child.name}>`);
  }
}

function collect(el: XElement, out: Subpath[]): void {
  for (const child of el.elements()) {
    const subs = shapeSubpaths(child);
    if (subs) out.push(...subs);
    else if (child.localName === 'g') collect(child, out);
  }
}

/** Reads a stroke icon from SVG text. Throws on anything an icon should not contain. */
export function readStrokeIcon(name: string, svg: string): StrokeIcon {
  const doc = parseXmlText(svg, `icon ${name}`);
  const root = doc.root;
  if (root.localName !== 'svg') throw new Error(`icon ${name}: the root element is <${root.name}>, not <svg>`);
  const vb = (root.attr('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (vb.length !== 4 || vb.some((v) => !Number.isFinite(v)) || vb[2]! <= 0 || vb[3]! <= 0) {
    throw new Error(`icon ${name}: missing or invalid viewBox`);
  }
  const strokeWidth = Number(root.attr('stroke-width') ?? '1');
  const subpaths: Subpath[] = [];
  collect(root, subpaths);
  if (subpaths.length === 0) throw new Error(`icon ${name} has no drawable elements`);
  return { name, viewBox: { x: vb[0]!, y: vb[1]!, width: vb[2]!, height: vb[3]! }, strokeWidth, subpaths };
}
