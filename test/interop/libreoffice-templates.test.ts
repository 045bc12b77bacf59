/**
 * LibreOffice (the reference renderer) converts every template variant to a one-page PDF of its
 * paper size, drawn with the template's theme fonts (the shipped fonts, made visible to it with
 * a fontconfig file) and keeping its links. The same variants filled with full values (a
 * two-line organisation name, a typical note, ordinary links: test/templates/fill-tokens.ts)
 * still fit: each text ends inside its box. One soffice call converts all 48 decks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFontconfigFile } from '../../src/fonts/index.js';
import { INDUSTRIES } from '../../src/templates/source/industries/index.js';
import { NS } from '../../src/xml/namespaces.js';
import { fillTokens, longValues } from '../templates/fill-tokens.js';
import { needTools } from '../helpers/tools.js';
import { nameOf, openTemplate, rectOf, ROOT, shapesAndGroups, VARIANTS, type Rect } from '../templates/template-file.js';

const missing = needTools('libreoffice-templates', 'soffice', 'pdfinfo', 'pdftotext', 'pdffonts');

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function words(pdf: string): Word[] {
  const out = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
  const list: Word[] = [];
  for (const m of out.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    const decoded = m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
    list.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decoded });
  }
  return list;
}

const PT = 12700;
const ptRect = (r: Rect): { top: number; bottom: number; left: number; right: number } => ({ top: r.y / PT, bottom: (r.y + r.cy) / PT, left: r.x / PT, right: (r.x + r.cx) / PT });

/** PostScript family prefixes of the shipped fonts, as pdffonts lists them. */
const POSTSCRIPT: Record<string, string> = { Inter: 'Inter', 'Source Sans 3': 'SourceSans3', Montserrat: 'Montserrat', Merriweather: 'Merriweather', Lora: 'Lora' };

const decks = VARIANTS.map((v) => ({ ...v, name: `${v.id}-${v.locale}.${v.paper}` }));

describe.skipIf(missing !== undefined)('LibreOffice renders every template variant', () => {
  let dir = '';
  let pdfDir = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'va-lo-templates-'));
    pdfDir = path.join(dir, 'pdf');
    const inDir = path.join(dir, 'in');
    mkdirSync(inDir);
    const files: string[] = [];
    for (const d of decks) {
      const bytes = readFileSync(path.join(ROOT, d.file));
      const plain = path.join(inDir, `${d.name}.pptx`);
      const filled = path.join(inDir, `${d.name}.filled.pptx`);
      writeFileSync(plain, bytes);
      writeFileSync(filled, await fillTokens(bytes, longValues(d.locale)));
      files.push(plain, filled);
    }
    const fontsConf = writeFontconfigFile(dir);
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', pdfDir, ...files],
      { env: { ...process.env, FONTCONFIG_FILE: fontsConf }, stdio: 'pipe', timeout: 280_000 },
    );
    if (r.error || r.status !== 0) throw new Error(`soffice failed: ${r.error?.message ?? r.stderr?.toString()}`);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const info = (pdf: string): string => spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;

  it.each(decks)('$file: one page of its paper size, theme fonts, links', ({ name, id, locale, paper }) => {
    const pdf = path.join(pdfDir, `${name}.pdf`);
    const meta = info(pdf);
    expect(meta).toMatch(/^Pages:\s+1$/m);
    expect(meta).toMatch(paper === 'letter' ? /Page size:\s+612 x 792 pts/ : /Page size:\s+595\.27\d* x 841\.8\d* pts/);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    for (const family of new Set([INDUSTRIES[id].fonts.heading, INDUSTRIES[id].fonts.body])) expect(fonts).toContain(`+${POSTSCRIPT[family]}-`);
    if (locale === 'zh-CN') expect(fonts).toContain('+NotoSansSC-');
    expect(fonts).not.toMatch(/DejaVu|OpenSymbol|Liberation/);
    const urls = spawnSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' }).stdout;
    for (const url of ['https://www.example.com/booking', 'https://www.example.com/billing', 'https://www.example.com/']) expect(urls).toContain(url);
  });

  it.each(decks)('$file filled with full values: one page, every text inside its box', ({ name, file, locale }) => {
    const pdf = path.join(pdfDir, `${name}.filled.pdf`);
    expect(info(pdf)).toMatch(/^Pages:\s+1$/m);
    const t = openTemplate(readFileSync(path.join(ROOT, file)));
    const all = shapesAndGroups(t.spTree);
    const box = (shape: string) => ptRect(rectOf(all.find((el) => nameOf(el) === shape)!));
    const list = words(pdf);
    const values = longValues(locale);
    const lastToken = (text: string): string => (locale === 'zh-CN' ? [...text].slice(-4).join('') : text.trim().split(/\s+/).pop()!);
    const firstToken = (text: string): string => (locale === 'zh-CN' ? [...text].slice(0, 4).join('') : text.trim().split(/\s+/)[0]!);
    for (const [shape, value] of [
      ['Additional information va:grow', values['{{additionalInfo}}']!],
      ['Organization name va:logo:beside', values['{{organization}}']!],
      ['va:link:booking', values['{{bookingLink}}']!],
    ] as const) {
      const b = box(shape);
      // Glyph boxes: a descender may reach a little below the exact line box; Chinese lets
      // full-width punctuation hang past the line end (LibreOffice's hanging punctuation).
      const below = 4;
      const right = locale === 'zh-CN' ? 11 : 2;
      const inBox = list.filter((w) => w.yMin >= b.top - 2 && w.yMax <= b.bottom + below && w.xMin >= b.left - 2 && w.xMax <= b.right + right);
      const text = inBox.map((w) => w.text).join(locale === 'zh-CN' ? '' : ' ');
      // A link breaks after "/" or "."; pdftotext then reports two words.
      const seen = shape.startsWith('va:link:') ? text.replace(/\s+/g, '') : text;
      expect(seen, `${shape} starts inside its box`).toContain(firstToken(value).slice(0, 12));
      expect(seen, `${shape} ends inside its box`).toContain(lastToken(value).slice(-12));
    }
    // Nothing is drawn below the bottom margin or beside the page.
    const pageBottom = t.pkg.xml(t.pkg.mainPart).root.child(NS.p, 'sldSz')!.attr('cy')!;
    for (const w of list) expect(w.yMax).toBeLessThanOrEqual(Number(pageBottom) / PT - 20);
  });
});
