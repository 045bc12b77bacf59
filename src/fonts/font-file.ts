/**
 * One parsed font file (one style) with the caches of the text-layout hot path. A FontFile is
 * parsed once per process and shared by every registry, face and PDF document that uses it.
 *
 * Glyph model (used alike for measuring and for drawing into the PDF, so the two agree):
 * - simple text (Latin, Greek, Cyrillic, CJK, symbols): one glyph per code point from the cmap,
 *   its hmtx advance, plus pair kerning (GPOS `kern` feature of the text's script, or the legacy
 *   `kern` table) between neighbours, read from the font bytes by kerning.ts and cached.
 *   No ligatures or contextual alternates (LibreOffice applies them; their widths rarely differ).
 * - complex text (combining marks, Arabic, Hebrew, Indic, Thai, ...): fontkit's full shaping.
 * Default-ignorable and control characters take no space and are not drawn.
 */
import type * as fontkit from 'fontkit';
import { createPairKerning, scriptOf, type PairKerning, type ScriptTag } from './kerning.js';
import { libreOfficeVerticalMetrics, type VerticalMetrics } from './metrics.js';
import type { TableDirectory } from './table-directory.js';

/** A shaped run: glyphs with their advances in font units (kerning included). */
export interface ShapedRun {
  glyphs: fontkit.Glyph[];
  /** Advance of each glyph, font units, kerning included. */
  advances: number[];
  /** Kerning added to each glyph's own advance (advances[i] - glyphs[i].advanceWidth). */
  kerning: number[];
  /** The text the run was made from: the input, or its NFC form when that is simple text. */
  text: string;
  /** For each glyph, the index in `text` (UTF-16) where its characters start. */
  textIndex: number[];
  /** True when the run came from the simple model (one glyph per code point). */
  simple: boolean;
}

/** Features given to fontkit when it computes one pair's kerning: kerning only. */
const KERN_ONLY: Record<string, boolean> = {
  kern: true,
  ccmp: false,
  locl: false,
  rlig: false,
  liga: false,
  clig: false,
  calt: false,
  rclt: false,
  mark: false,
  mkmk: false,
  curs: false,
};

const WIDTH_CACHE_LIMIT = 20_000;
/**
 * Only texts up to this length are remembered (words and short runs repeat; long texts rarely
 * do): 20,000 cached texts of 20,000 characters each could hold 800 MB in a long-running process.
 */
const WIDTH_CACHE_MAX_TEXT = 256;
const KERN_CACHE_LIMIT = 200_000;

export class FontFile {
  readonly font: fontkit.Font;
  readonly bytes: Uint8Array;
  /** What to call the file in messages. */
  readonly name: string;
  /** Identity in the process-wide cache: `path#index` or `sha256:<hex>` (set by file-cache.ts). */
  cacheKey = '';

  private readonly glyphs = new Map<number, fontkit.Glyph>();
  private readonly coverage = new Map<number, boolean>();
  private readonly pairKerning = new Map<number, number>();
  private readonly widths = new Map<string, number>();
  private kerning: PairKerning | 'fontkit' | null | undefined;
  private metrics: VerticalMetrics | undefined;

  /** The font's table directory (offsets into `bytes`), read by parse.ts. */
  readonly tables: TableDirectory;

  constructor(font: fontkit.Font, bytes: Uint8Array, name: string, tables: TableDirectory) {
    this.font = font;
    this.bytes = bytes;
    this.name = name;
    this.tables = tables;
  }

  get postscriptName(): string {
    return this.font.postscriptName ?? '';
  }

  /** Typographic family (name ID 16) when present, else the legacy family (name ID 1). */
  get familyName(): string {
    return (this.font.getName('preferredFamily') ?? this.font.familyName ?? '').trim();
  }

  /** Names a deck or brand may use for this file: families, full name, PostScript name. */
  get names(): string[] {
    const names = [this.font.getName('preferredFamily'), this.font.familyName, this.font.fullName, this.font.postscriptName];
    return names.filter((n): n is string => typeof n === 'string' && n.trim().length > 0).map((n) => n.trim());
  }

  get weight(): number {
    const w = this.font['OS/2']?.usWeightClass;
    if (typeof w === 'number' && w >= 1 && w <= 1000) return w;
    return this.font.head.macStyle.bold ? 700 : 400;
  }

  get isBold(): boolean {
    return this.weight >= 600;
  }

  get isItalic(): boolean {
    const sel = this.font['OS/2']?.fsSelection;
    return Boolean(sel?.italic || sel?.oblique || this.font.head.macStyle.italic || this.font.italicAngle !== 0);
  }

  get unitsPerEm(): number {
    return this.font.unitsPerEm;
  }

