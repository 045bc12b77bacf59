/**
 * The part of upstream fontkit 3.0.0 that the font subsystem uses (the package ships no types).
 * Only src/fonts/ imports fontkit; nothing here is part of the public API.
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    name: string | null;
    codePoints: number[];
    advanceWidth: number;
  }

  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }

  export interface Subset {
    /** Adds a glyph (or glyph id) and returns its id in the subset. */
    includeGlyph(glyph: Glyph | number): number;
    /** Ids (in the original font) of the glyphs in the subset, in subset order. */
    glyphs: number[];
    /** The font's CFF table when the subset is CFF-flavoured (OTF), otherwise undefined. */
    cff?: unknown;
    /** The subset as a standalone TrueType font, or a bare CFF table for CFF fonts. */
    encode(): Uint8Array;
  }

  export interface Os2Table {
    usWeightClass: number;
    fsSelection: { italic: boolean; bold: boolean; regular: boolean; useTypoMetrics: boolean; oblique: boolean };
    typoAscender: number;
    typoDescender: number;
    typoLineGap: number;
    winAscent: number;
    winDescent: number;
    sFamilyClass: number;
  }

  export interface Font {
    type: 'TTF' | 'WOFF' | 'WOFF2' | 'DFont';
    postscriptName: string | null;
    familyName: string | null;
    subfamilyName: string | null;
    fullName: string | null;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    underlinePosition: number;
    underlineThickness: number;
    numGlyphs: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    hhea: { ascent: number; descent: number; lineGap: number };
    head: { macStyle: { bold: boolean; italic: boolean } };
    post: { isFixedPitch: number | boolean };
    'OS/2'?: Os2Table;
    'CFF '?: unknown;
    CFF2?: unknown;
    glyf?: unknown;
    fvar?: unknown;
    name?: { records: Record<string, Record<string, string> | undefined> };
    getName(key: string, lang?: string): string | null;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    createSubset(): Subset;
  }

  export interface FontCollection {
    type: 'TTC' | 'DFont';
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
