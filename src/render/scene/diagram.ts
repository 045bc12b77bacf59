/**
 * SmartArt (a graphic frame with dgm:relIds): PowerPoint saves a drawing of the diagram as it
 * last laid it out (dsp:drawing, linked from the data part's dsp:dataModelExt). That drawing
 * is drawn like a group of ordinary shapes filling the frame: its dsp:sp elements are read as
 * p:sp (same content model), dsp:txXfrm giving the text box where it differs from the shape.
 *
 * A drawing can hold graphic frames of its own, so diagrams nest: each level counts toward the
 * shape tree's depth limit; a drawing already being drawn (its relationships lead back to
 * itself) is drawn once, with one W_RENDER_CYCLE; and a drawing is drawn at most once per slide
 * (W_RENDER_SKIPPED), so that frames multiplied at every level cannot multiply the work.
 */
import { copyLeaf, XElement } from '../../xml/element.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { PartXml } from '../deck/slide-chain.js';
import { clip } from '../../errors.js';
import { skip, warn, type SlideContext } from './context.js';
import type { ShapeEnv } from './placement.js';
import { placeInGroup, type Xfrm } from './transform.js';

/** Draws a shape tree one level deeper than the frame (tree.ts: the depth limit). */
export type DrawNested = (tree: ReadonlyXElement, env: ShapeEnv) => void;

const DSP = 'http://schemas.microsoft.com/office/drawing/2008/diagram';
const PML = NS.p.uris[0]!;

/** Draws the saved drawing of a diagram; false when the deck has none. */
export function drawDiagram(frameXfrm: Xfrm, data: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, nested: DrawNested): boolean {
  const relIds = [...data.elements()].find((e) => e.localName === 'relIds');
  const dm = relIds?.attrNS(NS.r, 'dm');
  const source = env.source;
  const dataPart = dm ? source.rels.targetPart(dm) : undefined;
  if (!dataPart || !ctx.pkg.has(dataPart)) return false;
  // dsp:dataModelExt@relId in the data part names the drawing among the slide's relationships.
  let drawingPart: string | undefined;
  for (const el of ctx.pkg.readOnlyXml(dataPart).root.descendants()) {
    if (el.localName === 'dataModelExt' && el.namespaceURI === DSP) {
      const id = el.attr('relId');
      drawingPart = id ? source.rels.targetPart(id) : undefined;
      break;
    }
  }
  if (!drawingPart || !ctx.pkg.has(drawingPart)) return false;
  const state = ctx.drawings.get(drawingPart);
  if (state === 'drawing') {
    warn(ctx, 'W_RENDER_CYCLE', `the SmartArt drawing ${clip(drawingPart, 120)} contains itself (its relationships lead back to it); it is drawn once`, source.part);
    ctx.drawings.set(drawingPart, 'cycle');
  }
  if (state === 'drawing' || state === 'cycle') return true;
  if (state === 'drawn') {
    skip(ctx, 'smartartRepeat');
    return true;
  }
  const root = ctx.pkg.readOnlyXml(drawingPart).root;
  const tree = [...root.elements()].find((e) => e.localName === 'spTree' && e.namespaceURI === DSP);
  // An empty saved drawing counts as none (graphic-frame.ts then lists the data's text).
  if (!tree || ![...tree.elements()].some((e) => e.localName === 'sp' || e.localName === 'grpSp' || e.localName === 'graphicFrame')) return false;
  const converted = asPresentationTree(tree, root);
  const part: PartXml = { part: drawingPart, root, rels: ctx.pkg.rels(drawingPart), kind: source.kind };
  const frame = placeInGroup(frameXfrm, env.group);
  ctx.drawings.set(drawingPart, 'drawing');
  try {
    nested(converted, { source: part, group: { xfrm: frame, chX: 0, chY: 0, chW: frameXfrm.w, chH: frameXfrm.h }, groupFill: undefined });
  } finally {
    ctx.drawings.set(drawingPart, 'drawn');
  }
  return true;
}

const cache = new WeakMap<ReadonlyXElement, ReadonlyXElement>();

/** A copy of a dsp:spTree with its dsp:* elements renamed p:* (namespaces declared on the copy). */
function asPresentationTree(tree: ReadonlyXElement, root: ReadonlyXElement): ReadonlyXElement {
  const cached = cache.get(tree);
  if (cached) return cached;
  const rename = (el: ReadonlyXElement): XElement => {
    const isDsp = el.namespaceURI === DSP;
    const out = new XElement(isDsp ? `p:${el.localName}` : el.name);
    out.copyAttrsFrom(el);
    for (const c of el.children) {
      if (c.kind === 'element') out.append(rename(c));
      else out.children.push(copyLeaf(c));
    }
    return out;
  };
  const copy = rename(tree);
  for (const from of [root, tree]) {
    const list = from.attrList();
    for (let i = 0; i < list.length; i += 2) if (list[i]!.startsWith('xmlns')) copy.setAttr(list[i]!, list[i + 1]!);
  }
  copy.setAttr('xmlns:p', PML);
  cache.set(tree, copy);
  return copy;
}
