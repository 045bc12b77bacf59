/**
 * The tagged PDF of every template × locale × paper, branded with three brands (each in the
 * template's language), and the PDF/A-2a option, through our PDF/UA checker
 * (test/render/helpers/pdf-ua.ts: Matterhorn machine checks, tree integrity, reading order) and
 * the standard tools: pdfinfo (Tagged: yes; -struct-text shows the title H1, the five steps as
 * list items, the links and the figures, with nothing on stderr; -meta has pdfuaid:part 1),
 * qpdf --check, pdftotext (every word of the structure, in the order of the sections), and
 * LittleCMS's transicc on the PDF/A output intent's ICC profile. docs/accessibility.md.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import * as pako from 'pako';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALT_TEXT } from '../../src/accessibility/alt-text.js';
import { readableLink } from '../../src/brand/links.js';
import type { Brand, Locale } from '../../src/brand/schema.js';
import { render } from '../../src/render/render.js';
import { customizeAvailable, templateDecks, testBrands } from '../render/helpers/decks.js';
import { registry } from '../render/helpers/fixtures.js';
import { checkPdfUa, elementsOf, leaves, structureOrderProblems, type Elem } from '../render/helpers/pdf-ua.js';
import { needTools, pdftotext, qpdfCheck, withTemp, writePdf } from '../render/helpers/tools.js';

const skip = needTools('accessibility-pdf', 'qpdf', 'pdfinfo', 'pdftotext');
const skipIcc = needTools('accessibility-pdf (ICC profile)', 'transicc');
const templates = templateDecks();
const LANG: Record<string, string> = { en: 'en-US', 'da-DK': 'da-DK', 'zh-CN': 'zh-CN' };

function pdfinfo(file: string, ...args: string[]): { out: string; err: string; status: number | null } {
  const r = spawnSync('pdfinfo', [...args, file], { encoding: 'utf-8' });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

/** Asserts that `parts` occur in `text` in this order (white space ignored). */
function inOrder(text: string, parts: string[], what: string): void {
  const flat = text.replace(/\s+/g, '');
  let at = 0;
  for (const p of parts) {
    const i = flat.indexOf(p.replace(/\s+/g, ''), at);
    expect(i, `${what}: "${p}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + 1;
  }
}

/** Everything a reader gets from the structure, and what the eye sees, agree. */
async function checkHandout(name: string, pdf: Uint8Array, locale: string, brand: Brand | undefined, pdfa: boolean): Promise<void> {
  const report = await checkPdfUa(pdf);
  expect(report.problems, name).toEqual([]);
  expect(structureOrderProblems(report), name).toEqual([]);
  expect(report.lang, name).toBe(LANG[locale]);
  const root = report.root!;
  const h1 = elementsOf(root, 'H1');
  expect(h1, name).toHaveLength(1);
  // The five steps: one numbered list of five items labelled 1 to 5.
  const steps = elementsOf(root, 'L').filter((l) => l.attrs.some((a) => a.get(PDFName.of('ListNumbering'))?.toString() === '/Decimal'));
  expect(steps, name).toHaveLength(1);
  const items = steps[0]!.kids.filter((k): k is Elem => 'type' in k);
  expect(items.map((i) => (i.kids.find((k): k is Elem => 'type' in k && k.type === 'Lbl') ?? { text: '' }).text), name).toEqual(['1', '2', '3', '4', '5']);
  // Links: one element per hyperlink shape, each with its annotation(s).
  const links = elementsOf(root, 'Link');
  // (Each link annotation's OBJR sits in a Link element: the checker's 28-011.)
  for (const l of links) expect(l.kids.some((k) => 'objr' in k), `${name}: a Link without its annotation`).toBe(true);
  expect(links.length, name).toBe(brand ? Object.values(brand.links ?? {}).filter(Boolean).length : 3);
  // The logo and the QR code, described in the handout's language.
  const figures = elementsOf(root, 'Figure').map((f) => f.alt);
  if (brand) {
    const alt = ALT_TEXT[locale as Locale];
    const expected = [...(brand.logo ? [alt.logo(brand.organization)] : []), ...(brand.links?.booking ? [alt.qr(readableLink(brand.links.booking))] : [])];
    expect(figures, name).toEqual(expected);
  }
  expect(report.xmp, name).toContain('<pdfuaid:part>1</pdfuaid:part>');
  if (pdfa) {
    expect(report.xmp, name).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>');
    const intent = report.doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))?.toString(), name).toBe('/GTS_PDFA1');
  } else expect(report.doc.catalog.get(PDFName.of('OutputIntents')), name).toBeUndefined();

  withTemp((dir) => {
    const file = writePdf(dir, name.replace(/\W+/g, '_'), pdf);
    const q = qpdfCheck(file);
    expect(q.ok, `${name}: qpdf --check\n${q.output}`).toBe(true);
    const info = pdfinfo(file);
    expect(info.out, name).toMatch(/^Tagged:\s+yes$/m);
    const struct = pdfinfo(file, '-struct-text');
    expect(struct.status, name).toBe(0);
    expect(struct.err, `${name}: pdfinfo -struct-text warnings`).toBe('');
    expect(struct.out, name).toContain(`H1 (block)\n    "${h1[0]!.text.trim()}"`);
    expect(struct.out.match(/^\s+LI \(block\)$/gm)?.length ?? 0, name).toBeGreaterThanOrEqual(5);
    expect((struct.out.match(/^\s+Link \(inline\)$/gm) ?? []).length, name).toBe(links.length);
    expect((struct.out.match(/^\s+Figure:?$/gm) ?? []).length, name).toBe(figures.length);
    expect(pdfinfo(file, '-meta').out, name).toContain('<pdfuaid:part>1</pdfuaid:part>');
    // Text extraction. In content order (pdftotext -raw; our content streams are drawn in
    // structure order) every word a reader gets from the structure comes back, in the
    // structure's order. pdftotext's default mode (its own column analysis) gives back every
    // word too, for the alphabetic locales; it joins a word broken at a hyphen at the end of a
    // line ("Teams-" / "appen." → "Teamsappen."), so hyphens are left out of that comparison.
    // For zh-CN its column analysis merges lines of neighbouring narrow columns (a poppler
    // heuristic), so only content order is asserted there.
    const words = leaves(root).flatMap((el) => el.text.split(/\s+/).filter(Boolean));
    const raw = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf-8' }).stdout;
    inOrder(raw, words, `${name}: pdftotext -raw`);
    const text = pdftotext(file);
    if (locale !== 'zh-CN') {
      const flat = text.replace(/[\s\-\u2010\u00AD]+/g, '');
      for (const word of words) expect(flat.includes(word.replace(/[-\u2010\u00AD]/g, '')), `${name}: "${word}" missing from pdftotext`).toBe(true);
      const headings = [...elementsOf(root, 'H1'), ...elementsOf(root, 'H2')].map((h) => h.text.trim());
      inOrder(text, headings, name);
    }
    expect(text, name).not.toContain('\uFFFD');
  });
}

describe.skipIf(skip !== undefined || templates.length === 0)('tagged PDF: every template × locale × paper', () => {
  for (const deck of templates) {
    it(`${deck.name} (unbranded)`, async () => {
      const { pdf, warnings, pdfua } = await render(deck.bytes, { registry });
      expect(warnings.filter((w) => w.code === 'W_ALT_TEXT_MISSING' || w.code === 'W_PDFUA_NOT_CLAIMED'), deck.name).toEqual([]);
      expect(pdfua).toBe(true);
      await checkHandout(deck.name, pdf, deck.locale, undefined, false);
    });
  }
});

describe.skipIf(skip !== undefined || templates.length === 0 || !customizeAvailable())('tagged PDF: every template × locale × paper, branded with three brands', () => {
  let brands: Awaited<ReturnType<typeof testBrands>> = [];
  beforeAll(async () => {
    brands = await testBrands();
  });
  for (const deck of templates) {
    it(deck.name, async () => {
      const { customize } = await import('../../src/edit/customize.js');
      for (const b of brands) {
        // Each brand in the template's language (its alt text and notes follow the locale).
        const brand: Brand = { ...b.brand, locale: deck.locale as Locale };
        const { pptx } = await customize(deck.bytes, brand, b.assets, { fonts: registry });
        const name = `${deck.name} × ${b.key}`;
        const pdfa = b.key === 'sample';
        const { pdf, pdfua } = await render(pptx, { registry, ...(pdfa ? { pdfStandard: 'pdfa-2a' as const } : {}) });
        expect(pdfua, name).toBe(true);
        await checkHandout(name, pdf, deck.locale, brand, pdfa);
      }
    });
  }
});

describe.skipIf(skip !== undefined || skipIcc !== undefined || templates.length === 0)('PDF/A-2a: the output intent\'s ICC profile', () => {
  it('is an sRGB profile LittleCMS reads and converts with as its own sRGB does', async () => {
    const { pdf } = await render(templates[0]!.bytes, { registry, pdfStandard: 'pdfa-2a' });
    const report = await checkPdfUa(pdf);
    const intent = report.doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    const stream = intent.context.lookup(intent.get(PDFName.of('DestOutputProfile')));
    if (!(stream instanceof PDFRawStream)) throw new Error('no DestOutputProfile stream');
    expect(stream.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    const profile = pako.inflate(stream.getContents());
    const lab = (input: string): number[][] =>
      withTemp((dir) => {
        const file = path.join(dir, 'srgb.icc');
        writeFileSync(file, profile);
        const r = spawnSync('transicc', ['-i', input === 'ours' ? file : '*sRGB', '-o', '*Lab', '-n'], { input: '255 0 0\n0 255 0\n0 0 255\n255 255 255\n128 128 128\n32 96 160\n', encoding: 'utf-8' });
        expect(r.status, r.stderr).toBe(0);
        return r.stdout
          .trim()
          .split('\n')
          .filter((l) => /^[-\d.\s]+$/.test(l.trim()))
          .map((l) => l.trim().split(/\s+/).map(Number));
      });
    const ours = lab('ours');
    const reference = lab('reference');
    expect(ours).toHaveLength(6);
    ours.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - reference[i]![j]!), `colour ${i}, channel ${j}`).toBeLessThan(0.05)));
  });
});
