/**
 * Options of `customize` beyond the brand.
 */
import type { FontRegistry } from '../fonts/types.js';
import type { PackageLimits } from '../package/limits.js';
import type { LogoLimits } from './logo-image.js';
import type { LinkReplacement } from './replace-links.js';

export interface CustomizeOptions {
  /**
   * `--replace-link OLD=NEW`: external hyperlinks whose target is the same link as `from` get
   * `to` (any deck, any slide; see docs/brand-engine.md for matching). `to` must be an https:,
   * http:, mailto: or tel: link.
   */
  replaceLinks?: readonly LinkReplacement[];
  /** How to name the deck in messages ("the template", "deck.pptx"). Default "the deck". */
  source?: string;
  /**
   * Fonts for measuring text when fitting long values into their boxes. Default: a registry with
   * the brand's font files, the shipped fonts and the system's fonts. Batch workers pass one
   * registry per brand to keep parsed fonts warm.
   */
  fonts?: FontRegistry;
  /** Shrink long values to fit their boxes (default true). */
  fitText?: boolean;
  /**
   * Embed the fonts the deck uses in the PPTX (p:embeddedFontLst, docs/fonts.md), where their
   * licence allows: `auto` (default: whole fonts for editing, and only the characters used of a
   * font file over 2 MB, such as the Chinese ones), `full` (every font whole), `subset` (only the
   * characters the deck draws, plus printable ASCII: small files, but new text may need fonts the
   * reader has) or `none`.
   */
  embedFonts?: 'auto' | 'full' | 'subset' | 'none';
  /** Package safety limits (defaults: src/package/limits.ts). */
  limits?: Partial<PackageLimits>;
  /** Logo safety limits (defaults: 10 MB, 40 megapixels). */
  logoLimits?: Partial<LogoLimits>;
}
