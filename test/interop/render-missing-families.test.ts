/**
 * A deck the user brings that names families installed nowhere (python-pptx's
 * font-typeface-cjk: Verdana, Lucida Grande and Arial Black in its slides) is drawn, through the built CLI,
 * in the font the system's fontconfig gives for them (its default family, DejaVu Sans on the CI
 * image: .ci/run installs fonts-dejavu-core), as LibreOffice does, with W_FONT_SUBSTITUTED
 * naming it (render, customize and batch with the deck as template); the brand's own missing
 * family keeps our default family and W_FONT_MISSING; a built-in template is not affected (docs/fonts.md, "Families found nowhere").
 * Skips with a printed reason without the corpus, fontconfig, an installed default family or pdffonts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, HAVE_CORPUS } from '../edit/helpers/corpus.js';
import { needTools } from '../helpers/tools.js';
import { cli, ensureBuilt } from './cli-helpers.js';

const DECK = path.join(CORPUS, 'real', 'pypptx__font-typeface-cjk.pptx');
const TOOLS = needTools('fontconfig substitutes for decks made elsewhere', 'fc-match', 'fc-list', 'pdffonts') === undefined;
/** fontconfig's answer for a name it does not know, when a font of that family is installed. */
function systemDefault(): string | undefined {
  if (!TOOLS) return undefined;
  const family = (spawnSync('fc-match', ['--format', '%{family}', 'va-infographic-no-such-family'], { encoding: 'utf8' }).stdout ?? '').split(',')[0]?.trim();
  if (!family) return undefined;
  const installed = spawnSync('fc-list', [`:family=${family}`, 'file'], { encoding: 'utf8' }).stdout ?? '';
  return /\.(ttf|otf|ttc)/i.test(installed) ? family : undefined;
}
const DEFAULT = systemDefault();
const verdanaInstalled = TOOLS && (spawnSync('fc-list', [':family=Verdana', 'file'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';
const ready = HAVE_CORPUS && DEFAULT !== undefined && !verdanaInstalled;
if (!ready) {
  console.log(
    `skipped: ${!HAVE_CORPUS ? `the corpus (${CORPUS}) is absent` : verdanaInstalled ? 'Verdana is installed here' : 'fontconfig, pdffonts or an installed default family (fonts-dejavu-core) is missing'}`,
  );
}

interface Result {
  ok: boolean;
  warnings: { code: string; message: string }[];
}

const work = mkdtempSync(path.join(tmpdir(), 'va-missing-families-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => ensureBuilt());

const run = (args: string[], out: string): Result => {
  const r = cli([...args, '--out', path.join(work, out), '--no-config', '--json'], work);
  expect(r.stdout, r.stderr).toMatch(/"ok": true/);
  return JSON.parse(r.stdout) as Result;
};
const fontsOf = (out: string): string => {
  const pdf = readdirSync(path.join(work, out)).find((f) => f.endsWith('.pdf'))!;
  return execFileSync('pdffonts', [path.join(work, out, pdf)], { encoding: 'utf8' });
};
const psName = (family: string) => family.replace(/\s+/g, '');

describe.skipIf(!ready)('families installed nowhere, in decks the user brings', () => {
  it('render draws Verdana in the system default family, as LibreOffice does, and says so', () => {
    const result = run(['render', DECK], 'render');
    const messages = result.warnings.filter((w) => w.code === 'W_FONT_SUBSTITUTED').map((w) => w.message);
    expect(messages).toContain(
      `Font "Verdana" is not installed; using "${DEFAULT}", the font this system's font configuration gives for it (as LibreOffice does). Install "Verdana" to draw the text as designed`,
    );
    expect(messages.some((m) => m.startsWith(`Font "Lucida Grande" is not installed; using "${DEFAULT}"`))).toBe(true);
    // Arial Black is wider than any style of Liberation Sans: not "the same metrics" (LibreOffice draws it in DejaVu Sans too).
    expect(messages.some((m) => m.startsWith(`Font "Arial Black" is not installed; using "${DEFAULT}"`))).toBe(true);
    expect(result.warnings.filter((w) => w.code === 'W_FONT_MISSING')).toEqual([]);
    expect(fontsOf('render')).toContain(`+${psName(DEFAULT!)}`);
  });

  it("customize --template <their deck> keeps the brand's missing family on our default, the deck's on the system's", () => {
    const result = run(['customize', '--template', DECK, '--org', 'Fjord Klinik', '--primary', '#0A5FAD', '--body-font', 'Va Nowhere Sans', '--format', 'pdf'], 'customize');
    const missing = result.warnings.filter((w) => w.code === 'W_FONT_MISSING').map((w) => w.message);
    expect(missing).toEqual([expect.stringMatching(/^Font "Va Nowhere Sans" is not available .*; using "Source Sans 3" instead\. To use it: /)]);
    expect(result.warnings.some((w) => w.code === 'W_FONT_SUBSTITUTED' && w.message.startsWith(`Font "Verdana" is not installed; using "${DEFAULT}"`))).toBe(true);
    const fonts = fontsOf('customize');
    expect(fonts).toContain('+SourceSans3-Regular');
    expect(fonts).toContain(`+${psName(DEFAULT!)}`);
  });

  it('batch --template <their deck> does the same in its workers', () => {
    mkdirSync(path.join(work, 'brands'), { recursive: true });
    writeFileSync(path.join(work, 'brands', 'fjord.json'), JSON.stringify({ organization: 'Fjord Klinik', colors: { primary: '#0A5FAD' }, fonts: { body: 'Va Nowhere Sans' } }));
    const r = cli(['batch', 'brands', '--template', DECK, '--format', 'pdf', '--out', path.join(work, 'batch'), '--no-config', '--json'], work);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Font \\"Verdana\\" is not installed; using \\"${DEFAULT}\\"`);
    expect(r.stdout).toMatch(/Font \\"Va Nowhere Sans\\" is not available [^"]*using \\"Source Sans 3\\"/);
    const pdf = readdirSync(path.join(work, 'batch'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.pdf'))!;
    expect(execFileSync('pdffonts', [path.join(work, 'batch', pdf)], { encoding: 'utf8' })).toContain(`+${psName(DEFAULT!)}`);
  });

  it('a built-in template with the same missing brand family is drawn in our fonts only', () => {
    const result = run(['customize', '--template', 'generic', '--org', 'Fjord Klinik', '--primary', '#0A5FAD', '--body-font', 'Va Nowhere Sans', '--format', 'pdf'], 'builtin');
    expect(result.warnings.filter((w) => w.code === 'W_FONT_MISSING').map((w) => w.message)).toEqual([expect.stringContaining('Font "Va Nowhere Sans" is not available')]);
    expect(result.warnings.filter((w) => w.code === 'W_FONT_SUBSTITUTED' || w.code === 'W_FONT_SYSTEM')).toEqual([]);
    expect(fontsOf('builtin')).not.toContain(psName(DEFAULT!));
  });
});
