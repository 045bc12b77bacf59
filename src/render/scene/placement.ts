/**
 * Where a shape (p:sp, p:cxnSp, p:pic) is drawn: its p:cNvPr (hidden shapes are not drawn), its
 * placeholder inheritance (p:ph → the layout's and the master's placeholder), the first a:xfrm
 * of its own p:spPr or theirs, and that transform placed in its enclosing groups (offset,
 * extent, rotation and flips: transform.ts). The one placement of shapes, pictures and the
 * text measurement of the brand engine.
 */
import { nonVisual, placeholderOf } from '../../presentation/shape/non-visual.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { PartXml } from '../deck/slide-chain.js';
import type { SlideContext } from './context.js';
import type { FillSpec } from './fill.js';
import { findLayoutPlaceholder, findMasterPlaceholder, type PhKey } from './placeholders.js';
import { placeInGroup, readXfrm, type GroupFrame, type Xfrm } from './transform.js';

export interface ShapeEnv {
  /** The part the shape's XML comes from (its relationships resolve there). */
  source: PartXml;
  /** The enclosing group, when there is one. */
  group: GroupFrame | undefined;
  /** The fill of the enclosing group (for a:grpFill). */
  groupFill: FillSpec | undefined;
}

/** The inheritance of a shape: itself, then its layout and master placeholders. */
export interface Inherited {
  ph: PhKey | undefined;
  layoutPh: ReadonlyXElement | undefined;
  masterPh: ReadonlyXElement | undefined;
}

export function inheritanceOf(shape: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext): Inherited {
  const ph = placeholderOf(shape);
  if (!ph) return { ph, layoutPh: undefined, masterPh: undefined };
  const layoutPh = env.source.kind === 'slide' ? findLayoutPlaceholder(ctx.chain.layout, ph) : undefined;
  const masterKey = layoutPh ? (placeholderOf(layoutPh) ?? ph) : ph;
  const masterPh = env.source.kind !== 'master' ? findMasterPlaceholder(ctx.chain.master, masterKey) : undefined;
  return { ph, layoutPh, masterPh };
}

export function spPrOf(shape: ReadonlyXElement | undefined): ReadonlyXElement | undefined {
  return shape?.child(NS.p, 'spPr');
}

/** A shape's p:cNvPr as the renderer names it in warnings: its name, else "shape <id>". */
export function nvProps(shape: ReadonlyXElement): { name: string; hidden: boolean; cNvPr: ReadonlyXElement | undefined } {
  const nv = nonVisual(shape);
  return { name: nv.name || `shape ${nv.id ?? ''}`.trim(), hidden: nv.hidden, cNvPr: nv.cNvPr };
}

/** The first a:xfrm of the shape's own p:spPr, then of its layout's and its master's placeholder. */
export function inheritedXfrm(spPrs: readonly (ReadonlyXElement | undefined)[]): Xfrm | undefined {
  for (const spPr of spPrs) {
    const xfrm = readXfrm(spPr?.child(NS.a, 'xfrm'));
    if (xfrm) return xfrm;
  }
  return undefined;
}

/** A shape ready to draw: its names, inheritance, p:spPr chain and page-space transform. */
export interface Placement {
  nv: ReturnType<typeof nvProps>;
  inh: Inherited;
  /** p:spPr of the shape, its layout placeholder, its master placeholder (each may be absent). */
  spPrs: (ReadonlyXElement | undefined)[];
  /** The transform on the page (groups applied). */
  xfrm: Xfrm;
}

/**
 * The placement of a p:sp, p:cxnSp or p:pic, or undefined when it is not drawn: hidden
 * (p:cNvPr@hidden), a placeholder of a layout or master (a template for slides, not drawn on
 * them), or without any a:xfrm to place it.
 */
export function placeShape(shape: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext): Placement | undefined {
  const nv = nvProps(shape);
  if (nv.hidden) return undefined;
  const inh = inheritanceOf(shape, env, ctx);
  if (inh.ph && env.source.kind !== 'slide') return undefined;
  const spPrs = [spPrOf(shape), spPrOf(inh.layoutPh), spPrOf(inh.masterPh)];
  const xfrm = inheritedXfrm(spPrs);
  if (!xfrm) return undefined;
  return { nv, inh, spPrs, xfrm: placeInGroup(xfrm, env.group) };
}
