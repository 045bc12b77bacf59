/**
 * Healthcare, "the visit as a timeline": the organisation's name and logo, a band in the brand
 * colour with the title and the illustration, then the visit as a timeline of numbered discs
 * that runs down the left column and on into the right one, with the privacy and interpreter
 * lines under it; what to have ready beside help when joining fails; the booking call to
 * action beside the write-in lines; the organisation's note beside the links.
 */
import { COLORS, SIZES } from '../../source/design.js';
import { ILLUSTRATIONS } from '../../source/illustrations/index.js';
import { block, compactable, compactMember, full as fullBlock, row, spare, stack } from '../blocks.js';
import type { ComposeContext } from '../context.js';
import { placeIllustration } from '../illustration.js';
import { assurances, checklist, help, tips } from '../sections/content.js';
import { cta, links, note, writeIn } from '../sections/cta.js';
import { masthead, panel, titleBlock, titleOnly } from '../sections/header.js';
import { timeline } from '../sections/steps.js';
import { heading } from '../sections/text.js';
import type { PageResult } from './page.js';

export function timelinePage(ctx: ComposeContext): PageResult {
  const { grid, type, copy, layout } = ctx;
  const pad = 16;
  const full = { x: grid.x, w: grid.width };
  const s = ctx.gap(layout.space.block);
  const textCols = grid.cols(1, 8);
  const artCols = grid.cols(9, 12);

  // The band: title and subtitle on the brand colour, the illustration on the right.
  const title = titleBlock(ctx, textCols.x + pad, textCols.w - pad, { on: COLORS.band });
  const art = ILLUSTRATIONS[ctx.industry.illustration]!;
  const bandInner = Math.max(title.height, 72);
  const band = panel('Title band', block(bandInner, (y) => [...title.place(y + (bandInner - title.height) / 2)]), full, { fill: COLORS.band, padding: pad, radius: SIZES.radius * 1.5 });
  // The illustration breaks out above the band (inside the block, so the stack's members never overlap).
  const lift = 10;
  const hero = block(lift + band.height, (y) => [...band.place(y + lift), placeIllustration(art, { x: artCols.x, y, w: artCols.w - 8, h: lift + band.height - 6 }).group]);
  // Compact (va:compact:2, when a long note needs the room): the band with the title alone.
  const slim = panel('Title band', titleOnly(ctx, full.x + pad, full.w - 2 * pad, { on: COLORS.band }), full, { fill: COLORS.band, padding: pad, radius: SIZES.radius * 1.5 });

  const half = grid.cols(1, 6);
  const other = grid.cols(7, 12);
  const assure = assurances(ctx, other.x + 40, other.w - 40);
  const after = () => (assure.length ? stack(assure, { gap: 4, group: 'va:stack' }) : undefined);
  const fullSteps = stack(
    [heading(ctx, 'Steps heading', full.x, full.w, copy.stepsTitle, type.eyebrow), timeline(ctx, full.x, half.w, other.x - (half.x + half.w), { after: after() })],
    { gap: 10 },
  );
  // Compact (va:compact:3, when a long note still needs room): the timeline without its heading,
  // the steps closer together.
  const steps = compactable('Timeline', fullSteps, timeline(ctx, full.x, half.w, other.x - (half.x + half.w), { after: after(), gap: 4 }), 3);

  const left = grid.cols(1, 7);
  const right = grid.cols(8, 12);
  const ready = row([checklist(ctx, left.x, left.w, 1), help(ctx, right.x, right.w)], 'Before your visit');
  // The call to action goes to the footer when a long note needs the room (va:full:1 here, its
  // place beside the links va:compact:1).
  const booking = row([fullBlock('Call to action', cta(ctx, left.x, left.w, 'beside'), 1), writeIn(ctx, right.x, right.w, { rows: 3 })], 'Booking');
  // The organisation's note across the page (va:grow: as tall as its text, two columns past ~90
  // characters a line), and the billing and homepage links on the bottom margin (va:bottom).
  const info = note(ctx, grid.x, grid.width);
  const footer = row([cta(ctx, left.x, left.w, 'beside'), links(ctx, right.x, right.w, 'under', 4, 'va:stack')]);
  const foot = compactMember(links(ctx, grid.x, grid.width, 'inline', 4, 'Links va:stack va:bottom'), footer, 'Booking and links va:bottom', 1, grid.bottom);
  // The masthead and the title band are one member (Header): the free space never opens between them.
  const header = stack([masthead(ctx, full.x, full.w, { logoHeight: 40 }), compactable('Hero', hero, slim, 2)], { gap: 2 });
  // Tips for a good video call, hidden over the note: shown by the brand engine when the brand's
  // content leaves the page room for them (va:when:spare).
  const extra = spare('Call tips', tips(ctx, grid.x, grid.width), grid.bottom);
  const page = stack([header, steps, ready, booking, extra, info, foot], {
    gap: [s, s, s, s, 0, s],
    group: 'Page va:stack',
    names: ['Header', 'How your visit works', 'Before your visit va:when:room', 'Booking', undefined, undefined, 'Links va:stack va:bottom'],
    grid,
  });
  return { elements: page.place(grid.top), used: page.height, available: grid.bottom - grid.top };
}
