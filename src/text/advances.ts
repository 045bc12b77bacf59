/**
 * Glyph advances as LibreOffice 7.4 (our reference renderer) lays text out: on a 600-dpi
 * reference device, each glyph's advance (kerning included) rounded to whole device pixels at
 * the font's pixel size. Measured against LibreOffice's PDFs (test/render/advances.test.ts):
 * Inter at 24 pt → 200 px/em, 'm' 175 px, 'i' 48 px, 'H' 149 px, as LibreOffice places them.
 * Lines come out up to ~0.5 % narrower or wider than with exact advances, which decides line
 * breaks at the edge of a box; measuring, the PDF and the PNG all use these advances, so what
 * is measured is what is drawn.
 *
 * Glyphs come from the font subsystem's glyph model (FontFile.shape: one glyph per character
 * with pair kerning for simple text, full shaping otherwise).
 */
import { fontFileOf } from '../fonts/face.js';
import type { Face } from '../fonts/types.js';

/** Resolution of LibreOffice's reference device for text layout. */
export const REFERENCE_DPI = 600;
const PT_PER_PX = 72 / REFERENCE_DPI;

export interface PositionedRun {
  /** Glyph ids in the font file. */
  ids: number[];
  /** Advance of each glyph in points, character spacing included. */
  advances: number[];
  /** Natural advance of each glyph (its hmtx width) in points, for the PDF's TJ adjustments. */
  natural: number[];
  /** The text each glyph stands for (simple runs); undefined for shaped (complex) scripts. */
  texts: string[] | undefined;
  width: number;
}

/** Font size in reference-device pixels, through LibreOffice's 1/100 mm font height. */
export function pixelsPerEm(sizePt: number): number {
  const hmm = Math.round((sizePt * 2540) / 72);
  return Math.max(1, Math.round((hmm * REFERENCE_DPI) / 2540));
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, PositionedRun>();

/** Glyphs of `text` in `face` at `sizePt`, with `spacing` points after each (a:rPr@spc). */
export function positionedRun(face: Face, text: string, sizePt: number, spacing = 0): PositionedRun {
  const key = `${face.key}\u0000${sizePt}\u0000${spacing}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = fontFileOf(face);
  let run: PositionedRun;
  if (!file) {
    // A face from elsewhere (tests): its own measure, one advance for the whole text.
    const w = face.measure(text, sizePt);
    run = { ids: [], advances: [w], natural: [w], texts: undefined, width: w };
  } else {
    const shaped = file.shape(text);
    const ppem = pixelsPerEm(sizePt);
    const upem = file.unitsPerEm;
    const spacingPx = Math.round(spacing / PT_PER_PX);
    const ids: number[] = [];
    const advances: number[] = [];
    const natural: number[] = [];
    let width = 0;
    for (let i = 0; i < shaped.glyphs.length; i++) {
      const px = Math.round((shaped.advances[i]! * ppem) / upem) + spacingPx;
      const adv = px * PT_PER_PX;
      ids.push(shaped.glyphs[i]!.id);
      advances.push(adv);
      natural.push((shaped.glyphs[i]!.advanceWidth * sizePt) / upem);
      width += adv;
    }
    let texts: string[] | undefined;
    if (shaped.simple) {
      texts = shaped.textIndex.map((start, i) => text.slice(start, shaped.textIndex[i + 1] ?? text.length));
    }
    run = { ids, advances, natural, texts, width };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, run);
  return run;
}

/**
 * Width of `text` in `face` at `sizePt` as laid out and drawn (the advances above), with
 * `spacing` points after each glyph: the one measurement of the brand engine's text fitting,
 * the renderer's layout and its PDF and PNG output.
 */
export function textWidth(face: Face, text: string, sizePt: number, spacing = 0): number {
  if (text === '') return 0;
  return positionedRun(face, text, sizePt, spacing).width;
}
