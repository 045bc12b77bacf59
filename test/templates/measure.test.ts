import { describe, expect, it } from 'vitest';
import { TextMeasurer, TextOverflowError } from '../../src/templates/build/measure.js';

const body = { font: 'body' as const, size: 10, bold: false };
const measurer = new TextMeasurer();

describe('TextMeasurer', () => {
  it('wraps greedily and needs more lines in a narrower box', () => {
    const runs = [{ text: 'Open the link in any web browser or in the Microsoft Teams app. There is nothing to install.', style: body }];
    const wide = measurer.lineCount(runs, 400);
    const narrow = measurer.lineCount(runs, 100);
    expect(wide).toBe(2);
    expect(narrow).toBeGreaterThan(4);
    expect(measurer.breakLines(runs, 100, 'Inter').join('')).toBe(runs[0]!.text);
  });

  it('answers for the widest shipped family', () => {
    const runs = [{ text: 'Mød din rådgiver på tomandshånd over video fra din mobil eller computer', style: body }];
    let differ = false;
    for (const width of [100, 120, 140, 160, 180, 200]) {
      const perFamily = (['Inter', 'Source Sans 3', 'Montserrat', 'Merriweather', 'Lora'] as const).map((f) => measurer.breakLines(runs, width, f).length);
      expect(measurer.lineCount(runs, width)).toBe(Math.max(...perFamily));
      if (new Set(perFamily).size > 1) differ = true;
    }
    expect(differ).toBe(true);
  });

  it('lays out Chinese in the East Asian font, about one em per character', () => {
    const text = '无论身在何处都能获得一对一专属服务'.repeat(3);
    const lines = measurer.breakLines([{ text, style: body }], 100, 'Inter');
    // 10 pt characters in a 100 pt line: at most 10 per line.
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(10);
    expect(lines.length).toBeGreaterThanOrEqual(Math.ceil([...text].length / 10));
  });

  it('refuses a word that cannot fit its line', () => {
    expect(() => measurer.lineCount([{ text: 'bekræftelsesmailen', style: body }], 60)).toThrow(TextOverflowError);
  });

  it('counts letter spacing', () => {
    const plain = measurer.naturalWidth([{ text: 'HOW IT WORKS', style: body }]);
    const spaced = measurer.naturalWidth([{ text: 'HOW IT WORKS', style: { ...body, charSpacing: 1 } }]);
    expect(spaced - plain).toBeCloseTo(12, 5);
  });
});
