/**
 * Laid-out SmartArt shapes (layouts.ts) as a shape tree the renderer draws like any other: one
 * p:sp per shape, in the frame's coordinates, with the preset geometry the layout definition
 * names, a p:style from the diagram's colours and quick style (style.ts), the node's own shape
 * properties (dgm:spPr) over it, and the node's paragraphs (dgm:t/a:p) as its text.
 *
 * Text is fitted as PowerPoint does: every shape of a fitting group (the layout's
 * primFontSz / secFontSz "equ" constraints) gets the same size, the largest (at most the
 * layout's, 65 pt by default) at which each group member's text fits its box, measured with the
 * renderer's own line breaking, in whole points as PowerPoint picks them; margins follow the size
 * (lMarg = 0.3 × size and so on). A node whose text size is its own (custT) keeps it.
 */
import type { ReadonlyXElement } from '../../../xml/readonly.js';
import { NS } from '../../../xml/namespaces.js';
import { parseXmlText } from '../../../xml/parse.js';
import { escapeText, serializeElement } from '../../../xml/serialize.js';
import { newTextStats } from '../../text/stats.js';
import type { SlideContext } from '../context.js';
import type { DrawNested } from '../diagram.js';
import { geometryElement, shapeGeometry } from '../geometry.js';
import { inheritanceOf, spPrOf, type ShapeEnv } from '../placement.js';
import { linkEnvFor, textChain } from '../shape.js';
import { prepareText } from '../text-body.js';
import { placeInGroup, type Xfrm } from '../transform.js';
import type { DiagramNode } from './data-model.js';
import type { DiagramStyle } from './style.js';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextSpec {
  /** Paragraphs with their list level (0: the node's own text; 1 and deeper: bulleted). */
  paras: { el: ReadonlyXElement; lvl: number }[];
  anchor: 't' | 'ctr' | 'b';
  algn: 'l' | 'ctr' | 'r';
  /** Shapes of one group get one size. */
  group: string;
  /** Largest size, points. */
  max: number;
  /** Margins as factors of the size: left/right, top/bottom. */
  marg: [number, number];
  /** Runs keep their own sizes (custT). */
  fixed: boolean;
  /** Left and right margins of their own, points (instead of the size-relative ones). */
  indent?: number;
  rightIndent?: number;
  /** A top margin as a factor of the size, when not the bottom's. */
  topMargin?: number;
}

export interface ShapeSpec {
  name: string;
  prst: string;
  /** Points, in the frame. */
  box: Rect;
  /** Degrees clockwise (the box is the unrotated one). */
  rot?: number;
  /** Preset adjust values (a:gd name → fmla "val N"). */
  adj?: Record<string, number>;
  /** Style label and the shape's index among the n of its kind; none: not filled nor outlined. */
  style?: { label: string; index: number; count: number };
  /** The node whose shape properties apply (its own dgm:spPr, then its presentation point's of `name`). */
  node?: DiagramNode;
  /** Shape properties of its own (fill, a:ln, effects), over the node's. */
  spPr?: ReadonlyXElement[];
  /** The node the shape's presentation point belongs to, when not `node` (dgm:prSet presAssocID). */
  presNode?: DiagramNode;
  text?: TextSpec;
  /** Where the text goes when it is not the shape's box (a rotated shape: text stays upright). */
  textBox?: Rect;
}

const emu = (pt: number) => Math.round(pt * 12700);
const SKIPPED_SPPR = new Set(['xfrm', 'prstGeom', 'custGeom']);

/** Serialised DrawingML with whatever prefix the part used mapped to a: (data parts say a:). */
function asA(xml: string): string {
  return xml.replace(/<(\/?)[A-Za-z0-9_]+:/g, '<$1a:').replace(/\sxmlns(:[A-Za-z0-9_]+)?="[^"]*"/g, '');
}

/** The node's own shape properties (fill, line, effects), presentation point's last. */
function customSpPr(spec: ShapeSpec): string {
  const pres = (spec.presNode ?? spec.node)?.presSpPr.get(spec.name);
  const parts: ReadonlyXElement[] = [];
  const seen = new Set<string>();
  for (const list of [spec.spPr ?? [], [...(pres?.elements() ?? [])], [...(spec.node?.spPr?.elements() ?? [])]]) {
    for (const c of list) {
      if (SKIPPED_SPPR.has(c.localName) || seen.has(c.localName)) continue;
      // One fill: the presentation point's wins over the node's.
      const isFill = /Fill$/.test(c.localName);
      if (isFill && seen.has('fill')) continue;
      if (isFill) seen.add('fill');
      seen.add(c.localName);
      parts.push(c);
    }
  }
  // DrawingML order inside p:spPr: fill, a:ln, effects.
  const rank = (e: ReadonlyXElement) => (/Fill$/.test(e.localName) ? 0 : e.localName === 'ln' ? 1 : 2);
  return parts
    .sort((a, b) => rank(a) - rank(b))
    .map((e) => asA(serializeElement(e)))
    .join('');
}

