/**
 * Where a shape is on its slide: its a:xfrm mapped through the child spaces of the groups around
 * it (p:grpSpPr/a:xfrm: a:chOff/a:chExt → a:off/a:ext), in EMU from the slide's top-left corner.
 * Rotation is ignored (the brand engine's layout works on upright shapes).
 */
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { boxOf, childBoxOf, type Box } from './shapes.js';

/** The box of a shape in slide coordinates, or undefined when it (or a group around it) has no a:xfrm. */
export function slideBox(shape: XElement): Box | undefined {
  const own = boxOf(shape);
  if (!own) return undefined;
  let b = { ...own };
  for (let g = shape.parent; g?.is(NS.p, 'grpSp'); g = g.parent) {
    const outer = boxOf(g);
    const inner = childBoxOf(g);
    if (!outer || !inner) return undefined;
    const sx = inner.cx > 0 ? outer.cx / inner.cx : 1;
    const sy = inner.cy > 0 ? outer.cy / inner.cy : 1;
    b = { x: outer.x + (b.x - inner.x) * sx, y: outer.y + (b.y - inner.y) * sy, cx: b.cx * sx, cy: b.cy * sy };
  }
  return b;
}

/** True when point (x, y) lies inside the box (edges included). */
export function containsPoint(b: Box, x: number, y: number): boolean {
  return x >= b.x && x <= b.x + b.cx && y >= b.y && y <= b.y + b.cy;
}

/** Area of the intersection of two boxes. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.cx, b.x + b.cx) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.cy, b.y + b.cy) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
