/**
 * Family names as decks give them. Windows registers every weight beyond regular/bold as a family
 * of its own ("Montserrat SemiBold", "Inter Light"), and PostScript-style names appear too
 * ("Inter-BoldItalic"). This splits such a name into the family and the style it implies.
 */
import type { Weight } from './catalog.js';

export interface ParsedFamilyName {
  /** The family without trailing style words ("Inter" for "Inter SemiBold Italic"). */
  family: string;
  /** Weight implied by the name; 400 when the name has no weight word. */
  weight: Weight;
  /** True when the name says Italic or Oblique. */
  italic: boolean;
}

const WEIGHT_WORDS: Record<string, Weight> = {
  thin: 100,
  hairline: 100,
  extralight: 200,
  ultralight: 200,
  light: 300,
  regular: 400,
  normal: 400,
  book: 400,
  roman: 400,
  medium: 500,
  semibold: 600,
  demibold: 600,
  demi: 600,
  bold: 700,
  extrabold: 800,
  ultrabold: 800,
  black: 900,
  heavy: 900,
};

const ITALIC_WORDS = new Set(['italic', 'oblique']);
/** Words that start a two-word weight ("Extra Bold", "Semi Bold"). */
const PREFIX_WORDS = new Set(['extra', 'ultra', 'semi', 'demi']);

/** Splits trailing style words off a family name. "Source Sans 3" stays whole. */
export function parseFamilyName(name: string): ParsedFamilyName {
  const cleaned = name.normalize('NFKC').trim().replace(/^["']+|["']+$/g, '').trim();
  // Split "Inter-BoldItalic" and "Inter SemiBoldItalic" into words; keep "Source Sans 3" as is.
  const tokens = cleaned
    .replace(/[-_]/g, ' ')
    .replace(/(Bold|Light|Medium|Black|Thin|Heavy|Regular|Book)(Italic|Oblique)\b/g, '$1 $2')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  let weight: Weight | undefined;
  let italic = false;
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1]!.toLowerCase();
    if (ITALIC_WORDS.has(last) && !italic) {
      italic = true;
      tokens.pop();
      continue;
    }
    const w = WEIGHT_WORDS[last];
    if (w !== undefined && weight === undefined) {
      weight = w;
      tokens.pop();
      // "Extra Bold", "Semi Bold": the prefix belongs to the weight.
      const before = tokens[tokens.length - 1]?.toLowerCase();
      if (tokens.length > 1 && before !== undefined && PREFIX_WORDS.has(before)) {
        const combined = WEIGHT_WORDS[before + last];
        if (combined !== undefined) weight = combined;
        tokens.pop();
      }
      continue;
    }
    break;
  }
  return { family: tokens.join(' '), weight: weight ?? 400, italic };
}
