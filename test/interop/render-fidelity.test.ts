/**
 * Visual fidelity: our PDF and LibreOffice's PDF of the same PPTX (LibreOffice given the same
 * fonts through its own fontconfig file), both rasterised by pdftoppm at 50 dpi, compared with
 * the measure of test/render/helpers/pixel-diff.ts: a pixel differs when no pixel within 1 px
 * in the other image is within 48/255 on every channel. At most 2 % of the pixels of a page
 * may differ (measured on our templates: 0.1–0.6 %; a line breaking differently costs ~1 %,
 * a missing picture or chart several percent).
 *
 * Every template variant, and branded copies for three brands. Figures are printed.
 * Skips with a printed reason without LibreOffice or pdftoppm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWithLibreOffice } from '../../src/render/libreoffice.js';
import { render } from '../../src/render/render.js';
import { registry } from '../render/helpers/fixtures.js';
import { customizeAvailable, templateDecks, testBrands } from '../render/helpers/decks.js';
import { decodeRgb, pixelDifference } from '../render/helpers/pixel-diff.js';
import { needTools, pageCount, rasterizePage, withTempAsync, writePdf } from '../render/helpers/tools.js';

export const FIDELITY_DPI = 50;
export const FIDELITY_TOLERANCE = 0.02;

const skip = needTools('render-fidelity', 'soffice', 'pdftoppm', 'pdfinfo');
const templates = templateDecks();
const figures: { deck: string; pages: number; worst: number }[] = [];

async function compare(name: string, pptx: Uint8Array): Promise<number> {
  const ours = await render(pptx, { registry });
  const lo = await renderWithLibreOffice(pptx, { timeoutMs: 90_000 });
  return withTempAsync(async (dir) => {
    const a = writePdf(dir, 'ours', ours.pdf);
    const b = writePdf(dir, 'lo', lo.pdf);
    const pages = pageCount(a);
    expect(pageCount(b), `${name}: page count`).toBe(pages);
    let worst = 0;
    for (let p = 1; p <= pages; p++) {
      const d = pixelDifference(await decodeRgb(rasterizePage(a, p, FIDELITY_DPI, dir)), await decodeRgb(rasterizePage(b, p, FIDELITY_DPI, dir)));
      worst = Math.max(worst, d.ratio);
    }
    figures.push({ deck: name, pages, worst });
    return worst;
  });
}

describe.skipIf(skip !== undefined || templates.length === 0)('visual fidelity against LibreOffice', () => {
  afterAll(() => {
    if (figures.length === 0) return;
    const rows = figures.map((f) => `  ${f.deck.padEnd(48)} ${(f.worst * 100).toFixed(2).padStart(5)} %`);
    const worst = figures.reduce((m, f) => Math.max(m, f.worst), 0);
    console.log(`pixels differing from LibreOffice (${FIDELITY_DPI} dpi, tolerance ${FIDELITY_TOLERANCE * 100} %):\n${rows.join('\n')}\n  worst: ${(worst * 100).toFixed(2)} %`);
  });

  for (const deck of templates) {
    it(`template ${deck.name}`, async () => {
      const ratio = await compare(deck.name, deck.bytes);
      expect(ratio, `${deck.name}: ${(ratio * 100).toFixed(2)} % of pixels differ`).toBeLessThanOrEqual(FIDELITY_TOLERANCE);
    });
  }

  describe.skipIf(!customizeAvailable())('branded', () => {
    const branded: { name: string; pptx: Uint8Array }[] = [];
    beforeAll(async () => {
      const { customize } = await import('../../src/edit/customize.js');
      for (const brand of await testBrands()) {
        const locale = brand.brand.locale ?? 'en';
        for (const deck of templates.filter((d) => d.locale === locale).slice(0, 2)) {
          branded.push({ name: `${brand.key}: ${deck.name}`, pptx: (await customize(deck.bytes, brand.brand, brand.assets)).pptx });
        }
      }
    });
    it('every branded copy is within the tolerance', async () => {
      expect(branded.length).toBeGreaterThan(0);
      for (const b of branded) {
        const ratio = await compare(b.name, b.pptx);
        expect(ratio, `${b.name}: ${(ratio * 100).toFixed(2)} % of pixels differ`).toBeLessThanOrEqual(FIDELITY_TOLERANCE);
      }
    }, 300_000);
  });
});
