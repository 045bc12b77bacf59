/**
 * The sizes of a shape's text (a:rPr/@sz, a:endParaRPr/@sz and exact line spacing
 * a:lnSpc/a:spcPts), read once and scaled together: shrinking a long value keeps the relation
 * between a heading and its text, in half-point steps, never below 9 pt.
 */
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { scaledSize } from './text-layout.js';

/** The smallest text size (contract section 7). */
export const MIN_TEXT_PT = 9;

/** Original sizes of a shape's runs, paragraph marks and exact line spacings. */
export interface Sizes {
  sz: { el: XElement; value: number }[];
  spc: { el: XElement; value: number }[];
}

export function readSizes(shape: XElement): Sizes {
  const out: Sizes = { sz: [], spc: [] };
  for (const el of shape.child(NS.p, 'txBody')!.descendants()) {
    if (el.is(NS.a, 'rPr') || el.is(NS.a, 'endParaRPr')) {
      const v = el.attr('sz');
      if (v && /^\d+$/.test(v)) out.sz.push({ el, value: Number(v) });
    }
    if (el.is(NS.a, 'spcPts') && el.parent?.is(NS.a, 'lnSpc')) out.spc.push({ el, value: Number(el.attr('val')) });
  }
  return out;
}

/** Runs without a size of their own get one (a:rPr sz), so that they can be scaled. */
export function ensureSizes(shape: XElement, fallbackPt: number): void {
  for (const r of shape.child(NS.p, 'txBody')!.descendants()) {
    if (!(r.is(NS.a, 'r') || r.is(NS.a, 'fld'))) continue;
    let rPr = r.child(NS.a, 'rPr');
    if (!rPr) rPr = r.insertAt(0, r.make(NS.a, 'rPr', { lang: 'en-US' })) as XElement;
    if (!rPr.attr('sz')) rPr.setAttr('sz', String(Math.round(fallbackPt * 100)));
  }
}

/** Every size at `f` × its original, in half points, never below 9 pt; exact line spacing with it. */
export function applyScale(sizes: Sizes, f: number): void {
  for (const { el, value } of sizes.sz) el.setAttr('sz', String(Math.round(scaledSize(value / 100, f, MIN_TEXT_PT) * 100)));
  for (const { el, value } of sizes.spc) el.setAttr('val', String(f >= 1 ? value : Math.max(Math.round(value * f), MIN_TEXT_PT * 100)));
}

