/**
 * The shape tree (p:spTree) in document order: shapes, connectors, pictures, groups (p:grpSp,
 * nested, with their child coordinate space), graphic frames, and mc:AlternateContent (its
 * fallback is drawn). Ink (p:contentPart) is skipped and reported.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { SlideContext } from './context.js';
import { skip, warn } from './context.js';
import { fillElement, readFill } from './fill.js';
import { drawGraphicFrame } from './graphic-frame.js';
import { drawPicture } from './picture.js';
import { nvProps, type ShapeEnv } from './placement.js';
import { drawShape, shapeLink } from './shape.js';
import { groupFrame, readGroupXfrm, shapeMatrix } from './transform.js';
import { drawWithRole, type RoleOutcome } from '../structure/apply-role.js';
import { shapeRole } from '../structure/shape-role.js';
import type { StructElem } from '../structure/types.js';
import { reportRecovered } from '../../diagnostics.js';
import { MAX_SHAPES_PER_DECK, MAX_SHAPES_PER_SLIDE } from '../../limits/shapes.js';

/**
 * Deepest nesting we follow: groups in groups, and SmartArt drawings drawn inside a drawing
 * (each counts one level; hostile files nest thousands deep).
 */
export const MAX_DEPTH = 64;

export function drawTree(tree: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, depth = 0): void {
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

function drawElement(el: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, depth: number): void {
  if (el.inNamespace(NS.mc)) {
    if (el.localName === 'AlternateContent') {
      const branch = el.child(NS.mc, 'Fallback') ?? el.child(NS.mc, 'Choice');
      if (branch) for (const c of branch.elements()) drawElement(c, env, ctx, depth);
    }
    return;
  }
  if (!el.inNamespace(NS.p)) return;
  if (!withinShapeLimit(el, ctx)) return;
  // What the element is to a reader: the structure it becomes, the tags of what it draws.
  const role = shapeRole(el, env.source.kind);
  const name = el.localName === 'grpSp' || el.localName === 'sp' || el.localName === 'pic' || el.localName === 'graphicFrame' ? nvProps(el).name : el.localName;
  const ops = ctx.ops.length;
  const links = ctx.links.length;
  const outcome = drawWithRole(role, name, ctx, () => drawKind(el, env, ctx, depth));
  if (role.kind === 'figure' && role.alt === undefined && ctx.ops.length > ops && ctx.tag === undefined) missingAlt(ctx, name, el, env);
  for (let i = links; i < ctx.links.length; i++) {
    const area = ctx.links[i]!;
    if (!area.link) area.link = shapeLinkElement(outcome, ctx);
  }
}

const SHAPES = new Set(['sp', 'cxnSp', 'pic', 'grpSp', 'graphicFrame', 'contentPart']);

/**
 * Counts a shape (a group counts once, and its members each) against the slide's and the deck's
 * limits (src/limits/shapes.ts); false, and counted as skipped, once a limit is reached.
 */
function withinShapeLimit(el: ReadonlyXElement, ctx: SlideContext): boolean {
  if (!SHAPES.has(el.localName)) return true;
  if (ctx.shapes.slide >= MAX_SHAPES_PER_SLIDE || ctx.shapes.deck.drawn >= MAX_SHAPES_PER_DECK) {
    skip(ctx, 'shapeLimit');
    return false;
  }
  ctx.shapes.slide++;
  ctx.shapes.deck.drawn++;
  return true;
}

/** A shape's own hyperlink: a Link element around its figure, or inside what holds its text. */
function shapeLinkElement(outcome: RoleOutcome, ctx: SlideContext): StructElem {
  const fig = outcome.figure;
  if (fig?.parent) {
    if (fig.parent.type === 'Link') return fig.parent;
    const host = fig.parent;
    const link: StructElem = { kind: 'elem', type: 'Link', parent: host, kids: [fig] };
    host.kids[host.kids.indexOf(fig)] = link;
    fig.parent = link;
    return link;
  }
  return ctx.struct.elem('Link', outcome.linkHost ?? ctx.struct.container);
}

/** W_ALT_TEXT_MISSING: a picture or graphic a reader would miss. */
function missingAlt(ctx: SlideContext, name: string, el: ReadonlyXElement, env: ShapeEnv): void {
  const what = el.localName === 'pic' ? 'picture' : el.localName === 'grpSp' ? 'group' : 'graphic';
  warn(ctx, 'W_ALT_TEXT_MISSING', `the ${what} "${name}" has no alt text: readers of the PDF get no description of it (add alt text, or mark it decorative, in PowerPoint's Alt Text pane)`, env.source.part);
}

function drawKind(el: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, depth: number): void {
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
      // A SmartArt drawing is drawn one level deeper than its frame.
      drawGraphicFrame(el, env, ctx, (tree, inner) => drawNested(tree, inner, ctx, depth + 1));
      break;
    case 'contentPart':
      skip(ctx, 'ink');
      break;
    default:
      break;
  }
}

/** A shape tree drawn inside another (a SmartArt drawing), unless nested too deeply. */
function drawNested(tree: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, depth: number): void {
  if (depth > MAX_DEPTH) skip(ctx, 'deepGroup');
  else drawTree(tree, env, ctx, depth);
}

function drawGroup(grp: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, depth: number): void {
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
