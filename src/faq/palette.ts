/**
 * The page's colours, from the brand's derived colour scheme (src/brand/colors.ts, the same
 * roles the handout's theme uses): text dk1 on lt1, headings and the title band dk2, links hlink,
 * soft boxes lt2, the stripe under the band accent1. The derivation already promises the contrast
 * targets (7:1 text, 4.5:1 links); every pair the page uses is checked again here and replaced by
 * black or white if it ever falls short of WCAG AA, whatever the brand and whatever the mapping.
 */
import { CONTRAST, contrastRatio, deriveScheme, mix } from '../brand/colors.js';
import type { Brand } from '../brand/schema.js';

/** WCAG 2.x AA for normal text. */
export const AA_TEXT = 4.5;

export interface FaqPalette {
  /** Body text. */
  text: string;
  background: string;
  /** Headings, questions, the primary button. */
  heading: string;
  /** Title band background and the text on it. */
  band: string;
  onBand: string;
  link: string;
  /** Soft boxes (note, handout) and the text and links on them. */
  soft: string;
  /** Decorative: the stripe under the band, the note's side rule. */
  accent: string;
  /** Decorative: lines between questions. */
  line: string;
}

/** `fg` if it reaches `ratio` on every background, else black or white, whichever does best. */
export function ensureContrast(fg: string, backgrounds: readonly string[], ratio: number): string {
  const worst = (c: string) => Math.min(...backgrounds.map((bg) => contrastRatio(c, bg)));
  if (worst(fg) >= ratio) return fg;
  return worst('000000') >= worst('FFFFFF') ? '000000' : 'FFFFFF';
}

export function faqPalette(colors: Brand['colors']): FaqPalette {
  const { scheme } = deriveScheme(colors);
  const background = scheme.lt1;
  const soft = contrastRatio(scheme.dk1, scheme.lt2) >= CONTRAST.text ? scheme.lt2 : background;
  const lights = [background, soft];
  const text = ensureContrast(scheme.dk1, lights, CONTRAST.text);
  const heading = ensureContrast(scheme.dk2, lights, CONTRAST.text);
  const link = ensureContrast(scheme.hlink, lights, AA_TEXT);
  const band = heading;
  const onBand = ensureContrast(background, [band], CONTRAST.text);
  return { text, background, heading, band, onBand, link, soft, accent: scheme.accent1, line: mix(background, heading, 0.25) };
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
    ['primary button text', p.background, p.heading, AA_TEXT],
  ];
}
