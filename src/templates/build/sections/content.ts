/**
 * The useful content around the steps: what to have ready (checklists), how to cancel or
 * reschedule, help when joining fails (a troubleshooting tip and the brand's help line), a
 * notice set apart from the lists (financial services: security), and healthcare's privacy and
 * interpreter lines. Optional parts are `va:when:<field>` members at the end of `va:stack`s, so
 * a brand without them leaves no gap.
 */
import { COLORS, SIZES, textOn } from '../../source/design.js';
import type { SchemeColor, TextStyle } from '../../source/design.js';
import { block, stack, when, type Block } from '../blocks.js';
import type { ComposeContext } from '../context.js';
import type { Paragraph, SceneElement } from '../scene.js';
import { paragraph, run } from '../text-block.js';
import { panel } from './header.js';
import { line, textBlock } from './text.js';

const ICON_GAP = 8;
const BULLET_INDENT = 11;
const ITEM_SPACE = 3;

/** A heading with an icon before it (icon centred on the first line). */
export function iconHeading(ctx: ComposeContext, name: string, icon: string, x: number, w: number, text: string, style = ctx.type.h3, role: 'h2' | 'h3' = 'h2', iconColor: SchemeColor = COLORS.icon): Block {
  const size = SIZES.icon;
  const head = textBlock(ctx, { name, x: x + size + ICON_GAP, w: w - size - ICON_GAP, paragraphs: [line(ctx, text, style)], heading: true, role });
  return block(head.height, (y) => [
    { kind: 'icon', name: `${name} icon`, role: 'decorative', icon, color: iconColor, box: { x, y: y + (style.lineHeight - size) / 2, w: size, h: size } },
    ...head.place(y),
  ]);
}

export function bullets(ctx: ComposeContext, items: readonly string[]): Paragraph[] {
  return items.map((item, i) =>
    paragraph({
      runs: [run(ctx, item, ctx.type.body)],
      bullet: { char: '•', indent: BULLET_INDENT, color: COLORS.icon },
      ...(i < items.length - 1 ? { spaceAfter: ITEM_SPACE } : {}),
    }),
  );
}

/** A heading with an icon and a bulleted list under it. */
export function list(ctx: ComposeContext, name: string, icon: string, x: number, w: number, heading: string, items: readonly string[]): Block {
  const head = iconHeading(ctx, `${name} heading`, icon, x, w, heading);
  const body = textBlock(ctx, { name: `${name} text`, x, w, paragraphs: bullets(ctx, items) });
  return stack([head, body], { gap: 5 });
}

/** What you need + get ready, one under the other (`columns` 1) or side by side (2). */
export function checklists(ctx: ComposeContext, x: number, w: number, columns: 1 | 2, gap = 14): Block {
  const { copy, industry } = ctx;
  if (columns === 1) {
    return stack(
      [list(ctx, 'What you need', industry.icons.need, x, w, copy.need.heading, copy.need.items), list(ctx, 'Get ready', industry.icons.prepare, x, w, copy.prepare.heading, copy.prepare.items)],
      { gap },
    );
  }
  const colW = (w - ctx.layout.grid.gutter * 2) / 2;
  const a = list(ctx, 'What you need', industry.icons.need, x, colW, copy.need.heading, copy.need.items);
  const b = list(ctx, 'Get ready', industry.icons.prepare, x + colW + ctx.layout.grid.gutter * 2, colW, copy.prepare.heading, copy.prepare.items);
  return block(Math.max(a.height, b.height), (y) => [...a.place(y), ...b.place(y)]);
}

/**
 * "Before your visit": one heading and every item of what you need and how to get ready, in
 * `columns` columns (what you need first, filling the columns top to bottom).
 */
