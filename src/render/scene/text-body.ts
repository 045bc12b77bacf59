/**
 * A shape's text body (p:txBody) placed in its text rectangle: insets, anchoring, autofit,
 * columns and vertical text from a:bodyPr; then glyph runs, highlights, underlines,
 * strike-throughs and link areas as drawing operations. Text that does not fit its box is
 * drawn anyway (as PowerPoint and LibreOffice do) and reported (W_TEXT_OVERFLOW).
 */
import { capText, MAX_TEXT_PER_DOCUMENT } from '../../limits/text.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { compose, rotate, translate, transformedBounds, determinant, scale, type Matrix } from '../matrix.js';
import type { DrawOp, LinkArea, TextOp } from '../ops.js';
import { resolveBodyProps, type BodyProps } from '../text/body-props.js';
import { FontPicker } from '../text/font-picker.js';
import { layoutText, type PlacedLine, type PlacedRun, type TextLayout } from '../text/layout.js';
import { readParagraphs, type Paragraph, type StyleChain } from '../text/paragraphs.js';
import type { LinkEnv } from '../text/links.js';
import type { PropsEnv } from '../text/props.js';
import { measure } from '../text/itemize.js';
import { capTexts, MAX_SHAPE_TEXT_CHARS, MAX_SHAPE_TEXT_ITEMS } from '../../text/limits.js';
import type { SlideContext } from './context.js';
import { skip, warn } from './context.js';
import { TextTagger, type RunTags } from '../structure/text-tags.js';
import type { StructElem } from '../structure/types.js';

/** Text may overflow its box by this much (points) before it is reported. */
export const OVERFLOW_TOLERANCE = 1;

export interface TextBox {
  /** The text rectangle in the shape's local coordinates (before insets). */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PreparedText {
  body: BodyProps;
  paragraphs: Paragraph[];
  layout: TextLayout;
  /** Area the text is laid out in (box minus insets), local coordinates, unrotated. */
  area: TextBox;
  /** How much taller the shape must grow to fit (a:spAutoFit), in points; 0 otherwise. */
  grow: number;
  empty: boolean;
}

export interface TextInput {
  txBody: ReadonlyXElement;
  chain: StyleChain;
  /** a:bodyPr elements from the lowest priority (master placeholder) to the shape's own. */
  bodyPrs: ReadonlyXElement[];
  box: TextBox;
  props: PropsEnv;
  links: LinkEnv;
}

const pickerCache: WeakMap<SlideContext, FontPicker> = new WeakMap();

export function pickerFor(ctx: SlideContext): FontPicker {
  let p = pickerCache.get(ctx);
  if (!p) {
    p = new FontPicker(ctx.fonts, (ws) => ctx.warnings.push(...ws), ctx.text);
    pickerCache.set(ctx, p);
  }
  return p;
}

/**
 * A text body cut to MAX_SHAPE_TEXT_CHARS characters (src/text/limits.ts), with one warning:
 * layout stays bounded whatever a deck holds.
 */
function capParagraphs(paragraphs: Paragraph[], ctx: SlideContext): Paragraph[] {
  const runs = paragraphs.flatMap((p) => p.items.flatMap((i) => (i.kind === 'text' ? [i] : [])));
  const { texts, cut } = capTexts(runs.map((r) => r.text));
  if (!cut) return paragraphs;
  warn(ctx, 'W_TEXT_TRUNCATED', `a text box holds more than ${MAX_SHAPE_TEXT_CHARS.toLocaleString('en-US')} characters; the rest is not drawn`);
  const kept = new Map(runs.slice(0, texts.length).map((r, i) => [r, texts[i]!]));
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const items: Paragraph['items'] = [];
    for (const item of p.items) {
      if (item.kind === 'br') items.push(item);
      else if (kept.has(item)) items.push({ ...item, text: kept.get(item)! });
      else break;
    }
    out.push({ ...p, items });
    if (items.length < p.items.length) break;
  }
  return out;
}

