/**
 * Shape and group transforms (a:xfrm): offset, extent, rotation and flips, and a group's child
 * coordinate space (a:chOff, a:chExt).
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
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
export function readXfrm(xfrm: ReadonlyXElement | undefined): Xfrm | undefined {
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

export function readGroupXfrm(xfrm: ReadonlyXElement | undefined): GroupXfrm | undefined {
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

/** A group as its children see it: its placement on the page and its child coordinate space. */
export interface GroupFrame {
  /** The group's own placement, already in page space. */
  xfrm: Xfrm;
  chX: number;
  chY: number;
  chW: number;
  chH: number;
}

/**
 * Where a child of a group is on the page, as PowerPoint places it: the child's box is moved
 * and resized by the group's child space (a quarter-turned child swaps the scale factors),
 * then turned and mirrored with the group; its own rotation and flips combine with the
 * group's. Sizes change, shapes are never sheared, and text keeps its font size.
 */
export function placeInGroup(c: Xfrm, g: GroupFrame | undefined): Xfrm {
  if (!g) return c;
  const gx = g.xfrm;
  const sx = g.chW > 0 ? gx.w / g.chW : 1;
  const sy = g.chH > 0 ? gx.h / g.chH : 1;
  const turn = ((c.rot % 180) + 180) % 180;
  const swap = turn >= 45 && turn < 135;
  const w = c.w * (swap ? sy : sx);
  const h = c.h * (swap ? sx : sy);
  let cx = (c.x + c.w / 2 - g.chX) * sx;
  let cy = (c.y + c.h / 2 - g.chY) * sy;
  if (gx.flipH) cx = gx.w - cx;
  if (gx.flipV) cy = gx.h - cy;
  const r = (gx.rot * Math.PI) / 180;
  const dx = cx - gx.w / 2;
  const dy = cy - gx.h / 2;
  const px = gx.x + gx.w / 2 + dx * Math.cos(r) - dy * Math.sin(r);
  const py = gx.y + gx.h / 2 + dx * Math.sin(r) + dy * Math.cos(r);
  const mirrored = gx.flipH !== gx.flipV;
  return {
    x: px - w / 2,
    y: py - h / 2,
    w,
    h,
    rot: (mirrored ? -c.rot : c.rot) + gx.rot,
    flipH: c.flipH !== gx.flipH,
    flipV: c.flipV !== gx.flipV,
  };
}

/** The frame a group gives its children, placed inside its own parent group. */
export function groupFrame(g: GroupXfrm, parent: GroupFrame | undefined): GroupFrame {
  return { xfrm: placeInGroup(g, parent), chX: g.chX, chY: g.chY, chW: g.chW, chH: g.chH };
}
