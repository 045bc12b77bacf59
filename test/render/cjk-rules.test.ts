import { describe, expect, it } from 'vitest';
import { FontPicker } from '../../src/render/text/font-picker.js';
import { layoutText } from '../../src/render/text/layout.js';
import type { Paragraph } from '../../src/render/text/paragraphs.js';
import type { ParaStyle, RunStyle } from '../../src/render/text/props.js';
import { measure } from '../../src/render/text/itemize.js';
import { newTextStats } from '../../src/render/text/stats.js';
import { registry } from './helpers/fixtures.js';

const run: RunStyle = {
  size: 10, bold: false, italic: false, underline: 'none', strike: 'noStrike', color: { r: 0, g: 0, b: 0, a: 1 },
  latin: 'Source Sans 3', ea: '', cs: '', sym: '', baseline: 0, cap: 'none', spacing: 0, lang: 'zh-CN', highlight: undefined, underlineColor: undefined,
};
const para = (text: string, over: Partial<ParaStyle> = {}): Paragraph => ({
  style: {
    level: 0, marL: 0, marR: 0, indent: 0, algn: 'l', rtl: false, lnSpc: { kind: 'pct', value: 1 }, spcBef: { kind: 'pts', value: 0 }, spcAft: { kind: 'pts', value: 0 },
    defTab: 72, tabs: [], bullet: { type: { kind: 'none' }, color: undefined, size: undefined, font: undefined }, latinLnBrk: false, hangingPunct: true, ...over,
  },
  items: [{ kind: 'text', text, style: run, link: undefined }],
  endStyle: run,
});
const layout = (p: Paragraph, width: number) =>
  layoutText([p], { width, wrap: true, fontScale: 1, lnSpcReduction: 0, picker: new FontPicker(registry, () => {}, newTextStats()), stats: newTextStats() });
const lineTexts = (l: ReturnType<typeof layout>) => l.lines.map((line) => line.runs.map((r) => r.text).join(''));

describe('LibreOffice rules for Chinese text', () => {
  const sc = registry.resolve('Noto Sans SC', { bold: false, italic: false }).face;
  const em = measure(sc, '中', 10, 0);

  it('adds a quarter em between Chinese and Latin text (autospace)', () => {
    const l = layout(para('中文Teams中文'), 500);
    const runs = l.lines[0]!.runs;
    expect(runs.map((r) => r.text)).toEqual(['中文', 'Teams', '中文']);
    expect(runs[1]!.x - (runs[0]!.x + runs[0]!.width)).toBeCloseTo(2.5, 3);
    expect(runs[2]!.x - (runs[1]!.x + runs[1]!.width)).toBeCloseTo(2.5, 3);
  });

  it('lets a CJK comma or full stop hang past the line end when a:pPr@hangingPunct is on', () => {
    // Exactly four ideographs fit; the fifth "character" is the comma.
    const width = em * 4 + 0.01;
    expect(lineTexts(layout(para('确认邮件，时间'), width))[0]).toBe('确认邮件，');
    // Without hanging, the comma may not start a line, so "件，" moves down together.
    expect(lineTexts(layout(para('确认邮件，时间', { hangingPunct: false }), width))[0]).toBe('确认邮');
  });
});

describe('text that does not wrap (a:bodyPr wrap="none")', () => {
  it('still aligns to the box: centred lines are centred on it, even when wider', () => {
    const centred = (text: string, width: number) =>
      layoutText([para(text, { algn: 'ctr', hangingPunct: true })], { width, wrap: false, fontScale: 1, lnSpcReduction: 0, picker: new FontPicker(registry, () => {}, newTextStats()), stats: newTextStats() });
    const short = centred('Centred', 200).lines[0]!;
    expect(short.x + short.width / 2).toBeCloseTo(100, 3);
    const long = centred('A line much wider than its narrow box', 40);
    expect(long.lines.length).toBe(1);
    expect(long.lines[0]!.x).toBeLessThan(0);
    expect(long.lines[0]!.x + long.lines[0]!.width / 2).toBeCloseTo(20, 3);
  });
});
