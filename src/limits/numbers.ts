/**
 * Numbers that reach a PDF content stream or an SVG must be finite and of a size a page can
 * hold: a hostile deck can make any coordinate, size or matrix `NaN`, `Infinity` or 1e300
 * (a:off x="1e308", a:ext cx="NaN", a zero-size group scaling its children by Infinity).
 * pdf-lib writes such a number as it is ("NaN", or 309 digits), which viewers reject or
 * misdraw. An operation with any such number is degenerate: the renderer leaves it out and says
 * so, whatever produced it.
 */

/** Largest magnitude of any number in an operation: far beyond any page (PDF pages are ≤ 14,400 units). */
export const MAX_DRAWING_NUMBER = 1e7;

/**
 * Keys whose values are not drawing numbers: a font face, a picture (its bytes), the tagged
 * PDF's structure slot an operation belongs to (a graph with parents).
 */
const SKIP = new Set(['face', 'image', 'tag']);

/**
 * True when every number in `value` (an operation of the display list: nested objects and arrays
 * of numbers, strings and booleans) is finite and within ±MAX_DRAWING_NUMBER. Iterative, so an
 * operation with 300,000 path commands costs no stack.
 */
export function drawableNumbers(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number') {
      if (!(Math.abs(v) <= MAX_DRAWING_NUMBER)) return false;
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && !seen.has(v)) {
      // Shared objects (one colour or matrix used by many commands) are walked once; a cycle ends.
      seen.add(v);
      if (Array.isArray(v)) for (const item of v) stack.push(item);
      else for (const [k, item] of Object.entries(v)) if (!SKIP.has(k)) stack.push(item);
    }
  }
  return true;
}
