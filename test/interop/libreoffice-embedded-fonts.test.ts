/**
 * The fonts customize embeds in the PPTX travel: LibreOffice, given only the system's fonts plus
 * the font files taken out of the PPTX's own ppt/fonts/*.fntdata parts (LibreOffice 7.4 does not
 * read PPTX embedded fonts itself: without them it draws DejaVu and "Scan to book" breaks as
 * "Scan to boo / k"), lays each handout out with the brand's fonts and breaks every line where our
 * renderer does. That proves the embedded parts are valid, complete fonts, and that a computer
 * that has them sees the handout we drew. The same for a zh-CN deck with --embed-fonts subset (the
 * subsets are complete fonts for the text they carry). qpdf checks our PDF.
 *
 * Line comparison: pdftotext -bbox-layout lines of both PDFs, spaces removed (letter-spaced
 * headings come out as different "words"), compared as multisets. Tolerance: at most one line per
 * deck may differ, because LibreOffice positions glyphs on its own 1/100 mm grid (widths within
 * 0.4 % of ours, docs/fonts.md): a line filling its box to within 0.4 % could break one word
 * earlier there. Measured on these 25 decks (all 24 variants and a subset deck): no line differs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_LOGO_SVG, sampleBrandInput } from '../../src/brand/sample.js';
import { parseBrand } from '../../src/brand/validate.js';
import { customize } from '../../src/edit/customize.js';
import { fontconfigXml } from '../../src/fonts/fontconfig-file.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { embeddedFontFiles } from '../../src/presentation/embedded-fonts.js';
import { render } from '../../src/render/render.js';
import { needTools } from '../helpers/tools.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const missing = needTools('libreoffice-embedded-fonts', 'soffice', 'pdftotext', 'pdffonts', 'qpdf');

const IDS = ['healthcare', 'financial-services', 'retail', 'generic'];
const DECKS = [
  // Every template × locale × paper, with whole fonts (--embed-fonts full; the default, auto, is
  // the same for the Latin fonts and subsets Noto Sans SC, which the next deck covers).
  ...IDS.flatMap((id) => ['en', 'da-DK', 'zh-CN'].flatMap((locale) => ['letter', 'a4'].map((paper) => ({ id, locale, paper })))),
  // --embed-fonts subset: the subsets are fonts too (in their own LibreOffice run, so that the
  // whole Noto Sans SC of the other decks cannot stand in for them).
  { id: 'generic', locale: 'zh-CN', paper: 'a4', mode: 'subset' as const },
].map((d) => ({ mode: 'full' as 'full' | 'subset', ...d, name: `${d.id}-${d.locale}.${d.paper}${'mode' in d ? `.${d.mode}` : ''}` }));

/** The text of each line pdftotext finds, spaces removed. */
function lines(pdf: string): string[] {
  const out = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  return [...out.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((l) =>
    [...l[1]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
      .map((m) => m[1]!)
      .join('')
      .replace(/&amp;/g, '&'),
  );
}

/** Lines of `a` not matched by a line of `b` (multiset difference). */
function unmatched(a: string[], b: string[]): string[] {
  const pool = new Map<string, number>();
  for (const l of b) pool.set(l, (pool.get(l) ?? 0) + 1);
  return a.filter((l) => {
    const n = pool.get(l) ?? 0;
    if (n === 0) return true;
    pool.set(l, n - 1);
    return false;
  });
}

describe.skipIf(missing !== undefined)('LibreOffice with the fonts taken out of our PPTX draws the same lines as our renderer', () => {
  let dir = '';
  const fontsByDeck = new Map<string, string[]>();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'va-lo-embedded-'));
    for (const mode of ['full', 'subset'] as const) {
    const fontDir = path.join(dir, `fonts-${mode}`);
    mkdirSync(fontDir);
    mkdirSync(path.join(dir, `cache-${mode}`));
    const files: string[] = [];
    for (const d of DECKS.filter((x) => x.mode === mode)) {
      const brand = parseBrand({ ...sampleBrandInput(d.locale), locale: d.locale, paper: d.paper }, 'the sample brand');
      const template = readFileSync(path.join(ROOT, 'templates', d.id, `${d.locale}.${d.paper}.pptx`));
      const { pptx } = await customize(template, brand, { logo: { name: 'logo.svg', bytes: new TextEncoder().encode(SAMPLE_LOGO_SVG) } }, { embedFonts: d.mode });
      const file = path.join(dir, `${d.name}.pptx`);
      writeFileSync(file, pptx);
      files.push(file);
      writeFileSync(path.join(dir, `${d.name}.ours.pdf`), (await render(pptx)).pdf);
      const fonts = embeddedFontFiles(OpcPackage.open(pptx, { what: d.name }));
      fontsByDeck.set(d.name, fonts.map((f) => `${f.typeface}:${f.slot}`));
      // Each distinct font file once (the 24 decks share them).
      for (const f of fonts) writeFileSync(path.join(fontDir, `${createHash('sha256').update(f.font).digest('hex').slice(0, 16)}.ttf`), f.font);
    }
    // The system's fonts plus the fonts from the PPTX parts: not the shipped font folders.
    const conf = path.join(dir, `fonts-${mode}.conf`);
    writeFileSync(conf, fontconfigXml([fontDir], path.join(dir, `cache-${mode}`)));
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, `profile-${mode}`)}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), ...files], {
      env: { ...process.env, FONTCONFIG_FILE: conf },
      stdio: 'pipe',
      timeout: 560_000,
    });
    if (r.error || r.status !== 0) throw new Error(`soffice failed: ${r.error?.message ?? r.stderr?.toString()}`);
    }
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(DECKS)('$name', ({ name, locale }) => {
    const ours = path.join(dir, `${name}.ours.pdf`);
    const lo = path.join(dir, 'lo', `${name}.pdf`);
    expect(spawnSync('qpdf', ['--check', ours], { encoding: 'utf8' }).status).toBe(0);
    expect(fontsByDeck.get(name)).toEqual(expect.arrayContaining(['Montserrat:bold', 'Source Sans 3:regular', ...(locale === 'zh-CN' ? ['Noto Sans SC:regular'] : [])]));
    // LibreOffice drew with the fonts from the parts, not a substitute.
    const fonts = spawnSync('pdffonts', [lo], { encoding: 'utf8' }).stdout;
    expect(fonts).toContain('+Montserrat-Bold');
    expect(fonts).toContain('+SourceSans3-Regular');
    if (locale === 'zh-CN') expect(fonts).toContain('+NotoSansSC-');
    expect(fonts).not.toMatch(/DejaVu|Liberation/);
    // The same lines.
    const a = lines(ours);
    const b = lines(lo);
    expect(a.length).toBeGreaterThan(30);
    const differ = unmatched(a, b);
    expect(differ.length, `lines of our PDF that LibreOffice breaks differently: ${JSON.stringify(differ)}; LibreOffice: ${JSON.stringify(unmatched(b, a))}`).toBeLessThanOrEqual(1);
    expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(1);
    if (name === 'healthcare-en.letter') {
      expect(a).toContain('Scantobook');
      expect(b).toContain('Scantobook');
    }
  });
});
