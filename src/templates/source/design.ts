/**
 * The design system shared by every template: type scale per script, colour roles and sizes of
 * the recurring elements. Colours are scheme colours as a slide writes them (`a:schemeClr/@val`,
 * mapped by the master's `p:clrMap`: tx1→dk1, bg1→lt1, tx2→dk2, bg2→lt2); the roles follow
 * docs/template-contract.md section 1: dark text (tx1, tx2, hlink) on bg1/bg2; on a brand fill
 * (accent1–3) bg1 or tx1, whichever reads (`textOn`), which the brand engine re-checks.
 */

import { contrastRatio } from '../../brand/colors.js';
import { requiredRatio } from '../../brand/contrast.js';
import type { Palette } from './types.js';

export type SchemeColor = 'tx1' | 'tx2' | 'bg1' | 'bg2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hlink';

export type FontRole = 'heading' | 'body';

export interface TextStyle {
  font: FontRole;
  /** Size in points (never below 9). */
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
  | 'eyebrow'
  | 'stepTitle'
  | 'stepBody'
  | 'badge'
  | 'boxTitle'
  | 'colHeading'
  | 'colBody'
  | 'note'
  | 'noteLabel'
  | 'linkLabel'
  | 'link'
  | 'caption'
  | 'logo';

type TypeScale = Readonly<Record<StyleName, TextStyle>>;

/** Latin scripts (English, Danish). */
const LATIN: TypeScale = {
  org: { font: 'heading', size: 11, bold: true, lineHeight: 15, color: 'bg1' },
  title: { font: 'heading', size: 26, bold: true, lineHeight: 30, color: 'bg1' },
  subtitle: { font: 'body', size: 12, bold: false, lineHeight: 16, color: 'bg1' },
  eyebrow: { font: 'heading', size: 9.5, bold: true, lineHeight: 12, color: 'tx2', charSpacing: 1.2, caps: true },
  stepTitle: { font: 'heading', size: 11, bold: true, lineHeight: 14, color: 'tx2' },
  stepBody: { font: 'body', size: 9.5, bold: false, lineHeight: 13, color: 'tx1' },
  badge: { font: 'heading', size: 9, bold: true, lineHeight: 12, color: 'bg1' },
  boxTitle: { font: 'heading', size: 13, bold: true, lineHeight: 16, color: 'tx2' },
  colHeading: { font: 'heading', size: 10.5, bold: true, lineHeight: 14, color: 'tx2' },
  colBody: { font: 'body', size: 9.5, bold: false, lineHeight: 13, color: 'tx1' },
  note: { font: 'body', size: 9.5, bold: false, lineHeight: 13, color: 'tx1' },
  noteLabel: { font: 'body', size: 9.5, bold: true, lineHeight: 13, color: 'tx2' },
  linkLabel: { font: 'body', size: 9, bold: true, lineHeight: 12, color: 'tx2' },
  link: { font: 'body', size: 9.5, bold: false, lineHeight: 12, color: 'hlink' },
  caption: { font: 'body', size: 9, bold: false, lineHeight: 12, color: 'tx1' },
  logo: { font: 'body', size: 9, bold: true, lineHeight: 12, color: 'tx2', charSpacing: 1, caps: true },
};

/** Simplified Chinese: no letter spacing or capitals, more leading (CJK glyphs fill the em box). */
const CJK: TypeScale = {
  org: { font: 'heading', size: 11, bold: true, lineHeight: 16, color: 'bg1' },
  title: { font: 'heading', size: 24, bold: true, lineHeight: 32, color: 'bg1' },
  subtitle: { font: 'body', size: 12, bold: false, lineHeight: 19, color: 'bg1' },
  eyebrow: { font: 'heading', size: 10, bold: true, lineHeight: 14, color: 'tx2' },
  stepTitle: { font: 'heading', size: 11, bold: true, lineHeight: 16, color: 'tx2' },
  stepBody: { font: 'body', size: 9.5, bold: false, lineHeight: 14, color: 'tx1' },
  badge: { font: 'heading', size: 9, bold: true, lineHeight: 12, color: 'bg1' },
  boxTitle: { font: 'heading', size: 13, bold: true, lineHeight: 18, color: 'tx2' },
  colHeading: { font: 'heading', size: 10.5, bold: true, lineHeight: 16, color: 'tx2' },
  colBody: { font: 'body', size: 9.5, bold: false, lineHeight: 14, color: 'tx1' },
  note: { font: 'body', size: 9, bold: false, lineHeight: 13.5, color: 'tx1' },
  noteLabel: { font: 'body', size: 9, bold: true, lineHeight: 13.5, color: 'tx2' },
  linkLabel: { font: 'body', size: 9, bold: true, lineHeight: 13, color: 'tx2' },
  link: { font: 'body', size: 9.5, bold: false, lineHeight: 13, color: 'hlink' },
  caption: { font: 'body', size: 9, bold: false, lineHeight: 12, color: 'tx1' },
  logo: { font: 'body', size: 9, bold: true, lineHeight: 12, color: 'tx2', charSpacing: 1, caps: true },
};

export function typeScale(script: 'latin' | 'cjk'): TypeScale {
  return script === 'cjk' ? CJK : LATIN;
}

/** Fills, lines and icon colours: which scheme colour each element uses. */
export const COLORS = Object.freeze({
  page: 'bg1',
  /** The brand colour itself (contract section 1): its text is bg1 or tx1, whichever reads. */
  band: 'accent1',
  /** The brand's accent colour, as a highlight under the band. */
  bandStripe: 'accent3',
  logoCard: 'bg1',
  logoFrameLine: 'accent1',
  stepDisc: 'bg1',
  stepRing: 'accent1',
  stepConnector: 'accent1',
  stepIcon: 'tx2',
  /** The brand's secondary colour; the number on it is bg1 or tx1, whichever reads. */
  badge: 'accent2',
  box: 'bg2',
  boxRule: 'accent1',
  boxIcon: 'tx2',
  linkIcon: 'tx2',
  qrPlaceholder: 'tx2',
  /** The call to action under the QR code: the brand's accent colour. */
  callToAction: 'accent3',
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
  return contrastRatio(palette.lt1, bg) >= requiredRatio(style.size, style.bold) ? 'bg1' : 'tx1';
}

/** Sizes in points of the recurring elements. */
export const SIZES = Object.freeze({
  /** Step icon disc diameter and ring width; the icon is drawn at `stepIcon` inside. */
  stepDisc: 36,
  stepRing: 2,
  stepIcon: 18,
  stepConnector: 2,
  badge: 16,
  /** Icons next to headings in the box and next to links. */
  boxIcon: 16,
  linkIcon: 12,
  /** Corner radius of the box and cards. */
  radius: 6,
  /** Inner padding of the box. */
  boxPadding: 14,
  /** Share of a text box's width the build may fill when it measures lines (slack for renderers). */
  measureSlack: 0.95,
});
