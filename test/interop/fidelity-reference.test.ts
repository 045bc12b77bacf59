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
 * And a table page of the external corpus against PowerPoint's own thumbnail of it: python-pptx's
 * `tbl-cell` slide 1, whose rows PowerPoint grew past their `a:tr h` (the frame's saved 231.2 pt),
 * where LibreOffice 7.4 draws them up to 17 pt shorter ("Tables" in docs/renderer.md): the row
 * borders of our page are where PowerPoint's docProps/thumbnail.jpeg (256 × 192 px) has them; and
 * `npm run fidelity -- --thumbnails` pictures that page beside the thumbnail.
 * Skips with a printed reason without the mirrors, pdftotext, pdftoppm, unzip or (the fidelity
 * run) LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../src/render/render.js';
import sharp from 'sharp';
import { findMirrors, loadPairs, materialize, pairDeck, pairPdf, unavailableReason, withExternalCorpus } from '../helpers/external-corpus.js';
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

/**
 * The table's horizontal borders of a page picture, in points from the top of a 540 pt high slide:
 * rows of pixels darker than `threshold` across 45 % of the middle 70 % of the width, runs merged.
 */
async function borders(png: Buffer | string, threshold: number): Promise<number[]> {
  const W = 1024;
  const H = 768;
  const px = await sharp(png).resize(W, H, { fit: 'fill' }).grayscale().raw().toBuffer();
  const runs: number[][] = [];
  for (let y = 0; y < H; y++) {
    let dark = 0;
    for (let x = Math.round(W * 0.15); x < Math.round(W * 0.85); x++) if (px[y * W + x]! < threshold) dark++;
    if (dark <= W * 0.45) continue;
    const last = runs.at(-1);
    if (last && y - last.at(-1)! <= 2) last.push(y);
    else runs.push([y]);
  }
  return runs.map((r) => ((r.reduce((a, c) => a + c, 0) / r.length) * 540) / H);
}

const tableSkip = unavailableReason() ?? needTools('fidelity-reference', 'pdftoppm', 'unzip');
describe.skipIf(tableSkip !== undefined)("a grown table against PowerPoint's thumbnail", () => {
  it('tbl-cell slide 1: our row borders are where PowerPoint drew them', async () => {
    await withExternalCorpus(
      async (m) => {
        expect(m.skipped, 'tbl-cell read from its mirror').toEqual([]);
        const deck = m.decks[0]!;
        const thumbnail = spawnSync('unzip', ['-p', deck, 'docProps/thumbnail.jpeg'], { maxBuffer: 1 << 24 }).stdout as Buffer;
        expect(thumbnail.length).toBeGreaterThan(1000);
        const ours = await render(new Uint8Array(readFileSync(deck)), { what: 'tbl-cell', systemFonts: true, missingFamilies: 'system' });
        const pdf = path.join(m.dir, 'ours.pdf');
        writeFileSync(pdf, ours.pdf);
        expect(spawnSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-png', '-singlefile', pdf, path.join(m.dir, 'ours')]).status).toBe(0);
        const mine = await borders(path.join(m.dir, 'ours.png'), 110);
        // The thumbnail's thin borders are anti-aliased to light grey at 256 px.
        const theirs = await borders(thumbnail, 185);
        console.log(`tbl-cell slide 1, table borders (pt from the top): ours ${mine.map((y) => y.toFixed(1)).join(' ')}; PowerPoint's thumbnail ${theirs.map((y) => y.toFixed(1)).join(' ')}`);
        // Frame top 110.0 pt, rows grown to the saved 231.2 pt: bottom 341.2 pt (LibreOffice 7.4: 324.8).
        expect(theirs).toHaveLength(5);
        expect(mine).toHaveLength(5);
        for (let i = 0; i < 5; i++) expect(Math.abs(mine[i]! - theirs[i]!), `border ${i + 1}`).toBeLessThanOrEqual(2.5);
        expect(mine[4]!).toBeGreaterThan(338);
      },
      { parent: tmpdir(), filter: (e) => e.file === 'python-pptx__features_steps_test_files_tbl-cell.pptx' },
    );
  }, 60_000);

  it.skipIf(needTools('fidelity-reference', 'soffice') !== undefined)(
    "npm run fidelity -- --thumbnails pictures page 1 beside PowerPoint's thumbnail",
    async () => {
      const out = mkdtempSync(path.join(tmpdir(), 'va-ppref-thumbs-'));
      try {
        const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fidelity.mts', '--external', '--only', 'tbl-cell', '--thumbnails', '--out', out, '--timeout', '240'], {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 600_000,
        });
        expect(r.status, r.stderr).toBe(0);
        const json = JSON.parse(readFileSync(path.join(out, 'fidelity.json'), 'utf8'));
        expect(json.results.map((x: { file: string; thumbnail?: boolean }) => [x.file, x.thumbnail])).toEqual([['python-pptx__features_steps_test_files_tbl-cell.pptx', true]]);
        const picture = path.join(out, 'pages', 'python-pptx__features_steps_test_files_tbl-cell-p1-thumbnail.png');
        const meta = await sharp(picture).metadata();
        // Three panels of our 40 dpi page (10 × 7.5 in: 400 × 300 px) and two 4 px gaps.
        expect([meta.width, meta.height]).toEqual([3 * 400 + 8, 300]);
        expect(readFileSync(path.join(out, 'fidelity.md'), 'utf8')).toContain("PowerPoint's thumbnails pictured beside page 1");
        // Measured too (scripts/fidelity-thumbnails.mts): our grown rows are closer to PowerPoint's than LibreOffice's (1.4 % vs 4.2 % on 2026-12-06).
        const t = json.results[0].thumbnailDiff;
        expect([t.width, t.height, t.stale]).toEqual([256, 192, false]);
        expect(t.ours).toBeLessThan(t.lo);
        expect(readFileSync(path.join(out, 'fidelity.md'), 'utf8')).toContain('1 decks measured: ours closer on 1');
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
