/**
 * SmartArt (a graphic frame with dgm:relIds): PowerPoint saves a drawing of the diagram as it
 * last laid it out (dsp:drawing, linked from the data part's dsp:dataModelExt). That drawing
 * is drawn like a group of ordinary shapes filling the frame: its dsp:sp elements are read as
 * p:sp (same content model), dsp:txXfrm giving the text box where it differs from the shape.
 */
import { XElement } from '../../xml/element.js';
import { NS } from '../../xml/namespaces.js';
import type { PartXml } from '../deck/slide-chain.js';
import type { SlideContext } from './context.js';
import type { ShapeEnv } from './shape.js';
import { drawTree } from './tree.js';
import { placeInGroup, type Xfrm } from './transform.js';

const DSP = 'http://schemas.microsoft.com/office/drawing/2008/diagram';
const PML = NS.p.uris[0]!;

/** Draws the saved drawing of a diagram; false when the deck has none. */
export function drawDiagram(frameXfrm: Xfrm, data: XElement, env: ShapeEnv, ctx: SlideContext): boolean {
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
  const root = ctx.pkg.readOnlyXml(drawingPart).root;
  const tree = [...root.elements()].find((e) => e.localName === 'spTree' && e.namespaceURI === DSP);
  if (!tree) return false;
  const converted = asPresentationTree(tree, root);
  const drawing: PartXml = { part: drawingPart, root, rels: ctx.pkg.rels(drawingPart), kind: source.kind };
  const frame = placeInGroup(frameXfrm, env.group);
  drawTree(converted, { source: drawing, group: { xfrm: frame, chX: 0, chY: 0, chW: frameXfrm.w, chH: frameXfrm.h }, groupFill: undefined }, ctx);
  return true;
}

const cache = new WeakMap<XElement, XElement>();

/** A copy of a dsp:spTree with its dsp:* elements renamed p:* (namespaces declared on the copy). */
function asPresentationTree(tree: XElement, root: XElement): XElement {
  let copy = cache.get(tree);
  if (copy) return copy;
  const rename = (el: XElement): XElement => {
    const isDsp = el.namespaceURI === DSP;
    const out = new XElement(isDsp ? `p:${el.localName}` : el.name, el.attrs);
    for (const c of el.children) {
      if (c.kind === 'element') out.append(rename(c));
      else out.children.push(c);
    }
    return out;
  };
  copy = rename(tree);
  for (const [k, v] of root.attrs) if (k.startsWith('xmlns')) copy.attrs.set(k, v);
  for (const [k, v] of tree.attrs) if (k.startsWith('xmlns')) copy.attrs.set(k, v);
  copy.attrs.set('xmlns:p', PML);
  cache.set(tree, copy);
  return copy;
}
