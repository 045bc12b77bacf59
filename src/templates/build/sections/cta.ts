/**
 * The call to action and the organisation's links:
 *   - booking: the QR code area (`va:qr:booking`, ≥ 25 mm for the code itself plus a 4-module
 *     quiet zone), "Scan to book" in the locale, and the short booking address
 *     (`va:link:booking`) beside or under it; all in `va:when:links.booking`;
 *   - write-in lines for the appointment (date, time, with whom) that a reception desk fills by
 *     hand, in `va:when:handout.writeIn`;
 *   - billing and homepage links, each a `va:when:links.<role>` row of a `va:stack`;
 *   - the organisation's note (`{{additionalInfo}}`), a bold lead-in and the text.
 */
import { ALT_TEXT } from '../../../accessibility/alt-text.js';
import { COLORS, SIZES, textOn } from '../../source/design.js';
import { block, stack, when, type Block } from '../blocks.js';
import { PLACEHOLDER_LINKS, type ComposeContext } from '../context.js';
import type { SceneElement } from '../scene.js';
import { paragraph, run } from '../text-block.js';
import { iconHeading } from './content.js';
import { NOTE_NAME } from '../note-name.js';
import { line, textBlock } from './text.js';

/** A typical readable booking address, for sizing the link box (two lines are kept). */
const LONG_BOOKING_SHORT = 'www.example.org/book';

/** The smallest QR area (points) whose code, 21 modules + quiet zone, is at least 25 mm. */
export function qrAreaFor(mm = 25, modules = 21): number {
  return ((mm / 25.4) * 72 * (modules + 8)) / modules;
}

export function qrArea(ctx: ComposeContext, x: number, y: number, size: number, fill: 'bg1' | 'bg2' = 'bg2'): SceneElement {
  return { kind: 'icon', name: 'va:qr:booking', role: 'figure', alt: ALT_TEXT[ctx.locale].qrPlaceholder, fill, icon: 'qr-code', color: COLORS.qrPlaceholder, scale: 0.5, box: { x, y, w: size, h: size } };
}

function bookingLink(ctx: ComposeContext, x: number, w: number, lead: boolean, minLines = 4): Block {
  const { type, strings } = ctx;
  const runs = (value: string) => [...(lead ? [run(ctx, strings.ctaLead, type.body)] : []), run(ctx, value, type.link, PLACEHOLDER_LINKS.booking)];
  return textBlock(ctx, {
    name: 'va:link:booking',
    x,
    w,
    paragraphs: [paragraph({ runs: runs('{{bookingLink}}') })],
    // Beside the QR code four lines, under it across a column two: a Microsoft Bookings address
    // (80-90 characters in display form) wraps, and breaks only after "/" or "-".
    measureAs: [paragraph({ runs: runs(LONG_BOOKING_SHORT) })],
    minLines,
  });
}

/** "Scan to book" on a pill in the brand's accent colour (text in bg1 or tx1, whichever reads). */
function scanPill(ctx: ComposeContext, x: number, maxW: number): Block {
  const style = { ...ctx.type.cta, size: ctx.type.h3.size, lineHeight: ctx.type.h3.lineHeight };
  const colored = { ...style, color: textOn(COLORS.callToAction, ctx.industry.palette, style) };
  const padX = 12;
  const natural = ctx.measurer.naturalWidth([{ text: ctx.strings.qrCaption, style: colored }]) / SIZES.measureSlack;
  const w = Math.min(maxW, Math.ceil(natural + 2 * padX));
  const t = textBlock(ctx, { name: 'QR code caption', x, w, paragraphs: [line(ctx, ctx.strings.qrCaption, colored, 'ctr')], insets: [padX, 5, padX, 5], heading: true });
  // The pill is a shape of its own under the text box: a rounded rectangle's text area is inset
  // by its corners, so text inside the pill shape itself would not have its measured room.
  return block(t.height, (y) => [
    { kind: 'shape', name: 'QR code caption pill', role: 'decorative', geometry: 'roundRect', radius: t.height / 2, box: { x, y, w, h: t.height }, fill: COLORS.callToAction },
    ...t.place(y).map((el) => (el.kind === 'text' ? { ...el, anchor: 'ctr' as const } : el)),
  ]);
}

/**
 * The booking call to action, the most prominent element after the title: a tinted card with
 * the QR code and, beside it (`beside`) or under it (`stacked`), "Scan to book" on an accent pill
 * and the short booking address.
 */
