/**
 * Shapes of a slide tree (p:spTree): the five PresentationML shape kinds, their names
 * (p:cNvPr/@name, what PowerPoint's Selection Pane shows) and their boxes (a:xfrm in p:spPr,
 * p:grpSpPr, or p:xfrm for graphic frames).
 */
import { shapeNameOf as shapeName } from '../presentation/shape/non-visual.js';
import { shapeSchemaOf } from '../presentation/shape/schema.js';
import { boxOf, childBoxOf, intAttrOf, xfrmOf } from '../presentation/shape/xfrm.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';

// The accessors live in src/presentation/shape/; logo.ts (another lane) still imports them from here.
export { cNvPrOf as cNvPr, shapeNameOf as shapeName } from '../presentation/shape/non-visual.js';
export { boxOf, childBoxOf, xfrmOf, type Box } from '../presentation/shape/xfrm.js';

/** True for the five shape elements of a slide tree (p:sp, p:pic, p:grpSp, p:graphicFrame, p:cxnSp). */
export function isShape(el: XElement): boolean {
  return shapeSchemaOf(el.localName) !== undefined && el.inNamespace(NS.p);
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
  const y = intAttrOf(off, 'y');
  if (off && y !== undefined) off.setAttr('y', String(Math.round(y + dy)));
}