  get verticalMetrics(): VerticalMetrics {
    if (!this.metrics) {
      const os2 = this.font['OS/2'];
      this.metrics = libreOfficeVerticalMetrics({
        hhea: this.font.hhea,
        os2: os2
          ? {
              typoAscender: os2.typoAscender,
              typoDescender: os2.typoDescender,
              typoLineGap: os2.typoLineGap,
              winAscent: os2.winAscent,
              winDescent: os2.winDescent,
              useTypoMetrics: Boolean(os2.fsSelection?.useTypoMetrics),
            }
          : undefined,
        unitsPerEm: this.font.unitsPerEm,
      });
    }
    return this.metrics;
  }

  /**
   * True when the font draws the code point: from its cmap, or through the character's canonical
   * equivalent (U+FA12 CJK compatibility ideograph → U+6674 晴, U+212B Angstrom sign → Å).
   */
  hasGlyph(codePoint: number): boolean {
    let has = this.coverage.get(codePoint);
    if (has === undefined) {
      has = this.cmapHas(codePoint);
      if (!has) {
        const equivalent = canonicalEquivalent(codePoint);
        has = equivalent !== undefined && this.cmapHas(equivalent);
      }
      this.coverage.set(codePoint, has);
    }
    return has;
  }

  private cmapHas(codePoint: number): boolean {
    try {
      return this.font.hasGlyphForCodePoint(codePoint);
    } catch {
      // A damaged cmap (brand files are untrusted): treat the character as missing.
      return false;
    }
  }

