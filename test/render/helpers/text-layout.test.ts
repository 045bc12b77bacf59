/**
 * The layout measure of `npm run fidelity -- --reference` (text-layout.ts): words paired by text,
 * vertical offsets and line breaks against a reference page.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { compareLayout, lcsPairs, parseBbox, readTextPages, wordKey, type TextPage, type Word } from './text-layout.js';
import { withTempAsync } from './tools.js';

const word = (text: string, x: number, y: number, size = 10): Word => ({ text, xMin: x, yMin: y, xMax: x + text.length * size * 0.5, yMax: y + size });
/** Two lines: "Alpha beta gamma" at y 100 and "delta epsilon" at y 114. */
const reference: TextPage = {
  width: 960,
  height: 540,
  words: [word('Alpha', 50, 100), word('beta', 90, 100), word('gamma', 130, 100), word('delta', 50, 114), word('epsilon', 90, 114)],
};

describe('text layout against a reference page', () => {
  it('reads the pages and words of pdftotext -bbox output', () => {
    const pages = parseBbox(
      '<doc>\n<page width="959.760000" height="540.000000">\n' +
        '    <word xMin="54.000000" yMin="33.500000" xMax="120.250000" yMax="70.100000">R&amp;D</word>\n' +
        '    <word xMin="130.000000" yMin="33.500000" xMax="180.000000" yMax="70.100000">&#x2013;plan</word>\n' +
        '</page>\n<page width="959.760000" height="540.000000">\n</page>\n</doc>',
    );
    expect(pages).toHaveLength(2);
    expect(pages[0]!.width).toBeCloseTo(959.76);
    expect(pages[0]!.words.map((w) => w.text)).toEqual(['R&D', '–plan']);
    expect(pages[0]!.words[0]).toMatchObject({ xMin: 54, yMin: 33.5, xMax: 120.25, yMax: 70.1 });
    expect(pages[1]!.words).toEqual([]);
  });

  it('pairs words by their text: ligatures, case and outer punctuation aside, bullets left out', () => {
    expect(wordKey('ﬁnal,')).toBe('final');
    expect(wordKey('“Quoted”')).toBe('quoted');
    expect(wordKey('•')).toBe('');
    expect(wordKey('R&D')).toBe('r&d');
    expect(lcsPairs(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
    ]);
  });

  it('finds the same layout at another page width, and a shifted or rebroken one', () => {
    // The same words at twice the page size: no offset once scaled to the reference's width.
    const double: TextPage = { width: 1920, height: 1080, words: reference.words.map((w) => ({ ...w, xMin: w.xMin * 2, yMin: w.yMin * 2, xMax: w.xMax * 2, yMax: w.yMax * 2 })) };
    expect(compareLayout(reference, double)).toEqual({ refWords: 5, matched: 5, medianDy: 0, pitch: 0, height: 1, within: 1, breaks: 1 });

    // Every line 6 pt lower (a taller row or line pitch above them): same breaks, offset 6 pt.
    const lower: TextPage = { ...reference, words: reference.words.map((w) => ({ ...w, yMin: w.yMin + 6, yMax: w.yMax + 6 })) };
    expect(compareLayout(reference, lower)).toMatchObject({ matched: 5, medianDy: 6, pitch: 0, within: 0, breaks: 1 });

    // Taller boxes (another producer's font metrics: 20 % more descent), lines 3 pt further apart:
    // the centres move by the metrics, the distance between lines only by the 3 pt.
    const taller: TextPage = {
      ...reference,
      words: reference.words.map((w) => ({ ...w, yMin: w.yMin + (w.yMin > 105 ? 3 : 0), yMax: w.yMax + 2 + (w.yMin > 105 ? 3 : 0) })),
    };
    expect(compareLayout(reference, taller)).toMatchObject({ matched: 5, medianDy: 1, pitch: 3, height: 1.2, breaks: 1 });

    // "gamma" pushed to the second line (the text breaks one word earlier): one pair of four
    // consecutive pairs disagrees twice (beta→gamma now a break, gamma→delta no longer one).
    const rebroken: TextPage = {
      ...reference,
      words: [word('Alpha', 50, 100), word('beta', 90, 100), word('gamma', 50, 114), word('delta', 90, 114), word('epsilon', 130, 114)],
    };
    const r = compareLayout(reference, rebroken);
    expect(r.matched).toBe(5);
    expect(r.breaks).toBeCloseTo(2 / 4);
    expect(r.within).toBeCloseTo(4 / 5);

    // Text the other page lacks is counted, not paired; a page without words has no offsets.
    expect(compareLayout(reference, { ...reference, words: reference.words.slice(0, 2) })).toMatchObject({ refWords: 5, matched: 2, medianDy: 0 });
    const none = compareLayout(reference, { ...reference, words: [] });
    expect(none.matched).toBe(0);
    expect(none.medianDy).toBeNaN();
    expect(none.breaks).toBeNaN();
  });

  it.skipIf(spawnSync('sh', ['-c', 'command -v pdftotext']).status !== 0)('measures two real PDFs through pdftotext', async () => {
    const pdf = async (lines: { text: string; y: number }[], width: number) => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([width, (width * 9) / 16]);
      const s = width / 960;
      for (const l of lines) page.drawText(l.text, { x: 60 * s, y: page.getHeight() - l.y * s, size: 20 * s, font });
      return doc.save();
    };
    await withTempAsync(async (dir) => {
      const ref = path.join(dir, 'ref.pdf');
      const same = path.join(dir, 'same.pdf');
      const moved = path.join(dir, 'moved.pdf');
      const lines = [
        { text: 'Quarterly results by region', y: 100 },
        { text: 'Revenue grew in every market', y: 130 },
      ];
      writeFileSync(ref, await pdf(lines, 959.76));
      writeFileSync(same, await pdf(lines, 720));
      writeFileSync(moved, await pdf(lines.map((l, i) => ({ ...l, y: l.y + i * 9 })), 960));
      const [r] = readTextPages(ref)!;
      const a = compareLayout(r!, readTextPages(same)![0]!);
      expect(a).toMatchObject({ refWords: 9, matched: 9, within: 1, breaks: 1 });
      expect(a.medianDy).toBeLessThan(0.5);
      // The second line 9 pt lower: its five words are off by 9 pt, the first line's four are not.
      const b = compareLayout(r!, readTextPages(moved)![0]!);
      expect(b.matched).toBe(9);
      expect(b.within).toBeCloseTo(4 / 9);
      expect(b.medianDy).toBeGreaterThan(8);
      expect(b.pitch).toBeCloseTo(9, 0);
      expect(b.breaks).toBe(1);
    });
  });
});
