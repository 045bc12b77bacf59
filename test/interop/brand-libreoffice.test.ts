/**
 * The brand engine's LibreOffice round trip (LibreOffice 7.4 is the reference renderer):
 *  - every real deck of the corpus, rebranded, still opens: its PDF has one page per slide (the
 *    zero-slide deck renders as one blank page);
 *  - handouts (the engine's contract fixtures and the built-in templates) with several brands
 *    show the brand: the organisation and readable links in the text, the links as PDF links,
 *    the brand's colours in the pixels, the QR code decodes (jsQR on pdftoppm's rendering) to
 *    the booking link, and the 600-character additional text ends inside its box.
 * One soffice call per group of decks, a private profile, the shipped fonts through fontconfig.
 * Skipped, with the reason printed, when soffice or poppler-utils are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveScheme, hexToRgb } from '../../src/brand/colors.js';
import { displayLink } from '../../src/brand/links.js';
import { brandLocale, type Brand } from '../../src/brand/schema.js';
import { sampleBrand } from '../../src/brand/sample.js';
import { customize } from '../../src/edit/customize.js';
import { readDeck } from '../../src/presentation/deck.js';
import { boxOf, childBoxOf, type Box } from '../../src/edit/shapes.js';
import { createFontRegistry, writeFontconfigFile } from '../../src/fonts/index.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import type { XElement } from '../../src/xml/element.js';
import { NS } from '../../src/xml/namespaces.js';
import { corpusFiles, corpusPath, HAVE_CORPUS, REPO_ROOT } from '../edit/helpers/corpus.js';
import { decodeQrImage } from '../edit/helpers/qr-decode.js';
import { testBrands, type TestBrand } from '../edit/helpers/sample-brands.js';
import { needTools } from '../helpers/tools.js';

const missing = needTools('brand-libreoffice', 'soffice', 'pdfinfo', 'pdftotext', 'pdftoppm', 'pdffonts');

let work = '';
let fontconfig = '';

/** Converts decks to PDF in one soffice call with a private profile; returns nothing, PDFs land next to `outDir`. */
function convert(files: string[], outDir: string): void {
  const profile = path.join(work, `lo-profile-${path.basename(outDir)}`);
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    env: { ...process.env, FONTCONFIG_FILE: fontconfig },
    stdio: 'ignore',
    timeout: 280_000,
  });
  if (r.error) throw r.error;
}

function pdfPages(pdf: string): number {
  const out = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
}