/** A paragraph at a list level (a:pPr lvl), run sizes kept. */
function paraXml(p: ReadonlyXElement, lvl: number): string {
  let xml = asA(serializeElement(p));
  const open = /^<a:p(\s[^>]*)?>/.exec(xml);
  if (!open) return '';
  const rest = xml.slice(open[0].length);
  if (rest.startsWith('<a:pPr')) {
    xml = `<a:p>${rest.replace(/^<a:pPr((?:\s[^>]*?)?)(\/?)>/, (_m, attrs: string, close: string) => `<a:pPr${attrs.replace(/\slvl="[^"]*"/, '')} lvl="${lvl}"${close}>`)}`;
  } else xml = `<a:p><a:pPr lvl="${lvl}"/>${rest}`;
  return xml;
}

function lstStyle(t: TextSpec, size: number): string {
  let out = '<a:lstStyle>';
  for (let lvl = 0; lvl < 9; lvl++) {
    const sz = Math.round(size * 100);
    const bullet = lvl > 0;
    const marL = bullet ? emu(size * 0.6 * lvl) : 0;
    out +=
      `<a:lvl${lvl + 1}pPr marL="${marL}" indent="${bullet ? -emu(size * 0.6) : 0}" algn="${t.algn}">` +
      `<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:spcAft><a:spcPct val="${bullet ? 15000 : 0}"/></a:spcAft>` +
      (bullet ? '<a:buFont typeface="Arial"/><a:buChar char="•"/>' : '<a:buNone/>') +
      `<a:defRPr sz="${sz}"/></a:lvl${lvl + 1}pPr>`;
  }
  return `${out}</a:lstStyle>`;
}

function spXml(spec: ShapeSpec, id: number, style: DiagramStyle, size: number, withShape: boolean, withText: boolean): string {
  const box = withShape ? spec.box : (spec.textBox ?? spec.box);
  const rot = withShape && spec.rot ? ` rot="${Math.round(spec.rot * 60000)}"` : '';
  let geom = '';
  if (withShape) {
    const gd = Object.entries(spec.adj ?? {})
      .map(([k, v]) => `<a:gd name="${k}" fmla="val ${Math.round(v)}"/>`)
      .join('');
    geom = `<a:prstGeom prst="${spec.prst}"><a:avLst>${gd}</a:avLst></a:prstGeom>${customSpPr(spec)}`;
  } else geom = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>';
  const st = spec.style ? style.styleXml(spec.style.label, spec.style.index, spec.style.count) : '';
  let tx = '';
  const t = spec.text;
  if (withText && t) {
    const [mx, my] = t.marg;
    const paras = t.paras.map((p) => paraXml(p.el, p.lvl)).join('');
    tx =
      `<p:txBody><a:bodyPr wrap="square" lIns="${emu(t.indent ?? mx * size)}" tIns="${emu((t.topMargin ?? my) * size)}" rIns="${emu(t.rightIndent ?? mx * size)}" bIns="${emu(my * size)}" anchor="${t.anchor}" anchorCtr="0"><a:noAutofit/></a:bodyPr>` +
      `${lstStyle(t, size)}${paras || '<a:p/>'}</p:txBody>`;
  }
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeText(spec.name)} ${id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm${rot}><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(Math.max(0, box.w))}" cy="${emu(Math.max(0, box.h))}"/></a:xfrm>${geom}</p:spPr>` +
    `${st}${tx}</p:sp>`
  );
}

const TREE_OPEN = `<p:spTree xmlns:p="${NS.p.uris[0]}" xmlns:a="${NS.a.uris[0]}" xmlns:r="${NS.r.uris[0]}">`;

