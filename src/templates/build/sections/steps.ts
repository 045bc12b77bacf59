/**
 * The five steps of a virtual appointment, in four arrangements (one per design):
 *   - timeline: numbered discs on a vertical line, text beside them, in two columns (steps 1-3,
 *     then 4-5 with room under them) — healthcare;
 *   - numbered: square number badges and hairlines, calm and typographic — financial services;
 *   - cards: bold cards with the number and the icon on their top edge — retail;
 *   - rows: full-width rows, icon, title and text side by side — generic.
 * For readers the steps are one numbered list (`ol`) of five items (`li`), each labelled by its
 * number (`lbl`) before its title and text; discs, rings, lines and icons are decorative, and
 * the shape order is the reading order (top to bottom, then the next column).
 */
import { COLORS, SIZES, textOn } from '../../source/design.js';
import { STEP_KEYS, type StepKey } from '../../source/types.js';
import { block, stack, type Block } from '../blocks.js';
import type { ComposeContext } from '../context.js';
import type { GroupElement, SceneElement } from '../scene.js';
import { paragraph, run } from '../text-block.js';
import { line, textBlock } from './text.js';

/** The numbered list of the steps (`ol`), from its items. */
export function stepList(children: SceneElement[]): GroupElement {
  return { kind: 'group', name: 'Steps', role: 'ol', children };
}

function item(i: number, children: SceneElement[]): GroupElement {
  return { kind: 'group', name: `Step ${i + 1}`, role: 'li', children };
}

/**
 * A badge in the brand's secondary colour (accent2, kept exactly: it carries text) with the step
 * number in bg1 or tx1 (whichever reads): the item's label. A disc, or a rounded square.
 *
 * The numeral is centred optically: its line is single spaced (1.2 × the size, a:spcPts) and
 * raised by 0.05 em (a bottom inset of 0.1 em), so the centred line box puts the middle of a
 * lining figure (cap height 0.70-0.75 em) within 0.3 pt of the badge's middle whatever the
 * heading font. With the type scale's line height (16 pt, 19 pt in Chinese: the extra space goes
 * above the text) it sat 0.8 pt low in Merriweather, 1.1 pt in Montserrat and 2.4 pt in the
 * Chinese designs.
 */
function numberDisc(ctx: ComposeContext, i: number, x: number, y: number, size: number, geometry: 'ellipse' | 'roundRect' = 'ellipse'): SceneElement {
  const fill = COLORS.badge;
  const style = { ...ctx.type.number, lineHeight: ctx.type.number.size * 1.2, color: textOn(fill, ctx.industry.palette, ctx.type.number) };
  return {
    kind: 'text',
    name: `Step ${i + 1} number`,
    role: 'lbl',
    geometry,
    ...(geometry === 'roundRect' ? { radius: SIZES.radius } : {}),
    fill,
    line: { color: 'bg1', width: 2.5 },
    box: { x, y, w: size, h: size },
    paragraphs: [paragraph({ runs: [run(ctx, String(i + 1), style)], align: 'ctr' })],
    insets: [0, 0, 0, style.size * 0.1],
    anchor: 'ctr',
  };
}

/** The step's icon on a white disc with a ring in the brand colour (decorative). */
function iconDisc(ctx: ComposeContext, key: StepKey, i: number, x: number, y: number, size: number): SceneElement[] {
  const icon = Math.round(size * 0.5);
  const off = (size - icon) / 2;
  return [
    { kind: 'shape', name: `Step ${i + 1} disc`, role: 'decorative', geometry: 'ellipse', box: { x, y, w: size, h: size }, fill: COLORS.stepDisc, line: { color: COLORS.stepRing, width: SIZES.stepRing } },
    { kind: 'icon', name: `Step ${i + 1} icon`, role: 'decorative', icon: ctx.industry.icons.steps[key], color: COLORS.icon, box: { x: x + off, y: y + off, w: icon, h: icon } },
  ];
}

function stepTexts(ctx: ComposeContext, key: StepKey, i: number, x: number, w: number, gap = 3): Block {
  const { type, copy } = ctx;
  const title = textBlock(ctx, { name: `Step ${i + 1} title`, x, w, paragraphs: [line(ctx, copy.steps[key].title, type.h3)], heading: true });
  const body = textBlock(ctx, { name: `Step ${i + 1} text`, x, w, paragraphs: [line(ctx, copy.steps[key].body, type.body)] });
  return stack([title, body], { gap });
}

