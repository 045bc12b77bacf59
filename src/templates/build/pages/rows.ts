/**
 * Generic, "neutral rows": a hero panel in the brand colour with the title and the illustration, the five
 * steps as full-width rows (icon, title, text) separated by hairlines, then what to have ready
 * beside help, the booking call to action beside the write-in lines, the note and links.
 */
import { COLORS, SIZES } from '../../source/design.js';
import { ILLUSTRATIONS } from '../../source/illustrations/index.js';
import { block, compactable, compactMember, full as fullBlock, row, spare, stack } from '../blocks.js';
import type { ComposeContext } from '../context.js';
import { placeIllustration } from '../illustration.js';
import { checklist, help, tips } from '../sections/content.js';
import { cta, links, note, writeIn } from '../sections/cta.js';
import { masthead, panel, titleBlock, titleOnly } from '../sections/header.js';
import { rows } from '../sections/steps.js';
import { heading } from '../sections/text.js';
import type { PageResult } from './page.js';

export function rowsPage(ctx: ComposeContext): PageResult {
  const { grid, type, copy, layout } = ctx;
  const full = { x: grid.x, w: grid.width };
  const s = ctx.gap(layout.space.block);
  const section = ctx.gap(layout.space.section);
  const pad = 18;

  const textCols = grid.cols(1, 8);
  const artCols = grid.cols(9, 12);
  const title = titleBlock(ctx, textCols.x + pad, textCols.w - pad, { on: COLORS.band });
  const art = ILLUSTRATIONS[ctx.industry.illustration]!;
  const heroInner = Math.max(title.height, 64);
  const heroPanel = panel('Title panel', block(heroInner, (y) => title.place(y + (heroInner - title.height) / 2)), full, { fill: COLORS.band, padding: pad, radius: SIZES.radius * 1.5 });
  const hero = block(heroPanel.height, (y) => [...heroPanel.place(y), placeIllustration(art, { x: artCols.x, y: y + 4, w: artCols.w - 8, h: heroPanel.height - 8 }).group]);
  // Compact (va:compact:2, when a long note needs the room): the panel with the title alone.
  const slim = panel('Title panel', titleOnly(ctx, full.x + pad, full.w - 2 * pad, { on: COLORS.band }), full, { fill: COLORS.band, padding: pad, radius: SIZES.radius * 1.5 });

  const fullSteps = stack([heading(ctx, 'Steps heading', full.x, full.w, copy.stepsTitle, type.eyebrow), rows(ctx, full.x, full.w, { titleWidth: grid.cols(1, 3).w + 10 })], { gap: 10 });
  // Compact (va:compact:3, when a long note still needs room): the rows without their heading,
  // closer together.
  const stepsBlock = compactable('Step rows', fullSteps, rows(ctx, full.x, full.w, { titleWidth: grid.cols(1, 3).w + 10, gap: 2 }), 3);

  const left = grid.cols(1, 7);
  const right = grid.cols(8, 12);
  const ready = row([checklist(ctx, left.x, left.w, 1), help(ctx, right.x, right.w)], 'Before your appointment');
  // The call to action goes to the footer when a long note needs the room (va:full:1 here, its
  // place beside the links va:compact:1).
  const booking = row([fullBlock('Call to action', cta(ctx, left.x, left.w, 'beside'), 1), writeIn(ctx, right.x, right.w, { rows: 3 })], 'Booking');
  // The organisation's note across the page (va:grow: as tall as its text, two columns past ~90
  // characters a line), and the billing and homepage links on the bottom margin (va:bottom).
  const info = note(ctx, grid.x, grid.width);
  const footer = row([cta(ctx, left.x, left.w, 'beside'), links(ctx, right.x, right.w, 'under', 4, 'va:stack')]);
  const foot = compactMember(links(ctx, grid.x, grid.width, 'inline', 4, 'Links va:stack va:bottom'), footer, 'Booking and links va:bottom', 1, grid.bottom);
  // The masthead and the title panel are one member (Header): the free space never opens between them.
  const header = stack([masthead(ctx, full.x, full.w, { logoHeight: 36 }), compactable('Hero', hero, slim, 2)], { gap: 10 });
  // Tips for a good video call, hidden over the note: shown by the brand engine when the brand's
  // content leaves the page room for them (va:when:spare).
  const extra = spare('Call tips', tips(ctx, grid.x, grid.width), grid.bottom);
  const page = stack([header, stepsBlock, ready, booking, extra, info, foot], {
    gap: [section, section, s, s, 0, s],
    group: 'Page va:stack',
    names: ['Header', 'How it works', 'Before your appointment va:when:room', 'Booking', undefined, undefined, 'Links va:stack va:bottom'],
    grid,
  });
  return { elements: page.place(grid.top), used: page.height, available: grid.bottom - grid.top };
}
