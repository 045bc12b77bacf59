/**
 * The commands that need no brand engine or renderer: templates, inspect, init.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBrand } from '../../src/brand/validate.js';
import { TEMPLATE_IDS } from '../../src/templates/catalog.js';
import { FIXTURES, ROOT, oneErrorLine, run, tempDir } from './harness.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const cwd = tmp.dir;

describe('va-infographic templates', () => {
  it('lists every template with its locales and papers, as text and as JSON', async () => {
    const text = await run(['templates'], { cwd });
    expect(text.code).toBe(0);
    for (const id of TEMPLATE_IDS) expect(text.stdout).toContain(id);
    const r = await run(['templates', '--json'], { cwd });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { templates: { id: string; locales: string[]; papers: string[]; variants: unknown[] }[] };
    expect(data.templates.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    for (const t of data.templates) expect(t.variants).toHaveLength(t.locales.length * t.papers.length);
  });
});

describe('va-infographic inspect', () => {
  const deck = path.join(FIXTURES, 'inspect-brand-fit.pptx');

  it('prints the analysis', async () => {
    const r = await run(['inspect', deck], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Brand fit: 3 literal colour(s), 1 literal font(s)');
    expect(r.stdout).toContain('srgbClr FF0000 ×1: slide 1 › Literal Box (text)');
    expect(r.stdout).toContain('javascript:alert(1)  ✗ scheme javascript: is not allowed');
    expect(r.stdout).toContain('va:lnk:billing  ? not a name the template contract defines');
    expect(r.stdout).toContain('Not drawn faithfully by the embedded renderer (0)'); // its chart is drawn now
    expect(r.stdout).toContain('Template contract (docs/template-contract.md): 5 problem(s)');
    expect(r.stdout).toContain('text-size: slide 1 › Tiny: text of 7 pt, under the 9 pt minimum');
    expect(r.stdout).toContain('Accessibility (title, alt text, reading order): 5 problem(s)');
    expect(r.stdout).toContain('slide 1: no slide title');
    expect(r.stdout).toContain('slide 1: no alt text and not decorative: "Literal Fill"; "Theme Box"; "Chart 1"');
  });

  it('finds nothing to fix for accessibility in a built-in template', async () => {
    const r = await run(['inspect', path.join(ROOT, 'templates/healthcare/en.letter.pptx')], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Accessibility (title, alt text, reading order): nothing to fix');
  });

  it('prints JSON with --json', async () => {
    const r = await run(['inspect', deck, '--json'], { cwd });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { file: string; slideCount: number; lint: { colourCount: number } };
    expect(data).toMatchObject({ file: deck, slideCount: 1, lint: { colourCount: 3 } });
  });

  it.each([
    ['missing.pptx', /the deck missing\.pptx does not exist \[E_FILE_NOT_FOUND\]/],
    [path.join(FIXTURES, 'docx-renamed.pptx'), /is a Word document, not a PowerPoint presentation \[E_WRONG_PACKAGE\]/],
    [path.join(FIXTURES, 'text-renamed.pptx'), /is not a ZIP package .*\[E_NOT_ZIP\]/],
  ])('refuses %s with exit 2 and one line', async (file, pattern) => {
    const r = await run(['inspect', file], { cwd });
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(pattern);
    expect(r.stdout).toBe('');
  });

  it('never modifies its input', async () => {
    const before = readFileSync(deck);
    await run(['inspect', deck, '--json'], { cwd });
    expect(readFileSync(deck).equals(before)).toBe(true);
  });
});

describe('va-infographic init', () => {
  it('writes a valid starter brand file with $schema, and refuses to overwrite it', async () => {
    const dir = path.join(cwd, 'init1');
    const r = await run(['init', 'brand.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote brand.json');
    const data = JSON.parse(readFileSync(path.join(dir, 'brand.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(data)[0]).toBe('$schema');
    expect(data.$schema).toMatch(/brand\.schema\.json$/);
    expect(() => parseBrand(data, 'brand.json')).not.toThrow();
    expect(data.logo).toBeUndefined();

    const again = await run(['init', 'brand.json'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(oneErrorLine(again)).toContain('the output already exists: brand.json; use --force to overwrite [E_OUTPUT_EXISTS]');
    const forced = await run(['init', 'brand.json', '--force', '--org', 'Forced'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'brand.json'), 'utf8')).organization).toBe('Forced');
  });

  it('fills the starter from brand flags, with paths relative to the brand file', async () => {
    const dir = path.join(cwd, 'init2');
    const r = await run(['init', 'brands/clinic.json', '--org', 'Fjord Klinik', '--locale', 'da-DK', '--primary', '#0a5fad', '--logo', 'art/logo.png', '--billing-url', ''], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: art/logo.png does not exist yet');
    // biome-ignore lint/suspicious/noExplicitAny: JSON read back, its shape is what the test checks
    const data = JSON.parse(readFileSync(path.join(dir, 'brands', 'clinic.json'), 'utf8')) as Record<string, any>;
    expect(data).toMatchObject({ organization: 'Fjord Klinik', locale: 'da-DK', logo: '../art/logo.png', colors: { primary: '#0a5fad' } });
    expect(data.links.billing).toBeUndefined();
    expect(data.links.booking).toBeDefined();
  });

  it('refuses invalid flag values with exit 2, naming the flag, and writes nothing', async () => {
    const dir = path.join(cwd, 'init3');
    const r = await run(['init', 'x.json', '--primary', 'blue', '--booking-url', 'javascript:alert(1)'], { cwd: dir });
    expect(r.code).toBe(2);
    const line = oneErrorLine(r);
    expect(line).toContain('colors.primary (--primary): expected a hex colour');
    expect(line).toContain('links.booking (--booking-url)');
    expect(() => readdirSync(dir)).toThrow();
  });

  it('refuses a name that is not .json', async () => {
    const r = await run(['init', 'brand.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toContain('should end in .json');
  });
});

describe('no stray files', () => {
  it('leaves no temporary files after the runs above', () => {
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [e.name]));
    expect(walk(cwd).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
