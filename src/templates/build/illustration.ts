/**
 * An illustration (source/illustrations) as scene elements: every SVG shape becomes one `art`
 * element (a DrawingML shape with custom geometry) sized to its own bounds, so each part can be
 * selected and recoloured in PowerPoint, all in one group. Fills and strokes name theme slots
 * ("accent1", "accent2 lighter60", "tx2 darker25"), which become scheme colours.
 */
import { shapeSubpaths } from '../icons/svg-icon.js';
import type { Point, Subpath } from '../icons/svg-path.js';
import type { ColorRef, SchemeColor } from '../source/design.js';
import type { Illustration } from '../source/illustrations/index.js';
import { parseXmlText } from '../../xml/parse.js';
import type { XElement } from '../../xml/element.js';
import type { ArtElement, Box, GroupElement } from './scene.js';

const SLOTS: readonly SchemeColor[] = ['tx1', 'tx2', 'bg1', 'bg2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'];

/** "accent2 lighter60" → { slot: 'accent2', lighter: 60 }. */
export function parseColorRef(value: string, where: string): ColorRef {
  const [slot, variant, extra] = value.trim().split(/\s+/);
  if (!SLOTS.includes(slot as SchemeColor) || extra !== undefined) throw new Error(`${where}: "${value}" is not a theme colour (${SLOTS.join(', ')}, optionally "lighterNN" or "darkerNN")`);
  if (variant === undefined) return slot as SchemeColor;
  const m = /^(lighter|darker)(\d{1,2})$/.exec(variant);
  if (!m) throw new Error(`${where}: "${variant}" is not lighterNN or darkerNN`);
  return m[1] === 'lighter' ? { slot: slot as SchemeColor, lighter: Number(m[2]) } : { slot: slot as SchemeColor, darker: Number(m[2]) };
}

function points(sub: Subpath): Point[] {
  const out = [sub.start];
  for (const seg of sub.segments) {
    if (seg.kind === 'cubic') out.push(seg.c1, seg.c2);
    out.push(seg.to);
  }
  return out;
}

function mapSubpath(sub: Subpath, f: (p: Point) => Point): Subpath {
  return {
    start: f(sub.start),
    closed: sub.closed,
    segments: sub.segments.map((seg) => (seg.kind === 'line' ? { kind: 'line', to: f(seg.to) } : { kind: 'cubic', c1: f(seg.c1), c2: f(seg.c2), to: f(seg.to) })),
  };
}

export interface ParsedShape {
  subpaths: Subpath[];
  fill?: ColorRef;
  stroke?: { color: ColorRef; width: number };
}

/** The shapes of an illustration, in its view-box units. */
export function illustrationShapes(art: Illustration): ParsedShape[] {
  const doc = parseXmlText(`<svg xmlns="http://www.w3.org/2000/svg">${art.body}</svg>`, `illustration ${art.name}`);
  const out: ParsedShape[] = [];
  const walk = (el: XElement): void => {
    for (const child of el.elements()) {
      const subpaths = shapeSubpaths(child);
      if (!subpaths) {
        if (child.localName === 'g') walk(child);
        continue;
      }
      const where = `illustration ${art.name}, <${child.localName}> #${out.length + 1}`;
      const fillAttr = child.attr('fill');
      const strokeAttr = child.attr('stroke');
      if (fillAttr === undefined && strokeAttr === undefined) throw new Error(`${where} has neither fill nor stroke`);
      const shape: ParsedShape = { subpaths };
      if (fillAttr !== undefined && fillAttr !== 'none') shape.fill = parseColorRef(fillAttr, where);
      if (strokeAttr !== undefined && strokeAttr !== 'none') {
        const width = Number(child.attr('stroke-width') ?? '1');
        if (!(width > 0)) throw new Error(`${where}: stroke-width must be positive`);
        shape.stroke = { color: parseColorRef(strokeAttr, where), width };
      }
      out.push(shape);
    }
  };
  walk(doc.root);
  if (out.length === 0) throw new Error(`illustration ${art.name} has no shapes`);
  return out;
}

/**
 * The illustration fitted into `area` (aspect ratio kept; centred horizontally, at the bottom
 * of the area), as a group of art elements named after it.
 */
export function placeIllustration(art: Illustration, area: Box, name = `Illustration: ${art.description}`): { group: GroupElement; box: Box } {
  const scale = Math.min(area.w / art.width, area.h / art.height);
  const w = art.width * scale;
  const h = art.height * scale;
  const ox = area.x + (area.w - w) / 2;
  const oy = area.y + (area.h - h);
  const children: ArtElement[] = illustrationShapes(art).map((shape, i) => {
    const half = (shape.stroke?.width ?? 0) / 2;
    const pts = shape.subpaths.flatMap(points);
    const x0 = Math.min(...pts.map((p) => p.x)) - half;
    const y0 = Math.min(...pts.map((p) => p.y)) - half;
    const x1 = Math.max(...pts.map((p) => p.x)) + half;
    const y1 = Math.max(...pts.map((p) => p.y)) + half;
    const local = (p: Point): Point => ({ x: (p.x - x0) * scale, y: (p.y - y0) * scale });
    return {
      kind: 'art',
      name: `${art.name} ${i + 1}`,
      box: { x: ox + x0 * scale, y: oy + y0 * scale, w: Math.max(0.01, (x1 - x0) * scale), h: Math.max(0.01, (y1 - y0) * scale) },
      subpaths: shape.subpaths.map((s) => mapSubpath(s, local)),
      ...(shape.fill ? { fill: shape.fill } : {}),
      ...(shape.stroke ? { line: { color: shape.stroke.color, width: shape.stroke.width * scale } } : {}),
    };
  });
  // Decorative: the picture repeats what the title says (a reader skips it; contract section 8).
  return { group: { kind: 'group', name, role: 'decorative', children }, box: { x: ox, y: oy, w, h } };
}
