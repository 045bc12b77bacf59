/**
 * Shapes and connectors (p:sp, p:cxnSp), placed by placement.ts: outline geometry, fill, line with arrowheads, text body and the shape's
 * hyperlink (p:cNvPr/a:hlinkClick).
 */
import { XElement } from '../../xml/element.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { lineEnd, pathEnds, trimPathEnds, type Geometry, type PathCommand } from '../geometry/index.js';
import { meanScale, transformedBounds, type Matrix } from '../matrix.js';
import type { Paint, Stroke } from '../ops.js';
import type { PartXml } from '../deck/slide-chain.js';
import { mix, BLACK, WHITE } from '../color/rgba.js';
import type { StyleChain } from '../text/paragraphs.js';
import type { LinkEnv } from '../text/links.js';
import { readLink } from '../text/links.js';
import { drawShadow, outerShadow } from './shadow.js';
import { skip, warn, type SlideContext } from './context.js';
import { fillElement, fillInBox, paintFor, readFill, withStyleStops, type BlipSource, type FillSpec } from './fill.js';
import { geometryElement, shapeGeometry } from './geometry.js';
import { readLine, type LineSource, type LineSpec } from './line.js';
import { blipImage, imageOpsFor } from './blip.js';
import { masterTextStyle } from './placeholders.js';
import { placeShape, spPrOf, type Inherited, type ShapeEnv } from './placement.js';
import { styleFill, styleFont, styleLine } from './style-refs.js';
import { emitText, prepareText } from './text-body.js';
import { placeInGroup, readXfrm, shapeMatrix, textMatrix, type Xfrm } from './transform.js';
import { pushAll } from '../../arrays.js';

