/**
 * A shape's transform (a:xfrm in p:spPr or p:grpSpPr, p:xfrm of a graphic frame): offset and
 * extent (a:off, a:ext), a group's child space (a:chOff, a:chExt), rotation and flips, read as
 * written in EMU. The renderer turns these into points and matrices (render/scene/transform.ts).
 */
import type { XElement } from '../../xml/element.js';
import { NS } from '../../xml/namespaces.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { shapeSchemaOf } from './schema.js';

/**
 * The element holding a shape's transform, where schema.ts says it is: one the caller may edit
 * for a shape the brand engine owns (XElement), read-only for a shared one.
 */
export function xfrmOf(shape: XElement): XElement | undefined;
export function xfrmOf(shape: ReadonlyXElement): ReadonlyXElement | undefined;
export function xfrmOf(shape: ReadonlyXElement): ReadonlyXElement | undefined {
  const schema = shapeSchemaOf(shape.localName);
  // Not one of the five (a SmartArt dsp:sp read as p:sp is one): a:xfrm in p:spPr, as p:sp has.
  const where = schema?.xfrmIn ?? 'spPr';
  if (where === 'self') return shape.child(NS.p, 'xfrm');
  return shape.child(NS.p, where)?.child(NS.a, 'xfrm');
}

/** An offset and an extent in EMU. */
export interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** An integer attribute (EMU, 60,000ths of a degree) as written, or undefined when absent or not an integer. */
export function intAttrOf(el: ReadonlyXElement | undefined, name: string): number | undefined {
  const v = el?.attr(name);
  if (v === undefined || !/^-?\d+$/.test(v.trim())) return undefined;
  return Number(v);
}

/** A box from two children of a transform (a:off + a:ext, or a:chOff + a:chExt), if all four numbers are integers. */
export function boxIn(xfrm: ReadonlyXElement | undefined, offName: 'off' | 'chOff', extName: 'ext' | 'chExt'): Box | undefined {
  const off = xfrm?.child(NS.a, offName);
  const ext = xfrm?.child(NS.a, extName);
  const x = intAttrOf(off, 'x');
  const y = intAttrOf(off, 'y');
  const cx = intAttrOf(ext, 'cx');
  const cy = intAttrOf(ext, 'cy');
  if (x === undefined || y === undefined || cx === undefined || cy === undefined) return undefined;
  return { x, y, cx, cy };
}

/** Offset and extent of a shape in its parent's coordinate space (a:off, a:ext), if it has its own transform. */
export function boxOf(shape: ReadonlyXElement): Box | undefined {
  return boxIn(xfrmOf(shape), 'off', 'ext');
}

/** A group's child coordinate space (a:chOff, a:chExt), if present. */
export function childBoxOf(group: ReadonlyXElement): Box | undefined {
  return boxIn(xfrmOf(group), 'chOff', 'chExt');
}
