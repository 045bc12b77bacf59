/**
 * The design system shared by every template: one type scale per script, colour roles and the
 * sizes of recurring elements. Colours are scheme colours as a slide writes them
 * (`a:schemeClr/@val`, mapped by the master's `p:clrMap`: tx1→dk1, bg1→lt1, tx2→dk2, bg2→lt2),
 * optionally with PowerPoint's "lighter/darker" variants (`a:lumMod`/`a:lumOff`), so a brand
 * recolours everything. The roles follow docs/template-contract.md section 1: text only on
 * bg1/bg2 (dark text) or on tx2 (light text), never on an accent.
 *
 * Type: a modular scale of four sizes (ratio ≈ 1.2 from 10.5 pt: 10.5, 12.5, 15, 26), so the page
 * has a clear hierarchy with few sizes. Body text is 10.5 pt (readable for patients and older
 * clients); nothing on a template is smaller.
 */

import { contrastRatio } from '../../brand/colors.js';
import { requiredRatio } from '../../brand/contrast.js';
import type { Palette } from './types.js';

export type SchemeColor = 'tx1' | 'tx2' | 'bg1' | 'bg2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hlink';

/**
 * A scheme colour, optionally lighter or darker as PowerPoint's theme colour picker makes it
 * ("Lighter 60 %" is `a:lumMod 40 %` + `a:lumOff 60 %`, "Darker 25 %" is `a:lumMod 75 %`).
 */
export type ColorRef = SchemeColor | { slot: SchemeColor; lighter?: number; darker?: number };

export function colorSlot(c: ColorRef): SchemeColor {
  return typeof c === 'string' ? c : c.slot;
}

export type FontRole = 'heading' | 'body';

export interface TextStyle {
  font: FontRole;
  /** Size in points (never below 10.5 on a template). */
  size: number;
  bold: boolean;
  /** Exact line spacing in points (`a:lnSpc/a:spcPts`): identical in every renderer. */
  lineHeight: number;
  color: SchemeColor;
  /** Letter spacing in points (`a:rPr/@spc`). */
  charSpacing?: number;
  /** Upper-case the text (done in the text itself, so every renderer shows the same). */
  caps?: boolean;
}

export type StyleName =
  | 'org'
  | 'title'
  | 'subtitle'
  | 'h2'
  | 'eyebrow'
  | 'h3'
  | 'body'
  | 'label'
  | 'number'
  | 'link'
  | 'cta'
  | 'note'
  | 'noteLabel'
  | 'logo';

export type TypeScale = Readonly<Record<StyleName, TextStyle>>;

/** The four sizes of the scale. */
export const TYPE_SIZES = Object.freeze({ body: 10.5, lead: 12.5, heading: 15, title: 26 });
const S = TYPE_SIZES;

/** Latin scripts (English, Danish). */
const LATIN: TypeScale = {
  org: { font: 'heading', size: S.heading, bold: true, lineHeight: 19, color: 'tx2' },
  title: { font: 'heading', size: S.title, bold: true, lineHeight: 30, color: 'tx2' },
  subtitle: { font: 'body', size: S.lead, bold: false, lineHeight: 17, color: 'tx1' },
  h2: { font: 'heading', size: S.heading, bold: true, lineHeight: 19, color: 'tx2' },
  eyebrow: { font: 'heading', size: S.body, bold: true, lineHeight: 14, color: 'tx2', charSpacing: 1.2, caps: true },
  h3: { font: 'heading', size: S.lead, bold: true, lineHeight: 16, color: 'tx2' },
  body: { font: 'body', size: S.body, bold: false, lineHeight: 14, color: 'tx1' },
  label: { font: 'body', size: S.body, bold: true, lineHeight: 14, color: 'tx2' },
  number: { font: 'heading', size: S.lead, bold: true, lineHeight: 16, color: 'tx2' },
  link: { font: 'body', size: S.body, bold: false, lineHeight: 14, color: 'hlink' },
  cta: { font: 'heading', size: S.heading, bold: true, lineHeight: 19, color: 'tx2' },
  note: { font: 'body', size: S.body, bold: false, lineHeight: 14, color: 'tx1' },
  noteLabel: { font: 'body', size: S.body, bold: true, lineHeight: 14, color: 'tx2' },
  logo: { font: 'body', size: S.body, bold: true, lineHeight: 14, color: 'tx2', charSpacing: 1, caps: true },
};

