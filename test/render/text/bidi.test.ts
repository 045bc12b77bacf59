/**
 * Right-to-left text (src/render/text/bidi.ts and its use in layout.ts): the Unicode
 * Bidirectional Algorithm over a paragraph's runs, lines ordered visually, brackets mirrored,
 * rtl paragraphs aligned, indented and bulleted from the right.
 */
import { describe, expect, it } from 'vitest';
import { drawnText, mirror, paragraphLevels, reversedByShaper, visualLabel, visualOrder } from '../../../src/render/text/bidi.js';
import { FontPicker } from '../../../src/render/text/font-picker.js';
import { layoutText, type PlacedLine } from '../../../src/render/text/layout.js';
import type { Paragraph } from '../../../src/render/text/paragraphs.js';
import type { ParaStyle, RunStyle } from '../../../src/render/text/props.js';
import { newTextStats } from '../../../src/render/text/stats.js';
import { createFontRegistry } from '../../../src/fonts/index.js';
import { registry } from '../helpers/fixtures.js';

const style: RunStyle = {
  size: 10, bold: false, italic: false, underline: 'none', strike: 'noStrike', color: { r: 0, g: 0, b: 0, a: 1 },
  latin: 'Source Sans 3', ea: '', cs: '', sym: '', baseline: 0, cap: 'none', spacing: 0, lang: 'ar-DZ', highlight: undefined, underlineColor: undefined,
};
const bold: RunStyle = { ...style, bold: true };

function para(runs: (string | [string, RunStyle])[], over: Partial<ParaStyle> = {}): Paragraph {
  return {
    style: {
      level: 0, marL: 0, marR: 0, indent: 0, algn: 'l', rtl: false, lnSpc: { kind: 'pct', value: 1 }, spcBef: { kind: 'pts', value: 0 }, spcAft: { kind: 'pts', value: 0 },
      defTab: 72, tabs: [], bullet: { type: { kind: 'none' }, color: undefined, size: undefined, font: undefined }, latinLnBrk: false, hangingPunct: true, ...over,
    },
    items: runs.map((r) => (typeof r === 'string' ? { kind: 'text', text: r, style, link: undefined } : { kind: 'text', text: r[0], style: r[1], link: undefined })),
    endStyle: style,
  };
}
const layout = (p: Paragraph, width = 1000) =>
  layoutText([p], { width, wrap: true, fontScale: 1, lnSpcReduction: 0, picker: new FontPicker(registry, () => {}, newTextStats()), stats: newTextStats() });

/** What a line shows from left to right: runs by x, each as its glyphs come out of the shaper. */
function visual(line: PlacedLine): string {
  return [...line.runs]
    .sort((a, b) => a.x - b.x)
    .map((r) => (reversedByShaper(r.text) ? [...r.text].reverse().join('') : r.text))
    .join('');
}
const rev = (s: string) => [...s].reverse().join('');
/** The reading order the tagged PDF gets: runs in their order, logical text. */
const reading = (line: PlacedLine) => line.runs.filter((r) => !r.bullet).map((r) => r.logical ?? r.text).join('');

