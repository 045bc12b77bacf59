/**
 * PowerPoint's own PDFs as a second reference (fixtures/powerpoint-reference/manifest.json: decks
 * and the PDFs PowerPoint exported of them, read from the mirrored repositories, never stored
 * here). Two things are checked:
 *   - on the pairs set in Arial and Courier New (which we draw in the metric-compatible Liberation
 *     Sans and Mono, with the same font box metrics as PowerPoint's PDF), every word of PowerPoint's
 *     pages is found on ours, at most 1.5 pt from where PowerPoint put it (median; measured
 *     2026-12-06: 0.6–1.2 pt, ours lower), the distances between lines within 1.5 pt of
 *     PowerPoint's (0.1–1.1 pt), and at least 90 % of the line breaks in the same places (one
 *     paragraph of office2pdf's 01_startup_pitch_en p2 breaks one word later in ours and in
 *     LibreOffice's than in PowerPoint's: 35 of 37);
 *   - `npm run fidelity -- --powerpoint` measures ours and LibreOffice's PDFs against PowerPoint's
 *     and reports it (fidelity.json `reference`, the fidelity.md section).
 * Skips with a printed reason without the mirrors, pdftotext, pdftoppm or (the second) LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../src/render/render.js';
import { findMirrors, loadPairs, materialize, pairDeck, pairPdf, unavailableReason } from '../helpers/external-corpus.js';
import { ROOT } from '../render/helpers/fixtures.js';
import { compareLayout, readTextPages } from '../render/helpers/text-layout.js';
import { needTools } from '../render/helpers/tools.js';

const pairs = loadPairs();
/** The pairs whose PDF uses only Arial and Courier New, which we draw in the metric-compatible Liberation Sans and Mono. */
const arial = pairs.filter((p) => p.pdf.fonts.every((f) => /^(Arial|CourierNew)/.test(f)));
const mirrorsMissing = unavailableReason(arial.map(pairDeck));
const toolsMissing = needTools('fidelity-reference', 'pdftotext', 'pdftoppm');
const skip = mirrorsMissing ?? toolsMissing;
if (mirrorsMissing) console.log(`fidelity-reference: skipped: the PowerPoint reference pairs cannot be read: ${mirrorsMissing}`);

describe.skipIf(skip !== undefined)('PowerPoint as a second reference', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'va-ppref-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const figures: string[] = [];
  afterAll(() => {
    if (figures.length) console.log(`median vertical offset of a word from PowerPoint's, per page (pt):\n${figures.join('\n')}`);
  });

  it('the manifest names Arial decks, and their bytes are what it says', () => {
    expect(arial.length).toBeGreaterThanOrEqual(6);
    const m = materialize(dir, [...arial.map(pairDeck), ...arial.map(pairPdf)], findMirrors()!);
    expect(m.skipped).toEqual([]);
  });

  it('our text sits where PowerPoint put it on the Arial decks (lines, breaks, within 1.5 pt)', async () => {
    for (const p of arial) {
      const deck = path.join(dir, p.file);
      const refPdf = path.join(dir, p.file.replace(/\.pptx$/, '.pdf'));
      if (!existsSync(deck)) materialize(dir, [pairDeck(p), pairPdf(p)], findMirrors()!);
      const ours = await render(new Uint8Array(readFileSync(deck)), { what: p.file, systemFonts: true, missingFamilies: 'system' });
      const oursPdf = path.join(dir, `${p.file}.ours.pdf`);
      writeFileSync(oursPdf, ours.pdf);
      const ref = readTextPages(refPdf)!;
      const mine = readTextPages(oursPdf)!;
      expect(mine.length, `${p.file}: pages`).toBe(ref.length);
      for (let i = 0; i < ref.length; i++) {
        const a = compareLayout(ref[i]!, mine[i]!);
        figures.push(`  ${p.file} p${i + 1}: ${a.medianDy.toFixed(2)}, line distances ${a.pitch.toFixed(2)} (${a.matched}/${a.refWords} words, breaks ${(a.breaks * 100).toFixed(0)} %)`);
        expect(a.matched, `${p.file} p${i + 1}: words found`).toBe(a.refWords);
        if (a.matched > 1) expect(a.breaks, `${p.file} p${i + 1}: line breaks`).toBeGreaterThanOrEqual(0.9);
        expect(a.medianDy, `${p.file} p${i + 1}: median offset`).toBeLessThanOrEqual(1.5);
        if (!Number.isNaN(a.pitch)) expect(a.pitch, `${p.file} p${i + 1}: distances between lines`).toBeLessThanOrEqual(1.5);
      }
    }
  }, 120_000);

  it.skipIf(needTools('fidelity-reference', 'soffice') !== undefined)(
    'npm run fidelity -- --powerpoint measures ours and LibreOffice against PowerPoint',
    () => {
      const out = path.join(dir, 'fidelity');
      const deck = arial[0]!;
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fidelity.mts', '--powerpoint', '--only', deck.file, '--out', out, '--timeout', '240'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 600_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const json = JSON.parse(readFileSync(path.join(out, 'fidelity.json'), 'utf8'));
      expect(json.reference).toBe('powerpoint');
      expect(json.results).toHaveLength(1);
      const ref = json.results[0].reference;
      expect(ref.pdf).toBe(deck.file.replace(/\.pptx$/, '.pdf'));
      expect(ref.pages).toBe(deck.pdf.pages);
      for (const side of ['ours', 'lo']) {
        expect(ref[side]).toHaveLength(deck.pdf.pages);
        for (const page of ref[side]) {
          expect(page.pixels).toBeGreaterThanOrEqual(0);
          expect(page.pixels).toBeLessThan(0.05);
          expect(page.layout.matched).toBe(page.layout.refWords);
        }
      }
      const md = readFileSync(path.join(out, 'fidelity.md'), 'utf8');
      expect(md).toContain('## Against the reference PDFs (fixtures/powerpoint-reference)');
      expect(md).toContain(`| ${deck.file} | 1 |`);
    },
    600_000,
  );
});
