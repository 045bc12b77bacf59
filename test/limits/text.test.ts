/**
 * The document's text budget (src/limits/text.ts): what capText keeps and cuts. The renderer and
 * the brand engine on hostile decks: test/interop/bounded-text.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { capText, newTextBudget } from '../../src/limits/text.js';

type Item = { kind: 'text' | 'br'; text?: string };
const para = (...texts: string[]) => ({ items: texts.map((t): Item => (t === '\n' ? { kind: 'br' } : { kind: 'text', text: t })) });

describe('capText: the document budget', () => {
  it('keeps what fits and counts it', () => {
    const budget = newTextBudget();
    expect(capText([para('abc', 'de'), para('f')], budget, 100)).toBeUndefined();
    expect(budget.used).toBe(6);
  });

  it('cuts inside a run when the budget runs out, and drops the runs and paragraphs after it', () => {
    const budget = newTextBudget();
    budget.used = 94;
    const ps = [para('abcd', '\n', 'efgh'), para('ijkl'), para('mnop')];
    expect(capText(ps, budget, 100)).toEqual({ total: 16, kept: 6 });
    expect(ps).toEqual([para('abcd', '\n', 'ef')]);
    expect(budget.used).toBe(100);
  });

  it('leaves no empty paragraph behind a cut at a paragraph boundary, and never splits a surrogate pair', () => {
    const ps = [para('abcd'), para('efgh')];
    capText(ps, newTextBudget(), 4);
    expect(ps).toEqual([para('abcd')]);
    const emoji = [para('ab😀cd')];
    capText(emoji, newTextBudget(), 3);
    expect(emoji).toEqual([para('ab')]);
  });

  it('once spent, nothing more', () => {
    const budget = newTextBudget();
    capText([para('x'.repeat(12))], budget, 12);
    const rest = [para('z')];
    expect(capText(rest, budget, 12)).toEqual({ total: 1, kept: 0 });
    expect(rest).toEqual([{ items: [] }]);
  });
});