describe('bidi.ts', () => {
  it('leaves a left-to-right paragraph without right-to-left characters alone (the fast path)', () => {
    expect(paragraphLevels('Hello (world) 2018', false)).toBeUndefined();
    expect(paragraphLevels('Hello', true)?.base).toBe(1);
    expect(paragraphLevels('Hello שלום', false)?.base).toBe(0);
  });

  it('orders runs by rule L2 (highest level first, down to the lowest odd level)', () => {
    expect(visualOrder([0, 0, 0])).toEqual([0, 1, 2]);
    expect(visualOrder([1, 1, 1])).toEqual([2, 1, 0]);
    expect(visualOrder([1, 2, 1])).toEqual([2, 1, 0]);
    expect(visualOrder([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
    expect(visualOrder([1, 2, 2, 1, 2])).toEqual([4, 3, 1, 2, 0]);
  });

  it('mirrors brackets (L4) and reverses only what the shaper does not reverse', () => {
    expect(mirror('(a[b]{c}<d>)')).toBe(')a]b[}c{>d<(');
    // Hebrew is shaped (fontkit reverses it): handed over in logical order, mirrored.
    expect(drawnText('שלום (עולם)', 1)).toEqual({ text: 'שלום )עולם(', shaped: true });
    // Neutrals alone are drawn as they are given: reversed here.
    expect(drawnText(': (', 1)).toEqual({ text: ') :', shaped: false });
    expect(drawnText('abc', 0)).toEqual({ text: 'abc', shaped: false });
  });

  it('puts the period of a number label on the left in a right-to-left paragraph', () => {
    expect(visualLabel('1.', 1)).toBe('.1');
    expect(visualLabel('1.', 0)).toBe('1.');
    expect(visualLabel('(a)', 1)).toBe('(a)');
  });
});

describe('right-to-left lines', () => {
  it('draws "من 08 إلى 15 أوت 2018" (rtl) with its numbers between the words, right to left', () => {
    const l = layout(para(['من 08 إلى 15 أوت 2018'], { rtl: true, algn: 'r' }));
    expect(visual(l.lines[0]!)).toBe(`2018 ${rev('أوت')} 15 ${rev('إلى')} 08 ${rev('من')}`);
    expect(reading(l.lines[0]!)).toBe('من 08 إلى 15 أوت 2018');
  });

  it('puts a final colon or full stop on the left of an rtl paragraph, also after Latin words', () => {
    expect(visual(layout(para(['المخصصة للإيواء:'], { rtl: true })).lines[0]!)).toBe(`:${rev('للإيواء')} ${rev('المخصصة')}`);
    expect(visual(layout(para(['כותרת: Hello World.'], { rtl: true })).lines[0]!)).toBe(`.Hello World :${rev('כותרת')}`);
    // Neutrals alone at an odd level are reversed once, not twice.
    expect(visual(layout(para(['Hello!?'], { rtl: true })).lines[0]!)).toBe('?!Hello');
  });

  it('mirrors brackets in right-to-left text', () => {
    expect(visual(layout(para(['שלום (עולם)'], { rtl: true })).lines[0]!)).toBe(`(${rev('עולם')}) ${rev('שלום')}`);
    // Brackets around a Latin word in an rtl paragraph take the paragraph's direction.
    expect(visual(layout(para(['(Hello)'], { rtl: true })).lines[0]!)).toBe('(Hello)');
  });

  it('reverses the words of a Hebrew phrase in a left-to-right paragraph', () => {
    const l = layout(para(['see שלום עולם now']));
    expect(visual(l.lines[0]!)).toBe(`see ${rev('עולם')} ${rev('שלום')} now`);
    expect(reading(l.lines[0]!)).toBe('see שלום עולם now');
  });

  it('orders runs of different styles across the paragraph (a bold Hebrew word first)', () => {
    const l = layout(para([['מונחים', bold], [' חשובים: 3 (A-B)', style]], { rtl: true }));
    expect(visual(l.lines[0]!)).toBe(`(A-B) 3 :${rev('חשובים')} ${rev('מונחים')}`);
    const boldRun = l.lines[0]!.runs.find((r) => r.style.bold)!;
    // The first word in reading order is the rightmost.
    expect(Math.max(...l.lines[0]!.runs.map((r) => r.x + r.width))).toBeCloseTo(boldRun.x + boldRun.width, 3);
    // The reading order stays logical (the tagged PDF), the bold run first.
    expect(l.lines[0]!.runs[0]!.style.bold).toBe(true);
  });

  it('breaks lines in logical order and orders each line on its own', () => {
    const words = 'אחת שתיים שלוש ארבע חמש שש שבע שמונה';
    const l = layout(para([words], { rtl: true, algn: 'r' }), 80);
    expect(l.lines.length).toBeGreaterThan(1);
    // The first line holds the first words, the rightmost first.
    const first = [...l.lines[0]!.runs].sort((a, b) => b.x - a.x)[0]!;
    expect((first.logical ?? first.text).startsWith('אחת')).toBe(true);
    expect(l.lines.map(reading).join(' ')).toBe(words);
  });
});

describe('right-to-left paragraphs: alignment, indent and bullets', () => {
  const width = 400;
  const right = (line: PlacedLine) => Math.max(...line.runs.map((r) => r.x + r.width));

  it('aligns algn="r" to the right edge and algn="l" to the left, as PowerPoint and LibreOffice draw them', () => {
    const r = layout(para(['שלום עולם'], { rtl: true, algn: 'r' }), width).lines[0]!;
    expect(right(r)).toBeCloseTo(width, 3);
    const l = layout(para(['שלום עולם'], { rtl: true, algn: 'l' }), width).lines[0]!;
    expect(Math.min(...l.runs.map((x) => x.x))).toBeCloseTo(0, 3);
  });

  it('takes marL and the bullet on the right (the start of the line)', () => {
    const bullet = { type: { kind: 'char' as const, char: '•' }, color: undefined, size: undefined, font: undefined };
    const l = layout(para(['שלום עולם'], { rtl: true, algn: 'r', marL: 20, indent: -20, bullet }), width).lines[0]!;
    const b = l.runs.find((r) => r.bullet)!;
    expect(b.x + b.width).toBeCloseTo(width, 3);
    const text = l.runs.filter((r) => !r.bullet);
    expect(Math.max(...text.map((r) => r.x + r.width))).toBeCloseTo(width - 20, 3);
    // A left-to-right paragraph keeps them on the left.
    const ltr = layout(para(['Hello'], { algn: 'l', marL: 20, indent: -20, bullet }), width).lines[0]!;
    expect(ltr.runs.find((r) => r.bullet)!.x).toBeCloseTo(0, 3);
  });

  it('justifies an rtl paragraph from the right, the last line to the right', () => {
    const words = 'אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר';
    const l = layout(para([words], { rtl: true, algn: 'just' }), 90);
    expect(l.lines.length).toBeGreaterThan(2);
    for (const line of l.lines.slice(0, -1)) {
      expect(right(line)).toBeCloseTo(90, 1);
      expect(Math.min(...line.runs.map((r) => r.x))).toBeCloseTo(0, 1);
    }
    expect(right(l.lines[l.lines.length - 1]!)).toBeCloseTo(90, 1);
    expect(l.lines.map(reading).join(' ').replace(/ +/g, ' ')).toBe(words);
  });
});

describe('weak characters in right-to-left text', () => {
  const withCs: RunStyle = { ...style, cs: 'Inter' };
  const faceOf = (l: ReturnType<typeof layout>, text: string) => l.lines[0]!.runs.find((r) => r.text.includes(text))!.face.family;

  it('draws digits and punctuation inside Arabic text in the run\'s a:cs typeface, as LibreOffice does', () => {
    const l = layout(para([['من 08 إلى 15: 2018', withCs]], { rtl: true }));
    expect(faceOf(l, '08')).toBe('Inter');
    expect(faceOf(l, '2018')).toBe('Inter');
    // After a Latin word they stay in the Latin typeface.
    const mixed = layout(para([['من Page 12', withCs]], { rtl: true }));
    expect(faceOf(mixed, '12')).toBe('Source Sans 3');
  });

  // Needs a system font with Arabic letters (DejaVu Sans): the shipped fonts have none.
  const system = createFontRegistry({});
  const arabic = system.faceForChar(0x645, registry.resolve('Source Sans 3', { bold: false, italic: false }).face, { bold: false, italic: false });
  it.skipIf(!arabic)('draws them in the face of the Arabic letters when the run names no a:cs typeface', () => {
    // Source Sans 3 has no Arabic: the letters come from a fallback face, and so do the digits
    // between them (LibreOffice draws both in its complex-text font).
    const l = layoutText([para(['من 08 إلى'], { rtl: true })], { width: 1000, wrap: true, fontScale: 1, lnSpcReduction: 0, picker: new FontPicker(system, () => {}, newTextStats()), stats: newTextStats() });
    const letters = l.lines[0]!.runs.find((r) => r.text.includes('من'))!.face;
    expect(letters.family).not.toBe('Source Sans 3');
    expect(faceOf(l, '08')).toBe(letters.family);
  });

  it('leaves paragraphs without complex-script letters in the Latin typeface', () => {
    const l = layout(para([['Page 08: 2018', withCs]]));
    expect(faceOf(l, '08')).toBe('Source Sans 3');
  });
});

