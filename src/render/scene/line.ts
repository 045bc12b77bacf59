/**
 * Outlines (a:ln): width, fill, dash (a:prstDash, a:custDash), cap, join, and the arrowheads
 * (a:headEnd, a:tailEnd). A shape's own a:ln is merged property by property over the theme line
 * style its p:style/a:lnRef points at. Compound lines (cmpd) are drawn as one line.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { ColorContext } from '../color/resolve.js';
import type { Rgba } from '../color/rgba.js';
import { emuToPt, intAttr } from '../units.js';
import { fillElement, flatColor, readFill, type BlipSource } from './fill.js';

export type LineEndType = 'none' | 'triangle' | 'stealth' | 'diamond' | 'oval' | 'arrow';
export type LineEndSize = 'sm' | 'med' | 'lg';

export interface LineEnd {
  type: LineEndType;
  w: LineEndSize;
  len: LineEndSize;
}

export interface LineSpec {
  color: Rgba;
  /** Points. */
  width: number;
  cap: 'butt' | 'round' | 'square';
  join: 'miter' | 'round' | 'bevel';
  miterLimit: number;
  /** Dash pattern in multiples of the line width; empty = solid. */
  dash: number[];
  head: LineEnd;
  tail: LineEnd;
}

/** One a:ln and the colours it resolves with (a theme line style resolves phClr). */
export interface LineSource {
  el: ReadonlyXElement;
  colors: ColorContext;
}

/** Preset dashes as multiples of the line width (PowerPoint's patterns). */
const PRESET_DASH: Record<string, number[]> = {
  solid: [],
  dot: [1, 1],
  dash: [4, 3],
  lgDash: [8, 3],
  dashDot: [4, 3, 1, 3],
  lgDashDot: [8, 3, 1, 3],
  lgDashDotDot: [8, 3, 1, 3, 1, 3],
  sysDash: [3, 1],
  sysDot: [1, 1],
  sysDashDot: [3, 1, 1, 1],
  sysDashDotDot: [3, 1, 1, 1, 1, 1],
};

const NO_END: LineEnd = { type: 'none', w: 'med', len: 'med' };

/** Merges line sources (highest priority first); null when the outline is not drawn. */
export function readLine(sources: LineSource[], blipSource: BlipSource): LineSpec | null {
  let color: Rgba | undefined;
  let fillDecided = false;
  let width: number | undefined;
  let cap: LineSpec['cap'] | undefined;
  let join: LineSpec['join'] | undefined;
  let miterLimit = 8;
  let dash: number[] | undefined;
  let head: LineEnd | undefined;
  let tail: LineEnd | undefined;
  for (const { el, colors } of sources) {
    if (!fillDecided) {
      const f = fillElement(el);
      if (f) {
        fillDecided = true;
        const spec = readFill(f, colors, blipSource);
        color = flatColor(spec);
      }
    }
    if (width === undefined && el.attr('w') !== undefined) width = emuToPt(intAttr(el.attr('w'), 0));
    if (cap === undefined && el.attr('cap') !== undefined) {
      const c = el.attr('cap');
      cap = c === 'rnd' ? 'round' : c === 'sq' ? 'square' : 'butt';
    }
    if (join === undefined) {
      if (el.child(NS.a, 'round')) join = 'round';
      else if (el.child(NS.a, 'bevel')) join = 'bevel';
      else {
        const miter = el.child(NS.a, 'miter');
        if (miter) {
          join = 'miter';
          const lim = intAttr(miter.attr('lim'), 800000) / 100000;
          miterLimit = Math.max(1, lim);
        }
      }
    }
    if (dash === undefined) {
      const prst = el.child(NS.a, 'prstDash');
      const cust = el.child(NS.a, 'custDash');
      if (prst) dash = PRESET_DASH[prst.attr('val') ?? 'solid'] ?? [];
      else if (cust) {
        dash = [];
        for (const ds of cust.childrenNamed(NS.a, 'ds')) {
          dash.push(intAttr(ds.attr('d'), 100000) / 100000, intAttr(ds.attr('sp'), 100000) / 100000);
        }
        if (dash.every((d) => d <= 0)) dash = [];
      }
    }
    if (head === undefined && el.child(NS.a, 'headEnd')) head = readEnd(el.child(NS.a, 'headEnd')!);
    if (tail === undefined && el.child(NS.a, 'tailEnd')) tail = readEnd(el.child(NS.a, 'tailEnd')!);
  }
  if (!color) return null;
  return {
    color,
    // No width anywhere: PowerPoint's default outline is 0.75 pt.
    width: width ?? 0.75,
    cap: cap ?? 'butt',
    join: join ?? 'round',
    miterLimit,
    dash: dash ?? [],
    head: head ?? NO_END,
    tail: tail ?? NO_END,
  };
}

function readEnd(el: ReadonlyXElement): LineEnd {
  const t = el.attr('type') ?? 'none';
  const size = (v: string | undefined): LineEndSize => (v === 'sm' || v === 'lg' ? v : 'med');
  return {
    type: (['none', 'triangle', 'stealth', 'diamond', 'oval', 'arrow'] as const).find((x) => x === t) ?? 'none',
    w: size(el.attr('w')),
    len: size(el.attr('len')),
  };
}
