/**
 * Face: one font file seen as a family and a requested style. Several faces may share a file
 * (bold asked of a one-style brand font, italic asked of Noto Sans SC): `style` is what was asked,
 * `native` what the file is; the renderer synthesises the difference (stroke for bold, skew for
 * italic). Measurement delegates to the shared FontFile and its caches.
 */
import type { Face, FaceStyle, FontSource } from './types.js';
import type { FontFile } from './font-file.js';

const files = new WeakMap<Face, FontFile>();

export interface FaceInit {
  key: string;
  family: string;
  source: FontSource;
  style: FaceStyle;
}

class FontFace implements Face {
  readonly key: string;
  readonly family: string;
  readonly postscriptName: string;
  readonly style: FaceStyle;
  readonly native: FaceStyle;
  readonly source: FontSource;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  private readonly file: FontFile;

  constructor(file: FontFile, init: FaceInit) {
    this.file = file;
    this.key = init.key;
    this.family = init.family;
    this.source = init.source;
    this.style = Object.freeze({ bold: init.style.bold, italic: init.style.italic });
    this.native = Object.freeze({ bold: file.isBold, italic: file.isItalic });
    this.postscriptName = file.postscriptName;
    this.unitsPerEm = file.unitsPerEm;
    const vm = file.verticalMetrics;
    this.ascent = vm.ascent;
    this.descent = vm.descent;
    this.lineGap = vm.lineGap;
    const font = file.font;
    this.capHeight = positiveOr(font.capHeight, () => glyphTop(file, 0x48), Math.round(this.unitsPerEm * 0.7));
    this.xHeight = positiveOr(font.xHeight, () => glyphTop(file, 0x78), Math.round(this.unitsPerEm * 0.5));
    this.underlinePosition = Number.isFinite(font.underlinePosition) && font.underlinePosition !== 0 ? font.underlinePosition : -Math.round(this.unitsPerEm * 0.1);
    this.underlineThickness = font.underlineThickness > 0 ? font.underlineThickness : Math.round(this.unitsPerEm * 0.05);
    files.set(this, file);
  }

  hasGlyph(codePoint: number): boolean {
    return this.file.hasGlyph(codePoint);
  }

  measure(text: string, sizePt: number): number {
    return (this.file.measureUnits(text) * sizePt) / this.unitsPerEm;
  }

  get bytes(): Uint8Array {
    return this.file.bytes;
  }
}

export function createFace(file: FontFile, init: FaceInit): Face {
  return new FontFace(file, init);
}

/** The parsed file behind a face made by this subsystem (undefined for foreign objects). */
export function fontFileOf(face: Face): FontFile | undefined {
  return files.get(face);
}

function positiveOr(value: number | undefined, measured: () => number | undefined, fallback: number): number {
  if (typeof value === 'number' && value > 0) return value;
  try {
    const m = measured();
    if (typeof m === 'number' && m > 0) return m;
  } catch {
    // No outline for the glyph: use the conventional value.
  }
  return fallback;
}

/** Top of a glyph's outline in font units (cap height from H, x-height from x). */
function glyphTop(file: FontFile, codePoint: number): number | undefined {
  if (!file.hasGlyph(codePoint)) return undefined;
  const glyph = file.font.glyphForCodePoint(codePoint) as unknown as { bbox?: { maxY: number } };
  return glyph.bbox?.maxY;
}
