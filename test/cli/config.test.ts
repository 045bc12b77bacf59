/**
 * The project config file: found upward, --config, --no-config, unknown keys refused, and the
 * precedence flag > config file > brand file > default for each option it sets.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from '../../src/cli/config.js';
import { oneErrorLine, run, tempDir } from './harness.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function write(dir: string, files: Record<string, string>): string {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

const BRAND = JSON.stringify({ organization: 'Conf Klinik', locale: 'en', colors: { primary: '#0A5FAD' } });

describe('the project config file', () => {
  it('is found walking up from the working folder; two in one folder is an error', async () => {
    const root = write(path.join(tmp.dir, 'up'), { 'va-infographic.config.json': '{ "out": "handouts" }', 'a/b/c/.keep': '' });
    expect(findConfigFile(path.join(root, 'a', 'b', 'c'))).toBe(path.join(root, 'va-infographic.config.json'));
    const cfg = await loadConfig(undefined, path.join(root, 'a', 'b'));
    expect(cfg.values).toEqual({ out: 'handouts' });
    expect(cfg.dir).toBe(root);
    write(root, { '.va-infographicrc': '{}' });
    expect(() => findConfigFile(path.join(root, 'a'))).toThrow(/two config files in .*: va-infographic\.config\.json and \.va-infographicrc; keep one/);
  });

  it('refuses unknown keys and values of the wrong type, naming them (E_CONFIG_INVALID, exit 2)', async () => {
    const dir = write(path.join(tmp.dir, 'bad'), { 'typo.json': '{ "outt": "x" }', 'type.json': '{ "strict": "yes" }', 'list.json': '{ "format": [1] }' });
    for (const [file, pattern] of [
      ['typo.json', /the config file typo\.json: unknown key "outt"; known keys: out, format, template, brand, locale, paper, strict, concurrency, renderer, dpi/],
      ['type.json', /"strict" must be a boolean, got a string/],
      ['list.json', /"format" must be a list of strings or a comma-separated string, got a list/],
    ] as const) {
      const r = await run(['customize', '--template', 'generic', '--config', file], { cwd: dir });
      expect(r.code).toBe(2);
      expect(oneErrorLine(r)).toMatch(pattern);
      expect(oneErrorLine(r)).toContain('[E_CONFIG_INVALID]');
    }
  });

  it('sets defaults that a flag beats, with paths relative to the config file, and --no-config ignores it', async () => {
    const root = write(path.join(tmp.dir, 'proj'), {
      '.va-infographicrc': `{
        // the project's defaults
        "brand": "brand/clinic.json",
        "template": ["generic", "retail"],
        "out": "handouts",
        "format": "pptx",
        "locale": "da-DK",
      }`,
      'brand/clinic.json': BRAND,
      'sub/.keep': '',
    });
    const sub = path.join(root, 'sub');
    // From a sub-folder: the config's brand, templates, folder (relative to the config) and locale (over the brand file's en).
    const r = await run(['customize', '--json'], { cwd: sub });
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { locale: string; outputs: { file: string }[]; templates: { template: string }[] };
    expect(result.locale).toBe('da-DK');
    expect(result.templates.map((t) => t.template)).toEqual(['generic', 'retail']);
    expect(readdirSync(path.join(root, 'handouts')).sort()).toEqual(['conf-klinik-generic-da-DK.pptx', 'conf-klinik-retail-da-DK.pptx']);
    // Flags win.
    const flags = await run(['customize', '--template', 'healthcare', '--locale', 'zh-CN', '--out', 'here', '--json'], { cwd: sub });
    expect(flags.code, flags.stderr).toBe(0);
    expect(readdirSync(path.join(sub, 'here'))).toEqual(['conf-klinik-healthcare-zh-CN.pptx']);
    // --no-config: no brand, no template, and stdin is not a terminal.
    const none = await run(['customize', '--no-config'], { cwd: sub });
    expect(none.code).toBe(2);
    expect(oneErrorLine(none)).toMatch(/missing --template/);
    // An invalid value from the config is named as such.
    write(root, { 'other.json': '{ "format": "pdf,docx" }' });
    const bad = await run(['customize', '--template', 'generic', '--config', '../other.json'], { cwd: sub });
    expect(oneErrorLine(bad)).toMatch(/"format" in \.\.\/other\.json|"format" in .*other\.json: unknown format "docx"/);
  });

  it('turns warnings into failures with "strict": true, and --no-strict turns that off', async () => {
    const dir = write(path.join(tmp.dir, 'strict'), { 'va-infographic.config.json': '{ "strict": true, "format": "pptx" }', 'brand.json': JSON.stringify({ organization: 'S', colors: { primary: '#0A5FAD' }, fonts: { heading: 'Nonexistent Brand Grotesk' } }) });
    const strict = await run(['customize', '--template', 'generic', '--brand', 'brand.json'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(oneErrorLine(strict)).toMatch(/--strict: the generic handout has \d+ warnings?, so nothing was written: .*Nonexistent Brand Grotesk.*\[E_STRICT\]/);
    expect(() => readdirSync(path.join(dir, 'out'))).toThrow();
    const relaxed = await run(['customize', '--template', 'generic', '--brand', 'brand.json', '--no-strict'], { cwd: dir });
    expect(relaxed.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['s-generic-en.pptx']);
  });
});
