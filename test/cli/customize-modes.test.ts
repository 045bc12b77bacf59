/**
 * customize: --dry-run, several templates (-t all, a list), --dpi, --strict, and validate.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { oneErrorLine, run, tempDir } from './harness.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = path.join(tmp.dir, `m${n++}`);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const BRAND = JSON.stringify({ organization: 'Mode Klinik', colors: { primary: '#0A5FAD' } });

describe('customize modes', () => {
  it('--dry-run does the work, lists what would be written (and what exists), and writes nothing', async () => {
    const dir = folder({ 'brand.json': BRAND, 'out/mode-klinik-generic-en.pptx': 'old' });
    const r = await run(['customize', '--template', 'generic', '--brand', 'brand.json', '--format', 'pptx,png', '--dry-run', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { ok: boolean; dryRun: boolean; outputs: { file: string; bytes: number; exists: boolean }[] };
    expect(result).toMatchObject({ ok: true, dryRun: true });
    expect(result.outputs.map((o) => [o.file, o.exists])).toEqual([
      ['out/mode-klinik-generic-en.pptx', true],
      ['out/mode-klinik-generic-en.png', false],
    ]);
    expect(result.outputs.every((o) => o.bytes > 1000)).toBe(true);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['mode-klinik-generic-en.pptx']);
    expect(readFileSync(path.join(dir, 'out', 'mode-klinik-generic-en.pptx'), 'utf8')).toBe('old');
    const text = await run(['customize', '--template', 'generic', '--brand', 'brand.json', '--format', 'pptx', '--dry-run'], { cwd: dir });
    expect(text.stderr).toMatch(/would write out\/mode-klinik-generic-en\.pptx \([\d.]+ KB\) — exists: needs --force/);
    expect(text.stderr).toContain('dry run: nothing was written');
  });

  it('-t all makes the four templates; a list makes those; each is one item', async () => {
    const dir = folder({ 'brand.json': BRAND });
    const all = await run(['customize', '-t', 'all', '--brand', 'brand.json', '--format', 'pptx', '--json'], { cwd: dir });
    expect(all.code, all.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['financial-services', 'generic', 'healthcare', 'retail'].map((t) => `mode-klinik-${t}-en.pptx`));
    expect((JSON.parse(all.stdout) as { templates: unknown[] }).templates).toHaveLength(4);
    const list = await run(['customize', '-t', 'retail,healthcare', '--brand', 'brand.json', '--format', 'pptx', '--out', 'two'], { cwd: dir });
    expect(list.code).toBe(0);
    expect(readdirSync(path.join(dir, 'two')).sort()).toEqual(['mode-klinik-healthcare-en.pptx', 'mode-klinik-retail-en.pptx']);
  });

  it('--dpi sets the PNG resolution (a Letter page at 50 dpi is 425 × 550) and is checked', async () => {
    const dir = folder({ 'brand.json': BRAND });
    const r = await run(['customize', '-t', 'generic', '--brand', 'brand.json', '--format', 'png', '--dpi', '50'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const meta = await sharp(readFileSync(path.join(dir, 'out', 'mode-klinik-generic-en.png'))).metadata();
    expect([meta.width, meta.height]).toEqual([425, 550]);
    const bad = await run(['customize', '-t', 'generic', '--brand', 'brand.json', '--format', 'png', '--dpi', '5000'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(oneErrorLine(bad)).toMatch(/--dpi: expected a resolution from 10 to 600/);
  });

  it('--strict fails a handout with warnings (exit 1, nothing written) and passes one without', async () => {
    const dir = folder({ 'brand.json': BRAND, 'warn.json': JSON.stringify({ organization: 'Warn', colors: { primary: '#0A5FAD' }, fonts: { body: 'Nonexistent Brand Grotesk' } }) });
    const ok = await run(['customize', '-t', 'generic', '--brand', 'brand.json', '--format', 'pptx,pdf', '--strict'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    const failed = await run(['customize', '-t', 'generic', '--brand', 'warn.json', '--format', 'pptx,pdf', '--strict', '--json'], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ ok: false, error: { code: 'E_STRICT', exitCode: 1 } });
    expect(failed.stderr).toMatch(/warning: .*Nonexistent Brand Grotesk/);
    expect(existsSync(path.join(dir, 'out', 'warn-generic-en.pptx'))).toBe(false);
  });
});

describe('validate', () => {
  it('checks schema, files, logo decoding and fonts; exit 0 when all are valid, 2 otherwise', async () => {
    const png = await sharp({ create: { width: 600, height: 200, channels: 3, background: '#0A5FAD' } }).png().toBuffer();
    const dir = folder({
      'brands/good.json': JSON.stringify({ organization: 'Good', colors: { primary: '#0A5FAD' }, logo: 'logo.png' }),
      'brands/logo.png': png,
      'brands/broken-logo.json': JSON.stringify({ organization: 'Broken Logo', colors: { primary: '#0A5FAD' }, logo: 'damaged.png' }),
      'brands/damaged.png': png.subarray(0, 200),
      'brands/bad-font.json': JSON.stringify({ organization: 'Bad Font', colors: { primary: '#0A5FAD' }, fonts: { body: 'X', bodyFile: 'x.ttf' } }),
      'brands/x.ttf': 'not a font',
      'brands/bad-link.json': JSON.stringify({ organization: 'Bad Link', colors: { primary: '#0A5FAD' }, links: { booking: 'ftp://x.example' } }),
    });
    const good = await run(['validate', 'brands/good.json'], { cwd: dir });
    expect(good.code).toBe(0);
    expect(good.stderr).toContain('ok brands/good.json (Good)');
    const all = await run(['validate', 'brands', '--json'], { cwd: dir });
    expect(all.code).toBe(2);
    const result = JSON.parse(all.stdout) as { ok: boolean; valid: number; invalid: number; brands: { brand: string; ok: boolean; error: { code: string } | null }[] };
    expect(result).toMatchObject({ ok: false, valid: 1, invalid: 3 });
    const codes = Object.fromEntries(result.brands.map((b) => [b.brand, b.error?.code ?? 'ok']));
    expect(codes).toEqual({ 'brands/bad-font.json': 'E_FONT_INVALID', 'brands/bad-link.json': 'E_BRAND_INVALID', 'brands/broken-logo.json': expect.stringMatching(/^E_LOGO_/), 'brands/good.json': 'ok' });
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('render --strict', () => {
  it('fails a deck whose drawing has warnings (exit 1, nothing written); without --strict it is written', async () => {
    const { FIXTURES } = await import('./tmp.js');
    const dir = folder({ 'deck.pptx': readFileSync(path.join(FIXTURES, 'inspect-brand-fit.pptx')) });
    const strict = await run(['render', 'deck.pptx', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(oneErrorLine(strict)).toMatch(/--strict: deck\.pptx has \d+ warnings, so nothing was written: .*\[E_STRICT\]/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const plain = await run(['render', 'deck.pptx'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['deck.pdf']);
  });
});