export function linkEnvFor(source: PartXml, ctx: SlideContext): LinkEnv {
  return {
    rels: source.rels,
    pageOfSlide: ctx.pageOfSlide,
    page: ctx.slideNo - 1,
    pageCount: ctx.pageOfSlide.size,
    dropped: (target, why) => warn(ctx, 'W_LINK_DROPPED', `the link "${clip(target)}" was not exported: ${why}`, source.part),
  };
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function drawShape(sp: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext): void {
  const placed = placeShape(sp, env, ctx);
  if (!placed) return;
  const { nv, inh, spPrs, xfrm } = placed;
  if (sp.path(NS.p, 'spPr', 'scene3d') || spPrOf(sp)?.child(NS.a, 'sp3d')?.elements().next().done === false) skip(ctx, 'threeD');
  const blipSource: BlipSource = env.source;
  const theme = ctx.chain.theme;
  const ownStyle = sp.child(NS.p, 'style');
  const inheritedStyle = inh.layoutPh?.child(NS.p, 'style') ?? inh.masterPh?.child(NS.p, 'style');
  const style = ownStyle ?? inheritedStyle;

  // Fill, by precedence: the shape's a:spPr, its own p:style/a:fillRef, the placeholders'
  // a:spPr (layout, then master), their style.
  let fill: FillSpec | undefined = readFill(fillElement(spPrs[0]), ctx.colors, env.source);
  if (!fill && ownStyle) fill = styleFill(ownStyle, theme, ctx.colors, themeSource(ctx));
  for (const spPr of spPrs.slice(1)) {
    if (fill) break;
    const el = fillElement(spPr);
    if (el) fill = readFill(el, ctx.colors, sourceOf(spPr, sp, inh, env, ctx));
  }
  if (!fill && !ownStyle && inheritedStyle) fill = styleFill(inheritedStyle, theme, ctx.colors, themeSource(ctx));
  if (fill?.kind === 'group') fill = env.groupFill;
  if (fill?.kind === 'none' && fill.emptyGradient) fill = withStyleStops(fill, styleFill(style, theme, ctx.colors, themeSource(ctx)));
  if (fill?.kind === 'none' && fill.emptyGradient) skip(ctx, 'gradientNoStops');
  if ((fill?.kind === 'linear' || fill?.kind === 'path') && fill.stopsCut) skip(ctx, 'gradientStops');

  // Outline: property by property over the same order (a:lnRef idx="0" means no outline).
  const lineSources: LineSource[] = [];
  const ownLn = spPrs[0]?.child(NS.a, 'ln');
  if (ownLn) lineSources.push({ el: ownLn, colors: ctx.colors });
  const styleLineSource = (st: ReadonlyXElement | undefined) => {
    const ref = st?.child(NS.a, 'lnRef');
    if (!ref) return;
    const sl = styleLine(st, theme, ctx.colors);
    lineSources.push(sl ?? { el: NO_LINE, colors: ctx.colors });
  };
  styleLineSource(ownStyle);
  for (const spPr of spPrs.slice(1)) {
    const ln = spPr?.child(NS.a, 'ln');
    if (ln) lineSources.push({ el: ln, colors: ctx.colors });
  }
  if (!ownStyle) styleLineSource(inheritedStyle);
  const line = readLine(lineSources, blipSource);

  // Text first: a:spAutoFit may make the shape taller.
  const txBody = sp.child(NS.p, 'txBody');
  let box = xfrm;
  let prepared: ReturnType<typeof prepareText> | undefined;
  const geomEl = geometryElement(spPrs);
  // SmartArt drawings give text its own box (dsp:txXfrm, read here as p:txXfrm): the text is laid
  // out in that box, not in the geometry's text rectangle (which a turned shape has on its side).
  const txXfrm = txBody ? readXfrm(sp.child(NS.p, 'txXfrm')) : undefined;
  // Its rotation adds to the shape's: a turned shape's text box turned back stands upright.
  const txBox = txXfrm ? placeInGroup({ ...txXfrm, rot: txXfrm.rot + (readXfrm(spPrs[0]?.child(NS.a, 'xfrm'))?.rot ?? 0) }, env.group) : undefined;
  if (txBody) {
    const g0 = shapeGeometry(geomEl, box.w, box.h, ctx, nv.name);
    prepared = prepareText(
      {
        txBody,
        chain: textChain(sp, inh, env.source, style, ctx),
        bodyPrs: [inh.masterPh, inh.layoutPh, sp].map((s) => s?.child(NS.p, 'txBody')?.child(NS.a, 'bodyPr')).filter((b): b is ReadonlyXElement => b !== undefined),
        box: txBox ? { x: 0, y: 0, w: txBox.w, h: txBox.h } : textBox(g0),
        props: { theme, colors: ctx.colors, source: blipSource },
        links: linkEnvFor(env.source, ctx),
      },
      ctx,
    );
    if (prepared.grow > 0) box = grow(box, prepared.grow, prepared.body.anchor);
  }
  const m = shapeMatrix(box);
  const geom = shapeGeometry(geomEl, box.w, box.h, ctx, nv.name);
  // a:outerShdw under a filled shape (shadow.ts).
  const shadow = fill && fill.kind !== 'none' ? outerShadow(spPrs, style, theme, ctx.colors) : undefined;
  if (shadow) drawShadow(shadow, geom.paths.filter((p) => p.fill !== 'none').map((p) => p.commands), m, box, ctx);
  drawGeometry(geom, fillInBox(fill, box), line, m, ctx, nv.name, box);

  if (prepared) {
    if (txBox) emitText(prepared, { x: 0, y: 0, w: txBox.w, h: txBox.h }, textMatrix(txBox), ctx, nv.name);
    else emitText(prepared, textBox(geom), textMatrix(box), ctx, nv.name);
  }
  shapeLink(nv.cNvPr, m, box, env, ctx);
}

/** An a:ln without a fill: what a:lnRef idx="0" stands for. */
const NO_LINE: ReadonlyXElement = (() => {
  const ln = new XElement('a:ln', [['xmlns:a', NS.a.uris[0]!]]);
  ln.append(new XElement('a:noFill'));
  return ln;
})();

function sourceOf(spPr: ReadonlyXElement | undefined, sp: ReadonlyXElement, inh: Inherited, env: ShapeEnv, ctx: SlideContext): BlipSource {
  if (spPr && inh.layoutPh && spPr === spPrOf(inh.layoutPh) && ctx.chain.layout) return ctx.chain.layout;
  if (spPr && inh.masterPh && spPr === spPrOf(inh.masterPh) && ctx.chain.master) return ctx.chain.master;
  void sp;
  return env.source;
}

export function themeSource(ctx: SlideContext): BlipSource {
  const part = ctx.chain.theme.part ?? ctx.chain.slide.part;
  return { part, rels: ctx.pkg.rels(part) };
}

function textBox(g: Geometry): { x: number; y: number; w: number; h: number } {
  const r = g.textRect;
  return { x: r.l, y: r.t, w: Math.max(0, r.r - r.l), h: Math.max(0, r.b - r.t) };
}

function grow(x: Xfrm, by: number, anchor: 't' | 'ctr' | 'b'): Xfrm {
  const dy = anchor === 'b' ? by : anchor === 'ctr' ? by / 2 : 0;
  return { ...x, y: x.y - dy, h: x.h + by };
}

/** The text style chain of a shape (see StyleChain): presentation defaults, master styles, placeholders, own list style. */
export function textChain(sp: ReadonlyXElement, inh: Inherited, source: PartXml, style: ReadonlyXElement | undefined, ctx: SlideContext): StyleChain {
  const lists: (ReadonlyXElement | undefined)[] = [ctx.pres.defaultTextStyle];
  if (inh.ph) lists.push(masterTextStyle(ctx.chain.master, inh.ph));
  else if (source.kind !== 'slide') lists.push(masterTextStyle(ctx.chain.master, undefined));
  lists.push(inh.masterPh?.child(NS.p, 'txBody')?.child(NS.a, 'lstStyle'));
  lists.push(inh.layoutPh?.child(NS.p, 'txBody')?.child(NS.a, 'lstStyle'));
  const ownIndex = lists.length;
  lists.push(sp.child(NS.p, 'txBody')?.child(NS.a, 'lstStyle'));
  const fontRef = styleFont(style, ctx.colors);
  const cache = new Map<number, { sources: ReadonlyXElement[]; after: number }>();
  const compute = (level: number) => {
    let c = cache.get(level);
    if (!c) {
      const sources: ReadonlyXElement[] = [];
      let after = 0;
      lists.forEach((list, i) => {
        if (i === ownIndex) after = sources.length;
        if (!list) return;
        const def = list.child(NS.a, 'defPPr');
        if (def) sources.push(def);
        const lvl = list.child(NS.a, `lvl${level + 1}pPr`);
        if (lvl) sources.push(lvl);
      });
      c = { sources, after };
      cache.set(level, c);
    }
    return c;
  };
  return {
    levels: (level) => compute(level).sources,
    fontRef,
    fontRefAfter: (level) => compute(level).after,
  };
}

/** Fill and outline of a geometry (arrowheads included) as operations. */
export function drawGeometry(geom: Geometry, fill: FillSpec | undefined, line: LineSpec | null, m: Matrix, ctx: SlideContext, name: string, box: { w: number; h: number }): void {
  const bw = box.w;
  const bh = box.h;
  const paint = paintFor(fill, bw, bh);
  const scaleK = meanScale(m) || 1;
  const stroke: Stroke | undefined = line
    ? {
        color: line.color,
        width: line.width / scaleK,
        cap: line.cap,
        join: line.join,
        miterLimit: line.miterLimit,
        dash: line.dash.map((d) => d * (line.width / scaleK)),
      }
    : undefined;
  if (fill?.kind === 'blip') {
    const clipPath: PathCommand[] = [];
    for (const p of geom.paths) if (p.fill !== 'none') pushAll(clipPath, p.commands);
    const img = blipImage(fill.blipFill, fill.source, ctx, name, fill.colors);
    if (img && clipPath.length > 0) pushAll(ctx.ops, imageOpsFor(img, fill.blipFill, { x: 0, y: 0, w: bw, h: bh }, m, clipPath, ctx, fill.source.part, name));
  }
  let endsDone = false;
  for (const p of geom.paths) {
    const pFill = p.fill !== 'none' && paint && fill?.kind !== 'blip' ? modifyPaint(paint, p.fill) : undefined;
    let commands = p.commands;
    let heads: PathCommand[][] = [];
    if (stroke && line && p.stroke && !endsDone && !commands.some((c) => c.op === 'Z') && (line.head.type !== 'none' || line.tail.type !== 'none')) {
      endsDone = true;
      const ends = pathEnds(commands);
      if (ends) {
        const head = line.head.type !== 'none' ? lineEnd(line.head.type, line.head.w, line.head.len, stroke.width, ends.head.point, ends.head.direction) : null;
        const tail = line.tail.type !== 'none' ? lineEnd(line.tail.type, line.tail.w, line.tail.len, stroke.width, ends.tail.point, ends.tail.direction) : null;
        commands = trimPathEnds(commands, head?.inset ?? 0, tail?.inset ?? 0);
        heads = [head?.commands, tail?.commands].filter((c): c is PathCommand[] => c !== undefined);
      }
    }
    const pStroke = p.stroke ? stroke : undefined;
    if (pFill || pStroke) ctx.ops.push({ kind: 'path', transform: m, commands, ...(pFill ? { fill: pFill } : {}), ...(pStroke ? { stroke: pStroke } : {}) });
    for (const hc of heads) ctx.ops.push({ kind: 'path', transform: m, commands: hc, fill: { kind: 'solid', color: line!.color } });
  }
}

/** a:path@fill darken/lighten: the shape's fill colour shaded or tinted. */
function modifyPaint(paint: Paint, mode: string): Paint {
  if (mode === 'norm' || paint.kind !== 'solid') return paint;
  const c = paint.color;
  const t = mode === 'darken' ? 0.4 : mode === 'darkenLess' ? 0.2 : mode === 'lighten' ? 0.4 : mode === 'lightenLess' ? 0.2 : 0;
  const target = mode.startsWith('darken') ? BLACK : WHITE;
  return { kind: 'solid', color: { ...mix(c, target, t), a: c.a } };
}

/** p:cNvPr/a:hlinkClick: a link over the whole shape. */
export function shapeLink(cNvPr: ReadonlyXElement | undefined, m: Matrix, box: { w: number; h: number }, env: ShapeEnv, ctx: SlideContext): void {
  const click = cNvPr?.child(NS.a, 'hlinkClick');
  if (!click) return;
  const target = readLink(click, linkEnvFor(env.source, ctx));
  if (!target) return;
  const b = transformedBounds(m, 0, 0, box.w, box.h);
  if (b.w > 0 && b.h > 0) ctx.links.push({ ...b, target });
}