/** Does the text of `spec` fit its box at `size`? (The renderer's own layout.) */
function fits(spec: ShapeSpec, size: number, style: DiagramStyle, env: ShapeEnv, ctx: SlideContext): boolean {
  const separate = spec.textBox !== undefined;
  const tree = parseXmlText(`${TREE_OPEN}${spXml(spec, 1, style, size, !separate, true)}</p:spTree>`, 'SmartArt text').root;
  const sp = [...tree.elements()][0]!;
  const txBody = sp.child(NS.p, 'txBody');
  if (!txBody) return true;
  const box = separate ? spec.textBox! : spec.box;
  const inh = inheritanceOf(sp, env, ctx);
  const geom = shapeGeometry(geometryElement([spPrOf(sp)]), box.w, box.h, ctx, spec.name);
  const r = geom.textRect;
  const saved = ctx.text;
  // Measuring is not drawing: the document's text budget is left alone.
  ctx.text = newTextStats();
  try {
    const prepared = prepareText(
      {
        txBody,
        chain: textChain(sp, inh, env.source, sp.child(NS.p, 'style'), ctx),
        bodyPrs: [txBody.child(NS.a, 'bodyPr')!],
        box: { x: r.l, y: r.t, w: Math.max(0, r.r - r.l), h: Math.max(0, r.b - r.t) },
        props: { theme: ctx.chain.theme, colors: ctx.colors, source: env.source },
        links: linkEnvFor(env.source, ctx),
      },
      ctx,
    );
    if (prepared.layout.height > prepared.area.h + 0.5) return false;
    // A word broken inside (wider than the box) means too large as well.
    return !prepared.layout.overflowX && !prepared.layout.splitWord;
  } finally {
    ctx.text = saved;
  }
}

/** Smallest size text is shrunk to (the layout definitions' rule: 5 pt). */
const MIN_SIZE = 5;

/** The size of each fitting group. */
function fitSizes(specs: ShapeSpec[], style: DiagramStyle, env: ShapeEnv, ctx: SlideContext): Map<string, number> {
  const groups = new Map<string, ShapeSpec[]>();
  for (const s of specs) {
    if (!s.text || s.text.fixed || s.text.paras.length === 0) continue;
    const list = groups.get(s.text.group) ?? [];
    list.push(s);
    groups.set(s.text.group, list);
  }
  const out = new Map<string, number>();
  for (const [group, members] of groups) {
    const max = Math.max(...members.map((m) => m.text!.max));
    const ok = (size: number) => members.every((m) => fits(m, size, style, env, ctx));
    if (ok(max)) {
      out.set(group, max);
      continue;
    }
    // Whole points, as PowerPoint fits SmartArt text (every fitted size in the corpus's saved
    // drawings is one: 5, 6, 9, 10, 11, 12 ... 56 pt), by bisection between the rule's minimum and the maximum.
    let lo = MIN_SIZE;
    let hi = Math.ceil(max);
    if (!ok(lo)) {
      out.set(group, MIN_SIZE);
      continue;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (ok(mid)) lo = mid;
      else hi = mid;
    }
    out.set(group, lo);
  }
  return out;
}

/** The size of text that keeps its own (custT): its largest run size (a:rPr sz), else 18 pt. */
function ownSize(t: TextSpec): number {
  let max = 0;
  for (const p of t.paras) for (const r of p.el.descendants()) if (r.localName === 'rPr' || r.localName === 'endParaRPr') max = Math.max(max, Number(r.attr('sz') ?? 0) / 100 || 0);
  return max > 0 ? Math.min(max, t.max) : Math.min(18, t.max);
}

/** Draws the shapes in the frame (their boxes in points from the frame's top-left). */
export function drawShapes(specs: ShapeSpec[], frameXfrm: Xfrm, style: DiagramStyle, env: ShapeEnv, ctx: SlideContext, nested: DrawNested): void {
  const sizes = fitSizes(specs, style, env, ctx);
  let id = 1;
  const parts: string[] = [];
  for (const s of specs) {
    const size = s.text ? (sizes.get(s.text.group) ?? ownSize(s.text)) : 18;
    if (s.textBox && s.text) {
      parts.push(spXml(s, id++, style, size, true, false));
      parts.push(spXml(s, id++, style, size, false, true));
    } else parts.push(spXml(s, id++, style, size, true, true));
  }
  const tree = parseXmlText(`${TREE_OPEN}${parts.join('')}</p:spTree>`, 'SmartArt layout').root;
  nested(tree, { source: env.source, group: { xfrm: placeInGroup(frameXfrm, env.group), chX: 0, chY: 0, chW: frameXfrm.w, chH: frameXfrm.h }, groupFill: undefined });
}
