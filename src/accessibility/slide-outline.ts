/**
 * A slide's shape tree (`p:spTree`) as a reader meets it: every shape, picture, graphic frame and
 * group in document order (PowerPoint's reading order) with its name, role tag, alt text,
 * decorative flag, title-placeholder flag, text, and its box on the slide (EMU; group child
 * spaces applied). `mc:AlternateContent` is read through its fallback, as the renderer draws it.
 */
import type { ReadonlyXElement } from '../xml/readonly.js';
import { NS } from '../xml/namespaces.js';
import type { Box } from './reading-order.js';
import { altText, nonVisual } from '../presentation/shape/non-visual.js';
import { xfrmOf } from '../presentation/shape/xfrm.js';
import { isDecorative, isTitlePlaceholder, roleTag, type RoleTag } from './shape-roles.js';

export interface OutlineNode {
  element: ReadonlyXElement;
  kind: 'sp' | 'cxnSp' | 'pic' | 'grpSp' | 'graphicFrame' | 'contentPart';
  name: string;
  tag: RoleTag | undefined;
  alt: string | undefined;
  decorative: boolean;
  hidden: boolean;
  /** The slide's title placeholder (`p:ph type="title"` or `ctrTitle`). */
  title: boolean;
  /** The shape's text, paragraphs joined with newlines ('' for none). */
  text: string;
  /** Position on the slide in EMU, when the shape has its own `a:xfrm`. */
  box: Box | undefined;
  children: OutlineNode[];
}

const KINDS = new Set(['sp', 'cxnSp', 'pic', 'grpSp', 'graphicFrame', 'contentPart']);
/** Deepest group nesting followed (as the renderer). */
const MAX_DEPTH = 64;

interface Space {
  /** child → slide: x' = ox + (x - cx) * sx */
  ox: number;
  oy: number;
  cx: number;
  cy: number;
  sx: number;
  sy: number;
}

const IDENTITY: Space = { ox: 0, oy: 0, cx: 0, cy: 0, sx: 1, sy: 1 };

export function slideOutline(spTree: ReadonlyXElement): OutlineNode[] {
  return walk(spTree, IDENTITY, 0);
}

function walk(tree: ReadonlyXElement, space: Space, depth: number): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const el of tree.elements()) {
    if (el.is(NS.mc, 'AlternateContent')) {
      const branch = el.child(NS.mc, 'Fallback') ?? el.child(NS.mc, 'Choice');
      if (branch) out.push(...walk(branch, space, depth));
      continue;
    }
    if (!el.inNamespace(NS.p) || !KINDS.has(el.localName)) continue;
    out.push(node(el, space, depth));
  }
  return out;
}

function node(el: ReadonlyXElement, space: Space, depth: number): OutlineNode {
  const nv = nonVisual(el);
  const cNvPr = nv.cNvPr;
  const name = nv.name ?? el.localName;
  const xfrm = xfrmOf(el);
  const local = rectOf(xfrm);
  const box = local ? toSlide(local, space) : undefined;
  let children: OutlineNode[] = [];
  if (el.localName === 'grpSp' && depth < MAX_DEPTH) {
    const ch = xfrm ? rectOf(xfrm, 'chOff', 'chExt') : undefined;
    const inner: Space =
      box && ch && ch.w > 0 && ch.h > 0 ? { ox: box.x, oy: box.y, cx: ch.x, cy: ch.y, sx: box.w / ch.w, sy: box.h / ch.h } : space;
    children = walk(el, inner, depth + 1);
  }
  return {
    element: el,
    kind: el.localName as OutlineNode['kind'],
    name,
    tag: roleTag(name),
    alt: altText(cNvPr),
    decorative: isDecorative(cNvPr),
    hidden: nv.hidden,
    title: isTitlePlaceholder(el),
    text: textOf(el),
    box,
    children,
  };
}

function rectOf(xfrm: ReadonlyXElement | undefined, offName = 'off', extName = 'ext'): Box | undefined {
  const off = xfrm?.child(NS.a, offName);
  const ext = xfrm?.child(NS.a, extName);
  if (!off || !ext) return undefined;
  const v = [off.attr('x'), off.attr('y'), ext.attr('cx'), ext.attr('cy')].map(Number);
  if (v.some((n) => !Number.isFinite(n))) return undefined;
  return { x: v[0]!, y: v[1]!, w: v[2]!, h: v[3]! };
}

function toSlide(b: Box, s: Space): Box {
  return { x: s.ox + (b.x - s.cx) * s.sx, y: s.oy + (b.y - s.cy) * s.sy, w: b.w * s.sx, h: b.h * s.sy };
}

/** The text of a shape's `p:txBody` (a table's cells too), paragraphs joined by newlines. */
function textOf(el: ReadonlyXElement): string {
  const bodies = el.localName === 'graphicFrame' ? [...el.descendants(NS.a, 'txBody')] : [el.child(NS.p, 'txBody')].filter((b): b is ReadonlyXElement => !!b);
  const paras: string[] = [];
  for (const body of bodies) {
    for (const p of body.childrenNamed(NS.a, 'p')) {
      let s = '';
      for (const r of p.elements()) {
        if (r.is(NS.a, 'r') || r.is(NS.a, 'fld')) s += r.child(NS.a, 't')?.textContent() ?? '';
        else if (r.is(NS.a, 'br')) s += '\n';
      }
      paras.push(s);
    }
  }
  return paras.join('\n').trim();
}

/** Every node of the outline, depth first. */
export function* allNodes(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const n of nodes) {
    yield n;
    yield* allNodes(n.children);
  }
}
