/**
 * How much text a document lays out: at most MAX_TEXT_PER_DOCUMENT characters in all (each text
 * body is first cut to MAX_SHAPE_TEXT_CHARS, src/text/limits.ts). Text beyond is not laid out
 * (nor drawn), and one warning says so. The largest deck of ../shared/corpus has 18,291
 * characters of text; without this limit a deck of 32 MB slide parts, each shape under the
 * per-shape limit, would be laid out and written to the PDF in full.
 */

export const MAX_TEXT_PER_DOCUMENT = 500_000;

/**
 * The brand engine lays a changed text body out once, and up to ~40 times more to shrink it
 * into its box: at most this many characters are measured for one deck. A real deck's token
 * boxes need a few thousand; a hostile one with thousands of 50,000-character token boxes would
 * take hours.
 */
export const MAX_FITTED_CHARS = 1_000_000;

export interface TextBudget {
  /** Characters laid out so far in the document. */
  used: number;
  /** True once the document's limit has been reported. */
  reported: boolean;
}

export function newTextBudget(): TextBudget {
  return { used: 0, reported: false };
}

interface TextItem {
  kind: string;
  text?: string;
}

/** What was left out of one text body. */
export interface TextCut {
  /** Characters of the text body (UTF-16 code units). */
  total: number;
  kept: number;
}

/**
 * Cuts a text body's paragraphs (in place) to what is left of the document's budget and counts
 * what is kept against it. Characters are UTF-16 code units; a cut never splits a surrogate
 * pair. Returns undefined when nothing was cut.
 */
export function capText<P extends { items: TextItem[] }>(paragraphs: P[], budget: TextBudget, maxDocument = MAX_TEXT_PER_DOCUMENT): TextCut | undefined {
  let total = 0;
  for (const p of paragraphs) for (const item of p.items) total += item.text?.length ?? 0;
  const room = Math.max(0, maxDocument - budget.used);
  if (total <= room) {
    budget.used += total;
    return undefined;
  }
  budget.used = maxDocument;
  let left = room;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const items = paragraphs[pi]!.items;
    for (let ii = 0; ii < items.length; ii++) {
      const item = items[ii]!;
      const n = item.text?.length ?? 0;
      if (n <= left) {
        left -= n;
        continue;
      }
      // Cut inside this item, then drop everything after it.
      let at = left;
      const code = item.text!.charCodeAt(at - 1);
      if (at > 0 && code >= 0xd800 && code <= 0xdbff) at--;
      item.text = item.text!.slice(0, at);
      items.length = item.text === '' ? ii : ii + 1;
      paragraphs.length = items.length === 0 && pi > 0 ? pi : pi + 1;
      return { total, kept: room };
    }
  }
  return { total, kept: room };
}
