/**
 * Retail, "bold cards": the title on a band in the brand colour with the illustration breaking
 * out of it, the five steps as bold cards (three, then two), and beside the second row the
 * booking call to action as a card in the brand's accent colour; under the cards what to have
 * ready and help, under the call to action the write-in lines; then the note and links.
 */
import { COLORS, SIZES, textOn } from '../../source/design.js';
import { ILLUSTRATIONS } from '../../source/illustrations/index.js';
import { block, compactable, compactMember, full as fullBlock, row, spare, stack } from '../blocks.js';
import type { ComposeContext } from '../context.js';
import { PLACEHOLDER_LINKS } from '../context.js';
import { placeIllustration } from '../illustration.js';
import { checklist, help, tips } from '../sections/content.js';
import { cta, links, note, qrArea, writeIn } from '../sections/cta.js';
import { masthead, panel, titleBlock, titleOnly } from '../sections/header.js';
import { CARD_DISC, cardRow, stepList } from '../sections/steps.js';
import { line, textBlock } from '../sections/text.js';
import { paragraph, run } from '../text-block.js';
import type { PageResult } from './page.js';

export function cardsPage(ctx: ComposeContext): PageResult {
  const { grid, type, strings, layout } = ctx;
  const full = { x: grid.x, w: grid.width };
  const s = ctx.gap(layout.space.block);
  const section = ctx.gap(layout.space.section);
  const pad = 18;
  const gutter = layout.grid.gutter;

  const textCols = grid.cols(1, 8);
  const artCols = grid.cols(9, 12);
  const title = titleBlock(ctx, textCols.x + pad, textCols.w - pad, { on: COLORS.band });
  const art = ILLUSTRATIONS[ctx.industry.illustration]!;
  const bandInner = Math.max(title.height, 56);
  const band = panel('Title band', block(bandInner, (y) => title.place(y + (bandInner - title.height) / 2)), full, { fill: COLORS.band, padding: pad, radius: SIZES.radius * 1.5 });
  // The illustration breaks out above the band (inside the block, so the stack's members never overlap).
  const lift = 10;
  const hero = block(lift + band.height, (y) => [...band.place(y + lift), placeIllustration(art, { x: artCols.x, y, w: artCols.w, h: lift + band.height }).group]);
  // Compact (va:compact:2, when a long note needs the room): the band with the title alone.
  const slim = panel('Title band', titleOnly(ctx, full.x + pad, full.w - 2 * pad, { on: COLORS.band }), full, { fill: COLORS.band, padding: pad, radius: SIZES.radius * 1.5 });

  const cw = (grid.width - 2 * gutter) / 3;
  const left = grid.cols(1, 8);
  const right = grid.cols(9, 12);

  // The call to action: a card in the brand's accent colour, the QR code on white.
  const qr = SIZES.qr;
  const capStyle = { ...type.h3, color: textOn(COLORS.callToAction, ctx.industry.palette, type.h3) };
  const cap = textBlock(ctx, { name: 'QR code caption', x: right.x + 12, w: right.w - 24, paragraphs: [line(ctx, strings.qrCaption, capStyle, 'ctr')], heading: true });
  const link = textBlock(ctx, {
    name: 'va:link:booking',
    x: right.x + 5,
    w: right.w - 10,
    paragraphs: [paragraph({ runs: [run(ctx, '{{bookingLink}}', type.link, PLACEHOLDER_LINKS.booking)], align: 'ctr' })],
    measureAs: [paragraph({ runs: [run(ctx, 'www.example.org/book', type.link)], align: 'ctr' })],
    // Three lines in this narrow card: a Microsoft Bookings address is long and breaks only after "/".
    minLines: 4,
  });
  const ctaH = 12 + cap.height + 8 + qr + 8 + link.height + 14;
  const ctaCard = fullBlock('Call to action', block(CARD_DISC / 2 + ctaH, (y0) => {
    const y = y0 + CARD_DISC / 2;
    const qrY = y + 12 + cap.height + 8;
    return [
      {
        kind: 'group',
        name: 'va:when:links.booking',
        children: [
          { kind: 'shape', name: 'Booking card', role: 'decorative', geometry: 'roundRect', radius: SIZES.radius, box: { x: right.x, y, w: right.w, h: ctaH }, fill: COLORS.callToAction },
          ...cap.place(y + 12),
          { kind: 'shape', name: 'Booking panel', role: 'decorative', geometry: 'roundRect', radius: 6, box: { x: right.x + 5, y: qrY - 4, w: right.w - 10, h: qr + 8 + link.height + 6 }, fill: 'bg1' },
          qrArea(ctx, right.x + (right.w - qr) / 2, qrY, qr, 'bg1'),
          ...link.place(qrY + qr + 6),
        ],
      },
    ];
  }), 1);

  // Steps 1-3 across the page, 4-5 under them on the left: one numbered list for readers; under
  // 4-5 the write-in lines, beside them the call to action. Then what to have ready beside help,
  // a row that gives way to a long note (va:when:room).
  const row1 = cardRow(ctx, full.x, cw, [0, 1, 2]);
  const row2 = cardRow(ctx, left.x, cw, [3, 4]);
  const write = writeIn(ctx, left.x, left.w, { rows: 2 });
  const bodyH = row1.height + gutter + Math.max(row2.height + section + write.height, ctaCard.height);
  // Compact (va:compact:3, when a long note still needs room): the five cards in one row. Only in
  // Chinese, whose titles break between any two characters (a Latin title's words do not fit a
  // fifth of the page; a Latin note of 1,200 characters fits without it).
  const allCards = block(row1.height + gutter + row2.height, (y) => [stepList([...row1.place(y), ...row2.place(y + row1.height + gutter)])]);
  const fiveAcross = ctx.strings.script === 'cjk' ? fiveCards(ctx, full.x, grid.width) : undefined;
  const cards = fiveAcross ? compactable('Step cards', allCards, block(fiveAcross.height, (y) => [stepList(fiveAcross.place(y))]), 3) : allCards;
  const body = block(bodyH, (y) => {
    const y2 = y + row1.height + gutter;
    return [
      {
        kind: 'group',
        name: 'Steps and booking',
        // The write-in lines are optional: without them the call to action sets the height.
        children: [...cards.place(y), ...write.place(grid.snap(y2 + row2.height + section)), ...ctaCard.place(y2)],
      },
    ];
  });
  const ready = row([checklist(ctx, left.x, grid.cols(1, 7).w, 1), help(ctx, grid.cols(8, 12).x, grid.cols(8, 12).w)], 'Before your video call');
  // The organisation's note across the page (va:grow: as tall as its text, two columns past ~90
  // characters a line), and the billing and homepage links on the bottom margin (va:bottom).
  const info = note(ctx, grid.x, grid.width);
  // With a long note, the call to action card leaves the steps (va:full:1) for the footer,
  // beside the links (va:compact:1).
  const footer = row([cta(ctx, left.x, left.w, 'beside'), links(ctx, right.x, right.w, 'under', 4, 'va:stack')]);
  const foot = compactMember(links(ctx, grid.x, grid.width, 'inline', 4, 'Links va:stack va:bottom'), footer, 'Booking and links va:bottom', 1, grid.bottom);
  // The masthead and the title band are one member (Header): the free space never opens between them.
  const header = stack([masthead(ctx, full.x, full.w, { logoHeight: 36 }), compactable('Hero', hero, slim, 2)], { gap: 2 });
  // Tips for a good video call, hidden over the note: shown by the brand engine when the brand's
  // content leaves the page room for them (va:when:spare).
  const extra = spare('Call tips', tips(ctx, grid.x, grid.width), grid.bottom);
  const page = stack([header, body, ready, extra, info, foot], {
    gap: [section - 4, section, s, 0, s],
    group: 'Page va:stack',
    names: ['Header', 'Steps and booking', 'Before your video call va:when:room', undefined, undefined, 'Links va:stack va:bottom'],
    grid,
  });
  return { elements: page.place(grid.top), used: page.height, available: grid.bottom - grid.top };
}

/**
 * The five step cards in one row (a compact form): the narrowest gutter of the grid's steps
 * (4-12 pt) whose cards leave no widow in any title or text, cards padded 4 pt inside; when
 * every gutter leaves one (a single character and its full stop on a last line, as the zh-CN
 * copy does), 6 pt anyway: the form is only used for a note that does not fit otherwise, and a
 * page that holds the note is worth a short last line.
 */
function fiveCards(ctx: ComposeContext, x: number, width: number) {
  for (const gutter of [6, 8, 4, 10, 12]) {
    let widow = false;
    const probe: ComposeContext = { ...ctx, warn: () => (widow = true) };
    cardRow(probe, x, (width - 4 * gutter) / 5, [0, 1, 2, 3, 4], { pad: 4, gutter });
    if (!widow) return cardRow(ctx, x, (width - 4 * gutter) / 5, [0, 1, 2, 3, 4], { pad: 4, gutter });
  }
  return cardRow({ ...ctx, warn: () => undefined }, x, (width - 4 * 6) / 5, [0, 1, 2, 3, 4], { pad: 4, gutter: 6 });
}
