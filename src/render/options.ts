/** Options of render() and renderPng(). */
import type { FontRegistry } from '../fonts/types.js';
import type { PackageLimits } from '../package/limits.js';

/**
 * What the PDF conforms to: `pdfua-1` (the default): tagged, PDF/UA-1 (ISO 14289-1) when nothing
 * known violates it; `pdfa-2a`: PDF/A-2a (ISO 19005-2, level A) as well, with an sRGB output
 * intent. (Here, not in pdf/, so that the CLI can check the option without loading pdf-lib.)
 */
export const PDF_STANDARDS = ['pdfua-1', 'pdfa-2a'] as const;
export type PdfStandard = (typeof PDF_STANDARDS)[number];

export interface RenderFontFile {
  /** The family the file stands for (what the deck's theme asks for); default: its own name. */
  family?: string;
  bytes: Uint8Array;
  /** What to call the file in messages (its file name). */
  name: string;
}

export interface RenderMetadata {
  title?: string;
  /** The organisation the handout is from. */
  author?: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47 language tag for the PDF's /Lang, e.g. "da-DK". */
  language?: string;
  creationDate?: Date;
  modificationDate?: Date;
}

export interface RenderOptions {
  /** Brand font files: the first stands for the heading family, the second for the body family. */
  fonts?: RenderFontFile[];
  /** Overrides of what the deck's document properties say. */
  metadata?: RenderMetadata;
  /**
   * Use fonts installed on the system (fontconfig) for families we do not ship. Default false:
   * the same call gives the same PDF on every machine unless asked (the CLI asks, and says when
   * a system font was used: W_FONT_SYSTEM).
   */
  systemFonts?: boolean;
  /**
   * With `systemFonts`: what draws a family the deck names that is found nowhere. `'default'`
   * (default): the default family (Source Sans 3), with W_FONT_MISSING. `'system'`: the font
   * fontconfig gives for it, its default family included (DejaVu Sans on Debian), with
   * W_FONT_SUBSTITUTED, as LibreOffice does: for decks made elsewhere (the CLI's `render`).
   * See FontRegistryOptions.missingFamilies and docs/fonts.md.
   */
  missingFamilies?: 'default' | 'system';
  /** A font registry to use instead of creating one (fonts, systemFonts and missingFamilies are then ignored). */
  registry?: FontRegistry;
  /** How to name the input in messages ("deck.pptx"). */
  what?: string;
  /** Draw hidden slides (p:sld@show="0"); default false: left out, as PowerPoint's PDF export does. */
  includeHidden?: boolean;
  /** Package safety limits (defaults in src/package/limits.ts). */
  limits?: Partial<PackageLimits>;
  /**
   * Bleed for a print shop, in points (3 mm = 8.504 pt): every page gets the bleed around the
   * slide, crop marks outside it, and the PDF's TrimBox/BleedBox (render/bleed.ts). Default 0.
   */
  bleed?: number;
  /**
   * What the PDF conforms to (docs/accessibility.md): `pdfua-1` (default), tagged PDF/UA-1;
   * `pdfa-2a`, PDF/A-2a as well (sRGB output intent, PDF/A identification).
   */
  pdfStandard?: PdfStandard;
}

export interface RenderPngOptions extends RenderOptions {
  /** Resolution of the PNGs, dots per inch. Default 96, between 10 and 600. */
  dpi?: number;
}

export interface RenderResult {
  pdf: Uint8Array;
  warnings: import('../warnings.js').Warning[];
  pages: number;
  /** True when the PDF identifies itself as PDF/UA-1 (every figure has alt text). */
  pdfua: boolean;
}

export interface RenderPngResult {
  pngs: Uint8Array[];
  warnings: import('../warnings.js').Warning[];
}
