/**
 * Chart text (titles, tick labels, legend entries, data labels) through the renderer's own text
 * layout: each label becomes a small DrawingML text body whose properties inherit, lowest first,
 * from the chart's defaults, c:chartSpace/c:txPr, the element's c:txPr (or its c:rich body), so
 * fonts, fallback per script and colours behave as in any shape.
 */
import { parseXmlText } from '../../xml/parse.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { compose, rotate, translate, type Matrix } from '../matrix.js';
import type { StyleChain } from '../text/paragraphs.js';
import type { SlideContext } from '../scene/context.js';
import type { ShapeEnv } from '../scene/placement.js';
import { linkEnvFor } from '../scene/shape.js';
import { emitText, prepareText, type PreparedText } from '../scene/text-body.js';
import { C } from './model.js';

const A = NS.a.uris[0]!;

export interface TextStyle {
  /** a:pPr-like elements (with a:defRPr), lowest priority first. */
  sources: ReadonlyXElement[];
}

export interface Label {
  w: number;
  h: number;
  /** Draws the label with its top-left corner at (x, y) of `m`, turned by `rot` degrees about that corner. */
  draw(m: Matrix, x: number, y: number, rot?: number): void;
  /**
   * The text as LibreOffice's chart lays it out (chart2 draws titles with editeng): each line as
   * tall as its largest face's ascent + descent (vcl's metrics), the first baseline that ascent
   * below the top; `baseline` is where our own layout puts the first baseline below (x, y), and
   * `size` the first run's size (a title's CharHeight), all in points.
   */
  lo: { h: number; ascent: number; baseline: number; size: number };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Default run properties of chart text: size in hundredths of a point, bold; titles (`centred`)
 * centre their lines, as PowerPoint and LibreOffice set a title that wraps.
 */
export function defaults(size: number, bold: boolean, centred = false): ReadonlyXElement {
  return parseXmlText(`<a:pPr xmlns:a="${A}"${centred ? ' algn="ctr"' : ''}><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:pPr>`, 'chart-defaults').root;
}

/** Run properties that set only a size (hundredths of a point). */
export function sizeOnly(size: number): ReadonlyXElement {
  return parseXmlText(`<a:pPr xmlns:a="${A}"><a:defRPr sz="${size}"/></a:pPr>`, 'chart-size').root;
}

/** The a:pPr of the first paragraph of a c:txPr (or c:rich), where chart text keeps its defaults. */
export function txPrSource(txPr: ReadonlyXElement | undefined): ReadonlyXElement[] {
  const p = txPr?.child(NS.a, 'p');
  const pPr = p?.child(NS.a, 'pPr');
  return pPr ? [pPr] : [];
}

function chainOf(style: TextStyle): StyleChain {
  return { levels: () => style.sources, fontRef: undefined, fontRefAfter: () => style.sources.length };
}

/** A one-line (or, with `wrapWidth`, wrapped) label of plain text. */
export function label(text: string, style: TextStyle, ctx: SlideContext, env: ShapeEnv, opts: { wrapWidth?: number; align?: 'l' | 'ctr' | 'r' } = {}): Label {
  const lines = text.split(/\r?\n/);
  const algn = opts.align ?? 'ctr';
  const xml = `<a:txBody xmlns:a="${A}"><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" wrap="${opts.wrapWidth ? 'square' : 'none'}"/>${lines
    .map((l) => `<a:p><a:pPr algn="${algn}"/><a:r><a:t>${esc(l)}</a:t></a:r></a:p>`)
    .join('')}</a:txBody>`;
  return bodyLabel(parseXmlText(xml, 'chart-label').root, style, ctx, env, opts.wrapWidth);
}

/** A label from a text body (c:rich: a:bodyPr, a:lstStyle, a:p ...). */
export function bodyLabel(body: ReadonlyXElement, style: TextStyle, ctx: SlideContext, env: ShapeEnv, wrapWidth?: number): Label {
  const bodyPr = parseXmlText(`<a:bodyPr xmlns:a="${A}" lIns="0" tIns="0" rIns="0" bIns="0" wrap="${wrapWidth ? 'square' : 'none'}" anchor="t"/>`, 'chart-body').root;
  const input = (w: number) => ({
    txBody: body,
    chain: chainOf(style),
    bodyPrs: [bodyPr],
    box: { x: 0, y: 0, w, h: 10_000 },
    props: { theme: ctx.chain.theme, colors: ctx.colors, source: env.source },
    links: linkEnvFor(env.source, ctx),
  });
  const prepared: PreparedText = prepareText(input(wrapWidth ?? 10_000), ctx);
  // The widest line's ink (its offset from alignment in the measuring box left out).
  const inked = Math.max(0, ...prepared.layout.lines.map((l) => l.width));
  const w = wrapWidth ? Math.min(wrapWidth, inked) : inked;
  const h = prepared.layout.height;
  return {
    w,
    h,
    lo: loMetrics(prepared),
    draw(m, x, y, rot = 0) {
      if (prepared.empty) return;
      const boxW = wrapWidth ?? w + 0.5;
      // Re-lay out in the exact box so alignment applies inside the label's own width; (x, y)
      // is where the ink of the widest line starts.
      const p = wrapWidth ? prepared : prepareText(input(boxW), ctx);
      const lines = p.layout.lines.filter((l) => l.width > 0);
      const dx = lines.length ? Math.min(...lines.map((l) => l.x)) : 0;
      const toPage = rot === 0 ? compose(m, translate(x - dx, y)) : compose(m, translate(x, y), rotate(rot), translate(-dx, 0));
      emitText(p, { x: 0, y: 0, w: boxW, h: h + 0.5 }, toPage, ctx, 'chart');
    },
  };
}

function loMetrics(p: PreparedText): Label['lo'] {
  let h = 0;
  let ascent = 0;
  let size = 0;
  p.layout.lines.forEach((line, i) => {
    let up = 0;
    let down = 0;
    for (const r of line.runs) {
      if (r.bullet) continue;
      const k = r.size / r.face.unitsPerEm;
      up = Math.max(up, r.face.ascent * k);
      down = Math.max(down, -r.face.descent * k);
      if (size === 0 && r.size > 0) size = r.size;
    }
    if (i === 0) ascent = up;
    h += up + down;
  });
  return { h, ascent, baseline: p.layout.lines[0]?.baseline ?? 0, size };
}

/** The text style of a chart element: defaults, then the chart's c:txPr, then the element's own. */
export function styleOf(base: ReadonlyXElement, chartTxPr: ReadonlyXElement | undefined, own: ReadonlyXElement | undefined): TextStyle {
  return { sources: [base, ...txPrSource(chartTxPr), ...txPrSource(own)] };
}

/** c:title: its rich text (c:tx/c:rich), or undefined for an automatic title. */
export function richOf(title: ReadonlyXElement | undefined): ReadonlyXElement | undefined {
  return title?.child(C, 'tx')?.child(C, 'rich');
}
