/**
 * The page's colours, mapped as the handout maps the brand (docs/template-contract.md, "Contrast
 * on the page"), from the same derived colour scheme and with the same readable-colour choices
 * (src/brand/colors.ts deriveScheme, src/brand/contrast.ts onColor):
 *   title band accent1 (the brand's primary, exactly) with light or dark text, whichever reads;
 *   the stripe under it accent3; body text dk1 on lt1; headings, questions and the primary button
 *   dk2; links hlink; soft boxes (note, handout) lt2; the note's rule accent1.
 * Every pair the page draws as text is checked again and, below WCAG AA (4.5:1), replaced by the
 * nearest darker shade of the same hue (or by light/dark text on a fill): AA whatever the brand,
 * and whatever the derivation becomes.
 */
import { contrastRatio, darkenUntil, deriveScheme, mix } from '../brand/colors.js';
import { AA, onColor } from '../brand/contrast.js';
import type { Brand } from '../brand/schema.js';

/** WCAG 2.x AA for normal text. */
export const AA_TEXT = AA.text;

export interface FaqPalette {
  /** Body text. */
  text: string;
  background: string;
  /** Headings, questions, the primary button's fill, focus rings. */
  heading: string;
  /** Text on the primary button. */
  onHeading: string;
  /** Title band (the brand's primary) and the text on it. */
  band: string;
  onBand: string;
  link: string;
  /** Soft boxes (note, handout). */
  soft: string;
  /** Decorative: the stripe under the band. */
  stripe: string;
  /** Decorative: the note's side rule. */
  accent: string;
  /** Decorative: lines between questions. */
  line: string;
}

export function faqPalette(colors: Brand['colors']): FaqPalette {
  const { scheme } = deriveScheme(colors);
  const background = scheme.lt1;
  const soft = contrastRatio(scheme.dk1, scheme.lt2) >= AA_TEXT ? scheme.lt2 : background;
  const lights = [background, soft];
  // Text colours on the page: the scheme's own, or the nearest darker shade that reads.
  const text = darkenUntil(scheme.dk1, lights, AA_TEXT);
  const heading = darkenUntil(scheme.dk2, lights, AA_TEXT);
  const link = darkenUntil(scheme.hlink, lights, AA_TEXT);
  const band = scheme.accent1;
  const onBand = onColor(band, { light: background, dark: text }).hex;
  const onHeading = onColor(heading, { light: background, dark: text }).hex;
  return { text, background, heading, onHeading, band, onBand, link, soft, stripe: scheme.accent3, accent: scheme.accent1, line: mix(background, heading, 0.25) };
}

/** Every text/background pair the page draws, for checks: [name, foreground, background, minimum]. */
export function contrastPairs(p: FaqPalette): [string, string, string, number][] {
  return [
    ['text on background', p.text, p.background, AA_TEXT],
    ['text on soft boxes', p.text, p.soft, AA_TEXT],
    ['headings on background', p.heading, p.background, AA_TEXT],
    ['headings on soft boxes', p.heading, p.soft, AA_TEXT],
    ['links on background', p.link, p.background, AA_TEXT],
    ['links on soft boxes', p.link, p.soft, AA_TEXT],
    ['band text', p.onBand, p.band, AA_TEXT],
    ['primary button text', p.onHeading, p.heading, AA_TEXT],
    // Focus rings and the secondary buttons' borders (WCAG 1.4.11): dk2 on the page.
    ['focus ring', p.heading, p.background, AA.graphics],
  ];
}
