/**
 * render (any deck, no branding); customize --renderer libreoffice is in test/interop.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pptxgen from 'pptxgenjs';
import { afterAll, describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { needTools } from '../helpers/tools.js';
import { FIXTURES, oneErrorLine, run, tempDir } from './harness.js';

const tmp = tempDir('va-render-');
afterAll(() => tmp.cleanup());
const HAVE_PDFINFO = needTools('page counts of render PDFs (pdfinfo)', 'pdfinfo') === undefined;

function folder(name: string): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('va-infographic render', () => {
  it('draws any deck to PDF and PNG, named after the deck', async () => {
    const dir = folder('any');
    writeFileSync(path.join(dir, 'My Deck.pptx'), readFileSync(path.join(FIXTURES, 'inspect-brand-fit.pptx')));
    const r = await run(['render', 'My Deck.pptx', '--format', 'pdf,png', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { ok: boolean; outputs: { format: string; file: string }[] };
    expect(result.outputs.map((o) => o.file)).toEqual(['out/my-deck.pdf', 'out/my-deck.png']);
    expect(readFileSync(path.join(dir, 'out', 'my-deck.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(path.join(dir, 'out', 'my-deck.png')).subarray(1, 4).toString()).toBe('PNG');
    // The chart is drawn (from its cached values): nothing is reported about it.
    expect(r.stderr).not.toMatch(/warning: .*chart/);
  });

  it('adds a print-shop bleed with crop marks (--bleed): TrimBox is the slide, BleedBox 3 mm around it', async () => {
    const dir = folder('bleed');
    const r = await run(['render', path.join(FIXTURES, 'inspect-brand-fit.pptx'), '--bleed', '3mm', '--format', 'pdf,png', '-q'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const pdf = path.join(dir, 'out', 'inspect-brand-fit.pdf');
    const boxes = spawnSync('pdfinfo', ['-box', pdf], { encoding: 'utf8' });
    if (boxes.error) return; // poppler-utils missing: the unit tests cover the boxes
    const box = (name: string): number[] => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(boxes.stdout)![1]!.trim().split(/\s+/).map(Number);
    const [tx0, ty0, tx1, ty1] = box('TrimBox');
    const [bx0, by0, bx1, by1] = box('BleedBox');
    const mm = 72 / 25.4;
    // The fixture is a Letter page: the trim is the slide's size.
    expect(tx1! - tx0!).toBeCloseTo(612, 1);
    expect(ty1! - ty0!).toBeCloseTo(792, 1);
    for (const [t, bl, sign] of [
      [tx0, bx0, -1],
      [ty0, by0, -1],
      [tx1, bx1, 1],
      [ty1, by1, 1],
    ] as const) {
      expect((bl! - t!) * sign).toBeCloseTo(3 * mm, 1);
    }
    // The media box holds the crop marks beyond the bleed.
    expect(box('MediaBox')[2]!).toBeGreaterThan(bx1! + 6 * mm);
    const bad = await run(['render', path.join(FIXTURES, 'inspect-brand-fit.pptx'), '--bleed', '3cm', '--force'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(oneErrorLine(bad)).toContain('--bleed: expected a length like 3mm, 0.125in or 9pt');
    const lo = await run(['render', path.join(FIXTURES, 'inspect-brand-fit.pptx'), '--bleed', '3mm', '--renderer', 'libreoffice', '--force'], { cwd: dir });
    expect(lo.code).toBe(2);
    expect(oneErrorLine(lo)).toContain('--bleed needs the embedded renderer');
  });

  it('refuses PPTX output, a Word document and an existing output', async () => {
    const dir = folder('bad');
    const pptx = await run(['render', path.join(FIXTURES, 'inspect-brand-fit.pptx'), '--format', 'pptx'], { cwd: dir });
    expect(pptx.code).toBe(2);
    expect(oneErrorLine(pptx)).toContain('--format: unknown format "pptx"; expected pdf, png');
    const docx = await run(['render', path.join(FIXTURES, 'docx-renamed.pptx')], { cwd: dir });
    expect(docx.code).toBe(2);
    expect(oneErrorLine(docx)).toContain('is a Word document, not a PowerPoint presentation');
    expect(readdirSync(dir)).toEqual([]);
    const first = await run(['render', path.join(FIXTURES, 'inspect-brand-fit.pptx'), '-q'], { cwd: dir });
    expect(first.code).toBe(0);
    const again = await run(['render', path.join(FIXTURES, 'inspect-brand-fit.pptx')], { cwd: dir });
    expect(again.code).toBe(2);
    expect(oneErrorLine(again)).toContain('out/inspect-brand-fit.pdf; use --force');
  });

  it('leaves hidden slides out, with a warning; --include-hidden draws them', async () => {
    const dir = folder('hidden');
    const gen = new (pptxgen as unknown as new () => InstanceType<typeof pptxgen>)();
    for (const word of ['one', 'two', 'three']) gen.addSlide().addText(word, { x: 1, y: 1, w: 4, h: 1, fontFace: 'Inter' });
    const pkg = OpcPackage.open(new Uint8Array((await gen.write({ outputType: 'uint8array' })) as Uint8Array));
    pkg.xml('ppt/slides/slide2.xml').root.attrs.set('show', '0');
    pkg.touch('ppt/slides/slide2.xml');
    writeFileSync(path.join(dir, 'deck.pptx'), await pkg.save());
    const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    const plain = await run(['render', 'deck.pptx', '--out', 'a'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('slide 2 is hidden and left out');
    const all = await run(['render', 'deck.pptx', '--out', 'b', '--include-hidden'], { cwd: dir });
    expect(all.code).toBe(0);
    expect(all.stderr).not.toContain('hidden');
    if (HAVE_PDFINFO) {
      expect(pages(path.join(dir, 'a', 'deck.pdf'))).toBe(2);
      expect(pages(path.join(dir, 'b', 'deck.pdf'))).toBe(3);
    }
  });
});
