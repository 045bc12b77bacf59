/**
 * A word of 50,000 characters (the limit of a text box) in a box a few characters wide is broken
 * into lines by characters, and every character is drawn once, in order, combining marks on
 * their base. Splitting used to spread the rest of the word into an array at every line
 * (quadratic; found by the fuzzer: `customize` of fixtures/hostile/long-word.pptx with the zh-CN
 * brand, over 20 s of CPU): this test took 117 s before the change and 3.4 s after (measured on a
 * loaded machine, not asserted), with the same lines.
 */
import { describe, expect, it } from 'vitest';
import { miniDeck, run, textShape } from '../edit/helpers/mini-deck.js';
import { listOf, texts } from './helpers/fixtures.js';

describe('a long word in a narrow box', () => {
  it('is broken by characters into lines that hold every character once, with combining marks kept on their base', async () => {
    const word = `${'W'.repeat(25_000)}${'e\u0301'.repeat(12_000)}${'😀'.repeat(1_000)}`;
    const shape = textShape({ id: 2, name: 'Narrow', cx: 457200, cy: 914400, paras: [run(word, 1800)] });
    const { list } = listOf(await miniDeck({ slides: [{ shapes: shape }] }));
    const lines = texts(list).map((t) => t.text);
    expect(lines.length).toBeGreaterThan(5_000);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(line).not.toMatch(/^\u0301/);
  });
});
