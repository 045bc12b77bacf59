/**
 * The top of the page: the masthead (the organisation's name, prominent, and the logo frame
 * `va:logo` on the page colour, so any logo reads well), the title and subtitle, and the bands
 * and panels the designs put behind them. Nothing touches the page edges (print-safe margins).
 */
import { COLORS, inColor, SIZES, textOn, type ColorRef, type SchemeColor } from '../../source/design.js';
import { block, type Block } from '../blocks.js';
import type { ComposeContext } from '../context.js';
import type { SceneElement } from '../scene.js';
import { lineCounts, paragraph, run } from '../text-block.js';
import { line, textBlock } from './text.js';

/** Lines kept for the organisation's name: long names wrap, and shrink to fit two lines. */
const ORG_LINES = 2;
/** The size down to which a long organisation name may shrink to fit its two lines. */
export const LONG_NAME_MIN_SIZE = 10;

/** Padding of the logo card around the logo (points): vertical, horizontal. */
const CARD_PADDING = { y: 6, x: 9 };

/**
 * The logo area (contract section 3), in `va:when:logo`: the card `va:logo:card` (a rounded
 * chip in the brand's ink, tx2, which a light logo reads on; the brand engine removes it when the
 * logo reads on the page or has its own background, and the logo then takes the card's whole
 * box) and, inside it with the card's padding, the frame `va:logo`: a dashed outline with "LOGO"
 * until branded. `box` is the largest area the logo may take.
 */
export function logoFrame(ctx: ComposeContext, box: { x: number; y: number; w: number; h: number }): SceneElement {
  const frame = { x: box.x + CARD_PADDING.x, y: box.y + CARD_PADDING.y, w: box.w - 2 * CARD_PADDING.x, h: box.h - 2 * CARD_PADDING.y };
  return {
    kind: 'group',
    name: 'va:when:logo',
    children: [
      { kind: 'shape', name: 'va:logo:card', role: 'decorative', geometry: 'roundRect', radius: 6, box, fill: COLORS.logoCard },
      {
        kind: 'text',
        name: 'va:logo',
        box: frame,
        line: { color: COLORS.logoFrameLine, width: 0.75, dash: 'dash' },
        paragraphs: [paragraph({ runs: [run(ctx, ctx.strings.logoPlaceholder, inColor(ctx.type.logo, COLORS.logoFrameLine))], align: 'ctr' })],
        insets: [2, 2, 2, 2],
        anchor: 'ctr',
      },
    ],
  };
}

export interface MastheadOptions {
  /** Width of the logo area (default: four grid columns, room for a 7:1 wordmark 8 mm tall). */
  logoWidth?: number;
  /** Height of the logo area (default 48 pt). */
  logoHeight?: number;
  /** Text colour of the organisation's name (on a band: bg1). */
  color?: SchemeColor;
}

/**
 * The organisation's name (15 pt bold, up to two lines: the long-name sample must fit) on the
 * left and the logo area on the right, vertically centred on each other. The name's box is
 * `va:logo:beside`: the brand engine gives it the width a narrower logo leaves.
 */
export function masthead(ctx: ComposeContext, x: number, w: number, options: MastheadOptions = {}): Block {
  const { grid, type, strings } = ctx;
  const logoW = options.logoWidth ?? grid.span(1, 4).w;
  const logoH = options.logoHeight ?? 48;
  const orgW = w - logoW - ctx.layout.grid.gutter;
  const style = options.color ? inColor(type.org, options.color) : type.org;
  // A long name (the locale's sample, 80-100 characters) must fit the two lines at 10 pt or more
  // once the brand engine shrinks it (the line spacing stays).
  const longStyle = { ...style, size: LONG_NAME_MIN_SIZE };
  const longLines = lineCounts(ctx, [line(ctx, strings.longOrganizationSample, longStyle)], orgW, 'long organisation name')[0]!;
  if (longLines > ORG_LINES) throw new Error(`the long organisation name sample needs ${longLines} lines at ${LONG_NAME_MIN_SIZE} pt, the masthead has room for ${ORG_LINES}`);
  const org = textBlock(ctx, {
    name: 'Organization name va:logo:beside',
    x,
    w: orgW,
    paragraphs: [paragraph({ runs: [run(ctx, '{{organization}}', style)] })],
    minLines: ORG_LINES,
    anchor: 'ctr',
  });
  const height = Math.max(org.height, logoH);
  return block(height, (y) => [...org.place(y + (height - org.height) / 2), logoFrame(ctx, { x: x + w - logoW, y: y + (height - logoH) / 2, w: logoW, h: logoH })]);
}

/**
 * The title (26 pt) and subtitle (12.5 pt): dark on the page, or on a fill (`on`) in bg1 or tx1,
 * whichever reads on it (the brand engine checks again for the brand's colour).
 */
export function titleBlock(ctx: ComposeContext, x: number, w: number, options: { on?: SchemeColor; gap?: number } = {}): Block {
  const { type, copy } = ctx;
  const color = (style: typeof type.title) => (options.on ? inColor(style, textOn(options.on, ctx.industry.palette, style)) : style);
  const title = textBlock(ctx, { name: 'Title', x, w, paragraphs: [line(ctx, copy.title, color(type.title))], heading: true, role: 'title' });
  const subtitle = textBlock(ctx, { name: 'Subtitle', x, w, paragraphs: [line(ctx, copy.subtitle, color(type.subtitle))] });
  const gap = options.gap ?? 6;
  return block(title.height + gap + subtitle.height, (y) => [...title.place(y), ...subtitle.place(y + title.height + gap)]);
}

/**
 * The title alone (26 pt), for a compact header (`va:compact`, contract section 9): a page whose
 * content needs the room keeps the title and gives up the subtitle and the illustration.
 */
export function titleOnly(ctx: ComposeContext, x: number, w: number, options: { on?: SchemeColor } = {}): Block {
  const { type, copy } = ctx;
  const style = options.on ? inColor(type.title, textOn(options.on, ctx.industry.palette, type.title)) : type.title;
  return textBlock(ctx, { name: 'Title', x, w, paragraphs: [line(ctx, copy.title, style)], heading: true, role: 'title' });
}

/** A filled, rounded panel behind a block, with padding on every side. */
export function panel(
  name: string,
  inner: Block,
  box: { x: number; w: number },
  options: { fill: ColorRef; padding: number | [number, number]; radius?: number; minHeight?: number; line?: { color: ColorRef; width: number } },
): Block {
  const [padY, padBottom] = typeof options.padding === 'number' ? [options.padding, options.padding] : options.padding;
  const height = Math.max(options.minHeight ?? 0, padY + inner.height + padBottom);
  return block(height, (y) => [
    {
      kind: 'shape',
      name,
      role: 'decorative',
      geometry: (options.radius ?? SIZES.radius) > 0 ? 'roundRect' : 'rect',
      radius: options.radius ?? SIZES.radius,
      box: { x: box.x, y, w: box.w, h: height },
      fill: options.fill,
      ...(options.line ? { line: options.line } : {}),
    },
    ...inner.place(y + padY),
  ]);
}
