/**
 * Checking a font file a user gave before any work is done (the CLI and the brand layer call it
 * when they read `fonts.headingFile` / `fonts.bodyFile`), and reading the family it holds.
 */
import type { BrandFile } from '../brand/assets.js';
import { loadFontFromBytes } from './file-cache.js';

export interface FontFileInfo {
  /** Typographic family name in the file (what PowerPoint shows), e.g. "Acme Sans". */
  family: string;
  postscriptName: string;
  /** usWeightClass: 400 regular, 700 bold. */
  weight: number;
  italic: boolean;
  /** Number of glyphs. */
  glyphs: number;
}

/** Validates a font file (throws VaError E_FONT_INVALID naming it) and describes it. */
export function inspectFontFile(file: BrandFile): FontFileInfo {
  const font = loadFontFromBytes(file.bytes, file.name);
  return {
    family: font.familyName,
    postscriptName: font.postscriptName,
    weight: font.weight,
    italic: font.isItalic,
    glyphs: font.font.numGlyphs,
  };
}

/**
 * Code points of `text` that the font file lacks (for a warning: a brand font without, say,
 * Danish letters still works, the renderer falls back per character).
 */
export function missingCharacters(file: BrandFile, text: string): number[] {
  const font = loadFontFromBytes(file.bytes, file.name);
  const missing = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x20 && !font.hasGlyph(cp)) missing.add(cp);
  }
  return [...missing];
}
