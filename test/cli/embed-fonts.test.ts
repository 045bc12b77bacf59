/**
 * The CLI side of fonts in the PPTX: on by default for customize and batch, reported in --json,
 * off with --no-embed-fonts, --embed-fonts none or the config file's embedFonts.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { oneErrorLine, run, tempDir } from './harness.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
function folder(files: Record<string, string> = {}): string {
  const dir = path.join(tmp.dir, `f${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  return dir;
}

const BRAND = JSON.stringify({ organization: 'Font Klinik', colors: { primary: '#0A5FAD' }, fonts: { heading: 'Montserrat', body: 'Source Sans 3' } });
const fontParts = (file: string) => OpcPackage.open(readFileSync(file), { what: file }).partNames().filter((p) => p.startsWith('ppt/fonts/'));

describe('customize --embed-fonts', () => {
  it('embeds by default and reports the families in --json; --no-embed-fonts and --embed-fonts none do not', async () => {
    const dir = folder({ 'brand.json': BRAND });
    const on = await run(['customize', '-t', 'generic', '--brand', 'brand.json', '--format', 'pptx', '--json'], { cwd: dir });
    expect(on.code, on.stderr).toBe(0);
    const json = JSON.parse(on.stdout) as { templates: { fonts: { embedded: { typeface: string; slots: string[]; bytes: number }[]; refused: unknown[] } }[] };
    expect(json.templates[0]!.fonts.embedded.map((f) => f.typeface)).toEqual(['Montserrat', 'Source Sans 3']);
    expect(json.templates[0]!.fonts.refused).toEqual([]);
    const file = path.join(dir, 'out', 'font-klinik-generic-en.pptx');
    expect(fontParts(file).length).toBeGreaterThanOrEqual(2);
    const big = readFileSync(file).length;

    for (const flags of [['--no-embed-fonts'], ['--embed-fonts', 'none']]) {
      const off = await run(['customize', '-t', 'generic', '--brand', 'brand.json', '--format', 'pptx', '--force', ...flags], { cwd: dir });
      expect(off.code, off.stderr).toBe(0);
      expect(fontParts(file)).toEqual([]);
      expect(readFileSync(file).length).toBeLessThan(big / 10);
    }
  });

  it('the config file key embedFonts, under the flag; a bad value is a usage error', async () => {
    const dir = folder({ 'brand.json': BRAND, 'va-infographic.config.json': JSON.stringify({ embedFonts: 'none' }) });
    const r = await run(['customize', '-t', 'generic', '--brand', 'brand.json', '--format', 'pptx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(fontParts(path.join(dir, 'out', 'font-klinik-generic-en.pptx'))).toEqual([]);
    const flag = await run(['customize', '-t', 'generic', '--brand', 'brand.json', '--format', 'pptx', '--force', '--embed-fonts', 'full'], { cwd: dir });
    expect(flag.code, flag.stderr).toBe(0);
    expect(fontParts(path.join(dir, 'out', 'font-klinik-generic-en.pptx')).length).toBeGreaterThan(0);
    const bad = await run(['customize', '-t', 'generic', '--brand', 'brand.json', '--embed-fonts', 'some'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(oneErrorLine(bad)).toMatch(/--embed-fonts must be auto, full, subset or none \(got "some"\) \[E_USAGE\]$/);
  });

  it('batch embeds by default and not with --no-embed-fonts', async () => {
    const dir = folder({ 'a.json': BRAND });
    const on = await run(['batch', 'a.json', '-t', 'generic', '--format', 'pptx', '--concurrency', '1', '--out', 'on'], { cwd: dir });
    expect(on.code, on.stderr).toBe(0);
    const off = await run(['batch', 'a.json', '-t', 'generic', '--format', 'pptx', '--concurrency', '1', '--out', 'off', '--no-embed-fonts'], { cwd: dir });
    expect(off.code, off.stderr).toBe(0);
    const file = (o: string) => path.join(dir, o, 'a', readdirSync(path.join(dir, o, 'a'))[0]!);
    expect(fontParts(file('on')).length).toBeGreaterThan(0);
    expect(fontParts(file('off'))).toEqual([]);
  });
});
