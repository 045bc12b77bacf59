/**
 * The renderer's text layout of one shape, for the brand engine: what the PDF will draw, measured
 * on the package the engine is editing (its live XML trees), so that the engine sizes and checks
 * boxes with the very fonts, line breaking and line heights the renderer uses.
 *
 *   const m = createTextMeasure(pkg, fonts);
 *   const t = m.measure('ppt/slides/slide1.xml', sp);   // lines, text height, the box's insets
 *
 * Measurement follows the shape's text body as it is now (sizes, a:bodyPr numCol, its a:xfrm):
 * change the XML, measure again. (Until the shared text-layout module lands, this wraps
 * prepareText of text-body.ts.)
 */
import type { FontRegistry } from '../../fonts/types.js';
import type { OpcPackage } from '../../package/opc-package.js';
import type { Warning } from '../../warnings.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { readPresentation, type Presentation } from '../deck/presentation.js';
import { readSlideChain } from '../deck/slide-chain.js';
import type { PlacedLine } from '../text/layout.js';
import { newTextStats } from '../text/stats.js';
import { newShapeBudget } from '../../limits/shapes.js';
import { StructureBuilder } from '../structure/builder.js';
import type { SlideContext } from './context.js';
import { geometryElement, shapeGeometry } from './geometry.js';
import { inheritanceOf, inheritedXfrm, spPrOf } from './placement.js';
import { linkEnvFor, textChain } from './shape.js';
import { prepareText, splitColumns, type PreparedText } from './text-body.js';

export interface MeasuredText {
  prepared: PreparedText;
  /** The shape's box, points (group scaling applied by the caller through `scale`). */
  box: { w: number; h: number };
  /** Height of the text rectangle's insets and geometry margins: box height − text area height. */
  insetHeight: number;
  /** Height the text needs in its columns (the taller column), points. */
  textHeight: number;
  /** Lines per column as the renderer would place them in the box's current height. */
  columns: { lines: PlacedLine[]; height: number }[];
}

export interface TextMeasure {
  /** Lays out the text of a p:sp of a slide; `scale` maps the shape's a:ext to slide EMU (groups). */
  measure(slidePart: string, sp: ReadonlyXElement, scale?: { x: number; y: number }): MeasuredText | undefined;
  /** Warnings the layout produced (missing glyphs, fonts). */
  warnings: Warning[];
}

export function createTextMeasure(pkg: OpcPackage, fonts: FontRegistry): TextMeasure {
  const warnings: Warning[] = [];
  let pres: Presentation | undefined;
  const contexts = new Map<string, SlideContext>();
  const contextFor = (slidePart: string): SlideContext => {
    let ctx = contexts.get(slidePart);
    if (ctx) return ctx;
    pres ??= readPresentation(pkg, warnings);
    const chain = readSlideChain(pkg, slidePart, () => {}, true);
    const pageOfSlide = new Map(pres.slides.map((s, i) => [s, i] as const));
    ctx = {
      pkg,
      pres,
      chain,
      slideNo: (pageOfSlide.get(slidePart) ?? 0) + 1,
      fonts,
      pageOfSlide,
      colors: { scheme: chain.theme.colors, clrMap: chain.clrMap },
      ops: [],
      links: [],
      warnings,
      skipped: new Map(),
      shapes: { slide: 0, deck: newShapeBudget() },
      drawings: new Map(),
      text: newTextStats(),
      // Measuring draws nothing into a document: a throwaway structure tree, untagged text.
      struct: new StructureBuilder(),
      tag: undefined,
      textTags: { kind: 'artifact' },
    };
    contexts.set(slidePart, ctx);
    return ctx;
  };

  return {
    warnings,
    measure(slidePart, sp, scale = { x: 1, y: 1 }) {
      const txBody = sp.child(NS.p, 'txBody');
      if (!txBody) return undefined;
      const ctx = contextFor(slidePart);
      // Each measurement is one layout of one text body: the document's text budget
      // (src/limits/text.ts) is for drawing, not for the fitting loop, which measures the same
      // body up to ~40 times and has its own budget (MAX_FITTED_CHARS in text-fit.ts). Sharing it
      // made later measurements come back empty ("fits") once 500,000 characters were measured.
      ctx.text = newTextStats();
      const source = ctx.chain.slide;
      const env = { source, group: undefined, groupFill: undefined };
      const inh = inheritanceOf(sp, env, ctx);
      const spPrs = [spPrOf(sp), spPrOf(inh.layoutPh), spPrOf(inh.masterPh)];
      const xfrm = inheritedXfrm(spPrs);
      if (!xfrm) return undefined;
      const w = xfrm.w * scale.x;
      const h = xfrm.h * scale.y;
      const style = sp.child(NS.p, 'style') ?? inh.layoutPh?.child(NS.p, 'style') ?? inh.masterPh?.child(NS.p, 'style');
      const geom = shapeGeometry(geometryElement(spPrs), w, h, ctx, 'measured shape');
      const r = geom.textRect;
      const prepared = prepareText(
        {
          txBody,
          chain: textChain(sp, inh, source, style, ctx),
          bodyPrs: [inh.masterPh, inh.layoutPh, sp].map((s) => s?.child(NS.p, 'txBody')?.child(NS.a, 'bodyPr')).filter((b): b is ReadonlyXElement => b !== undefined),
          box: { x: r.l, y: r.t, w: Math.max(0, r.r - r.l), h: Math.max(0, r.b - r.t) },
          props: { theme: ctx.chain.theme, colors: ctx.colors, source },
          links: linkEnvFor(source, ctx),
        },
        ctx,
      );
      const columns = splitColumns(prepared.layout.lines, prepared.body.numCol, prepared.area.h);
      const textHeight = Math.max(0, ...columns.map((c) => c.height));
      return { prepared, box: { w, h }, insetHeight: h - prepared.area.h, textHeight, columns };
    },
  };
}