/** Simplified Chinese: no letter spacing or capitals, more leading (CJK glyphs fill the em box). */
const CJK: TypeScale = {
  org: { font: 'heading', size: S.heading, bold: true, lineHeight: 22, color: 'tx2' },
  title: { font: 'heading', size: S.title, bold: true, lineHeight: 34, color: 'tx2' },
  subtitle: { font: 'body', size: S.lead, bold: false, lineHeight: 20, color: 'tx1' },
  h2: { font: 'heading', size: S.heading, bold: true, lineHeight: 22, color: 'tx2' },
  eyebrow: { font: 'heading', size: S.body, bold: true, lineHeight: 16, color: 'tx2', charSpacing: 1 },
  h3: { font: 'heading', size: S.lead, bold: true, lineHeight: 19, color: 'tx2' },
  body: { font: 'body', size: S.body, bold: false, lineHeight: 16, color: 'tx1' },
  label: { font: 'body', size: S.body, bold: true, lineHeight: 16, color: 'tx2' },
  number: { font: 'heading', size: S.lead, bold: true, lineHeight: 19, color: 'tx2' },
  link: { font: 'body', size: S.body, bold: false, lineHeight: 16, color: 'hlink' },
  cta: { font: 'heading', size: S.heading, bold: true, lineHeight: 22, color: 'tx2' },
  note: { font: 'body', size: S.body, bold: false, lineHeight: 16, color: 'tx1' },
  noteLabel: { font: 'body', size: S.body, bold: true, lineHeight: 16, color: 'tx2' },
  logo: { font: 'body', size: S.body, bold: true, lineHeight: 14, color: 'tx2', charSpacing: 1, caps: true },
};

export function typeScale(script: 'latin' | 'cjk'): TypeScale {
  return script === 'cjk' ? CJK : LATIN;
}

/** The same style in another text colour (e.g. light text on the `tx2` band). */
export function inColor(style: TextStyle, color: SchemeColor): TextStyle {
  return { ...style, color };
}

/** Fills, lines and icon colours of the recurring elements. */
export const COLORS = Object.freeze({
  page: 'bg1',
  /** The brand colour itself (accent1): its text is bg1 or tx1, whichever reads (textOn). */
  band: 'accent1',
  panel: 'bg2',
  rule: 'accent1',
  /** The logo placeholder's dashed outline and label, on the logo card. */
  logoFrameLine: 'bg1',
  /** The logo card: the brand's ink, which a light logo reads on (the engine removes it for other logos). */
  logoCard: 'tx2',
  stepRing: 'accent1',
  stepConnector: 'accent1',
  stepDisc: 'bg1',
  /** Icons are drawn in tx2: 7:1 on bg1 and bg2 whatever the brand. */
  icon: 'tx2',
  /** Step number badges: the brand's secondary colour (accent2), text via textOn. */
  badge: 'accent2',
  /** The call to action: the brand's accent colour (accent3), text via textOn. */
  callToAction: 'accent3',
  /** Check marks, the notice rule and small highlights: the brand's accent colour (accent3). */
  highlight: 'accent3',
  qrPlaceholder: 'tx2',
} satisfies Record<string, SchemeColor>);

const SLOT_OF: Record<SchemeColor, keyof Palette> = {
  tx1: 'dk1',
  tx2: 'dk2',
  bg1: 'lt1',
  bg2: 'lt2',
  accent1: 'accent1',
  accent2: 'accent2',
  accent3: 'accent3',
  accent4: 'accent4',
  accent5: 'accent5',
  accent6: 'accent6',
  hlink: 'hlink',
};

/**
 * The text colour on a brand fill in the template's own palette: light (bg1) when it reaches
 * the AA contrast the style needs, else dark (tx1). The brand engine makes the same choice again
 * for the brand's colours (contract section 1), so this only decides the unbranded look.
 */
export function textOn(fill: SchemeColor, palette: Palette, style: Pick<TextStyle, 'size' | 'bold'>): 'bg1' | 'tx1' {
  const bg = palette[SLOT_OF[fill]];
  const light = contrastRatio(palette.lt1, bg);
  if (light >= requiredRatio(style.size, style.bold)) return 'bg1';
  return contrastRatio(palette.dk1, bg) >= light ? 'tx1' : 'bg1';
}

/** Sizes in points of the recurring elements. */
export const SIZES = Object.freeze({
  /** Icons next to headings, in step discs, next to links. */
  icon: 16,
  smallIcon: 14,
  /** Step discs (timeline) and their ring. */
  stepDisc: 32,
  stepRing: 2,
  stepConnector: 2,
  /** Corner radius of panels and cards. */
  radius: 8,
  /** Inner padding of panels and cards. */
  padding: 14,
  /** The QR code area: ≥ 25 mm for the code itself with a 4-module quiet zone (see qrSide). */
  qr: 100,
  /** Write-in line spacing (room for handwriting). */
  writeInRow: 24,
  /** Share of a text box's width the build may fill when it measures lines (slack for renderers). */
  measureSlack: 0.95,
});

/** The smallest text size on a template (points). */
export const MIN_TEMPLATE_TEXT = TYPE_SIZES.body;
