/**
 * Shapes of a slide tree (p:spTree): the five PresentationML shape kinds, their names
 * (p:cNvPr/@name, what PowerPoint's Selection Pane shows) and their boxes (a:xfrm in p:spPr,
 * p:grpSpPr, or p:xfrm for graphic frames).
 */
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';

/** Shape element → its non-visual properties element. */
const NV_OF: Record<string, string> = {
  sp: 'nvSpPr',
  grpSp: 'nvGrpSpPr',
  pic: 'nvPicPr',
  cxnSp: 'nvCxnSpPr',
  graphicFrame: 'nvGraphicFramePr',
};

export function isShape(el: XElement): boolean {
  return NV_OF[el.localName] !== undefined && el.inNamespace(NS.p);
}

/** p:cNvPr of a shape. */
export function cNvPr(shape: XElement): XElement | undefined {
  const nv = NV_OF[shape.localName];
  return nv ? shape.child(NS.p, nv)?.child(NS.p, 'cNvPr') : undefined;
}

export function shapeName(shape: XElement): string | undefined {
  return cNvPr(shape)?.attr('name');
}

/**
 * The markers of a name (contract section 3): a name may carry several markers separated by
 * spaces, beside other words and role tags ("Note va:grow", "va:when:links.booking va:bottom",
 * "Step 1 [li]"). Every word that starts with `va:` is a marker, as written.
 */
export function markersOf(name: string | undefined): string[] {
  return (name ?? '').split(/\s+/).filter((w) => /^va:/i.test(w));
}

/** The markers of a shape's name. */
export function shapeMarkers(shape: XElement): string[] {
  return markersOf(shapeName(shape));
}

/** True when the shape's name carries `marker` (markers compare case-insensitively). */
export function hasMarker(shape: XElement | null | undefined, marker: string): boolean {
  if (!shape) return false;
  const wanted = marker.toLowerCase();
  return shapeMarkers(shape).some((m) => m.toLowerCase() === wanted);
}

/** The first marker of the shape that starts with `prefix` (case-insensitive), as written. */
export function markerWithPrefix(shape: XElement, prefix: string): string | undefined {
  const p = prefix.toLowerCase();
  return shapeMarkers(shape).find((m) => m.toLowerCase().startsWith(p));
}

/** Every shape of a part (the slide tree's own p:grpSp root excluded), document order. */
export function allShapes(root: XElement): XElement[] {
  const tree = root.path(NS.p, 'cSld', 'spTree');
  if (!tree) return [];
  const out: XElement[] = [];
  for (const el of tree.descendants()) if (isShape(el)) out.push(el);
  return out;
}

/** Shapes with a marker that satisfies the predicate (it receives each marker in lower case). */
export function shapesNamed(root: XElement, match: (marker: string) => boolean): XElement[] {
  return allShapes(root).filter((s) => shapeMarkers(s).some((m) => match(m.toLowerCase())));
}

/** Shapes that carry the marker `name` (case-insensitive). */
export function shapesWithName(root: XElement, name: string): XElement[] {
  const wanted = name.toLowerCase();
  return shapesNamed(root, (n) => n === wanted);
}

/** The element holding the shape's transform: a:xfrm (sp, pic, cxnSp, grpSp) or p:xfrm (graphicFrame). */
export function xfrmOf(shape: XElement): XElement | undefined {
  switch (shape.localName) {
    case 'grpSp':
      return shape.child(NS.p, 'grpSpPr')?.child(NS.a, 'xfrm');
    case 'graphicFrame':
      return shape.child(NS.p, 'xfrm');
    default:
      return shape.child(NS.p, 'spPr')?.child(NS.a, 'xfrm');
  }
}

export interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

function int(el: XElement | undefined, name: string): number | undefined {
  const v = el?.attr(name);
  if (v === undefined || !/^-?\d+$/.test(v.trim())) return undefined;
  return Number(v);
}

/** Offset and extent of a shape in its parent's coordinate space (EMU), if it has its own xfrm. */
export function boxOf(shape: XElement): Box | undefined {
  const xfrm = xfrmOf(shape);
  const off = xfrm?.child(NS.a, 'off');
  const ext = xfrm?.child(NS.a, 'ext');
  const x = int(off, 'x');
  const y = int(off, 'y');
  const cx = int(ext, 'cx');
  const cy = int(ext, 'cy');
  if (x === undefined || y === undefined || cx === undefined || cy === undefined) return undefined;
  return { x, y, cx, cy };
}

/** A group's child coordinate space (a:chOff, a:chExt), if present. */
export function childBoxOf(group: XElement): Box | undefined {
  const xfrm = xfrmOf(group);
  const off = xfrm?.child(NS.a, 'chOff');
  const ext = xfrm?.child(NS.a, 'chExt');
  const x = int(off, 'x');
  const y = int(off, 'y');
  const cx = int(ext, 'cx');
  const cy = int(ext, 'cy');
  if (x === undefined || y === undefined || cx === undefined || cy === undefined) return undefined;
  return { x, y, cx, cy };
}

/** Product of the scale factors (a:ext / a:chExt) of the groups around a shape: child units → slide EMU. */
export function groupScale(shape: XElement): { x: number; y: number } {
  let x = 1;
  let y = 1;
  for (let g = shape.parent; g?.is(NS.p, 'grpSp'); g = g.parent) {
    const outer = boxOf(g);
    const inner = childBoxOf(g);
    if (outer && inner && inner.cx > 0 && inner.cy > 0) {
      x *= outer.cx / inner.cx;
      y *= outer.cy / inner.cy;
    }
  }
  return { x, y };
}

/** Moves a shape vertically by `dy` in its parent's coordinates (a:off/@y). */
export function moveY(shape: XElement, dy: number): void {
  const off = xfrmOf(shape)?.child(NS.a, 'off');
  const y = int(off, 'y');
  if (off && y !== undefined) off.setAttr('y', String(Math.round(y + dy)));
}
