/**
 * The website FAQ from the CLI: `customize --format html,md` writes the page, the fragment and the
 * Markdown with the handout PDF and PNG they link to (batch: test/interop/faq-batch.test.ts).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withFaqDependencies } from '../../src/cli/options.js';
import { fullBrand } from '../faq/brands.js';
import { ROOT, run, tempDir } from './harness.js';

const tmp = tempDir('va-faq-cli-');
afterAll(() => tmp.cleanup());

function folder(name: string): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('--format html,md', () => {
  it('html and md bring the PDF and the PNG preview they link to (the PNG only with the embedded renderer)', () => {
    expect(withFaqDependencies(['html'], 'embedded')).toEqual(['pdf', 'png', 'html']);
    expect(withFaqDependencies(['pptx', 'md', 'html'], 'embedded')).toEqual(['pptx', 'pdf', 'png', 'md', 'html']);
    expect(withFaqDependencies(['png', 'html', 'pdf'], 'embedded')).toEqual(['png', 'pdf', 'html']);
    expect(withFaqDependencies(['html'], 'libreoffice')).toEqual(['pdf', 'html']);
    expect(withFaqDependencies(['pdf', 'pptx'], 'embedded')).toEqual(['pdf', 'pptx']);
  });

  it('customize writes the page, the fragment and the Markdown next to the handout they link to', async () => {
    const dir = folder('customize');
    writeFileSync(path.join(dir, 'brand.json'), JSON.stringify(fullBrand('da-DK')));
    const r = await run(['customize', '--template', 'healthcare', '--brand', 'brand.json', '--format', 'html,md', '--out', 'site', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { outputs: { format: string; file: string; bytes: number }[] };
    const base = 'fjord-klinik-aarhus-healthcare-da-DK';
    expect(result.outputs.map((o) => path.basename(o.file))).toEqual([`${base}.pdf`, `${base}.png`, `${base}.faq.html`, `${base}.faq.fragment.html`, `${base}.faq.md`]);
    expect(result.outputs.map((o) => o.format)).toEqual(['pdf', 'png', 'html', 'html', 'md']);
    for (const o of result.outputs) expect(readFileSync(path.resolve(dir, o.file)).length).toBe(o.bytes);
    const page = readFileSync(path.join(dir, 'site', `${base}.faq.html`), 'utf8');
    expect(page).toContain(`href="./${base}.pdf" download`);
    expect(page).toContain(`src="./${base}.png"`);
    expect(page).toContain('<html lang="da-DK"');
    expect(page).toContain('Videokonsultation: spørgsmål og svar');
    expect(page).toContain('Fjord Klinik Århus');
    // The brand's fonts are embedded (the shipped Montserrat and Source Sans 3).
    expect(page.match(/@font-face/g)).toHaveLength(3);
    const md = readFileSync(path.join(dir, 'site', `${base}.faq.md`), 'utf8');
    expect(md).toContain(`(<./${base}.pdf>)`);
    expect(md).toContain('### Hvordan aflyser eller flytter jeg min tid?');
    // The PNG preview is the handout's first page, as --format png writes it.
    expect(readFileSync(path.join(dir, 'site', `${base}.png`)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('a deck of one\'s own gets the generic wording', async () => {
    const dir = folder('own');
    copyFileSync(path.join(ROOT, 'templates/retail/en.letter.pptx'), path.join(dir, 'flyer.pptx'));
    const r = await run(['customize', '--template', './flyer.pptx', '--org', 'Own Deck Co', '--primary', '#335577', '--format', 'md', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(path.join(dir, 'out', 'own-deck-co-flyer-en.faq.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('# Virtual appointments: your questions answered');
  });
});