  /** Advance width of `text` in font units, kerning included (cached per text). */
  measureUnits(input: string): number {
    const cached = this.widths.get(input);
    if (cached !== undefined) return cached;
    const text = simpleForm(input);
    let width = 0;
    if (isSimpleText(text)) {
      // The hot path: no arrays, just advances and pair kerning.
      let previous: fontkit.Glyph | undefined;
      let script = firstScript(text);
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (isInvisible(cp)) continue;
        script = scriptOf(cp) ?? script;
        const glyph = this.glyphFor(cp);
        width += glyph.advanceWidth;
        if (previous) width += this.kern(previous, glyph, script);
        previous = glyph;
      }
    } else {
      for (const a of this.shape(text).advances) width += a;
    }
    if (input.length <= WIDTH_CACHE_MAX_TEXT) {
      if (this.widths.size >= WIDTH_CACHE_LIMIT) this.widths.clear();
      this.widths.set(input, width);
    }
    return width;
  }

  /** Glyphs and advances of `text` in the glyph model described above. */
  shape(input: string): ShapedRun {
    const text = simpleForm(input);
    if (!isSimpleText(text)) {
      try {
        return this.shapeComplex(text);
      } catch {
        // Shaping tables fontkit cannot apply (a damaged brand font): the simple model below.
      }
    }
    const run: ShapedRun = { glyphs: [], advances: [], kerning: [], text, textIndex: [], simple: true };
    let index = 0;
    let script = firstScript(text);
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (!isInvisible(cp)) {
        script = scriptOf(cp) ?? script;
        const glyph = this.glyphFor(cp);
        const last = run.glyphs.length - 1;
        if (last >= 0) {
          const k = this.kern(run.glyphs[last]!, glyph, script);
          if (k !== 0) {
            run.kerning[last]! += k;
            run.advances[last]! += k;
          }
        }
        run.glyphs.push(glyph);
        run.advances.push(glyph.advanceWidth);
        run.kerning.push(0);
        run.textIndex.push(index);
      }
      index += ch.length;
    }
    return run;
  }

  private shapeComplex(text: string): ShapedRun {
    const laid = this.font.layout(text);
    const run: ShapedRun = { glyphs: laid.glyphs, advances: [], kerning: [], text, textIndex: [], simple: false };
    for (let i = 0; i < laid.glyphs.length; i++) {
      const adv = laid.positions[i]?.xAdvance ?? laid.glyphs[i]!.advanceWidth;
      run.advances.push(adv);
      run.kerning.push(adv - laid.glyphs[i]!.advanceWidth);
      run.textIndex.push(0);
    }
    return run;
  }

  private glyphFor(codePoint: number): fontkit.Glyph {
    let glyph = this.glyphs.get(codePoint);
    if (!glyph) {
      try {
        const equivalent = this.cmapHas(codePoint) ? undefined : canonicalEquivalent(codePoint);
        glyph = this.font.glyphForCodePoint(equivalent !== undefined && this.cmapHas(equivalent) ? equivalent : codePoint);
        // fontkit decodes metrics lazily: read them now, inside the try.
        void glyph.advanceWidth;
      } catch {
        // A damaged glyph in an untrusted file: draw and measure .notdef instead (checked when
        // the file was opened).
        glyph = this.font.getGlyph(0);
      }
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  /** Kerning between two glyphs in font units (negative: closer), cached per pair and script. */
  private kern(left: fontkit.Glyph, right: fontkit.Glyph, script: ScriptTag): number {
    if (this.kerning === undefined) this.kerning = this.createKerning();
    if (this.kerning === null) return 0;
    const key = (left.id * 65536 + right.id) * 8 + SCRIPT_INDEX[script];
    let value = this.pairKerning.get(key);
    if (value === undefined) {
      try {
        value = this.kerning === 'fontkit' ? this.fontkitPair(left, right) : this.kerning.get(left.id, right.id, script);
      } catch {
        // Damaged kerning data for this pair: no kerning rather than a crash.
        value = 0;
      }
      if (this.pairKerning.size >= KERN_CACHE_LIMIT) this.pairKerning.clear();
      this.pairKerning.set(key, value);
    }
    return value;
  }

  private createKerning(): PairKerning | 'fontkit' | null {
    const tables = this.tables;
    try {
      const direct = createPairKerning(this.bytes, tables);
      if (direct) return direct;
    } catch {
      // Unreadable GPOS/kern structure: let fontkit try below.
    }
    // Kerning only fontkit reads (an Apple kern table, or a GPOS we could not read).
    return tables.kern || tables.GPOS ? 'fontkit' : null;
  }

  /** One pair through fontkit's shaper, kerning only (slow: the fallback). */
  private fontkitPair(left: fontkit.Glyph, right: fontkit.Glyph): number {
    const laid = this.font.layout([left, right] as unknown as string, { ...KERN_ONLY });
    return laid.glyphs.length === 2 && laid.positions[0] && laid.positions[1]
      ? laid.positions[0].xAdvance - laid.glyphs[0]!.advanceWidth + (laid.positions[1].xAdvance - laid.glyphs[1]!.advanceWidth)
      : 0;
  }
}

const SCRIPT_INDEX: Record<ScriptTag, number> = { latn: 0, grek: 1, cyrl: 2, hani: 3, kana: 4, hang: 5, DFLT: 6 };

/** The script of the first character that has one ('DFLT' for digits and punctuation only). */
function firstScript(text: string): ScriptTag {
  for (const ch of text) {
    const s = scriptOf(ch.codePointAt(0)!);
    if (s) return s;
  }
  return 'DFLT';
}

/** Characters that take no space and draw nothing: controls and Unicode default-ignorables. */
export function isInvisible(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return true;
  if (cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0xfeff) return true;
  if (cp >= 0x200b && cp <= 0x200f) return true;
  if (cp >= 0x202a && cp <= 0x202e) return true;
  if (cp >= 0x2060 && cp <= 0x206f) return true;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true;
  if (cp >= 0xe0000 && cp <= 0xe0fff) return true;
  return false;
}

/**
 * Ranges that need real shaping: combining marks, right-to-left and Brahmic scripts, Southeast
 * Asian scripts, conjoining Hangul jamo, Mongolian, presentation forms, variation selectors
 * of supplementary planes.
 */
const COMPLEX_RANGES: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x08ff],
  [0x0900, 0x0dff],
  [0x0e00, 0x0fff],
  [0x1000, 0x109f],
  [0x1100, 0x11ff],
  [0x1700, 0x18af],
  [0x1a00, 0x1cff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xa800, 0xabff],
  [0xd7b0, 0xd7ff],
  [0xfb1d, 0xfdff],
  [0xfe20, 0xfe2f],
  [0xfe70, 0xfefe],
  [0x10a00, 0x11fff],
  [0x1e800, 0x1efff],
];

/** The single code point a character is canonically equivalent to (its NFC form), if any. */
function canonicalEquivalent(codePoint: number): number | undefined {
  const nfc = String.fromCodePoint(codePoint).normalize('NFC');
  const first = nfc.codePointAt(0)!;
  return first !== codePoint && nfc.length === String.fromCodePoint(first).length ? first : undefined;
}

/**
 * Text with combining marks that compose (e + U+0301 → é) becomes simple text in NFC; anything
 * else is returned as it is.
 */
function simpleForm(text: string): string {
  if (isSimpleText(text)) return text;
  const nfc = text.normalize('NFC');
  return isSimpleText(nfc) ? nfc : text;
}

/** True when the simple glyph model is exact enough for `text`. */
export function isSimpleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0300) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    for (const [lo, hi] of COMPLEX_RANGES) {
      if (cp < lo) break;
      if (cp <= hi) return false;
    }
  }
  return true;
}