interface Word {
  text: string;
  yMin: number;
  yMax: number;
  xMin: number;
  xMax: number;
}
function words(pdf: string): Word[] {
  const out = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
  return [...out.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

/** A shape's box in slide coordinates (EMU), through the transforms of its groups. */
function slideBox(shape: XElement): Box {
  let b = boxOf(shape)!;
  for (let g = shape.parent; g?.is(NS.p, 'grpSp'); g = g.parent) {
    const outer = boxOf(g);
    const inner = childBoxOf(g);
    if (!outer || !inner) continue;
    const sx = inner.cx ? outer.cx / inner.cx : 1;
    const sy = inner.cy ? outer.cy / inner.cy : 1;
    b = { x: outer.x + (b.x - inner.x) * sx, y: outer.y + (b.y - inner.y) * sy, cx: b.cx * sx, cy: b.cy * sy };
  }
  return b;
}

/** Renders page 1 of a PDF to PNG bytes with pdftoppm (through a file: older poppler cannot write to stdout). */
function renderPng(pdf: string, dpi: number, crop: string[] = []): Buffer {
  const root = pdf.replace(/\.pdf$/, `-${dpi}${crop.length ? '-crop' : ''}`);
  const r = spawnSync('pdftoppm', ['-png', '-r', String(dpi), ...crop, '-singlefile', pdf, root]);
  if (r.status !== 0) throw new Error(`pdftoppm failed for ${pdf}`);
  return readFileSync(`${root}.png`);
}

/** The word that ends the text `tail` (non-space characters) in reading order, matched across word boundaries. */
function wordEnding(list: Word[], tail: string): Word | undefined {
  const joined: { ch: string; word: number }[] = [];
  list.forEach((w, i) => {
    for (const ch of w.text.replace(/\s+/g, '')) joined.push({ ch, word: i });
  });
  const text = joined.map((j) => j.ch).join('');
  const at = text.lastIndexOf(tail);
  return at < 0 ? undefined : list[joined[at + tail.length - 1]!.word];
}

interface Handout {
  name: string;
  pptx: string;
  brand: Brand;
  hasLogo: boolean;
  /** Bottom of the box that holds the additional text, in points, and the text's last word. */
  infoBottom?: { bottom: number; tail: string };
  /** The QR code's box in points (to decode a crop of the page, which is much faster). */
  qr?: { x: number; y: number; size: number };
}

const corpus: { file: string; slides: number; pptx: string }[] = [];
const handouts: Handout[] = [];

beforeAll(async () => {
  if (missing) return;
  work = mkdtempSync(path.join(tmpdir(), 'va-brand-lo-'));
  fontconfig = writeFontconfigFile(path.join(work, 'fontconfig'));
  const fonts = createFontRegistry({ systemFonts: false });

  // The corpus, rebranded with the sample brand.
  if (HAVE_CORPUS) {
    const dir = path.join(work, 'corpus');
    mkdirSync(dir);
    const { brand, assets } = sampleBrand();
    for (const file of corpusFiles('real')) {
      const input = readFileSync(corpusPath('real', file));
      const { pptx } = await customize(input, brand, assets, { fonts });
      const out = path.join(dir, file.replace(/\.(pptm|potx|ppsx)$/i, '.$1.pptx'));
      writeFileSync(out, pptx);
      corpus.push({ file, slides: readDeck(OpcPackage.open(pptx)).slides.length, pptx: out });
    }
    convert(
      corpus.map((c) => c.pptx),
      dir,
    );
  }

  // Handouts: fixtures × all brands, templates × the brands of their locale.
  const dir = path.join(work, 'handouts');
  mkdirSync(dir);
  const brands = await testBrands();
  const decks: { name: string; file: string; locale?: string; paper?: string }[] = [
    { name: 'fixture-letter', file: path.join(REPO_ROOT, 'fixtures/edit/contract-handout.letter.pptx') },
  ];
  const templates = path.join(REPO_ROOT, 'templates');
  if (existsSync(templates)) {
    for (const id of readdirSync(templates).sort()) {
      for (const f of existsSync(path.join(templates, id)) ? readdirSync(path.join(templates, id)).sort() : []) {
        const m = /^(en|da-DK|zh-CN)\.(letter|a4)\.pptx$/.exec(f);
        if (m) decks.push({ name: `${id}-${m[1]}.${m[2]}`, file: path.join(templates, id, f), locale: m[1]!, paper: m[2]! });
      }
    }
  }
  for (const deck of decks) {
    const input = readFileSync(deck.file);
    const mine: TestBrand[] = deck.locale ? brands.filter((b) => brandLocale(b.brand) === deck.locale) : brands;
    for (const tb of mine) {
      const brand: Brand = deck.paper ? { ...tb.brand, paper: deck.paper as 'letter' | 'a4' } : tb.brand;
      const { pptx } = await customize(input, brand, tb.assets, { fonts });
      const name = `${deck.name}--${tb.id}`;
      const file = path.join(dir, `${name}.pptx`);
      writeFileSync(file, pptx);
      const h: Handout = { name, pptx: file, brand, hasLogo: !!tb.assets.logo };
      const pkg = OpcPackage.open(pptx);
      const slide = pkg.xml(readDeck(pkg).slides[0]!).root;
      const qr = [...slide.descendants(NS.p, 'sp')].find((sp) => sp.child(NS.p, 'nvSpPr')?.child(NS.p, 'cNvPr')?.attr('name') === 'QR code');
      if (qr) {
        const b = slideBox(qr);
        h.qr = { x: b.x / 12700, y: b.y / 12700, size: b.cx / 12700 };
      }
      if (brand.additionalInfo) {
        const lines = brand.additionalInfo.split('\n');
        const tail = brand.additionalInfo.replace(/\s+/g, '').slice(-12);
        for (const sp of slide.descendants(NS.p, 'sp')) {
          const text = [...sp.descendants(NS.a, 't')].map((t) => t.textContent()).join('');
          if (text.includes(lines[0]!.slice(0, 30))) {
            const b = slideBox(sp);
            h.infoBottom = { bottom: (b.y + b.cy) / 12700, tail };
          }
        }
      }
      handouts.push(h);
    }
  }
  convert(
    handouts.map((h) => h.pptx),
    dir,
  );
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!!missing || !HAVE_CORPUS)('LibreOffice opens every rebranded real deck', () => {
  it('gives one PDF page per slide (a deck without slides: one blank page)', () => {
    expect(corpus.length).toBe(corpusFiles('real').length);
    const wrong: string[] = [];
    for (const c of corpus) {
      const pdf = c.pptx.replace(/\.pptx$/, '.pdf');
      const pages = existsSync(pdf) ? pdfPages(pdf) : NaN;
      if (pages !== Math.max(1, c.slides)) wrong.push(`${c.file}: ${pages} pages for ${c.slides} slides`);
    }
    expect(wrong).toEqual([]);
  });
});

describe.skipIf(!!missing)('LibreOffice shows the brand on handouts', () => {
  it('renders every branded handout to one page with the organisation, the readable links and the links as PDF links', () => {
    expect(handouts.length).toBeGreaterThan(4);
    for (const h of handouts) {
      const pdf = h.pptx.replace(/\.pptx$/, '.pdf');
      expect(existsSync(pdf), h.name).toBe(true);
      expect(pdfPages(pdf), h.name).toBe(1);
      const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      expect(text, h.name).toContain(h.brand.organization.replace(/\s+/g, ''));
      const urls = spawnSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' }).stdout;
      for (const role of ['booking', 'billing', 'homepage'] as const) {
        const url = h.brand.links?.[role];
        if (!url) continue;
        expect(urls, `${h.name} ${role}`).toContain(url);
        expect(text, `${h.name} ${role}`).toContain(displayLink(url).replace(/\s+/g, ''));
      }
    }
  });

  it('lays the text out in the brand\'s fonts (and Noto Sans SC for Chinese)', () => {
    const postscript = (family: string) => family.replace(/\s+/g, '');
    let checked = 0;
    for (const h of handouts) {
      const fontsUsed = spawnSync('pdffonts', [h.pptx.replace(/\.pptx$/, '.pdf')], { encoding: 'utf8' }).stdout;
      const wanted = [h.brand.fonts?.heading, h.brand.fonts?.body].filter((f): f is string => !!f).map(postscript);
      if (brandLocale(h.brand) === 'zh-CN') wanted.push('NotoSansSC');
      for (const f of wanted) expect(fontsUsed, `${h.name}: ${f}`).toContain(`+${f}-`);
      if (wanted.length) checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('draws the brand colours (the dk2 band or the accent1 shapes cover a visible share of the page)', async () => {
    for (const h of handouts) {
      const png = renderPng(h.pptx.replace(/\.pptx$/, '.pdf'), 30);
      const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const { scheme } = deriveScheme(h.brand.colors);
      const targets = [scheme.dk2, scheme.accent1].map(hexToRgb);
      let hits = 0;
      for (let i = 0; i < data.length; i += 3) {
        if (targets.some((t) => Math.abs(data[i]! - t.r) + Math.abs(data[i + 1]! - t.g) + Math.abs(data[i + 2]! - t.b) < 24)) hits++;
      }
      expect(hits / (info.width * info.height), h.name).toBeGreaterThan(0.03);
    }
  });

  it('renders a QR code that decodes to the booking link', async () => {
    for (const h of handouts) {
      if (!h.brand.links?.booking) continue;
      expect(h.qr, h.name).toBeDefined();
      const dpi = 150;
      const px = (pt: number) => Math.max(0, Math.round((pt * dpi) / 72));
      const margin = 12;
      const side = String(px(h.qr!.size + 2 * margin));
      const crop = renderPng(h.pptx.replace(/\.pptx$/, '.pdf'), dpi, ['-x', String(px(h.qr!.x - margin)), '-y', String(px(h.qr!.y - margin)), '-W', side, '-H', side]);
      expect(await decodeQrImage(crop), h.name).toBe(h.brand.links.booking);
    }
  });

  it('keeps the 600-character additional text inside its box', () => {
    let checked = 0;
    for (const h of handouts) {
      if (!h.infoBottom) continue;
      const list = words(h.pptx.replace(/\.pptx$/, '.pdf'));
      const last = wordEnding(list, h.infoBottom.tail);
      expect(last, `${h.name}: the end of the text "${h.infoBottom.tail}" is not in the PDF`).toBeDefined();
      expect(last!.yMax, h.name).toBeLessThanOrEqual(h.infoBottom.bottom + 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });
});