export function cta(ctx: ComposeContext, x: number, w: number, arrangement: 'beside' | 'stacked' | 'under'): Block {
  const qr = SIZES.qr;
  const pad = 10;
  if (arrangement === 'under') {
    // A narrow column: "Scan to book" beside the QR code, the booking address under both across
    // the column (a long address then wraps after "/" rather than after every "-").
    const pill = scanPill(ctx, x + qr + 14, w - qr - 14);
    const link = bookingLink(ctx, x, w, true, 2);
    const height = qr + 6 + link.height;
    return block(height, (y) => [
      {
        kind: 'group',
        name: 'va:when:links.booking',
        children: [qrArea(ctx, x, y, qr), ...pill.place(y + (qr - pill.height) / 2), ...link.place(y + qr + 6)],
      },
    ]);
  }
  if (arrangement === 'stacked') {
    const pill = scanPill(ctx, x + pad, w - 2 * pad);
    const link = bookingLink(ctx, x + pad, w - 2 * pad, true);
    const height = pad + pill.height + 8 + qr + 8 + link.height + pad;
    return block(height, (y) => [
      {
        kind: 'group',
        name: 'va:when:links.booking',
        children: [
          { kind: 'shape', name: 'Booking card', role: 'decorative', geometry: 'roundRect', radius: SIZES.radius, box: { x, y, w, h: height }, fill: COLORS.panel },
          ...pill.place(y + pad),
          qrArea(ctx, x + pad, y + pad + pill.height + 8, qr),
          ...link.place(y + pad + pill.height + 8 + qr + 8),
        ],
      },
    ]);
  }
  const textX = x + qr + 14;
  // No card behind the beside arrangement: the text runs to the column's edge.
  const textW = w - qr - 14;
  const pill = scanPill(ctx, textX, textW);
  const link = bookingLink(ctx, textX, textW, true);
  const textH = pill.height + 8 + link.height;
  const height = Math.max(qr, textH);
  return block(height, (y) => {
    const ty = y + (height - textH) / 2;
    return [
      {
        kind: 'group',
        name: 'va:when:links.booking',
        children: [
          qrArea(ctx, x, y + (height - qr) / 2, qr),
          ...pill.place(ty),
          ...link.place(ty + pill.height + 8),
        ],
      },
    ];
  });
}

/**
 * The appointment card: the QR code on the left; on the right "Scan to book", the booking
 * address and, optionally, the write-in lines (a `va:stack`, so the card keeps its QR height
 * without them).
 */
export function ctaCard(ctx: ComposeContext, x: number, w: number): Block {
  const { type, strings } = ctx;
  const qr = SIZES.qr;
  const textX = x + qr + 16;
  const textW = w - qr - 16;
  const caption = textBlock(ctx, { name: 'QR code caption', x: textX, w: textW, paragraphs: [line(ctx, strings.qrCaption, type.cta)], heading: true });
  const link = bookingLink(ctx, textX, textW, true);
  const booking: Block = block(caption.height + 2 + link.height, (y) => [
    { kind: 'group', name: 'va:when:links.booking', children: [qrArea(ctx, x, y, qr), ...caption.place(y), ...link.place(y + caption.height + 2)] },
  ]);
  const card = stack([booking, writeIn(ctx, textX, textW)], { gap: 10, group: 'va:stack' });
  return block(Math.max(qr, card.height), (y) => card.place(y));
}

/** Write-in lines: "Your appointment", then Date and Time on one line and With on the next. */
export function writeIn(ctx: ComposeContext, x: number, w: number, options: { rows?: 2 | 3 } = {}): Block {
  const { strings, type } = ctx;
  const head = iconHeading(ctx, 'Your appointment heading', 'pen-line', x, w, strings.writeIn.heading);
  const rowH = SIZES.writeInRow;
  const field = (name: string, label: string, fx: number, fw: number, y: number): SceneElement[] => {
    const t = textBlock(ctx, { name: `${name} label`, x: fx, w: fw, paragraphs: [line(ctx, label, type.label)] });
    const labelW = Math.min(fw * 0.5, ctx.measurer.naturalWidth([{ text: label, style: type.label }]) / SIZES.measureSlack + 4);
    return [
      ...textBlock(ctx, { name: `${name} label`, x: fx, w: labelW, paragraphs: [line(ctx, label, type.label)] }).place(y + rowH - t.height - 2),
      { kind: 'shape', name: `${name} line`, role: 'decorative', geometry: 'rect', box: { x: fx + labelW + 4, y: y + rowH - 4, w: fw - labelW - 4, h: 0.75 }, fill: 'tx1' },
    ];
  };
  const rows = options.rows ?? 2;
  const gutter = ctx.layout.grid.gutter * 2;
  const half = (w - gutter) / 2;
  const fieldsH = rows * rowH;
  const height = head.height + 2 + fieldsH;
  const body = block(height, (y) => {
    const fy = y + head.height + 2;
    const els: SceneElement[] = [...head.place(y)];
    if (rows === 2) {
      els.push(...field('Date', strings.writeIn.date, x, half, fy), ...field('Time', strings.writeIn.time, x + half + gutter, half, fy), ...field('With', strings.writeIn.with, x, w, fy + rowH));
    } else {
      els.push(...field('Date', strings.writeIn.date, x, w, fy), ...field('Time', strings.writeIn.time, x, w, fy + rowH), ...field('With', strings.writeIn.with, x, w, fy + 2 * rowH));
    }
    return els;
  });
  return when('handout.writeIn', body);
}

