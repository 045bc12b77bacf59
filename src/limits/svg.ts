/**
 * How much an SVG may ask of librsvg. Rasterising is not linear in what a file asks for: a
 * 1,000-character <text> took 0.9 s and a 4,000-character one 13 s (measured through sharp on
 * the shared 2-core machine), 20,000 circles 8 s, and sharp's `timeout` does not stop librsvg.
 * A logo or a picture in a deck never needs more than this; one that asks for more is refused
 * before it reaches librsvg. The scan is one linear pass over the text, without parsing.
 */

/** Most characters of text (inside <text>, <tspan>, <textPath>) in one SVG. */
export const MAX_SVG_TEXT_CHARS = 1_000;
/** Most elements in one SVG. */
export const MAX_SVG_ELEMENTS = 20_000;
/** Deepest nesting of elements in one SVG logo (real logos nest a few levels; fuzzing found 3,376 overflowing the stack). */
export const MAX_SVG_DEPTH = 256;

export interface SvgComplexity {
  elements: number;
  textChars: number;
}

const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textpath']);

export function svgComplexity(svg: string): SvgComplexity {
  let elements = 0;
  let textChars = 0;
  let inText = 0;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)|</g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(svg))) {
    if (m[2] !== undefined) {
      const local = m[2].slice(m[2].indexOf(':') + 1).toLowerCase();
      const closing = m[1] === '/';
      const selfClosing = m[3] === '/';
      if (!closing) elements++;
      if (TEXT_ELEMENTS.has(local) && !selfClosing) inText = Math.max(0, inText + (closing ? -1 : 1));
    } else if (inText > 0) {
      const text = m[4] ?? m[5];
      if (text) textChars += text.trim().length;
    }
  }
  return { elements, textChars };
}

/** Why the SVG is too complex to rasterise, or undefined when it is within the limits. */
export function svgTooComplex(svg: string): string | undefined {
  const c = svgComplexity(svg);
  if (c.textChars > MAX_SVG_TEXT_CHARS) return `it has ${c.textChars} characters of text, over the limit of ${MAX_SVG_TEXT_CHARS}`;
  if (c.elements > MAX_SVG_ELEMENTS) return `it has ${c.elements} elements, over the limit of ${MAX_SVG_ELEMENTS}`;
  return undefined;
}