/** Lays out a text body in its box (no drawing yet: the shape may grow first). */
export function prepareText(input: TextInput, ctx: SlideContext): PreparedText {
  const body = resolveBodyProps(input.bodyPrs);
  const items = { max: MAX_SHAPE_TEXT_ITEMS, cut: false };
  const paragraphs = capParagraphs(readParagraphs(input.txBody, input.chain, { props: input.props, links: input.links, slideNumber: ctx.slideNo }, items), ctx);
  if (items.cut) warn(ctx, 'W_TEXT_TRUNCATED', `a text box holds more than ${MAX_SHAPE_TEXT_ITEMS.toLocaleString('en-US')} paragraphs, runs and line breaks; the rest is not drawn`);
  capDocumentText(paragraphs, ctx);
  const vertical = body.vert !== 'horz';
  const boxW = vertical ? input.box.h : input.box.w;
  const boxH = vertical ? input.box.w : input.box.h;
  const area: TextBox = {
    x: body.lIns,
    y: body.tIns,
    w: Math.max(0, boxW - body.lIns - body.rIns),
    h: Math.max(0, boxH - body.tIns - body.bIns),
  };
  const cols = body.numCol;
  const colW = cols > 1 ? Math.max(1, (area.w - (cols - 1) * body.spcCol) / cols) : area.w;
  const fontScale = body.autofit.kind === 'norm' ? body.autofit.fontScale : 1;
  const lnSpcReduction = body.autofit.kind === 'norm' ? body.autofit.lnSpcReduction : 0;
  const picker = pickerFor(ctx);
  const layout = layoutText(paragraphs, { width: colW, wrap: body.wrap, fontScale, lnSpcReduction, picker, stats: ctx.text });
  // What the layout approximates is reported (once per kind and slide).
  for (const p of paragraphs) {
    const texts = p.items.filter((i) => i.kind === 'text');
    if (p.style.bullet.type.kind === 'blip' && texts.length > 0) skip(ctx, 'pictureBullet');
    if (texts.some((i) => i.kind === 'text' && i.style.gradientFill && i.text.trim() !== '')) skip(ctx, 'gradientText');
  }
  const empty = !paragraphs.some((p) => p.items.some((i) => i.kind === 'text' && i.text.trim() !== ''));
  const grow = body.autofit.kind === 'shape' && !vertical && !empty ? Math.max(0, layout.height - area.h) : 0;
  return { body, paragraphs, layout, area, grow, empty };
}

/**
 * The document's text budget (src/limits/text.ts): once MAX_TEXT_PER_DOCUMENT characters are laid
 * out, later text is not, with one warning for the document.
 */
function capDocumentText(paragraphs: Paragraph[], ctx: SlideContext): void {
  const cut = capText(paragraphs, ctx.text.budget);
  if (cut && !ctx.text.budget.reported) {
    ctx.text.budget.reported = true;
    warn(ctx, 'W_TEXT_LIMIT', `the document has more than ${MAX_TEXT_PER_DOCUMENT.toLocaleString('en-US')} characters of text; text from here on is not drawn`);
  }
}

/**
 * Emits the text's operations. `toPage` maps the shape's local box to the page (text is never
 * mirrored: a mirrored matrix is corrected here).
 */
