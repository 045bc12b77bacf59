/**
 * The printed page follows its content (issue 9, docs/templates.md "The page follows its
 * content"): every template × locale × paper, branded with the longest allowed values (an
 * 80-character organisation, a 1,200-character note in the handout's language, all links) and
 * hard colours (pale #FFE066 with an 8:1 wordmark, mid-tone #C8102E with a 1:4 logo, dark #1B365D
 * with a 5:1 SVG wordmark, near-black #111111 without a logo), and with a bare brand
 * (organisation, primary, booking link): the cases of test/edit/helpers/hard-brands.ts. For each
 * PDF: the run succeeds (no E_TEXT_OVERFLOW), no two text blocks of pdftotext -bbox-layout
 * overlap, the footer's lowest ink sits on the bottom margin, and no empty band between
 * sections is taller than the grid's rule (4 × the section space).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customize } from '../../src/edit/customize.js';
import { render } from '../../src/render/render.js';
import { a4 } from '../../src/templates/source/layouts/a4.js';
import { letter } from '../../src/templates/source/layouts/letter.js';
import { HARD_BRANDS, hardBrand, hardLogos } from '../edit/helpers/hard-brands.js';
import { pageMetrics } from '../edit/helpers/page-metrics.js';
import { needTools } from '../helpers/tools.js';
import { templateDecks } from '../render/helpers/decks.js';
import { registry } from '../render/helpers/fixtures.js';

const missing = needTools('the layout of printed pages', 'pdftotext');
const templates = templateDecks();

interface Block {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Text blocks of a PDF page as pdftotext -bbox-layout sees them (points, from the top-left). */
function blocks(pdf: string): Block[] {
  const html = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  const out: Block[] = [];
  for (const m of html.matchAll(/<block xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/block>/g)) {
    const words = [...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ');
    out.push({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: words.slice(0, 40) });
  }
  return out;
}

/** Overlap of two boxes, points in each direction (0 when apart). */
function overlap(a: Block, b: Block): { w: number; h: number } {
  return { w: Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), h: Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) };
}

describe.skipIf(missing !== undefined || templates.length === 0)('the printed page follows its content', () => {
  let dir: string;
  let logos: Awaited<ReturnType<typeof hardLogos>>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'va-layout-pages-'));
    logos = await hardLogos();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const c of HARD_BRANDS) {
    it(`${c.key}: every template × locale × paper fits, nothing overlaps, footer on the margin, no band over the rule`, async () => {
      const problems: string[] = [];
      for (const deck of templates) {
        const name = `${deck.name} (${c.key})`;
        const { brand, assets } = hardBrand(c, deck, logos, name);
        const { pptx, warnings } = await customize(deck.bytes, brand, assets, { fonts: registry, source: name });
        expect(warnings.map((w) => w.code), name).not.toContain('W_TEXT_OVERFLOW');
        const { pdf } = await render(pptx, { registry });
        const file = path.join(dir, 'page.pdf');
        writeFileSync(file, pdf);
        // No two text blocks overlap (1 pt of tolerance for ascenders and descenders).
        const list = blocks(file);
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const o = overlap(list[i]!, list[j]!);
            if (o.w > 1 && o.h > 1) problems.push(`${name}: "${list[i]!.text}" overlaps "${list[j]!.text}" by ${o.w.toFixed(1)} × ${o.h.toFixed(1)} pt`);
          }
        }
        // The footer's lowest ink on the bottom margin, and no empty band over the rule.
        const layout = deck.paper === 'a4' ? a4 : letter;
        const m = pageMetrics(pptx, registry);
        const margin = m.height - layout.margin.bottom;
        if (Math.abs(m.contentBottom - margin) > 2) problems.push(`${name}: the lowest ink is at ${m.contentBottom.toFixed(1)} pt, the bottom margin at ${margin.toFixed(1)} pt`);
        // From under the header band (the first full-width fill) to the footer.
        const band = m.boxes.filter((b) => b.fill && b.x1 - b.x0 >= m.width - 1 && b.y0 <= 1).reduce((y, b) => Math.max(y, b.y1), 0);
        const rule = 4 * layout.space.section;
        for (const gap of m.emptyBands(band, m.contentBottom)) {
          if (gap.height > rule + 0.5) problems.push(`${name}: an empty band of ${gap.height.toFixed(1)} pt at ${gap.top.toFixed(0)} pt (the rule: ${rule} pt)`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
