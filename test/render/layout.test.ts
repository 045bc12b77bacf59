import { describe, expect, it } from 'vitest';
import { fixture, listOf, texts, textWith, IN } from './helpers/fixtures.js';

const { list, warnings } = listOf(fixture('text-layout'));
const lines = (s: string) => texts(list).filter((t) => t.py > 0 && t.text.includes(s));

describe('text layout (fixtures/render/text-layout.pptx)', () => {
  it('aligns left, centre, right and justifies all lines but the last', () => {
    // Boxes 3.6 in wide with 0.1 in insets: the text area is 244.8 pt wide.
    const left = 0.5 * IN + 7.2;
    const right = (box: number) => box + 3.6 * IN - 7.2;
    const firstLeft = textWith(list, 'Join the video appointment');
    expect(firstLeft.px).toBeCloseTo(left, 1);
    const byY = (x0: number, y0: number) =>
      texts(list).filter((t) => t.px >= x0 && t.px < x0 + 3.6 * IN && t.py > y0 && t.py < y0 + 1.1 * IN);
    const centre = byY(4.4 * IN, 0.4 * IN);
    for (const t of centre) expect(t.px + t.width / 2).toBeCloseTo(4.4 * IN + 1.8 * IN, 0);
    const rightBox = byY(0.5 * IN, 1.7 * IN);
    for (const t of rightBox) expect(t.px + t.width).toBeCloseTo(right(0.5 * IN), 0);
    const just = byY(4.4 * IN, 1.7 * IN);
    const rows = new Map<number, { x0: number; x1: number }>();
    for (const t of just) {
      const r = rows.get(t.py) ?? { x0: Infinity, x1: -Infinity };
      r.x0 = Math.min(r.x0, t.px);
      r.x1 = Math.max(r.x1, t.px + t.width);
      rows.set(t.py, r);
    }
    const sorted = [...rows.entries()].sort((a, b) => a[0] - b[0]);
    expect(sorted.length).toBe(3);
    for (const [, r] of sorted.slice(0, -1)) expect(r.x1 - r.x0).toBeCloseTo(3.6 * IN - 14.4, 0);
    expect(sorted[2]![1].x1 - sorted[2]![1].x0).toBeLessThan(3.6 * IN - 30);
  });

  it('uses LibreOffice\'s PPTX line box: 1.2 × size per line, baseline 1.0 × size below the top', () => {
    const first = textWith(list, 'Join the video appointment');
    expect(first.py).toBeCloseTo(0.4 * IN + 3.6 + 11, 1);
    const second = texts(list).find((t) => t.px === first.px && t.py > first.py)!;
    expect(second.py - first.py).toBeCloseTo(13.2, 3);
  });

  it('applies a:lnSpc percentages and points, and ignores spcBef of the first paragraph', () => {
    const l1 = textWith(list, 'Line spacing');
    // 150 %: line box 18 pt, baseline 18 − 2 = 16 pt below the line top; no space before.
    expect(l1.py).toBeCloseTo(5.3 * IN + 3.6 + 16, 1);
    const l2 = textWith(list, 'space before');
    expect(l2.py - l1.py).toBeCloseTo(18, 3);
    const p2 = textWith(list, 'Second paragraph');
    const l3 = textWith(list, 'paragraphs.');
    // space after (6) + space before (6) between the paragraphs.
    expect(p2.py - l3.py).toBeCloseTo(18 + 12, 3);
    const e1 = textWith(list, 'Exact 20 pt');
    const e2 = texts(list).find((t) => t.text === 'second')!;
    expect(e2.py - e1.py).toBeCloseTo(20, 3);
  });

  it('makes a line with a subscript taller, and raises and shrinks super/subscripts', () => {
    const base = textWith(list, 'E=mc');
    const colour = textWith(list, 'colour');
    expect(colour.py - base.py).toBeGreaterThan(14.4 + 3);
    const sup = texts(list).find((t) => t.text === '2' && t.py < base.py)!;
    expect(sup.size).toBeCloseTo(12 * 0.58, 3);
    expect(base.py - sup.py).toBeCloseTo(3.6, 3);
  });

  it('breaks a word longer than the line inside it, within the box', () => {
    const parts = texts(list).filter((t) => t.px < 2.2 * IN && t.py > 5.3 * IN && t.py < 6.6 * IN);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.map((p) => p.text).join('')).toBe('Supercalifragilisticexpialidociouslywordthatislongerthanthebox');
    for (const p of parts) expect(p.width).toBeLessThanOrEqual(1.6 * IN - 14.4 + 0.01);
  });

  it('places tabs on the default 1 in stops, capitals, no-wrap and autofit scaling', () => {
    expect(textWith(list, 'Jane').px).toBeCloseTo(0.5 * IN + 7.2 + 72, 0);
    expect(textWith(list, 'Doe').px).toBeCloseTo(0.5 * IN + 7.2 + 144, 0);
    expect(textWith(list, 'CAPS ALL').text).toBe('CAPS ALL');
    expect(lines('No wrap').length).toBe(1);
    expect(textWith(list, 'Shrunk').size).toBeCloseTo(11, 5);
    expect(warnings.some((w) => w.code === 'W_TEXT_OVERFLOW' && w.message.includes('"no wrap"') && w.slide === 1)).toBe(true);
  });

  it('draws bullets and numbers in front of the text, continuing the numbering', () => {
    expect(texts(list).filter((t) => t.text === '•').length).toBe(3);
    expect(texts(list).some((t) => t.text === '1.')).toBe(true);
    expect(texts(list).some((t) => t.text === '2.')).toBe(true);
    const item = textWith(list, 'Numbered two');
    const label = texts(list).find((t) => t.text === '2.')!;
    expect(label.py).toBeCloseTo(item.py, 5);
    expect(label.px).toBeLessThan(item.px);
  });
});

describe('Chinese text (fixtures/render/text-cjk-kinsoku.pptx)', () => {
  const cjk = listOf(fixture('text-cjk-kinsoku'));
  const all = texts(cjk.list);
  it('wraps between characters, never starting a line with closing punctuation or ending one with opening', () => {
    const starts = new Map<number, string>();
    const ends = new Map<number, string>();
    for (const t of all) {
      const key = Math.round(t.py * 10) + Math.round(t.px > 4 * IN ? 100000 : 0);
      if (!starts.has(key)) starts.set(key, t.text);
      ends.set(key, t.text);
    }
    expect(starts.size).toBeGreaterThan(4);
    for (const s of starts.values()) expect('，。、：；！？）」』】'.includes([...s][0]!)).toBe(false);
    for (const e of ends.values()) expect('（「『【'.includes([...e].at(-1)!)).toBe(false);
  });

  it('draws Chinese with the CJK fallback font and reports no missing glyphs', () => {
    expect(all.some((t) => t.face.family === 'Noto Sans SC')).toBe(true);
    expect(cjk.list.text.missing.size).toBe(0);
    expect([...cjk.list.text.langs.keys()]).toContain('zh-CN');
  });
});