export function checklist(ctx: ComposeContext, x: number, w: number, columns: 1 | 2 | 3, options: { gutter?: number; icon?: string } = {}): Block {
  const { copy, industry } = ctx;
  const head = iconHeading(ctx, 'Before heading', options.icon ?? industry.icons.prepare, x, w, copy.beforeTitle);
  const items = [...copy.need.items, ...copy.prepare.items];
  const gutter = options.gutter ?? ctx.layout.grid.gutter * 2;
  const colW = (w - (columns - 1) * gutter) / columns;
  const per = Math.ceil(items.length / columns);
  const cols = Array.from({ length: columns }, (_, c) =>
    textBlock(ctx, { name: `Before list ${c + 1}`, x: x + c * (colW + gutter), w: colW, paragraphs: bullets(ctx, items.slice(c * per, (c + 1) * per)) }),
  );
  const body = block(Math.max(...cols.map((c) => c.height)), (y) => cols.flatMap((c) => c.place(y)));
  return stack([head, body], { gap: 6 });
}

/** Cancel or reschedule: heading and one short paragraph. */
export function cancel(ctx: ComposeContext, x: number, w: number): Block {
  const head = iconHeading(ctx, 'Cancel or reschedule heading', ctx.industry.icons.cancel, x, w, ctx.copy.cancel.heading);
  const body = textBlock(ctx, { name: 'Cancel or reschedule text', x, w, paragraphs: [line(ctx, ctx.copy.cancel.body, ctx.type.body)] });
  return stack([head, body], { gap: 5 });
}

/**
 * Help: a heading, a troubleshooting tip, how to cancel or reschedule (optional in the design),
 * and the brand's help line (`{{helpPhone}}`, in `va:when:handout.helpPhone`) as the last member
 * of a `va:stack`.
 */
export function help(ctx: ComposeContext, x: number, w: number, options: { withCancel?: boolean; leadIn?: boolean } = {}): Block {
  const { strings, type, copy } = ctx;
  // Compact (`leadIn`, for a compact form): the heading is the tip's bold lead-in, not a line of its own.
  const head = options.leadIn ? undefined : iconHeading(ctx, 'Help heading', ctx.industry.icons.help, x, w, strings.help.heading);
  const tipParagraph = options.leadIn
    ? paragraph({ runs: [run(ctx, `${strings.help.heading}${ctx.locale === 'zh-CN' ? '' : ' '}`, type.label), run(ctx, strings.help.tip, type.body)] })
    : line(ctx, strings.help.tip, type.body);
  const tip = textBlock(ctx, { name: 'Troubleshooting tip', x, w, paragraphs: [tipParagraph] });
  const cancelText = options.withCancel
    ? textBlock(ctx, { name: 'Cancel or reschedule', x, w, paragraphs: [paragraph({ runs: [run(ctx, `${copy.cancel.heading}${strings.labelSeparator}`, type.label), run(ctx, copy.cancel.body, type.body)] })] })
    : undefined;
  const phone = textBlock(ctx, {
    name: 'Help line',
    x,
    w,
    paragraphs: [line(ctx, strings.help.phone, type.label)],
    // Room for a phone number of 20 characters.
    measureAs: [line(ctx, strings.help.phone.replace('{{helpPhone}}', '+45 12 34 56 78 90 12'), type.label)],
  });
  return stack([head, tip, cancelText, when('handout.helpPhone', phone)], { gap: head ? [5, 6, 6] : [6, 6], group: 'va:stack' });
}

/**
 * A notice set apart from the lists: a panel in the brand colour (its text and icon in bg1 or tx1,
 * whichever reads; the brand engine chooses again for the brand) with an accent rule.
 */
