/**
 * The font subsystem's contract, shared by the renderer (text layout, PDF embedding), the brand
 * engine (fitting long values into their boxes) and the CLI (offering shipped families).
 */
import type { Warning } from '../warnings.js';

export type FontSource = 'brand' | 'shipped' | 'system' | 'fallback';

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
  /** True when the file really is bold/italic (false when bold/italic must be synthesised). */
  readonly native: FaceStyle;
  readonly source: FontSource;
  /** Font units per em and vertical metrics in font units (hhea/OS2 as the font prefers). */
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
  /** Advance width of `text` at `sizePt`, in points, with kerning where the font has it. */
  measure(text: string, sizePt: number): number;
  /** The font file bytes (TTF/OTF), for PDF embedding. */
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
