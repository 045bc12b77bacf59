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
  it('a token shape holding the 1,000,000-character word costs at most the fitting budget of the deck: left at its size, with one warning', async () => {
    const deck = readFileSync(path.join(HOSTILE, 'long-word.pptx'));
    const r = await customizeRun(deck, brand(), {}, { fitText: true, fonts: registry });
    expect(r.warnings.filter((w) => w.code === 'W_TEXT_LIMIT').map((w) => w.message)).toEqual([
      'the deck has more text to fit than 1,000,000 characters of measuring allow; 1 text box(es) were left at their size',
    ]);
  });

  it('measures at most MAX_FITTED_CHARS characters for a deck: boxes past it are left at their size, with one warning', async () => {
    // 40 pt text: up to 32 steps of 2.5 % down to 9 pt, each a layout of 10,000 characters.
    const shapes = Array.from({ length: 20 }, (_, i) => textShape({ id: 2 + i, name: `T${i}`, paras: [run(`{{organization}} ${'word '.repeat(2000)}`, 4000)] })).join('');
    const deck = await miniDeck({ slides: [{ shapes }] });
    const r = await customizeRun(deck, brand(), {}, { fitText: true, fonts: registry });
    const tooLong = r.warnings.filter((w) => w.code === 'W_TEXT_TOO_LONG');
    expect(tooLong.length).toBeGreaterThan(0);
    expect(tooLong.length).toBeLessThanOrEqual(Math.ceil(MAX_FITTED_CHARS / (30 * 10_000)));
    expect(r.warnings.filter((w) => w.code === 'W_TEXT_LIMIT').map((w) => w.message)).toEqual([
      `the deck has more text to fit than 1,000,000 characters of measuring allow; ${20 - tooLong.length} text box(es) were left at their size`,
    ]);
  });
});