/**
 * Healthcare: the visit as a timeline of numbered discs on a vertical line, in two columns of
 * `colW` (steps 1-3 on the left, 4-5 on the right, the line continuing from one to the other);
 * `after` goes under step 5 in the right column (the privacy and interpreter lines).
 */
export function timeline(ctx: ComposeContext, x: number, colW: number, gutter: number, options: { gap?: number; disc?: number; after?: Block } = {}): Block {
  const size = options.disc ?? 28;
  const gap = options.gap ?? 12;
  const textOff = size + 12;
  const columns = [
    [0, 1, 2],
    [3, 4],
  ];
  const colX = [x, x + colW + gutter];
  const titleOffset = Math.max(0, (size - ctx.type.h3.lineHeight) / 2);
  const measured = STEP_KEYS.map((key, i) => {
    const c = i < 3 ? 0 : 1;
    const texts = stepTexts(ctx, key, i, colX[c]! + textOff, colW - textOff);
    return { key, texts, h: Math.max(size, titleOffset + texts.height) };
  });
  const tops: number[] = [];
  const colBottom: number[] = [];
  columns.forEach((members, c) => {
    let y = 0;
    for (const i of members) {
      tops[i] = y;
      y += measured[i]!.h + gap;
    }
    colBottom[c] = y - gap;
  });
  const afterTop = colBottom[1]! + gap;
  const height = Math.max(colBottom[0]!, options.after ? afterTop + options.after.height : colBottom[1]!);
  return block(height, (y) => {
    const lines: SceneElement[] = columns.map((members, c) => {
      const first = tops[members[0]!]!;
      const last = tops[members[members.length - 1]!]!;
      const cx = colX[c]! + size / 2 - SIZES.stepConnector / 2;
      // The line joins the discs of a column.
      const y0 = y + first + size / 2;
      const y1 = y + last + size / 2;
      return { kind: 'shape', name: `Timeline ${c + 1}`, role: 'decorative', geometry: 'rect', box: { x: cx, y: y0, w: SIZES.stepConnector, h: Math.max(1, y1 - y0) }, fill: COLORS.stepConnector };
    });
    const items = STEP_KEYS.map((_key, i) => {
      const c = i < 3 ? 0 : 1;
      const ty = y + tops[i]!;
      return item(i, [numberDisc(ctx, i, colX[c]!, ty, size), ...measured[i]!.texts.place(ty + titleOffset)]);
    });
    return [stepList([...lines, ...items]), ...(options.after ? options.after.place(y + afterTop) : [])];
  });
}

/** Financial services: the number on a square badge, the step icon at the right, a hairline between steps. */
export function numbered(ctx: ComposeContext, x: number, w: number, options: { gap?: number } = {}): Block {
  const gap = options.gap ?? 12;
  const numW = 24;
  const textX = x + numW + 10;
  const textW = w - numW - 10 - 22;
  const steps = STEP_KEYS.map((key, i) => {
    const texts = stepTexts(ctx, key, i, textX, textW);
    const h = Math.max(texts.height, numW);
    const last = i === STEP_KEYS.length - 1;
    return block(h + (last ? 0 : gap), (y) => [
      item(i, [
        numberDisc(ctx, i, x, y - 2, numW, 'roundRect'),
        ...texts.place(y),
        { kind: 'icon', name: `Step ${i + 1} icon`, role: 'decorative', icon: ctx.industry.icons.steps[key], color: COLORS.icon, box: { x: x + w - 16, y, w: 16, h: 16 } },
        ...(last ? [] : [{ kind: 'shape' as const, name: `Step ${i + 1} rule`, role: 'decorative' as const, geometry: 'rect' as const, box: { x: textX, y: y + h + gap / 2 - 0.5, w: x + w - textX, h: 1 }, fill: COLORS.badge }]),
      ]),
    ]);
  });
  const all = stack(steps, { gap: 0 });
  return block(all.height, (y) => [stepList(all.place(y))]);
}

