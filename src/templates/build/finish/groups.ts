/**
 * Groups (`p:grpSp`), which pptxgenjs cannot write: the slide's shapes are re-parented into the
 * scene's groups (`va:stack`, `va:when:<field>`, one group per step …). A group's
 * `a:xfrm` is the bounding box of its members with an identity child space
 * (`a:chOff` = `a:off`, `a:chExt` = `a:ext`), so members keep their slide coordinates.
 * Finally every `p:cNvPr/@id` is renumbered in document order.
 */
import type { XElement } from '../../../xml/element.js';
import { NS } from '../../../xml/namespaces.js';
import type { SceneElement } from '../scene.js';
import type { LeafElement } from '../write-pptx.js';
import { applyRole } from './roles.js';

interface Extent {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** `a:off`/`a:ext` of a shape (`p:spPr/a:xfrm`) or group (`p:grpSpPr/a:xfrm`). */
function extentOf(el: XElement): Extent {
  const props = el.child(NS.p, 'spPr') ?? el.child(NS.p, 'grpSpPr');
  const xfrm = props?.child(NS.a, 'xfrm');
  const off = xfrm?.child(NS.a, 'off');
  const ext = xfrm?.child(NS.a, 'ext');
  if (!off || !ext) throw new Error(`a shape without a:xfrm cannot be grouped`);
  return { x: Number(off.attr('x')), y: Number(off.attr('y')), cx: Number(ext.attr('cx')), cy: Number(ext.attr('cy')) };
}

/** A `p:grpSp` around `members` (which must be attached to the tree, so namespaces resolve). */
function makeGroup(name: string, members: XElement[], ctx: XElement, hidden = false): XElement {
  const a = (local: string, attrs?: Record<string, string>): XElement => ctx.make(NS.a, local, attrs);
  const p = (local: string, attrs?: Record<string, string>): XElement => ctx.make(NS.p, local, attrs);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const m of members) {
    const e = extentOf(m);
    x0 = Math.min(x0, e.x);
    y0 = Math.min(y0, e.y);
    x1 = Math.max(x1, e.x + e.cx);
    y1 = Math.max(y1, e.y + e.cy);
  }
  const grpSp = p('grpSp');
  const nv = p('nvGrpSpPr');
  nv.append(p('cNvPr', { id: '0', name, ...(hidden ? { hidden: '1' } : {}) }));
  nv.append(p('cNvGrpSpPr'));
  nv.append(p('nvPr'));
  grpSp.append(nv);
  const props = p('grpSpPr');
  const xfrm = a('xfrm');
  const box = { x: String(x0), y: String(y0) };
  const size = { cx: String(x1 - x0), cy: String(y1 - y0) };
  xfrm.append(a('off', box));
  xfrm.append(a('ext', size));
  xfrm.append(a('chOff', box));
  xfrm.append(a('chExt', size));
  props.append(xfrm);
  grpSp.append(props);
  // Attached at once: a group that becomes a member of an outer group must resolve its prefixes.
  ctx.append(grpSp);
  for (const m of members) grpSp.append(m);
  return grpSp;
}

/** Rebuilds the slide's shape tree in scene order with the scene's groups. */
export function applyGroups(spTree: XElement, elements: readonly SceneElement[], shapes: ReadonlyMap<LeafElement, XElement>): void {
  const build = (el: SceneElement): XElement => {
    if (el.kind !== 'group') {
      const sp = shapes.get(el);
      if (!sp) throw new Error(`no shape was written for ${el.name}`);
      return sp;
    }
    if (el.children.length === 0) throw new Error(`the group ${el.name} is empty`);
    const group = makeGroup(el.name, el.children.map(build), spTree, el.hidden === true);
    applyRole(group, el);
    return group;
  };
  const built = elements.map(build);
  // Everything after p:nvGrpSpPr and p:grpSpPr is a shape: replace them in scene order.
  for (const c of [...spTree.elements()]) if (!c.is(NS.p, 'nvGrpSpPr') && !c.is(NS.p, 'grpSpPr')) c.remove();
  for (const b of built) spTree.append(b);
}

/** Renumbers `p:cNvPr/@id` (1 for the tree, then document order) and returns the last id. */
export function renumberIds(spTree: XElement): number {
  let id = 0;
  for (const el of [spTree, ...spTree.descendants()]) {
    if (el.is(NS.p, 'cNvPr')) el.setAttr('id', String(++id));
  }
  return id;
}
