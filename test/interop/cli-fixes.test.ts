/**
 * The problems issue 13 (and the CLI parts of issue 15) found, each driven through the built
 * CLI (bin/va-infographic.js) as a user would meet it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/tmp.js';
import { needTools } from '../helpers/tools.js';
import { miniDeck, run as r, textShape } from '../edit/helpers/mini-deck.js';
import { BIN, FIXTURES, ROOT, cli, ensureBuilt, files } from './cli-helpers.js';

const tmp = tempDir('va-fixes-');
afterAll(() => tmp.cleanup());
beforeAll(() => ensureBuilt());

let n = 0;
function project(map: Record<string, string | Uint8Array> = {}): string {
  const dir = path.join(tmp.dir, `p${n++}`);
  mkdirSync(dir, { recursive: true });
  files(dir, map);
  return dir;
}

const hasPdftotext = needTools('PDF text checks of the CLI fixes', 'pdftotext') === undefined;
const pdfText = (file: string) => spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
async function themeColours(pptx: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(pptx));
  return zip.file('ppt/theme/theme1.xml')!.async('string');
}

describe('help', () => {
  it('`help` and `help <command>` exit 0; every command has examples', () => {
    const dir = project();
    expect(cli(['help'], dir).code).toBe(0);
    const one = cli(['help', 'batch'], dir);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Usage: va-infographic batch');
    for (const cmd of ['customize', 'batch', 'validate', 'preview', 'templates', 'inspect', 'init', 'render', 'completion']) {
      expect(cli([cmd, '--help'], dir).stdout, cmd).toMatch(/Examples:\n {2}\$ va-infographic /);
    }
  });

  it('ships docs/ in the npm package (--help points to docs/cli.md)', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const listed = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(listed).toContain('docs/cli.md');
  });
});

describe('--json always has "ok"', () => {
  it.each<[string[], string?]>([
    [['templates', '--json']],
    [['inspect', path.join(FIXTURES, 'inspect-brand-fit.pptx'), '--json']],
    [['init', 'b.json', '--json']],
    [['validate', 'b.json', '--json'], 'init'],
    [['render', path.join(FIXTURES, 'inspect-brand-fit.pptx'), '--format', 'png', '--dpi', '20', '--json']],
    [['customize', '--template', 'generic', '--format', 'pptx', '--json']],
    [['batch', 'b.json', '--template', 'generic', '--format', 'pptx', '--json'], 'init'],
  ])('%j', (args, before) => {
    const dir = project();
    if (before) cli(['init', 'b.json'], dir);
    const result = cli(args as string[], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true });
  });
});

describe('brand files', () => {
  it("accept the README's example as it is, // comments included", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /```jsonc\n(\{[\s\S]*?\n\})\n```/.exec(readme)![1]!;
    expect(example).toContain('//');
    const dir = project({
      'brand.json': example,
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect width="200" height="80" fill="#0A5FAD"/></svg>',
      'fonts/Brand-Bold.ttf': readFileSync(path.join(ROOT, 'node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf')),
      'fonts/Brand-Regular.ttf': readFileSync(path.join(ROOT, 'node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf')),
    });
    const v = cli(['validate', 'brand.json'], dir);
    expect(v.code, v.stderr).toBe(0);
    const c = cli(['customize', '--template', 'healthcare', '--brand', 'brand.json', '--format', 'pptx'], dir);
    expect(c.code, c.stderr).toBe(0);
  });

  it('accept UTF-16 with a byte order mark, little and big endian', () => {
    const text = JSON.stringify({ organization: 'Ærø Klinik', colors: { primary: '#0A5FAD' } });
    const dir = project({
      'le.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.json': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    });
    for (const f of ['le.json', 'be.json']) {
      const res = cli(['customize', '--template', 'generic', '--brand', f, '--format', 'pptx', '--out', `out-${f}`, '--json'], dir);
      expect(res.code, res.stderr).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({ organization: 'Ærø Klinik' });
    }
  });

  it('that are symbolic links to other files never print those files, in the error, --json or --report', () => {
    const secret = 'root:x:0:0:TOPSECRET-4711:/root:/bin/bash\n';
    const dir = project({ 'private/passwd': secret, 'brands/ok.json': JSON.stringify({ organization: 'OK', colors: { primary: '#0A5FAD' } }) });
    symlinkSync(path.join(dir, 'private', 'passwd'), path.join(dir, 'brands', 'link.json'));
    const one = cli(['customize', '--template', 'generic', '--brand', 'brands/link.json', '--json'], dir);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('the brand file brands/link.json is not valid JSON: an unexpected character at line 1, column 1 [E_BRAND_INVALID]');
    const batch = cli(['batch', 'brands', '--template', 'generic', '--format', 'pptx', '--json', '--report', 'report.json'], dir);
    expect(batch.code).toBe(1);
    for (const text of [one.stdout, one.stderr, batch.stdout, batch.stderr, readFileSync(path.join(dir, 'report.json'), 'utf8')]) {
      expect(text).not.toContain('TOPSECRET');
      expect(text).not.toContain('root:x');
    }
  });
});

describe('the sample brand', () => {
  it('init --locale da-DK gives a Danish note and no sample orange; customize with it prints the Danish note', async () => {
    const dir = project();
    expect(cli(['init', 'clinic.json', '--locale', 'da-DK'], dir).code).toBe(0);
    const brand = JSON.parse(readFileSync(path.join(dir, 'clinic.json'), 'utf8')) as { colors: Record<string, string>; additionalInfo: string };
    expect(Object.keys(brand.colors)).toEqual(['primary']);
    const c = cli(['customize', '--template', 'healthcare', '--brand', 'clinic.json'], dir);
    expect(c.code, c.stderr).toBe(0);
    const theme = await themeColours(path.join(dir, 'out', 'harbour-and-co-healthcare-da-DK.pptx'));
    expect(theme).not.toContain('F2A541');
    expect(theme).not.toContain('E4572E');
    if (hasPdftotext) {
      const text = pdfText(path.join(dir, 'out', 'harbour-and-co-healthcare-da-DK.pdf')).replace(/\s+/g, ' ');
      expect(text).toContain(brand.additionalInfo.slice(0, 40));
      expect(text).not.toContain('Please join');
    }
  });

  it('brand flags without a brand file borrow nothing from the sample: no logo, links or phone', async () => {
    const dir = project();
    const c = cli(['customize', '--template', 'healthcare', '--org', 'Flag Klinik', '--primary', '#0A5FAD', '--booking-url', 'https://flag.example/book'], dir);
    expect(c.code, c.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'out', 'flag-klinik-healthcare-en.pptx')));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/'));
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const rels = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string');
    expect(rels).not.toContain('example.org');
    expect(slide).not.toContain('555 0100');
    expect(slide).not.toContain('Harbour');
    expect(media.filter((m) => /svg|png/.test(m) && !/qr/i.test(m))).toEqual([]);
    if (hasPdftotext) {
      const text = pdfText(path.join(dir, 'out', 'flag-klinik-healthcare-en.pdf'));
      expect(text).not.toContain('example.org');
      expect(text).not.toContain('555 0100');
    }
    const missing = cli(['customize', '--template', 'healthcare', '--primary', '#0A5FAD'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--org is missing/);
  });
});

describe('links', () => {
  it('a linked run with words around the URL gets the new address; --replace-link finds what inspect lists', async () => {
    const HL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
    const rel = (id: string, target: string) => `<Relationship Id="${id}" Type="${HL}" Target="${target}" TargetMode="External"/>`;
    const shapes =
      textShape({ id: 2, name: 'va:link:booking', paras: [r('Book now: old.example/book', 1400, '<a:hlinkClick r:id="rId10"/>')] }) +
      textShape({ id: 3, name: 'Footer', y: 3_000_000, paras: [r('Or visit old.example/book today', 1400, '<a:hlinkClick r:id="rId11"/>')] });
    const deck = await miniDeck({ slides: [{ shapes, rels: rel('rId10', 'https://old.example/book') + rel('rId11', 'https://old.example/book') }] });
    const dir = project({ 'flyer.pptx': deck, 'brand.json': JSON.stringify({ organization: 'Own', colors: { primary: '#0A5FAD' }, links: { booking: 'https://new.example/b' } }) });
    const listed = JSON.parse(cli(['inspect', 'flyer.pptx', '--json'], dir).stdout) as { links: { target: string }[] };
    expect(listed.links.map((l) => l.target)).toContain('https://old.example/book');
    const c = cli(['customize', '--template', 'flyer.pptx', '--brand', 'brand.json', '--format', 'pptx,pdf', '--replace-link', 'https://old.example/book=https://other.example/x'], dir);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stderr).not.toContain('W_LINK_NOT_FOUND');
    const slide = await (await JSZip.loadAsync(readFileSync(path.join(dir, 'out', 'own-flyer-en.pptx')))).file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toContain('Book now: new.example/b');
    expect(slide).toContain('Or visit other.example/x today');
    expect(slide).not.toContain('old.example');
    if (hasPdftotext) expect(pdfText(path.join(dir, 'out', 'own-flyer-en.pdf'))).not.toContain('old.example');
  });
});

describe('outputs', () => {
  it('two batches started together into one --out never overwrite each other: every output is written once', async () => {
    const brands: Record<string, string> = {};
    for (let i = 0; i < 8; i++) brands[`brands/b${i}.json`] = JSON.stringify({ organization: `Clinic ${i}`, colors: { primary: '#0A5FAD' } });
    const dir = project({ ...brands, 'deck.pptx': readFileSync(path.join(FIXTURES, 'inspect-brand-fit.pptx')) });
    const runOne = () =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'batch', 'brands', '--template', './deck.pptx', '--format', 'pptx', '--concurrency', '1', '--json'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
        child.on('close', (code) => resolve({ code, stdout }));
      });
    const [a, b] = await Promise.all([runOne(), runOne()]);
    const oks = [a, b].flatMap((x) => {
      if (x.code === 2) return []; // refused up front: the other had already written
      return (JSON.parse(x.stdout) as { items: { status: string; brandFile: string; error: { code: string } | null }[] }).items;
    });
    const written = oks.filter((i) => i.status === 'ok').map((i) => i.brandFile);
    // Each of the 8 outputs was written by exactly one of the two runs.
    expect(written.sort()).toEqual(Object.keys(brands).sort());
    for (const i of oks.filter((i) => i.status === 'failed')) expect(i.error!.code).toBe('E_OUTPUT_EXISTS');
    // --force overwrites on purpose.
    expect(cli(['batch', 'brands', '--template', './deck.pptx', '--format', 'pptx', '--force'], dir).code).toBe(0);
  });
});

describe('completion', () => {
  it('bash: completes commands, options and template ids', () => {
    const dir = project();
    const script = cli(['completion', 'bash'], dir).stdout;
    writeFileSync(path.join(dir, 'va.bash'), script);
    const complete = (words: string[]) =>
      spawnSync('bash', ['-c', `source va.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _va_infographic; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(complete(['va-infographic', 'cu'])).toEqual(['customize']);
    expect(complete(['va-infographic', 'batch', '--da'])).toEqual(['--data']);
    expect(complete(['va-infographic', 'customize', '--template', 'he'])).toEqual(['healthcare']);
    expect(complete(['va-infographic', 'customize', '--locale', ''])).toEqual(['en', 'da-DK', 'zh-CN']);
    expect(existsSync(path.join(dir, 'va.bash'))).toBe(true);
  });

  it.skipIf(needTools('zsh and fish completion', 'zsh', 'fish') !== undefined)('zsh: a script zsh accepts; fish: completes commands and values, no files for a value list', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'va.zsh'), cli(['completion', 'zsh'], dir).stdout);
    expect(spawnSync('zsh', ['-n', 'va.zsh'], { cwd: dir }).status).toBe(0);
    expect(spawnSync('zsh', ['-c', 'source ./va.zsh && complete -p va-infographic'], { cwd: dir, encoding: 'utf8' }).stdout).toContain('-F _va_infographic va-infographic');
    writeFileSync(path.join(dir, 'va.fish'), cli(['completion', 'fish'], dir).stdout);
    const fish = (line: string) =>
      spawnSync('fish', ['-c', `source va.fish; complete -C ${JSON.stringify(line)}`], { cwd: dir, encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(fish('va-infographic cust')).toEqual(['customize']);
    expect(fish('va-infographic customize --locale ')).toEqual(['da-DK', 'en', 'zh-CN']);
    expect(fish('va-infographic batch --con')).toEqual(['--concurrency', '--config']);
  });
});