/** Size of the number and icon discs on the cards' top edge. */
export const CARD_DISC = 28;

/**
 * Retail: a row of bold step cards (`indices` of the steps), each `cw` wide, as list items (the
 * design puts them in one `ol` with stepList): the number disc and the icon disc sit on the
 * card's top edge (the block keeps room for them above), the title and text inside. Cards of a
 * row share one height.
 */
export function cardRow(ctx: ComposeContext, x: number, cw: number, indices: readonly number[], options: { pad?: number; gutter?: number } = {}): Block {
  const gutter = options.gutter ?? ctx.layout.grid.gutter;
  const pad = options.pad ?? 12;
  const size = CARD_DISC;
  const { type, copy } = ctx;
  const top = size / 2 + 4;
  const texts = indices.map((i, k) => {
    const key = STEP_KEYS[i]!;
    const cx = x + k * (cw + gutter);
    const title = textBlock(ctx, { name: `Step ${i + 1} title`, x: cx + pad, w: cw - 2 * pad, paragraphs: [line(ctx, copy.steps[key].title, type.h3)], heading: true });
    const body = textBlock(ctx, { name: `Step ${i + 1} text`, x: cx + pad, w: cw - 2 * pad, paragraphs: [line(ctx, copy.steps[key].body, type.body)] });
    return { i, key, cx, title, body };
  });
  const headH = Math.max(...texts.map((t) => t.title.height));
  const bodyH = Math.max(...texts.map((t) => t.body.height));
  const cardH = top + headH + 4 + bodyH + pad;
  return block(size / 2 + cardH, (y0) => {
    const y = y0 + size / 2;
    return texts.map(({ i, key, cx, title, body }) =>
      item(i, [
        { kind: 'shape', name: `Step ${i + 1} card`, role: 'decorative', geometry: 'roundRect', radius: SIZES.radius, box: { x: cx, y, w: cw, h: cardH }, fill: COLORS.panel },
        numberDisc(ctx, i, cx + pad, y - size / 2, size),
        ...iconDisc(ctx, key, i, cx + cw - pad - size, y - size / 2, size),
        ...title.place(y + top),
        ...body.place(y + top + headH + 4),
      ]),
    );
  });
}

/** Generic: one full-width row per step: number, icon, title and text, hairlines between. */
export function rows(ctx: ComposeContext, x: number, w: number, options: { titleWidth: number; gap?: number }): Block {
  const gap = options.gap ?? 10;
  const size = 26;
  const iconX = x + size + 8;
  const titleX = iconX + 16 + 12;
  const textX = titleX + options.titleWidth + ctx.layout.grid.gutter;
  const textW = x + w - textX;
  const steps = STEP_KEYS.map((key, i) => {
    const title = textBlock(ctx, { name: `Step ${i + 1} title`, x: titleX, w: options.titleWidth, paragraphs: [line(ctx, ctx.copy.steps[key].title, ctx.type.h3)], heading: true });
    const body = textBlock(ctx, { name: `Step ${i + 1} text`, x: textX, w: textW, paragraphs: [line(ctx, ctx.copy.steps[key].body, ctx.type.body)] });
    const h = Math.max(size, title.height, body.height);
    const last = i === STEP_KEYS.length - 1;
    const off = Math.max(0, (size - ctx.type.h3.lineHeight) / 2);
    return block(h + (last ? 0 : gap), (y) => [
      item(i, [
        numberDisc(ctx, i, x, y, size),
        { kind: 'icon', name: `Step ${i + 1} icon`, role: 'decorative', icon: ctx.industry.icons.steps[key], color: COLORS.icon, box: { x: iconX, y: y + (size - 16) / 2, w: 16, h: 16 } },
        ...title.place(y + off),
        ...body.place(y + off + 1),
        ...(last ? [] : [{ kind: 'shape' as const, name: `Step ${i + 1} rule`, role: 'decorative' as const, geometry: 'rect' as const, box: { x: iconX, y: y + h + gap / 2 - 0.5, w: x + w - iconX, h: 1 }, fill: { slot: 'tx2' as const, lighter: 80 } }]),
      ]),
    ]);
  });
  const all = stack(steps, { gap: 0 });
  return block(all.height, (y) => [stepList(all.place(y))]);
}
