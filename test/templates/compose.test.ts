/**
 * The composed pages (before they become PresentationML): everything on the page and inside the
 * margins, no two text boxes overlapping, the footer at the bottom margin, and a build that
 * refuses a page too short for its content.
 */
import { describe, expect, it } from 'vitest';
import { composePage } from '../../src/templates/build/compose.js';
import { TextMeasurer } from '../../src/templates/build/measure.js';
import { leaves, type Box, type SceneElement } from '../../src/templates/build/scene.js';
import { LAYOUTS } from '../../src/templates/source/layouts/index.js';
import { VARIANTS } from './template-file.js';

const measurer = new TextMeasurer();
const EMU_PER_PT = 12700;

function overlap(a: Box, b: Box): boolean {
  const eps = 0.01;
  return a.x < b.x + b.w - eps && b.x < a.x + a.w - eps && a.y < b.y + b.h - eps && b.y < a.y + a.h - eps;
}

function find(elements: readonly SceneElement[], name: string): SceneElement | undefined {
  for (const el of elements) {
    if (el.name === name) return el;
    if (el.kind === 'group') {
      const inner = find(el.children, name);
      if (inner) return inner;
    }
  }
  return undefined;
}

describe.each(VARIANTS)('composed page of $file', ({ id, locale, paper }) => {
  const warnings: string[] = [];
  const { scene, report } = composePage(id, locale, paper, measurer, { warn: (w) => warnings.push(w) });
  const layout = LAYOUTS[paper];
  const width = layout.widthEmu / EMU_PER_PT;
  const height = layout.heightEmu / EMU_PER_PT;
  const items = [...leaves(scene.elements)];

  it('keeps everything on the page, and inside the side and bottom margins below the band', () => {
    for (const el of items) {
      expect(el.box.x, el.name).toBeGreaterThanOrEqual(0);
      expect(el.box.x + el.box.w, el.name).toBeLessThanOrEqual(width + 1e-6);
      expect(el.box.y + el.box.h, el.name).toBeLessThanOrEqual(height - layout.margin.bottom + 1e-6);
      if (!el.name.startsWith('Title band')) {
        expect(el.box.x, el.name).toBeGreaterThanOrEqual(layout.margin.left - 1e-6);
        expect(el.box.x + el.box.w, el.name).toBeLessThanOrEqual(width - layout.margin.right + 1e-6);
      }
    }
  });

  it('never lets two text boxes overlap', () => {
    const texts = items.filter((el) => el.kind === 'text');
    const clashes: string[] = [];
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) if (overlap(texts[i]!.box, texts[j]!.box)) clashes.push(`${texts[i]!.name} / ${texts[j]!.name}`);
    expect(clashes).toEqual([]);
  });

  it('puts the footer on the bottom margin with room to spare and no typographic widows', () => {
    const footer = find(scene.elements, 'Links and QR code va:bottom')!;
    const bottom = Math.max(...[...leaves([footer])].map((el) => el.box.y + el.box.h));
    expect(height - layout.margin.bottom - bottom).toBeLessThan(layout.grid.baseline + 8);
    expect(report.spare).toBeGreaterThanOrEqual(0);
    expect(warnings).toEqual([]);
  });
});

describe('composePage', () => {
  it('refuses a page that is too short for its content', () => {
    const short = { ...LAYOUTS.letter, heightEmu: LAYOUTS.letter.heightEmu - 100 * EMU_PER_PT };
    expect(() => composePage('healthcare', 'zh-CN', 'letter', measurer, { layout: short })).toThrow(/too short/);
  });
});