export function emitText(prepared: PreparedText, box: TextBox, toPage: Matrix, ctx: SlideContext, shapeName: string): void {
  if (prepared.empty && prepared.layout.lines.every((l) => l.runs.length === 0)) return;
  const { body, layout } = prepared;
  const vertical = body.vert !== 'horz';
  const textW = vertical ? box.h : box.w;
  const textH = vertical ? box.w : box.h;
  const area = { x: body.lIns, y: body.tIns, w: Math.max(0, textW - body.lIns - body.rIns), h: Math.max(0, textH - body.tIns - body.bIns) };
  // Text space: origin at the text box's top-left, unrotated (for vertical text, width and
  // height swap and the space is rotated into the box).
  let m = compose(toPage, translate(box.x, box.y));
  if (body.vert === 'vert') m = compose(m, translate(box.w, 0), rotate(90));
  else if (body.vert === 'vert270') m = compose(m, translate(0, box.h), rotate(-90));
  if (body.rot !== 0) m = compose(m, translate(textW / 2, textH / 2), rotate(body.rot), translate(-textW / 2, -textH / 2));
  if (determinant(m) < 0) m = compose(m, translate(textW, 0), scale(-1, 1));

  // Columns: lines flow into the next column when the current one is full.
  const columns = splitColumns(layout.lines, body.numCol, area.h);
  const colW = body.numCol > 1 ? Math.max(1, (area.w - (body.numCol - 1) * body.spcCol) / body.numCol) : area.w;
  const usedH = Math.max(...columns.map((c) => c.height), 0);
  let dy = area.y;
  if (body.anchor === 'ctr') dy += (area.h - usedH) / 2;
  else if (body.anchor === 'b') dy += area.h - usedH;
  let dxCenter = 0;
  if (body.anchorCtr && body.numCol === 1) dxCenter = (area.w - layout.width) / 2;

  const overflowY = usedH > area.h + OVERFLOW_TOLERANCE;
  const overflowX = layout.overflowX || (!body.wrap && layout.width > area.w + OVERFLOW_TOLERANCE);
  if ((overflowY || overflowX) && !prepared.empty) {
    const how = overflowY ? `${round(usedH)} pt of text in ${round(area.h)} pt of height` : `a line ${round(layout.width)} pt wide in ${round(area.w)} pt`;
    warn(ctx, 'W_TEXT_OVERFLOW', `the text of shape "${shapeName}" does not fit its box (${how})`);
  }

  const tagger = new TextTagger(ctx, prepared.paragraphs);
  columns.forEach((col, ci) => {
    // a:bodyPr@rtlCol: the first column on the right.
    const slot = body.rtlCol ? body.numCol - 1 - ci : ci;
    const dx = area.x + dxCenter + slot * (colW + body.spcCol);
    const m2 = compose(m, translate(dx, dy - col.offset));
    for (const line of col.lines) emitLine(line, m2, ctx, tagger);
  });
}

/** Lines flowed into `n` columns of height `h` (the last column takes what is left). */
export function splitColumns(lines: PlacedLine[], n: number, h: number): { lines: PlacedLine[]; offset: number; height: number }[] {
  const last = lines[lines.length - 1];
  if (n <= 1 || lines.length === 0) return [{ lines, offset: 0, height: last ? last.top + last.height : 0 }];
  const cols: { lines: PlacedLine[]; offset: number; height: number }[] = [];
  let cur = { lines: [] as PlacedLine[], offset: lines[0]!.top, height: 0 };
  for (const line of lines) {
    const bottom = line.top + line.height - cur.offset;
    if (cur.lines.length > 0 && bottom > h + 0.01 && cols.length < n - 1) {
      cols.push(cur);
      cur = { lines: [], offset: line.top, height: 0 };
    }
    cur.lines.push(line);
    cur.height = line.top + line.height - cur.offset;
  }
  cols.push(cur);
  return cols;
}

function emitLine(line: PlacedLine, m: Matrix, ctx: SlideContext, tagger: TextTagger): void {
  // Highlights first (behind the text).
  for (const run of line.runs) {
    if (!run.style.highlight || run.bullet) continue;
    rect(ctx.ops, m, run.x, run.lineTop, run.width, run.lineBottom - run.lineTop, run.style.highlight);
  }
  tagger.line(line);
  const tags = new Map<PlacedRun, RunTags>();
  let lastText: TextOp | undefined;
  for (const run of line.runs) {
    if (run.color && run.color.a > 0 && run.text !== '') {
      const tag = tagger.run(run);
      tags.set(run, tag);
      const op: TextOp = {
        ...(tag.text ? { tag: tag.text } : {}),
        kind: 'text',
        transform: m,
        face: run.face,
        size: run.size,
        x: run.x,
        y: run.baseline,
        text: run.text,
        width: run.width,
        charSpacing: run.charSpacing,
        color: run.color,
        fakeBold: run.fakeBold,
        fakeItalic: run.fakeItalic,
        ...(run.logical !== undefined ? { actualText: run.logical } : {}),
      };
      ctx.ops.push(op);
      if (!run.bullet) lastText = op;
    }
    if (!run.bullet) decorations(run, line, m, ctx);
  }
  if (line.endSpace && lastText) {
    lastText.spaceAfter = true;
    tagger.space(lastText.tag);
  }
  links(line, m, ctx.links, tags);
}

