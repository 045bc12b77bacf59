/**
 * The title band: a full-bleed band in the brand colour (`accent1`) at the top of the page with
 * the organisation's name, the title and a subtitle in `bg1` or `tx1` (whichever reads; the brand
 * engine checks again for the brand's colour), an `accent3` stripe under it, and on the right
 * a white card holding the logo frame (`va:logo`), so that any logo sits on the page colour.
 * Without a logo the card goes with it (`va:when:logo`); the text column never runs under it.
 */
import { COLORS, SIZES, textOn, type TextStyle } from '../../source/design.js';
import type { ComposeContext } from '../context.js';
import type { SceneElement } from '../scene.js';
import { lineCounts, paragraph, run, textBox } from '../text-block.js';

const LOGO_CARD_HEIGHT = 72;
const LOGO_CARD_PADDING = 8;

export function band(ctx: ComposeContext): { elements: SceneElement[]; bottom: number } {
  const { grid, layout, type, copy } = ctx;
  const text = grid.span(1, 9);
  const logo = grid.span(10, 3);
  const top = layout.band.paddingTop;
  // Text on the brand colour: light or dark, whichever reads on the palette's accent1.
  const onBand = (style: TextStyle): TextStyle => ({ ...style, color: textOn(COLORS.band, ctx.industry.palette, style) });

  // Two lines are kept for the organisation's name: long names wrap instead of shrinking.
  const ORG_LINES = 2;
  const longName = paragraph({ runs: [run(ctx, ctx.strings.longOrganizationSample, onBand(type.org))] });
  const longLines = lineCounts(ctx, [longName], text.w, 'long organisation name')[0]!;
  if (longLines > ORG_LINES) throw new Error(`the long organisation name sample needs ${longLines} lines, the band has room for ${ORG_LINES}`);
  const org = textBox(ctx, {
    name: 'Organization name',
    x: text.x,
    y: top,
    w: text.w,
    paragraphs: [paragraph({ runs: [run(ctx, '{{organization}}', onBand(type.org))] })],
    minLines: ORG_LINES,
    anchor: 'b',
  });
  const title = textBox(ctx, {
    name: 'Title',
    x: text.x,
    y: grid.snap(org.box.y + org.box.h + layout.space.tight),
    w: text.w,
    paragraphs: [paragraph({ runs: [run(ctx, copy.title, onBand(type.title))] })],
    heading: true,
  });
  const subtitle = textBox(ctx, {
    name: 'Subtitle',
    x: text.x,
    y: grid.snap(title.box.y + title.box.h + layout.space.tight),
    w: text.w,
    paragraphs: [paragraph({ runs: [run(ctx, copy.subtitle, onBand(type.subtitle))] })],
  });
  const textBottom = subtitle.box.y + subtitle.box.h;
  const height = grid.snap(Math.max(textBottom, top + LOGO_CARD_HEIGHT) + layout.band.paddingBottom);

  const card = { x: logo.x, y: top, w: logo.w, h: LOGO_CARD_HEIGHT };
  const elements: SceneElement[] = [
    { kind: 'shape', name: 'Title band', role: 'decorative', geometry: 'rect', box: { x: 0, y: 0, w: grid.pageWidth, h: height }, fill: COLORS.band },
    { kind: 'shape', name: 'Title band stripe', role: 'decorative', geometry: 'rect', box: { x: 0, y: height, w: grid.pageWidth, h: layout.band.stripe }, fill: COLORS.bandStripe },
    org,
    { ...title, role: 'title' },
    subtitle,
    {
      kind: 'group',
      name: 'va:when:logo',
      children: [
        { kind: 'shape', name: 'Logo card', role: 'decorative', geometry: 'roundRect', radius: SIZES.radius, box: card, fill: COLORS.logoCard },
        {
          kind: 'text',
          name: 'va:logo',
          box: { x: card.x + LOGO_CARD_PADDING, y: card.y + LOGO_CARD_PADDING, w: card.w - 2 * LOGO_CARD_PADDING, h: card.h - 2 * LOGO_CARD_PADDING },
          line: { color: COLORS.logoFrameLine, width: 0.75, dash: 'dash' },
          paragraphs: [paragraph({ runs: [run(ctx, ctx.strings.logoPlaceholder, type.logo)], align: 'ctr' })],
          insets: [4, 4, 4, 4],
          anchor: 'ctr',
        },
      ],
    },
  ];
  return { elements, bottom: height + layout.band.stripe };
}
