/**
 * Right-to-left text (a:pPr@rtl, Arabic and Hebrew runs): the Unicode Bidirectional Algorithm
 * (UAX #9) through bidi-js. A paragraph's embedding levels are resolved once over its whole
 * text (all runs, a:br as a line separator), with the base direction from a:pPr@rtl only: like
 * PowerPoint and LibreOffice, a paragraph without rtl="1" is left to right whatever its first
 * letter. Each line is then cut into runs of one level (rule L1 puts the white space that ends
 * the line, and tabs, at the paragraph's level) and ordered visually (rule L2) by layout.ts.
 *
 * Shaping: fontkit shapes a right-to-left run (Arabic joining) and returns its glyphs already
 * reversed, so a run at an odd level is handed over in logical order with its brackets
 * mirrored (rule L4); a run fontkit does not reverse (only neutrals: spaces, punctuation,
 * digits of another font) is reversed here, so that no run is reversed twice.
 */
import bidiFactory from 'bidi-js';
import { isSimpleText } from '../../fonts/font-file.js';

type Bidi = ReturnType<typeof bidiFactory>;
let engine: Bidi | undefined;
const bidi = (): Bidi => {
  engine ??= bidiFactory();
  return engine;
};

/**
 * Characters that make a left-to-right paragraph need the algorithm: right-to-left letters
 * (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, their presentation forms, the
 * right-to-left blocks of the supplementary planes) and the right-to-left marks and controls.
 */
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

/** The resolved embedding level of every UTF-16 unit of a paragraph, and its base level. */
export interface ParagraphLevels {
  levels: Uint8Array;
  base: 0 | 1;
}

/**
 * Levels of a paragraph's text, or undefined when the paragraph is left to right and has no
 * right-to-left character (then every level is 0 and nothing moves: the fast path).
 */
export function paragraphLevels(text: string, rtl: boolean): ParagraphLevels | undefined {
  if (!rtl && !RTL_CHAR.test(text)) return undefined;
  // U+2029 would start a new paragraph in UAX #9; a:br is a line separator (U+2028) here.
  const { levels } = bidi().getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr');
  return { levels, base: rtl ? 1 : 0 };
}

/** White space that rule L1 resets to the paragraph level when it ends a line or precedes a tab. */
export function isResetSpace(ch: string): boolean {
  const t = bidi().getBidiCharTypeName(ch);
  return t === 'WS' || t === 'BN' || t === 'LRI' || t === 'RLI' || t === 'FSI' || t === 'PDI';
}

/** Rule L2: the visual order (indices into `levels`) of runs given in logical order. */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  if (levels.length === 0) return order;
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (const l of levels) {
    highest = Math.max(highest, l);
    if (l % 2 === 1) lowestOdd = Math.min(lowestOdd, l);
  }
  // From the highest level down to the lowest odd level, reverse every maximal sequence of
  // runs at that level or higher.
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]!]! < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]!]! >= level) j++;
      const slice = order.slice(i, j).reverse();
      for (let k = i; k < j; k++) order[k] = slice[k - i]!;
      i = j;
    }
  }
  return order;
}

/** Rule L4: brackets and other mirrored characters swapped (for text at an odd level). */
export function mirror(text: string): string {
  let out = '';
  for (const ch of text) out += bidi().getMirroredCharacter(ch) ?? ch;
  return out;
}

/** Whether fontkit reverses `text` when it shapes it: shaped text whose script is right to left. */
export function reversedByShaper(text: string): boolean {
  if (isSimpleText(text)) return false;
  for (const ch of text) {
    const t = bidi().getBidiCharTypeName(ch);
    if (t === 'R' || t === 'AL') return true;
    if (t === 'L') return false;
  }
  return false;
}

/**
 * The text to draw for a run at `level` (logical text in): unchanged at an even level; at an
 * odd level mirrored, and reversed unless the shaper reverses it itself.
 */
export function drawnText(text: string, level: number): { text: string; shaped: boolean } {
  if (level % 2 === 0) return { text, shaped: false };
  const mirrored = mirror(text);
  if (reversedByShaper(mirrored)) return { text: mirrored, shaped: true };
  return { text: [...mirrored].reverse().join(''), shaped: false };
}

/**
 * A short text (a bullet's label such as "1.") in display order within a paragraph of base
 * level `base`: reordered and mirrored as one line.
 */
export function visualLabel(text: string, base: 0 | 1): string {
  if (base === 0 && !RTL_CHAR.test(text)) return text;
  const levels = bidi().getEmbeddingLevels(text, base === 1 ? 'rtl' : 'ltr');
  return bidi().getReorderedString(text, levels);
}