function decorations(run: PlacedRun, line: PlacedLine, m: Matrix, ctx: SlideContext): void {
  const st = run.style;
  const color = st.underlineColor ?? run.color;
  if (!color || run.text === '') return;
  const k = run.size / run.face.unitsPerEm;
  // Trailing spaces at the end of a line are not underlined.
  let width = run.width;
  if (run === line.runs[line.runs.length - 1]) {
    const trimmed = run.text.trimEnd();
    if (trimmed.length < run.text.length) width = measure(run.face, trimmed, run.size, run.charSpacing);
  }
  if (width <= 0) return;
  const thick = Math.max(0.25, Math.abs(run.face.underlineThickness) * k || run.size * 0.05);
  if (st.underline !== 'none') {
    const heavy = /heavy|Heavy/.test(st.underline) ? 2 : 1;
    const pos = run.face.underlinePosition ? -run.face.underlinePosition * k : run.size * 0.1;
    const y = run.baseline + pos;
    rect(ctx.ops, m, run.x, y - (thick * heavy) / 2, width, thick * heavy, color);
    if (st.underline === 'dbl') rect(ctx.ops, m, run.x, y + thick * 1.5, width, thick, color);
  }
  if (st.strike !== 'noStrike' && run.color) {
    const xh = run.face.xHeight > 0 ? run.face.xHeight * k : run.size * 0.5;
    const y = run.baseline - xh / 2;
    if (st.strike === 'dblStrike') {
      rect(ctx.ops, m, run.x, y - thick * 1.5, width, thick, run.color);
      rect(ctx.ops, m, run.x, y + thick * 0.5, width, thick, run.color);
    } else rect(ctx.ops, m, run.x, y - thick / 2, width, thick, run.color);
  }
}

function rect(ops: DrawOp[], m: Matrix, x: number, y: number, w: number, h: number, color: { r: number; g: number; b: number; a: number }): void {
  ops.push({
    kind: 'path',
    transform: m,
    commands: [{ op: 'M', x, y }, { op: 'L', x: x + w, y }, { op: 'L', x: x + w, y: y + h }, { op: 'L', x, y: y + h }, { op: 'Z' }],
    fill: { kind: 'solid', color },
  });
}

/** One link area per line fragment: neighbouring runs with the same target merge. */
function links(line: PlacedLine, m: Matrix, out: LinkArea[], tags: ReadonlyMap<PlacedRun, RunTags>): void {
  let cur: { x0: number; x1: number; target: PlacedRun['link']; link: StructElem | undefined } | undefined;
  const flush = () => {
    if (cur?.target) {
      const b = transformedBounds(m, cur.x0, line.top, cur.x1 - cur.x0, line.height);
      if (b.w > 0 && b.h > 0) out.push({ ...b, target: cur.target, ...(cur.link ? { link: cur.link } : {}) });
    }
    cur = undefined;
  };
  for (const run of line.runs) {
    if (run.bullet) continue;
    const same = cur && run.link && cur.target && sameTarget(cur.target, run.link);
    if (same) {
      // Right-to-left runs come in reading order, right to left: the area spans them all.
      cur!.x0 = Math.min(cur!.x0, run.x);
      cur!.x1 = Math.max(cur!.x1, run.x + run.width);
    }
    else {
      flush();
      if (run.link) cur = { x0: run.x, x1: run.x + run.width, target: run.link, link: tags.get(run)?.link };
    }
  }
  flush();
}

function sameTarget(a: NonNullable<PlacedRun['link']>, b: NonNullable<PlacedRun['link']>): boolean {
  return a.kind === 'uri' ? b.kind === 'uri' && a.uri === b.uri : b.kind === 'page' && a.page === b.page;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
