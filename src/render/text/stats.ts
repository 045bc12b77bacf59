import { newTextBudget, type TextBudget } from '../../limits/text.js';

/**
 * What the text of a document used: languages (for the PDF's /Lang), uncovered characters, and
 * how much of the document's text budget (src/limits/text.ts) is spent.
 */
export interface TextStats {
  /** Characters per language tag (a:rPr@lang). */
  langs: Map<string, number>;
  /** Characters no available font covers, with how often they occur. */
  missing: Map<number, number>;
  budget: TextBudget;
}

export function newTextStats(): TextStats {
  return { langs: new Map(), missing: new Map(), budget: newTextBudget() };
}

/** The language most of the text is in, or undefined. */
export function mainLanguage(stats: TextStats): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [lang, n] of stats.langs) {
    if (n > count) {
      best = lang;
      count = n;
    }
  }
  return best;
}
