/**
 * Fonts a deck carries (PowerPoint's p:embeddedFontLst, EOT parts) as a view of a font registry
 * for that one deck: a family the brand, the shipped fonts and the project's packages do not have
 * is drawn with the deck's own embedded file before the system's fonts or a substitute are tried.
 *
 * Decoded lazily, when text asks for the family: an English deck does not pay for the Chinese
 * font it embeds unless it draws Chinese. A face that cannot be read (MicroType Express
 * compressed, as PowerPoint writes them; damaged; not a usable font) falls back to what the
 * registry would have drawn anyway, with one `W_FONT_EMBEDDED_UNREADABLE` warning.
 */
import { isVaError } from '../errors.js';
import type { Warning } from '../warnings.js';
import { familyKey } from './catalog.js';
import { W_FONT_LIMIT } from './family-limit.js';
import { W_FONT_MISSING, W_FONT_SUBSTITUTED } from './registry.js';
import { decodeEot } from './eot.js';
import { createFace } from './face.js';
import { loadFontFromBytes } from './file-cache.js';
import type { FontFile } from './font-file.js';
import type { Face, FaceStyle, FontRegistry, ResolvedFace } from './types.js';

export interface EmbeddedFontInput {
  /** The typeface the deck names (p:font@typeface). */
  typeface: string;
  /** The slot it is listed in (p:regular, p:bold, p:italic, p:boldItalic). */
  style: FaceStyle;
  /** The EOT bytes of the part, or undefined when the part is missing. */
  read(): Uint8Array | undefined;
}

export const W_FONT_EMBEDDED_UNREADABLE = 'W_FONT_EMBEDDED_UNREADABLE';

/** Sources a registry resolution found the family itself in (no substitute, no default). */
const FOUND_WITHOUT_DECK = new Set<Face['source']>(['brand', 'shipped', 'project']);
const NOT_FOUND = new Set([W_FONT_MISSING, W_FONT_SUBSTITUTED, W_FONT_LIMIT]);

type Decoded = { file: FontFile } | { failure: string };

const slotName = (s: FaceStyle) => (s.bold ? (s.italic ? 'bold italic' : 'bold') : s.italic ? 'italic' : 'regular');

export function withEmbeddedFonts(base: FontRegistry, fonts: readonly EmbeddedFontInput[]): FontRegistry {
  if (fonts.length === 0) return base;
  const byFamily = new Map<string, EmbeddedFontInput[]>();
  for (const f of fonts) {
    const key = familyKey(f.typeface);
    byFamily.set(key, [...(byFamily.get(key) ?? []), f]);
  }
  const decoded = new Map<EmbeddedFontInput, Decoded>();
  const faces = new Map<string, Face>();

  const decode = (input: EmbeddedFontInput): Decoded => {
    let d = decoded.get(input);
    if (d) return d;
    const bytes = input.read();
    if (!bytes) d = { failure: 'its part is missing from the package' };
    else {
      const eot = decodeEot(bytes);
      if (!eot.ok) d = { failure: eot.reason === 'compressed' ? 'it is stored MicroType Express compressed (as PowerPoint writes embedded fonts), which this renderer cannot read' : eot.message };
      else {
        try {
          d = { file: loadFontFromBytes(eot.font, `the embedded font "${input.typeface}" (${slotName(input.style)})`) };
        } catch (error) {
          d = { failure: isVaError(error) || error instanceof Error ? error.message : String(error) };
        }
      }
    }
    decoded.set(input, d);
    return d;
  };

  /** The listed faces in the order that suits a style: the same slot, then the nearest. */
  const candidates = (list: EmbeddedFontInput[], style: FaceStyle): EmbeddedFontInput[] => {
    const score = (f: EmbeddedFontInput) => (f.style.italic === style.italic ? 0 : 2) + (f.style.bold === style.bold ? 0 : 1);
    return [...list].sort((a, b) => score(a) - score(b));
  };

  return {
    resolve(family: string, style: FaceStyle): ResolvedFace {
      const r = base.resolve(family, style);
      if (FOUND_WITHOUT_DECK.has(r.face.source) && !r.warnings.some((w) => NOT_FOUND.has(w.code))) return r;
      const list = byFamily.get(familyKey(family));
      if (!list) return r;
      const failures: Warning[] = [];
      for (const input of candidates(list, style)) {
        const d = decode(input);
        if ('failure' in d) {
          failures.push({
            code: W_FONT_EMBEDDED_UNREADABLE,
            message: `the deck embeds the font "${input.typeface}" (${slotName(input.style)}), but ${d.failure}; drawn with "${r.face.family}" instead`,
          });
          continue;
        }
        const key = `embedded:${d.file.cacheKey.slice(7, 23)}|${family}|${slotName(style)}`;
        let face = faces.get(key);
        if (!face) {
          face = createFace(d.file, { key: `embedded:${d.file.cacheKey.slice(7, 23)}`, family: input.typeface, source: 'embedded', style });
          faces.set(key, face);
        }
        return { face, warnings: [] };
      }
      // The registry's own warning (how to get the family) stays; one word about the deck's file.
      return { face: r.face, warnings: [...r.warnings, ...failures.slice(0, 1)] };
    },
    faceForChar: (cp, preferred, style) => base.faceForChar(cp, preferred, style),
    shippedFamilies: () => base.shippedFamilies(),
  };
}