export function notice(ctx: ComposeContext, x: number, w: number, options: { pad?: number } = {}): Block | undefined {
  const n = ctx.copy.notice;
  if (!n) return undefined;
  const pad = options.pad ?? 12;
  const innerX = x + pad + 4;
  const innerW = w - 2 * pad - 4;
  const fill = COLORS.band;
  const on = (style: TextStyle): TextStyle => ({ ...style, color: textOn(fill, ctx.industry.palette, style) });
  const head = iconHeading(ctx, 'Notice heading', ctx.industry.icons.notice ?? 'shield-check', innerX, innerW, n.heading, on(ctx.type.h3), 'h2', textOn(fill, ctx.industry.palette, ctx.type.h3));
  const body = textBlock(ctx, { name: 'Notice text', x: innerX, w: innerW, paragraphs: [line(ctx, n.body, on(ctx.type.body))] });
  const inner = stack([head, body], { gap: 4 });
  const box = panel('Notice panel', inner, { x, w }, { fill, padding: pad });
  return block(box.height, (y) => [
    {
      kind: 'group',
      name: 'Notice',
      children: [...box.place(y), { kind: 'shape', name: 'Notice rule', role: 'decorative', geometry: 'rect', box: { x, y, w: 4, h: box.height }, fill: COLORS.highlight } as SceneElement],
    },
  ]);
}

/**
 * Healthcare's privacy and interpreter lines, each an icon and a sentence, each optional
 * (`va:when:handout.privacy`, `va:when:handout.interpreter`); undefined for other industries.
 */
export function assurances(ctx: ComposeContext, x: number, w: number): Block[] {
  const out: Block[] = [];
  const item = (field: string, name: string, icon: string, text: string): Block => {
    const size = SIZES.icon;
    const t = textBlock(ctx, { name, x: x + size + ICON_GAP, w: w - size - ICON_GAP, paragraphs: [line(ctx, text, ctx.type.label)] });
    return when(
      field,
      block(t.height, (y) => [{ kind: 'icon', name: `${name} icon`, role: 'decorative', icon, color: COLORS.icon, box: { x, y: y + (ctx.type.label.lineHeight - size) / 2, w: size, h: size } }, ...t.place(y)]),
    );
  };
  if (ctx.copy.privacy) out.push(item('handout.privacy', 'Privacy', 'lock', ctx.copy.privacy));
  if (ctx.copy.interpreter) out.push(item('handout.interpreter', 'Interpreter and captions', 'languages', ctx.copy.interpreter));
  return out;
}

/** Icons of the four tips (`LocaleStrings.tips.items`), in order. */
const TIP_ICONS = ['headphones', 'lamp', 'plug-zap', 'app-window'] as const;

/**
 * Tips for a good video call: a panel (bg2) with a heading and four tips, each an icon and one
 * line, in two columns. True for every client, so a page with spare room (`va:when:spare`) can
 * show it; the designs place it before the note.
 */
export function tips(ctx: ComposeContext, x: number, w: number): Block {
  const { strings, type, layout } = ctx;
  const pad = 10;
  const innerX = x + pad + 6;
  const innerW = w - 2 * (pad + 6);
  const gutter = layout.grid.gutter * 2;
  const colW = (innerW - gutter) / 2;
  const size = SIZES.icon;
  const head = iconHeading(ctx, 'Tips heading', 'lightbulb', innerX, innerW, strings.tips.heading);
  const cells = strings.tips.items.map((item, i) => {
    const cx = innerX + (i % 2) * (colW + gutter);
    const t = textBlock(ctx, { name: `Tip ${i + 1}`, x: cx + size + ICON_GAP, w: colW - size - ICON_GAP, paragraphs: [line(ctx, item, type.body)] });
    return block(t.height, (y) => [
      { kind: 'icon', name: `Tip ${i + 1} icon`, role: 'decorative', icon: TIP_ICONS[i]!, color: COLORS.icon, box: { x: cx, y: y + (type.body.lineHeight - size) / 2, w: size, h: size } },
      ...t.place(y),
    ]);
  });
  const rows = [0, 2].map((i) => {
    const h = Math.max(cells[i]!.height, cells[i + 1]!.height);
    return block(h, (y) => [...cells[i]!.place(y), ...cells[i + 1]!.place(y)]);
  });
  const inner = stack([head, rows[0]!, rows[1]!], { gap: [6, 4] });
  const box = panel('Tips panel', inner, { x, w }, { fill: COLORS.panel, padding: pad });
  return block(box.height, (y) => [{ kind: 'group', name: 'Call tips', children: box.place(y) }]);
}
