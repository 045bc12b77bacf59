/**
 * The composed pages (before they become PresentationML): everything inside the print-safe
 * margins, no two text boxes overlapping, the last section on the bottom margin, no heading line
 * of a single word and no widow (in the template's own fonts), and a build that refuses a page
 * too short for its content.
 */
import { describe, expect, it } from 'vitest';
import { composePage } from '../../src/templates/build/compose.js';
import { TextMeasurer } from '../../src/templates/build/measure.js';
import { leaves, type Box, type SceneElement, type TextElement } from '../../src/templates/build/scene.js';
import { keepLastWords, keepTogether } from '../../src/templates/build/text-block.js';
import { INDUSTRIES } from '../../src/templates/source/industries/index.js';
import { LAYOUTS } from '../../src/templates/source/layouts/index.js';
import { PRINT_SAFE_MARGIN } from '../../src/templates/source/types.js';
import { VARIANTS } from './template-file.js';

const measurer = new TextMeasurer();
const EMU_PER_PT = 12700;

function overlap(a: Box, b: Box): boolean {
  const eps = 0.01;
  return a.x < b.x + b.w - eps && b.x < a.x + a.w - eps && a.y < b.y + b.h - eps && b.y < a.y + a.h - eps;
}

/** Headings: the step titles, section headings, the title, the call to action. */
const isHeading = (el: TextElement): boolean => /title$|heading$|^Title$|^QR code caption$/i.test(el.name) && !/text$/i.test(el.name);

describe.each(VARIANTS)('composed page of $file', ({ id, locale, paper }) => {
  const warnings: string[] = [];
  const { scene, report } = composePage(id, locale, paper, measurer, { warn: (w) => warnings.push(w) });
  const layout = LAYOUTS[paper];
  const width = layout.widthEmu / EMU_PER_PT;
  const height = layout.heightEmu / EMU_PER_PT;
  const items = [...leaves(scene.elements)];
  /** What the template shows: not the hidden va:when:spare member (it lies over the note by design). */
  const shown = [...leaves(scene.elements.flatMap(function visible(el): SceneElement[] {
    return el.kind !== 'group' ? [el] : el.hidden ? [] : [{ ...el, children: el.children.flatMap(visible) }];
  }))];

  it('keeps everything inside the margins, which are print-safe (6 mm or more)', () => {
    for (const m of Object.values(layout.margin)) expect(m).toBeGreaterThanOrEqual(PRINT_SAFE_MARGIN);
    for (const el of items) {
      expect(el.box.x, el.name).toBeGreaterThanOrEqual(layout.margin.left - 1e-6);
      expect(el.box.y, el.name).toBeGreaterThanOrEqual(layout.margin.top - 1e-6);
      expect(el.box.x + el.box.w, el.name).toBeLessThanOrEqual(width - layout.margin.right + 1e-6);
      expect(el.box.y + el.box.h, el.name).toBeLessThanOrEqual(height - layout.margin.bottom + 1e-6);
    }
  });

  it('never lets two text boxes overlap', () => {
    const texts = shown.filter((el) => el.kind === 'text');
    const clashes: string[] = [];
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) if (overlap(texts[i]!.box, texts[j]!.box)) clashes.push(`${texts[i]!.name} / ${texts[j]!.name}`);
    expect(clashes).toEqual([]);
  });

  it('ends on the bottom margin (the gaps take the room to spare), with no widow or one-word heading line', () => {
    const bottom = Math.max(...items.map((el) => el.box.y + el.box.h));
    expect(height - layout.margin.bottom - bottom).toBeLessThan(3 * layout.grid.baseline);
    expect(report.spare).toBeGreaterThanOrEqual(0);
    expect(warnings).toEqual([]);
  });

  it('sets headings so that no line holds a single word, in any shipped font', () => {
    if (locale === 'zh-CN') return;
    for (const el of items.filter((e): e is TextElement => e.kind === 'text' && isHeading(e))) {
      const text = el.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
      if (text.includes('{{')) continue;
      const inner = el.box.w - el.insets[0] - el.insets[2];
      const runs = el.paragraphs[0]!.runs.map((r) => ({ text: r.text, style: { font: r.style.font, size: r.style.size, bold: r.style.bold, ...(r.style.charSpacing ? { charSpacing: r.style.charSpacing } : {}) } }));
      for (const family of measurer.families) {
        const lines = measurer.breakLines(runs, inner, family);
        if (lines.length < 2) continue;
        for (const l of lines) expect(/[ \u00a0]/.test(l.trim()), `${el.name} in ${family}: "${l.trim()}"`).toBe(true);
      }
    }
  });

  it('uses the design of its industry', () => {
    expect(INDUSTRIES[id].design).toMatch(/^(timeline|columns|cards|rows)$/);
  });
});

describe('composePage', () => {
  it('refuses a page that is too short for its content', () => {
    const short = { ...LAYOUTS.letter, heightEmu: LAYOUTS.letter.heightEmu - 150 * EMU_PER_PT };
    expect(() => composePage('healthcare', 'zh-CN', 'letter', measurer, { layout: short })).toThrow(/too short/);
  });

  it('gives the four industries four different designs', () => {
    expect(new Set(Object.values(INDUSTRIES).map((i) => i.design)).size).toBe(4);
  });
});

describe('line-breaking helpers', () => {
  it('keep a heading of three words whole and glue the ends of longer ones', () => {
    expect(keepTogether('Check your email')).toBe('Check\u00a0your\u00a0email');
    expect(keepTogether('Meet your advisor by video')).toBe('Meet\u00a0your advisor by\u00a0video');
    expect(keepTogether('视频问诊流程')).toBe('视频问诊流程');
  });

  it('keep the last two words of running text together', () => {
    expect(keepLastWords('Wait until we let you in.')).toBe('Wait until we let you\u00a0in.');
    expect(keepLastWords('Two words')).toBe('Two words');
    expect(keepLastWords('Call us at {{helpPhone}}.')).toBe('Call us at {{helpPhone}}.');
  });
});
