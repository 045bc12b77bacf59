/**
 * The font subsystem's contract, shared by the renderer (text layout, PDF embedding), the brand
 * engine (fitting long values into their boxes) and the CLI (offering shipped families).
 */
import type { Warning } from '../warnings.js';

/**
 * Where a face comes from: the brand's file, our packages, the project's @expo-google-fonts
 * package, the deck's own embedded fonts (p:embeddedFontLst), the system, none.
 */
export type FontSource = 'brand' | 'shipped' | 'project' | 'embedded' | 'system' | 'fallback';

export interface FaceStyle {
  bold: boolean;
  italic: boolean;
}

/** One font file (one weight/style), parsed once per process and shared. */
export interface Face {
  /** Stable key, e.g. `shipped:Inter:700:normal`; also the basis of the PDF font name. */
  readonly key: string;
  /** Family name as the deck or brand asked for it (or the fallback's family). */
  readonly family: string;
  /** PostScript name from the font file. */
  readonly postscriptName: string;
  readonly style: FaceStyle;
  /**
   * What the file really is (bold: weight >= 600). Where `style` asks for bold or italic and
   * `native` lacks it, the renderer synthesises it (stroke for bold, skew for italic).
   */
  readonly native: FaceStyle;
  readonly source: FontSource;
  /**
   * Font units per em and vertical metrics in font units, chosen as LibreOffice's vcl does
   * (hhea, or OS/2 typo when USE_TYPO_METRICS is set, or OS/2 win when hhea is empty); descent is
   * negative. NOT the line height of PPTX text: LibreOffice uses 1.2 x size for that, whatever
   * the font (see `pptxLineBox` and docs/fonts.md).
   */
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly xHeight: number;
  /** Underline position/thickness in font units. */
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  /** True when the face has a glyph for the code point. */
  hasGlyph(codePoint: number): boolean;
  /**
   * Advance width of `text` at `sizePt`, in points, with pair kerning where the font has it.
   * Cached per text; cheap enough to call for every word. Characters the face lacks count with
   * the width of its .notdef glyph (split runs with FontRegistry.faceForChar first); control and
   * default-ignorable characters count zero.
   */
  measure(text: string, sizePt: number): number;
  /** The font file bytes (TTF/OTF; a whole .ttc for a system collection). Embed with embedFace(). */
  readonly bytes: Uint8Array;
}

export interface ResolvedFace {
  face: Face;
  /** Warnings produced by the resolution, e.g. a family that fell back to the default. */
  warnings: Warning[];
}

export interface FontRegistry {
  /**
   * Resolves a family in this order: a font file the brand gave; the fonts the package ships;
   * the system's fonts (fontconfig) where present; the default family, with a warning naming
   * the family that was asked for.
   */
  resolve(family: string, style: FaceStyle): ResolvedFace;
  /**
   * A face that has a glyph for `codePoint`, preferring `preferred`, then faces of the same
   * script among the shipped fonts (Noto Sans SC for CJK), then any shipped face. Null when no
   * available font covers the character (the caller reports it).
   */
  faceForChar(codePoint: number, preferred: Face, style: FaceStyle): Face | null;
  /** Families the package ships (for prompts and docs). */
  shippedFamilies(): readonly ShippedFamily[];
}

export interface ShippedFamily {
  family: string;
  /** What it is good for: 'heading' | 'body' | 'cjk'. */
  roles: readonly ('heading' | 'body' | 'cjk')[];
  licence: string;
}
