/**
 * customize end to end (in-process): the sample brand, brand files, flag precedence, formats,
 * output naming, --json, --force, and inputs never modified.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { inspect } from '../../src/inspect/inspect.js';
import { needTools } from '../helpers/tools.js';
import { FIXTURES, oneErrorLine, run, tempDir } from './harness.js';

const tmp = tempDir('va-customize-');
afterAll(() => tmp.cleanup());
const hasPdftotext = needTools('the text of customize PDFs (pdftotext)', 'pdftotext') === undefined;

function folder(name: string, files: Record<string, string | Buffer> = {}): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), content);
  }
  return dir;
}

function pdfText(file: string): string {
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
}

/** The theme's accent1 and the organisation text of a branded deck. */
function brandedFacts(file: string): { accent1: string | null | undefined; heading: string | null | undefined } {
  const report = inspect(readFileSync(file));
  return { accent1: report.themes[0]?.colors.accent1?.hex, heading: report.themes[0]?.major?.latin };
}

describe('customize', () => {
  it('makes a real handout from the built-in sample brand with only --template', async () => {
    const dir = folder('sample');
    const r = await run(['customize', '--template', 'healthcare'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('using the built-in sample brand (Harbour & Co.)');
    expect(r.stderr).toMatch(/^wrote out\/harbour-and-co-healthcare-en\.pdf \([\d.]+ KB\)$/m);
    expect(r.stderr).toMatch(/^wrote out\/harbour-and-co-healthcare-en\.pptx \([\d.]+ KB\)$/m);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['harbour-and-co-healthcare-en.pdf', 'harbour-and-co-healthcare-en.pptx']);
    const pdf = path.join(dir, 'out', 'harbour-and-co-healthcare-en.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdftotext) expect(pdfText(pdf)).toContain('Harbour & Co.');
    const pkg = OpcPackage.open(readFileSync(path.join(dir, 'out', 'harbour-and-co-healthcare-en.pptx')));
    expect(pkg.kind).toBe('presentation');
  });

  it('gives the sample brand\'s note for clients in the language asked for with --locale', async () => {
    for (const [locale, words, english] of [
      ['da-DK', 'Deltag fem minutter før tid', false],
      ['zh-CN', '请提前五分钟', false],
      ['en', 'Join five minutes early', true],
    ] as const) {
      const dir = folder(`sample-note-${locale}`);
      const r = await run(['customize', '--template', 'generic', '--locale', locale, '--format', 'pptx'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const file = readdirSync(path.join(dir, 'out'))[0]!;
      const slide = new TextDecoder().decode(OpcPackage.open(readFileSync(path.join(dir, 'out', file))).get('ppt/slides/slide1.xml'));
      expect(slide, locale).toContain(words);
      expect(slide.includes('Join five minutes early'), locale).toBe(english);
    }
  });

  it('takes each brand field from the flag over the brand file, and the rest from the file', async () => {
    const dir = folder('precedence', {
      'brands/clinic.json': JSON.stringify({
        organization: 'File Clinic',
        locale: 'da-DK',
        colors: { primary: '#123456' },
        fonts: { heading: 'Lora' },
        links: { booking: 'https://file.example/book' },
      }),
    });
    const r = await run(['customize', '--template', 'generic', '--brand', 'brands/clinic.json', '--org', 'Flag Klinik', '--primary', '#C8102E', '--format', 'pptx,pdf', '--json'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { ok: boolean; organization: string; locale: string; paper: string; outputs: { format: string; file: string }[]; brandSource: string };
    expect(result).toMatchObject({ ok: true, organization: 'Flag Klinik', locale: 'da-DK', paper: 'a4', brandSource: 'brands/clinic.json and the flags' });
    // Outputs in the order of --format, named <org>-<template>-<locale>.
    expect(result.outputs.map((o) => o.file)).toEqual(['out/flag-klinik-generic-da-DK.pptx', 'out/flag-klinik-generic-da-DK.pdf']);
    const facts = brandedFacts(path.join(dir, 'out', 'flag-klinik-generic-da-DK.pptx'));
    expect(facts.accent1).toBe('C8102E'); // the flag, not the file's 123456
    expect(facts.heading).toBe('Lora'); // from the file
    if (hasPdftotext) {
      const text = pdfText(path.join(dir, 'out', 'flag-klinik-generic-da-DK.pdf'));
      expect(text).toContain('Flag Klinik');
      expect(text).toContain('file.example/book');
      expect(text).not.toContain('File Clinic');
    }
  });

  it('writes PNG when asked, and --force overwrites while the default refuses', async () => {
    const dir = folder('png');
    const args = ['customize', '--template', 'retail', '--org', 'Shop', '--primary', '#0A5FAD', '--format', 'png', '--quiet'];
    const first = await run(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const png = path.join(dir, 'out', 'shop-retail-en.png');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const refused = await run(args, { cwd: dir });
    expect(refused.code).toBe(2);
    expect(oneErrorLine(refused)).toContain('out/shop-retail-en.png; use --force');
    const before = statSync(png).mtimeMs;
    const forced = await run([...args, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(statSync(png).mtimeMs).toBeGreaterThanOrEqual(before);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['shop-retail-en.png']);
  });

  it('brands any .pptx and never modifies its inputs', async () => {
    const dir = folder('own-deck', { 'Our Deck.pptx': readFileSync(path.join(FIXTURES, 'inspect-brand-fit.pptx')) });
    const before = readFileSync(path.join(dir, 'Our Deck.pptx'));
    const r = await run(['customize', '--template', 'Our Deck.pptx', '--org', 'Own', '--primary', '#0A5FAD', '--format', 'pptx', '--replace-link', 'https://example.org/book=https://own.example/book'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*\{\{unknownToken\}\}.*\[W_TOKEN_UNKNOWN\]/);
    const out = path.join(dir, 'out', 'own-our-deck-en.pptx');
    const links = inspect(readFileSync(out)).links.filter((l) => l.kind === 'external').map((l) => l.target);
    expect(links).not.toContain('https://example.org/book');
    expect(readFileSync(path.join(dir, 'Our Deck.pptx')).equals(before)).toBe(true);
  });

  it('uses the brand locale and paper to pick the template variant', async () => {
    const dir = folder('variant');
    const r = await run(['customize', '--template', 'financial-services', '--org', '上海银行', '--primary', '#C8102E', '--locale', 'zh-CN', '--format', 'pptx', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { paper: string; outputs: { file: string }[] };
    expect(result.paper).toBe('a4');
    expect(result.outputs[0]!.file).toMatch(/^out\/org-[0-9a-f]{8}-financial-services-zh-CN\.pptx$/);
    const size = inspect(readFileSync(path.join(dir, result.outputs[0]!.file))).slideSize;
    expect(size?.paper).toBe('a4');
  });

  it('prints warnings on stderr, and none with --quiet', async () => {
    const dir = folder('quiet', { 'deck.pptx': readFileSync(path.join(FIXTURES, 'inspect-brand-fit.pptx')) });
    const loud = await run(['customize', '--template', 'deck.pptx', '--org', 'Q', '--primary', '#123', '--format', 'pptx'], { cwd: dir });
    expect(loud.code).toBe(0);
    expect(loud.stderr).toContain('warning:');
    const quiet = await run(['customize', '--template', 'deck.pptx', '--org', 'Q', '--primary', '#123', '--format', 'pptx', '--quiet', '--force'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});
