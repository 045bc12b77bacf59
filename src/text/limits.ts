/**
 * The most text one shape's text body (p:txBody) is laid out with: characters past it are not
 * measured nor drawn (the renderer says so with W_TEXT_TRUNCATED). Far more than a page holds
 * (a Letter page of 6 pt text takes about 15,000 characters); it bounds the work and memory a
 * hostile deck can ask for (a 1,000,000-character word).
 */
export const MAX_SHAPE_TEXT_CHARS = 50_000;

/**
 * The most paragraphs, runs, fields and line breaks (a:p, a:r, a:fld, a:br) of one text body that
 * are read: the rest is not drawn (W_TEXT_TRUNCATED). Empty runs pass the character limit, and
 * each run is styled through the whole inheritance chain: 150,000 runs of one character took
 * 12 s of CPU and 860 MB. Real decks: at most 54 runs in a paragraph and 29 paragraphs in a text
 * body (379 decks).
 */
export const MAX_SHAPE_TEXT_ITEMS = 10_000;

/**
 * Cuts a list of texts (the runs of a text body, in order) to `max` characters in all, counted
 * in code points. Returns the texts kept (the last one possibly shortened) and whether anything
 * was cut.
 */
export function capTexts(texts: readonly string[], max = MAX_SHAPE_TEXT_CHARS): { texts: string[]; cut: boolean } {
  const out: string[] = [];
  let left = max;
  for (const text of texts) {
    if (left <= 0) return { texts: out, cut: true };
    // Fast path: UTF-16 length is an upper bound of the code points.
    if (text.length <= left) {
      out.push(text);
      left -= [...text].length;
      continue;
    }
    const chars = [...text];
    if (chars.length <= left) {
      out.push(text);
      left -= chars.length;
      continue;
    }
    out.push(chars.slice(0, left).join(''));
    return { texts: out, cut: true };
  }
  return { texts: out, cut: false };
}