const LINK_ICONS = { billing: 'credit-card', homepage: 'globe' } as const;
const LINK_TOKENS = { billing: '{{billingLink}}', homepage: '{{homepageLink}}' } as const;

/**
 * The billing and homepage links, one `va:when:links.<role>` row each in a `va:stack`: icon,
 * bold label, and the readable address (`va:link:<role>`) beside the label (`inline`) or under it.
 */
export function links(ctx: ComposeContext, x: number, w: number, arrangement: 'inline' | 'under' = 'inline', gap = 4, name = 'va:stack'): Block {
  const { type, strings } = ctx;
  const icon = SIZES.smallIcon;
  const labelX = x + icon + 8;
  const roles = ['billing', 'homepage'] as const;
  const labelW =
    arrangement === 'inline'
      ? Math.ceil(Math.max(...roles.map((r) => ctx.measurer.naturalWidth([{ text: strings.links[r], style: type.label }]))) / SIZES.measureSlack) + 4
      : w - icon - 8;
  const rows = roles.map((role) => {
    const label = textBlock(ctx, { name: `${role} link label`, x: labelX, w: labelW, paragraphs: [line(ctx, strings.links[role], type.label)] });
    const linkX = arrangement === 'inline' ? labelX + labelW + 10 : x;
    const linkW = x + w - linkX;
    const link = textBlock(ctx, {
      name: `va:link:${role}`,
      x: linkX,
      w: linkW,
      paragraphs: [paragraph({ runs: [run(ctx, LINK_TOKENS[role], type.link, PLACEHOLDER_LINKS[role])] })],
      measureAs: [paragraph({ runs: [run(ctx, role === 'homepage' ? 'example.org' : 'example.org/billing', type.link, PLACEHOLDER_LINKS[role])] })],
      // Under its label in a narrow column, two lines: a long address wraps (after "/") rather
      // than shrinking. Beside its label across the page, one line holds ~90 characters.
      minLines: arrangement === 'under' ? 2 : 1,
    });
    const h = arrangement === 'inline' ? Math.max(label.height, link.height) : label.height + link.height;
    return when(
      `links.${role}`,
      block(h, (y) => [
        { kind: 'icon', name: `${role} link icon`, role: 'decorative', icon: LINK_ICONS[role], color: COLORS.icon, box: { x, y: y + (type.label.lineHeight - icon) / 2, w: icon, h: icon } },
        ...label.place(y),
        ...link.place(arrangement === 'inline' ? y : y + label.height),
      ]),
    );
  });
  return stack(rows, { gap, group: name });
}

/** A typical note that the box holds at the note's own size: 100 Latin or 50 Chinese characters (a line across the page: the brand engine gives the box the height of the brand's note). */
export const NOTE_TYPICAL_LENGTH = { latin: 100, cjk: 50 } as const;

/**
 * The organisation's note: a bold lead-in and `{{additionalInfo}}`. The box holds a typical note
 * (the start of the locale's sample, NOTE_TYPICAL_LENGTH) at 10.5 pt; a longer note is the brand
 * engine's to fit (it grows the box into the page's free space, contract section 8).
 */
export function note(ctx: ComposeContext, x: number, w: number): Block {
  const { type, strings } = ctx;
  const para = (value: string) => paragraph({ runs: [run(ctx, strings.noteLabel, type.noteLabel), run(ctx, value, type.note)] });
  const typical = [...strings.additionalInfoSample].slice(0, NOTE_TYPICAL_LENGTH[strings.script]).join('');
  return textBlock(ctx, { name: NOTE_NAME, x, w, paragraphs: [para('{{additionalInfo}}')], measureAs: [para(typical)] });
}
