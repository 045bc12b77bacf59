/**
 * Financial services, "calm columns": a quiet white page with a gold rule under the masthead,
 * the title in the serif heading font beside the illustration, then two equal columns: the
 * steps on square number badges in the secondary colour with hairlines between them, and what
 * to have ready, the security notice and help; the booking call to action beside the write-in lines; the note and links.
 */
import { COLORS, SIZES } from '../../source/design.js';
import { ILLUSTRATIONS } from '../../source/illustrations/index.js';
import { block, compactable, row, spare, stack } from '../blocks.js';
import type { ComposeContext } from '../context.js';
import { placeIllustration } from '../illustration.js';
import { checklist, help, notice, tips } from '../sections/content.js';
import { cta, links, note, writeIn } from '../sections/cta.js';
import { masthead, titleBlock, titleOnly } from '../sections/header.js';
import { numbered } from '../sections/steps.js';
import { heading } from '../sections/text.js';
import type { PageResult } from './page.js';

export function columnsPage(ctx: ComposeContext): PageResult {
  const { grid, type, copy, layout } = ctx;
  const full = { x: grid.x, w: grid.width };
  const s = ctx.gap(layout.space.block);
  const section = ctx.gap(layout.space.section);

  const rule = block(2, (y) => [{ kind: 'shape', name: 'Masthead rule', role: 'decorative', geometry: 'rect', box: { x: full.x, y, w: full.w, h: 2 }, fill: COLORS.badge }]);
  const textCols = grid.cols(1, 7);
  const artCols = grid.cols(8, 12);
  const title = titleBlock(ctx, textCols.x, textCols.w, { gap: 8 });
  const art = ILLUSTRATIONS[ctx.industry.illustration]!;
  const heroH = Math.max(title.height, 88);
  const hero = block(heroH, (y) => [...title.place(y + (heroH - title.height) / 2), placeIllustration(art, { x: artCols.x, y, w: artCols.w, h: heroH }).group]);
  // Compact (va:compact:2, when a long note needs the room): the title alone.
  const slim = titleOnly(ctx, full.x, full.w);

  // Two equal columns: the steps; the security notice, help and the call to action. Under them,
  // what to have ready beside the write-in lines, a row that gives way to a long note
  // (va:when:room).
  const left = grid.cols(1, 6);
  const right = grid.cols(7, 12);
  const stepsCol = stack([heading(ctx, 'Steps heading', left.x, left.w, copy.stepsTitle, type.eyebrow), numbered(ctx, left.x, left.w, { gap: 10 })], { gap: 10 });
  const sideCol = stack([notice(ctx, right.x, right.w), help(ctx, right.x, right.w), cta(ctx, right.x, right.w, 'under')], { gap: [s, section], group: 'va:stack', grid });
  // Compact (va:compact:3, when a long note still needs room): both columns give way, as the
  // taller one sets the body's height: the steps without their heading and closer together;
  // the call to action with its QR code beside "Scan to book" and the address instead of above
  // the address, the side column's gaps at the block space.
  const closer = numbered(ctx, left.x, left.w, { gap: 6 });
  // The first badge sits 2 pt above its step (numbered): the form keeps it inside its original.
  const slimSteps = block(closer.height + 2, (y) => closer.place(y + 2));
  const slimSide = stack([notice(ctx, right.x, right.w, { pad: 8 }), help(ctx, right.x, right.w, { leadIn: true }), cta(ctx, right.x, right.w, 'beside')], { gap: [s, s], group: 'va:stack', grid });
  const body = compactable('Steps and side column', row([stepsCol, sideCol]), row([slimSteps, slimSide]), 3);
  const ready = row([checklist(ctx, grid.cols(1, 8).x, grid.cols(1, 8).w, 1), writeIn(ctx, grid.cols(9, 12).x, grid.cols(9, 12).w, { rows: 3 })], 'Before your meeting');
  // The organisation's note across the page (va:grow: as tall as its text, two columns past ~90
  // characters a line), and the billing and homepage links on the bottom margin (va:bottom).
  const info = note(ctx, grid.x, grid.width);
  // No call to action beside the links here (compact level 1 of the other designs): the steps
  // column, not the side column with the call to action, sets the body's height, so moving it
  // would cost the footer's room and give none back.
  const foot = links(ctx, grid.x, grid.width, 'inline', 4, 'Links va:stack va:bottom');
  // The masthead, its rule and the title are one member (Header): the free space never opens between them.
  const header = stack([masthead(ctx, full.x, full.w, { logoHeight: 36 }), rule, compactable('Hero', hero, slim, 2)], { gap: [6, s] });
  // Tips for a good video call, hidden over the note: shown by the brand engine when the brand's
  // content leaves the page room for them (va:when:spare).
  const extra = spare('Call tips', tips(ctx, grid.x, grid.width), grid.bottom);
  const page = stack([header, body, ready, extra, info, foot], {
    gap: [section, section, s, 0, s],
    group: 'Page va:stack',
    names: ['Header', 'How it works, security and booking', 'Before your meeting va:when:room', undefined, undefined, 'Links va:stack va:bottom'],
    grid,
  });
  void SIZES;
  return { elements: page.place(grid.top), used: page.height, available: grid.bottom - grid.top };
}
