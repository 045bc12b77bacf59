/**
 * A SmartArt diagram without a saved drawing (or with an empty one), in a layout that
 * smartart/ does not lay out, as a plain list of its text: the data model's nodes (dgm:pt, type
 * "node" or none, and assistants, "asst") in the order of their parent-of connections (dgm:cxn,
 * type "parOf" or none, by srcOrd), one bulleted paragraph each, indented by depth, in the frame,
 * sized so that the lines fit its height, with a W_RENDER_SKIPPED saying so; over the diagram's
 * background (dgm:bg), which the caller draws first.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { parseXmlText } from '../../xml/parse.js';
import type { SlideContext } from './context.js';
import type { DrawNested } from './diagram.js';
import type { ShapeEnv } from './placement.js';
import { placeInGroup, type Xfrm } from './transform.js';

/** Most nodes listed (the rest are left out of the list). */
const MAX_NODES = 200;

interface Node {
  text: string;
  depth: number;
}

/** The data part's nodes in reading order, with their depth (1: top level). */
export function diagramNodes(dataRoot: ReadonlyXElement): Node[] {
  const pts = new Map<string, { type: string; text: string }>();
  const children = new Map<string, { id: string; ord: number }[]>();
  let doc: string | undefined;
  for (const el of dataRoot.descendants()) {
    if (el.localName === 'pt') {
      const id = el.attr('modelId');
      if (!id) continue;
      const type = el.attr('type') ?? 'node';
      if (type === 'doc') doc ??= id;
      const paras: string[] = [];
      for (const t of el.elements()) {
        if (t.localName !== 't') continue;
        for (const p of t.elements()) {
          if (p.localName !== 'p') continue;
          const s = [...p.descendants()].filter((r) => r.localName === "t").map((r) => r.textContent()).join('');
          if (s.trim() !== '') paras.push(s.trim());
        }
      }
      pts.set(id, { type, text: paras.join(' ') });
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
  const out: Node[] = [];
  const seen = new Set<string>();
  const walk = (id: string, depth: number) => {
    if (seen.has(id) || out.length >= MAX_NODES || depth > 16) return;
    seen.add(id);
    const pt = pts.get(id);
    const isNode = pt?.type === 'node' || pt?.type === 'asst';
    if (pt && isNode && pt.text !== '') out.push({ text: pt.text, depth });
    const next = depth + (isNode ? 1 : 0);
    for (const c of [...(children.get(id) ?? [])].sort((a, b) => a.ord - b.ord)) walk(c.id, next);
  };
  if (doc) walk(doc, 1);
  // Nodes no connection reaches, in document order.
  for (const [id, pt] of pts) if (!seen.has(id) && (pt.type === 'node' || pt.type === 'asst') && pt.text !== '' && out.length < MAX_NODES) out.push({ text: pt.text, depth: 1 });
  return out.map((n) => ({ ...n, depth: Math.max(1, n.depth) }));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Draws the diagram's text as a list in the frame, after `behind` (what goes under the list: the
 * diagram's background); false, drawing nothing, when the data has no text.
 */
export function drawDiagramText(frameXfrm: Xfrm, data: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, nested: DrawNested, behind?: () => void): boolean {
  const relIds = [...data.elements()].find((e) => e.localName === 'relIds');
  const dm = relIds?.attrNS(NS.r, 'dm');
  const dataPart = dm ? env.source.rels.targetPart(dm) : undefined;
  if (!dataPart || !ctx.pkg.has(dataPart)) return false;
  const nodes = diagramNodes(ctx.pkg.readOnlyXml(dataPart).root);
  if (nodes.length === 0) return false;
  behind?.();
  const w = frameXfrm.w;
  const h = frameXfrm.h;
  // Points per line: the lines fill at most the frame's height (1.25 line height, plus spacing).
  const size = Math.max(6, Math.min(18, h / (nodes.length * 1.45)));
  const emu = (pt: number) => Math.round(pt * 12700);
  const paras = nodes
    .map((n) => {
      const lvl = Math.min(8, n.depth - 1);
      const marL = emu(size * (0.9 + lvl * 1.2));
      return (
        `<a:p><a:pPr marL="${marL}" indent="${-emu(size * 0.9)}"><a:spcBef><a:spcPts val="${Math.round(size * 20)}"/></a:spcBef><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>` +
        `<a:r><a:rPr lang="en-US" sz="${Math.round(size * 100)}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:rPr><a:t>${esc(n.text)}</a:t></a:r></a:p>`
      );
    })
    .join('');
  const xml =
    `<p:spTree xmlns:p="${NS.p.uris[0]}" xmlns:a="${NS.a.uris[0]}"><p:sp><p:nvSpPr><p:cNvPr id="1" name="SmartArt text"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="45720" tIns="45720" rIns="45720" bIns="45720" anchor="ctr"/><a:lstStyle/>${paras}</p:txBody></p:sp></p:spTree>`;
  const tree = parseXmlText(xml, 'SmartArt text').root;
  nested(tree, { source: env.source, group: { xfrm: placeInGroup(frameXfrm, env.group), chX: 0, chY: 0, chW: w, chH: h }, groupFill: undefined });
  return true;
}
