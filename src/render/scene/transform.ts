/**
 * Shape and group transforms (a:xfrm): offset, extent, rotation and flips, and a group's child
 * coordinate space (a:chOff, a:chExt).
 */
import type { XElement } from '../../xml/element.js';
import { NS } from '../../xml/namespaces.js';
import { compose, rotate, scale, translate, type Matrix } from '../matrix.js';
import { angleAttr, boolAttr, emuToPt, intAttr } from '../units.js';

export interface Xfrm {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Degrees, clockwise. */
  rot: number;
  flipH: boolean;
  flipV: boolean;
}

export interface GroupXfrm extends Xfrm {
  chX: number;
  chY: number;
  chW: number;
  chH: number;
}

/** Reads a:xfrm (or p:xfrm of a graphic frame); undefined when absent. */
export function readXfrm(xfrm: XElement | undefined): Xfrm | undefined {
  if (!xfrm) return undefined;
  const off = xfrm.child(NS.a, 'off');
  const ext = xfrm.child(NS.a, 'ext');
  if (!off && !ext) return undefined;
  return {
    x: emuToPt(intAttr(off?.attr('x'), 0)),
    y: emuToPt(intAttr(off?.attr('y'), 0)),
    w: Math.max(0, emuToPt(intAttr(ext?.attr('cx'), 0))),
    h: Math.max(0, emuToPt(intAttr(ext?.attr('cy'), 0))),
    rot: angleAttr(xfrm.attr('rot')),
    flipH: boolAttr(xfrm.attr('flipH'), false),
    flipV: boolAttr(xfrm.attr('flipV'), false),
  };
}

export function readGroupXfrm(xfrm: XElement | undefined): GroupXfrm | undefined {
  const base = readXfrm(xfrm);
  if (!base || !xfrm) return undefined;
  const chOff = xfrm.child(NS.a, 'chOff');
  const chExt = xfrm.child(NS.a, 'chExt');
  return {
    ...base,
    chX: chOff ? emuToPt(intAttr(chOff.attr('x'), 0)) : base.x,
    chY: chOff ? emuToPt(intAttr(chOff.attr('y'), 0)) : base.y,
    chW: chExt ? emuToPt(intAttr(chExt.attr('cx'), 0)) : base.w,
    chH: chExt ? emuToPt(intAttr(chExt.attr('cy'), 0)) : base.h,
  };
}

/** Local box (0..w, 0..h) to the parent's coordinates: offset, then rotation and flips about the centre. */
export function shapeMatrix(x: Xfrm): Matrix {
  const cx = x.w / 2;
  const cy = x.h / 2;
  return compose(translate(x.x + cx, x.y + cy), rotate(x.rot), scale(x.flipH ? -1 : 1, x.flipV ? -1 : 1), translate(-cx, -cy));
}

/**
 * The matrix for a shape's text: like shapeMatrix but text is never mirrored; a vertical flip
 * turns the text upside down (as PowerPoint draws it).
 */
export function textMatrix(x: Xfrm): Matrix {
  const cx = x.w / 2;
  const cy = x.h / 2;
  return compose(translate(x.x + cx, x.y + cy), rotate(x.rot + (x.flipV ? 180 : 0)), translate(-cx, -cy));
}

/** A group's child space to the group's parent space. */
export function groupMatrix(g: GroupXfrm): Matrix {
  const sx = g.chW > 0 ? g.w / g.chW : 1;
  const sy = g.chH > 0 ? g.h / g.chH : 1;
  return compose(shapeMatrix(g), scale(sx, sy), translate(-g.chX, -g.chY));
}
