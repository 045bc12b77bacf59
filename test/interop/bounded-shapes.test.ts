/**
 * Bounded drawing on hostile decks (src/limits/shapes.ts, MAX_SHAPE_TEXT_ITEMS in
 * src/text/limits.ts): the decks are made here from small pieces (never committed), a few seconds
 * each, so not in npm test. Past a limit the first shapes, stops and runs are drawn, one warning
 * per slide says what was left out, and the PDF still passes `qpdf --check`; the branded PPTX of
 * such a deck still opens in LibreOffice.
 *
 * Before the limits (measured on the shared 2-core machine, render to PDF): a master with 30,000
 * rectangles under 20 slides 36 s of CPU and 2.4 GB; 150,000 one-character runs in a paragraph
 * 12 s and 860 MB; a gradient of 150,000 stops 50 s and 830 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFontRegistry } from '../../src/fonts/index.js';
import { MAX_GRADIENT_STOPS, MAX_SHAPES_PER_DECK, MAX_SHAPES_PER_SLIDE } from '../../src/limits/shapes.js';
import type { PathOp, TextOp } from '../../src/render/ops.js';
import { displayList, render } from '../../src/render/render.js';
import { MAX_SHAPE_TEXT_ITEMS } from '../../src/text/limits.js';
import type { Warning } from '../../src/warnings.js';
import { brand, run as customizeRun } from '../edit/helpers/brands.js';
import { groupShape, miniDeck, rectShape, textShape } from '../edit/helpers/mini-deck.js';
import { needTools } from '../helpers/tools.js';
import { qpdfCheck, withTempAsync, writePdf } from '../render/helpers/tools.js';

const registry = createFontRegistry({ systemFonts: false });
const rects = (n: number, id0 = 2) => Array.from({ length: n }, (_, i) => rectShape({ id: id0 + i, name: `R${i}`, x: (i % 100) * 70000, y: (Math.floor(i / 100) % 140) * 70000, cx: 60000, cy: 60000 })).join('');

function draw(deck: Uint8Array): { warnings: Warning[]; paths: number[]; texts: string[][] } {
  const warnings: Warning[] = [];
  const list = displayList(deck, { registry }, warnings);
  return {
    warnings,
    paths: list.pages.map((p) => p.ops.filter((o): o is PathOp => o.kind === 'path').length),
    texts: list.pages.map((p) => p.ops.filter((o): o is TextOp => o.kind === 'text').map((o) => o.text)),
  };
}

const skipped = (ws: Warning[]) => ws.filter((w) => w.code === 'W_RENDER_SKIPPED').map((w) => w.message);

describe('shapes per slide and per deck', () => {
  it(`a slide of ${MAX_SHAPES_PER_SLIDE + 10} rectangles: the first ${MAX_SHAPES_PER_SLIDE} drawn, one warning, a valid PDF`, async () => {
    const deck = await miniDeck({ slides: [{ shapes: rects(MAX_SHAPES_PER_SLIDE + 10) }] });
    const d = draw(deck);
    expect(d.paths).toEqual([MAX_SHAPES_PER_SLIDE]);
    expect(skipped(d.warnings)).toEqual(['slide 1: 10 shape(s) not drawn: over the limit of 10,000 shapes per slide or 50,000 per deck']);
    const missing = needTools('bounded shapes through qpdf', 'qpdf');
    if (missing) return;
    const { pdf } = await render(deck, { registry });
    await withTempAsync(async (dir) => {
      const check = qpdfCheck(writePdf(dir, 'shapes.pdf', pdf));
      expect(check.output).toMatch(/No syntax or stream encoding errors found/);
      expect(check.ok).toBe(true);
    });
  });

  it('a group counts once and each of its members: a group of 10,005 draws 9,999 of them', async () => {
    const group = groupShape({ id: 1_000_000, name: 'G', x: 0, y: 0, cx: 7_000_000, cy: 9_000_000, children: rects(MAX_SHAPES_PER_SLIDE + 5) });
    const d = draw(await miniDeck({ slides: [{ shapes: group }] }));
    expect(d.paths).toEqual([MAX_SHAPES_PER_SLIDE - 1]);
    expect(skipped(d.warnings)).toEqual(['slide 1: 6 shape(s) not drawn: over the limit of 10,000 shapes per slide or 50,000 per deck']);
  });

  it(`a master of 3,000 shapes under 20 slides: ${MAX_SHAPES_PER_DECK.toLocaleString('en-US')} drawn in the deck, the later slides without the rest`, async () => {
    const d = draw(await miniDeck({ masterShapes: rects(3000), slides: Array.from({ length: 20 }, () => ({ shapes: '' })) }));
    expect(d.paths.reduce((a, b) => a + b, 0)).toBe(MAX_SHAPES_PER_DECK);
    expect(d.paths.slice(0, 16)).toEqual(Array(16).fill(3000));
    expect(d.paths[16]).toBe(2000);
    expect(d.paths.slice(17)).toEqual([0, 0, 0]);
    expect(skipped(d.warnings)).toHaveLength(4);
  });
});

describe('colour stops and text items', () => {
  it(`a gradient of ${MAX_GRADIENT_STOPS + 500} stops is drawn with its first ${MAX_GRADIENT_STOPS}, with a warning`, async () => {
    const gs = Array.from({ length: MAX_GRADIENT_STOPS + 500 }, (_, i) => `<a:gs pos="${Math.floor((i * 100000) / (MAX_GRADIENT_STOPS + 500))}"><a:srgbClr val="${i % 2 ? 'FF0000' : '0000FF'}"/></a:gs>`).join('');
    const shape = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="G"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="5000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:gradFill><a:gsLst>${gs}</a:gsLst><a:lin ang="0" scaled="0"/></a:gradFill></p:spPr></p:sp>`;
    const warnings: Warning[] = [];
    const list = displayList(await miniDeck({ slides: [{ shapes: shape }] }), { registry }, warnings);
    const fill = list.pages[0]!.ops.find((o): o is PathOp => o.kind === 'path')!.fill!;
    expect(fill.kind).toBe('linear');
    expect(fill.kind === 'linear' && fill.stops.length).toBe(MAX_GRADIENT_STOPS);
    expect(skipped(warnings)).toEqual(['slide 1: 1 gradient fill(s) with more than 1,000 colour stops drawn with their first 1,000']);
  });

  it(`a paragraph of ${MAX_SHAPE_TEXT_ITEMS + 5} runs: the first ones drawn, W_TEXT_TRUNCATED`, async () => {
    const runs = Array.from({ length: MAX_SHAPE_TEXT_ITEMS + 5 }, (_, i) => `<a:r><a:t>${i % 10}</a:t></a:r>`).join('');
    const d = draw(await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'T', cx: 7_000_000, cy: 9_000_000, paras: [runs] }) }] }));
    // One paragraph counts one item: MAX_SHAPE_TEXT_ITEMS - 1 runs are read.
    const drawn = d.texts[0]!.join('').replace(/\s/g, '');
    expect(drawn.length).toBe(MAX_SHAPE_TEXT_ITEMS - 1);
    expect(d.warnings.filter((w) => w.code === 'W_TEXT_TRUNCATED').map((w) => w.message)).toEqual([
      'slide 1: a text box holds more than 10,000 paragraphs, runs and line breaks; the rest is not drawn',
    ]);
  });
});

const noLibreOffice = needTools('bounded shapes through LibreOffice', 'soffice');

describe.skipIf(noLibreOffice !== undefined)('the branded deck of a slide over the shape limit', () => {
  it('opens in LibreOffice', async () => {
    const deck = await miniDeck({ slides: [{ shapes: rects(MAX_SHAPES_PER_SLIDE + 10) + textShape({ id: 900_000, name: 'va:text:organization', paras: ['<a:r><a:t>{{organization}}</a:t></a:r>'] }) }] });
    const { pptx } = await customizeRun(deck, brand(), {}, { fonts: registry });
    await withTempAsync(async (dir) => {
      const file = path.join(dir, 'branded.pptx');
      writeFileSync(file, pptx);
      const profile = path.join(dir, 'lo');
      mkdirSync(profile);
      const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 240_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(path.join(dir, 'branded.pdf'))).toBe(true);
    });
  }, 300_000);
});
