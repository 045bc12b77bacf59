/**
 * A SmartArt data model (dgm:dataModel, the diagramData part) as a tree: the document point
 * (dgm:pt type="doc") at the root, its nodes (dgm:pt type "node" or none, and assistants,
 * type "asst") below it in the order
 * of their parent-of connections (dgm:cxn type "parOf" or none, by srcOrd). Each node keeps its
 * paragraphs (dgm:t/a:p), its own shape properties (dgm:spPr), whether its text size is its own
 * (dgm:prSet custT="1") and the shape properties of its presentation points (dgm:pt type="pres",
 * dgm:prSet presAssocID / presName), which override the node's for the shape of that name.
 */
import type { ReadonlyXElement } from '../../../xml/readonly.js';

/** Most nodes read (the rest are left out), and the deepest level followed. */
export const MAX_NODES = 400;
const MAX_DEPTH = 16;

export interface DiagramNode {
  id: string;
  /** The node's a:p elements (none for the document point). */
  paras: ReadonlyXElement[];
  /** Plain text of the paragraphs joined by spaces (empty when the node has no text). */
  text: string;
  /** dgm:spPr of the node, when it has children. */
  spPr: ReadonlyXElement | undefined;
  /** dgm:prSet custT="1": the runs carry their own sizes, not fitted to the shape. */
  customText: boolean;
  /** An assistant (dgm:pt type="asst"): organisation charts place it apart from the other children. */
  assistant: boolean;
  /** dgm:spPr of presentation points for this node, by presName. */
  presSpPr: Map<string, ReadonlyXElement>;
  /** A shape resized in PowerPoint: dgm:prSet custScaleX / custScaleY of its presentation point, by presName (1 = as laid out). */
  presScale: Map<string, { x: number; y: number }>;
  children: DiagramNode[];
}

export interface DataModel {
  root: DiagramNode;
  /** The layout's dgm:prSet loTypeId on the document point (the layout definition's uniqueId). */
  layoutId: string | undefined;
  /** The diagram's background (dgm:bg: a fill) and outline of the whole (dgm:whole: a:ln, effects), when set. */
  background: ReadonlyXElement[];
}

const hasChildren = (el: ReadonlyXElement | undefined) => el !== undefined && [...el.elements()].length > 0;

/** Reads the data part's root element (dgm:dataModel). */
export function readDataModel(dataRoot: ReadonlyXElement): DataModel {
  const pts = new Map<string, { type: string; el: ReadonlyXElement }>();
  const children = new Map<string, { id: string; ord: number }[]>();
  const pres = new Map<string, Map<string, ReadonlyXElement>>();
  const scales = new Map<string, Map<string, { x: number; y: number }>>();
  let doc: string | undefined;
  let layoutId: string | undefined;
  for (const el of dataRoot.descendants()) {
    if (el.localName === 'pt') {
      const id = el.attr('modelId');
      if (!id) continue;
      const type = el.attr('type') ?? 'node';
      const prSet = [...el.elements()].find((e) => e.localName === 'prSet');
      if (type === 'doc' && doc === undefined) {
        doc = id;
        layoutId = prSet?.attr('loTypeId');
      }
      if (type === 'pres') {
        const assoc = prSet?.attr('presAssocID');
        const name = prSet?.attr('presName');
        const spPr = [...el.elements()].find((e) => e.localName === 'spPr');
        const scale = (v: string | undefined) => {
          const n = Number(v ?? 100000) / 100000;
          return Number.isFinite(n) && n > 0.05 && n < 20 ? n : 1;
        };
        if (assoc && name && (prSet?.attr('custScaleX') || prSet?.attr('custScaleY'))) {
          const m = scales.get(assoc) ?? new Map<string, { x: number; y: number }>();
          m.set(name, { x: scale(prSet?.attr('custScaleX')), y: scale(prSet?.attr('custScaleY')) });
          scales.set(assoc, m);
        }
        if (assoc && name && hasChildren(spPr)) {
          const m = pres.get(assoc) ?? new Map<string, ReadonlyXElement>();
          m.set(name, spPr!);
          pres.set(assoc, m);
        }
      }
      pts.set(id, { type, el });
    } else if (el.localName === 'cxn') {
      const type = el.attr('type') ?? 'parOf';
      const src = el.attr('srcId');
      const dest = el.attr('destId');
      if (type !== 'parOf' || !src || !dest) continue;
      const list = children.get(src) ?? [];
      list.push({ id: dest, ord: Number.parseInt(el.attr('srcOrd') ?? '0', 10) || 0 });
      children.set(src, list);
    }
  }
  let count = 0;
  const seen = new Set<string>();
  const nodeOf = (id: string, el: ReadonlyXElement | undefined): DiagramNode => {
    const paras: ReadonlyXElement[] = [];
    const t = el ? [...el.elements()].find((e) => e.localName === 't') : undefined;
    if (t) for (const p of t.elements()) if (p.localName === 'p') paras.push(p);
    const text = paras
      .map((p) => [...p.descendants()].filter((r) => r.localName === 't').map((r) => r.textContent()).join('').trim())
      .filter((s) => s !== '')
      .join(' ');
    const spPr = el ? [...el.elements()].find((e) => e.localName === 'spPr') : undefined;
    const prSet = el ? [...el.elements()].find((e) => e.localName === 'prSet') : undefined;
    const assistant = el?.attr('type') === 'asst';
    return { id, paras, text, spPr: hasChildren(spPr) ? spPr : undefined, customText: prSet?.attr('custT') === '1', assistant, presSpPr: pres.get(id) ?? new Map(), presScale: scales.get(id) ?? new Map(), children: [] };
  };
  const walk = (node: DiagramNode, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const c of [...(children.get(node.id) ?? [])].sort((a, b) => a.ord - b.ord)) {
      if (seen.has(c.id) || count >= MAX_NODES) continue;
      const pt = pts.get(c.id);
      if (pt?.type !== 'node' && pt?.type !== 'asst') continue;
      seen.add(c.id);
      count++;
      const child = nodeOf(c.id, pt.el);
      node.children.push(child);
      walk(child, depth + 1);
    }
  };
  const root = nodeOf(doc ?? '', doc ? pts.get(doc)?.el : undefined);
  root.paras = [];
  root.text = '';
  if (doc) {
    seen.add(doc);
    walk(root, 1);
  }
  // Nodes no connection reaches hang under the document point, in document order.
  for (const [id, pt] of pts) {
    if (seen.has(id) || (pt.type !== 'node' && pt.type !== 'asst') || count >= MAX_NODES) continue;
    seen.add(id);
    count++;
    const n = nodeOf(id, pt.el);
    root.children.push(n);
    walk(n, 2);
  }
  const background: ReadonlyXElement[] = [];
  for (const el of dataRoot.elements()) if (el.localName === 'bg' || el.localName === 'whole') background.push(...el.elements());
  return { root, layoutId, background };
}
