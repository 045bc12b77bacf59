/**
 * At most so many distinct font families per document. Every family the deck names that the
 * brand and the shipped fonts do not have is looked up in the system's fonts (an `fc-match`
 * process the first time in a process): a hostile deck naming 3,000 fonts started 3,000
 * processes (137 s) and printed 3,000 warnings. Past the limit, a family is not looked up: its
 * text is drawn in the default family, with one `W_FONT_LIMIT` warning for the document.
 *
 * The count is per document and in document order, whatever the process has cached, so the
 * same deck always gives the same result.
 */
import { familyKey } from './catalog.js';
import type { FaceStyle, FontRegistry, ResolvedFace } from './types.js';

/** Real decks name a handful of families (the most the renderer resolves for a deck of ../shared/corpus: 8). */
export const MAX_FAMILIES_PER_DOCUMENT = 64;

export const W_FONT_LIMIT = 'W_FONT_LIMIT';

/** A view of `registry` for one document that resolves at most `max` distinct families. */
export function limitFamilies(registry: FontRegistry, max = MAX_FAMILIES_PER_DOCUMENT): FontRegistry {
  const seen = new Set<string>();
  return {
    resolve(family: string, style: FaceStyle): ResolvedFace {
      const key = familyKey(family);
      if (seen.has(key) || seen.size < max) {
        seen.add(key);
        return registry.resolve(family, style);
      }
      // The default face: what the registry gives for a name that names no family.
      const { face } = registry.resolve('', style);
      return {
        face,
        warnings: [
          {
            code: W_FONT_LIMIT,
            message: `the document names more than ${max} different fonts; the others were not looked up and are drawn in "${face.family}"`,
          },
        ],
      };
    },
    faceForChar: (codePoint, preferred, style) => registry.faceForChar(codePoint, preferred, style),
    shippedFamilies: () => registry.shippedFamilies(),
  };
}
