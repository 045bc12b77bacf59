/**
 * The shape tree (p:spTree) in document order: shapes, connectors, pictures, groups (p:grpSp,
 * nested, with their child coordinate space), graphic frames, and mc:AlternateContent (its
 * fallback is drawn). Ink (p:contentPart) is skipped and reported.
 */
import type { XElement } from '../../xml/element.js';
import { NS } from '../../xml/namespaces.js';
import type { SlideContext } from './context.js';
import { skip, warn } from './context.js';
import { fillElement, readFill } from './fill.js';
import { drawGraphicFrame } from './graphic-frame.js';
import { drawPicture } from './picture.js';
import { drawShape, nvProps, shapeLink, type ShapeEnv } from './shape.js';
import { groupFrame, readGroupXfrm, shapeMatrix } from './transform.js';
import { reportRecovered } from '../../diagnostics.js';

/** Deepest group nesting we follow (hostile files nest thousands deep). */
const MAX_DEPTH = 64;

export function drawTree(tree: XElement, env: ShapeEnv, ctx: SlideContext, depth = 0): void {
  for (const el of tree.elements()) {
    const mark = ctx.ops.length;
    const links = ctx.links.length;
    try {
      drawElement(el, env, ctx, depth);
    } catch (error) {
      // One shape that cannot be drawn does not take the slide with it.
      reportRecovered('shape', error);
      ctx.ops.length = mark;
      ctx.links.length = links;
      const name = el.localName === 'grpSp' || el.localName === 'sp' || el.localName === 'pic' ? nvProps(el).name : el.localName;
      const why = error instanceof Error ? error.message : String(error);
      warn(ctx, 'W_RENDER_SHAPE_FAILED', `"${name}" could not be drawn (${why})`, env.source.part);
    }
  }
}

function drawElement(el: XElement, env: ShapeEnv, ctx: SlideContext, depth: number): void {
  if (el.inNamespace(NS.mc)) {
    if (el.localName === 'AlternateContent') {
      const branch = el.child(NS.mc, 'Fallback') ?? el.child(NS.mc, 'Choice');
      if (branch) for (const c of branch.elements()) drawElement(c, env, ctx, depth);
    }
    return;
  }
  if (!el.inNamespace(NS.p)) return;
  switch (el.localName) {
    case 'sp':
    case 'cxnSp':
      drawShape(el, env, ctx);
      break;
    case 'pic':
      drawPicture(el, env, ctx);
      break;
    case 'grpSp':
      drawGroup(el, env, ctx, depth);
      break;
    case 'graphicFrame':
      drawGraphicFrame(el, env, ctx);
      break;
    case 'contentPart':
      skip(ctx, 'ink');
      break;
    default:
      break;
  }
}

function drawGroup(grp: XElement, env: ShapeEnv, ctx: SlideContext, depth: number): void {
  if (depth >= MAX_DEPTH) {
    skip(ctx, 'deepGroup');
    return;
  }
  const nv = nvProps(grp);
  if (nv.hidden) return;
  const grpSpPr = grp.child(NS.p, 'grpSpPr');
  const g = readGroupXfrm(grpSpPr?.child(NS.a, 'xfrm'));
  const frame = g ? groupFrame(g, env.group) : env.group;
  const own = readFill(fillElement(grpSpPr), ctx.colors, env.source);
  const groupFill = own && own.kind !== 'group' ? own : env.groupFill;
  drawTree(grp, { source: env.source, group: frame, groupFill }, ctx, depth + 1);
  if (g && frame) shapeLink(nv.cNvPr, shapeMatrix(frame.xfrm), frame.xfrm, env, ctx);
}
