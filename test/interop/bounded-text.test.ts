/**
 * Bounded text on hostile decks (seconds each, so not in npm test): each text body is cut to
 * MAX_SHAPE_TEXT_CHARS (src/text/limits.ts, W_TEXT_TRUNCATED), a document to
 * MAX_TEXT_PER_DOCUMENT (src/limits/text.ts, W_TEXT_LIMIT), and the brand engine measures at most
 * MAX_FITTED_CHARS per deck. The issue's measurement: one 1,000,000-character word
 * (fixtures/hostile/long-word.pptx) ran for ten minutes into V8's heap limit at 4.1 GB.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFontRegistry } from '../../src/fonts/index.js';
import { MAX_FITTED_CHARS, MAX_TEXT_PER_DOCUMENT } from '../../src/limits/text.js';
import type { TextOp } from '../../src/render/ops.js';
import { displayList, render } from '../../src/render/render.js';
import { MAX_SHAPE_TEXT_CHARS } from '../../src/text/limits.js';
import type { Warning } from '../../src/warnings.js';
import { brand, run as customizeRun } from '../edit/helpers/brands.js';
import { miniDeck, run, textShape } from '../edit/helpers/mini-deck.js';

const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'hostile');
const registry = createFontRegistry({ systemFonts: false });

function drawnText(warnings: Warning[], bytes: Uint8Array): string {
  const list = displayList(bytes, { registry }, warnings);
  return list.pages.flatMap((p) => p.ops.filter((o): o is TextOp => o.kind === 'text').map((o) => o.text)).join('');
}

describe('the renderer', () => {
  it('one word of 1,000,000 characters (fixtures/hostile/long-word.pptx): laid out up to the limit of a text box, with a warning', async () => {
    const deck = readFileSync(path.join(HOSTILE, 'long-word.pptx'));
    const warnings: Warning[] = [];
    const text = drawnText(warnings, deck);
    expect(text.length).toBeLessThanOrEqual(MAX_SHAPE_TEXT_CHARS);
    expect(text.length).toBeGreaterThan(MAX_SHAPE_TEXT_CHARS - 100);
    expect(warnings.filter((w) => w.code === 'W_TEXT_TRUNCATED')).toHaveLength(1);
    expect((await render(deck, { registry })).pages).toBe(1);
  });

  it('past the document limit, later text is left out with one warning', async () => {
    const shapes = Array.from({ length: 60 }, (_, i) => textShape({ id: 2 + i, name: `T${i}`, paras: [run('word '.repeat(2000))] })).join('');
    const deck = await miniDeck({ slides: [{ shapes }, { shapes: textShape({ id: 2, name: 'Later', paras: [run('later text')] }) }] });
    const warnings: Warning[] = [];
    const text = drawnText(warnings, deck);
    expect(text).not.toContain('later text');
    expect(text.replace(/ /g, '').length).toBeLessThanOrEqual(MAX_TEXT_PER_DOCUMENT);
    expect(warnings.filter((w) => w.code === 'W_TEXT_LIMIT').map((w) => w.message)).toEqual([
      'slide 1: the document has more than 500,000 characters of text; text from here on is not drawn',
    ]);
  });
});

describe('the brand engine', () => {
  it('a token shape holding the 1,000,000-character word is measured within the budget and ends in one E_TEXT_OVERFLOW line', async () => {
    // Each layout is cut to MAX_SHAPE_TEXT_CHARS, the fitting loop to MAX_FITTED_CHARS: the run
    // ends in seconds (before the limits: minutes, then V8's heap limit at 4.3 GB).
    const deck = readFileSync(path.join(HOSTILE, 'long-word.pptx'));
    const err = await customizeRun(deck, brand(), {}, { fitText: true, fonts: registry }).then(
      () => undefined,
      (e: unknown) => e as { code?: string; message?: string },
    );
    expect(err?.code).toBe('E_TEXT_OVERFLOW');
    expect(err?.message).toMatch(/^organization does not fit the deck even at 9 pt \(.*\): 0 of its \d+ characters fit; shorten it$/);
  });

  it('measures at most MAX_FITTED_CHARS characters for a deck: boxes past it are left at their size, with one warning', async () => {
    // 20 slides, each one 40 pt box of 4,000 characters that fits at some smaller size: fitting
    // lays each out up to ~60 times (40 pt down in half points), so the budget ends part-way.
    const body = `{{organization}} ${'word '.repeat(800)}`;
    const slides = Array.from({ length: 20 }, () => ({ shapes: textShape({ id: 2, name: 'T', x: 0, y: 0, cx: 7772400, cy: 10058400, paras: [run(body, 4000)] }) }));
    const deck = await miniDeck({ slides });
    const r = await customizeRun(deck, brand(), {}, { fitText: true, fonts: registry });
    const limit = r.warnings.filter((w) => w.code === 'W_TEXT_LIMIT').map((w) => w.message);
    expect(limit).toHaveLength(1);
    const left = Number(/; (\d+) text box\(es\) were left at their size$/.exec(limit[0]!)?.[1]);
    // Measured: at least one box, at most what the budget allows (each box costs ≥ 1 layout).
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(20);
    expect(20 - left).toBeLessThanOrEqual(Math.ceil(MAX_FITTED_CHARS / body.length));
    expect(r.warnings.filter((w) => w.code === 'W_TEXT_OVERFLOW')).toEqual([]);
  });
});
