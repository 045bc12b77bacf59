/**
 * A right-to-left paragraph through the whole renderer: a small deck built here (a Hebrew
 * paragraph with a bold first word, digits, a Latin word and brackets, a:pPr rtl="1"), its
 * runs' positions on the page, and the tagged PDF's text in reading order (/ActualText).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber, type PDFRawStream } from '@cantoo/pdf-lib';
import * as pako from 'pako';
import { describe, expect, it } from 'vitest';
import { displayList, render } from '../../../src/render/render.js';
import type { Warning } from '../../../src/warnings.js';
import { miniDeck, run, textShape } from '../../edit/helpers/mini-deck.js';
import { checkPdfUa, elementsOf } from '../helpers/pdf-ua.js';
import { createFontRegistry } from '../../../src/fonts/index.js';
import { registry, texts } from '../helpers/fixtures.js';

const LOGICAL = 'מונחים חשובים: 2018 (Alpha)';
// A box at x = 1 in, 4 in wide: the text area's right edge is 5 in minus the 0.1 in inset.
const RIGHT = 5 * 72 - 7.2;

async function deck(pPr: string): Promise<Uint8Array> {
  const para = `${pPr}${run('מונחים', 1800, '', ' b="1"')}${run(' חשובים: 2018 (Alpha)', 1800)}`;
  return miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'Hebrew', cx: 3657600, paras: [para] }) }] });
}

async function pageContent(pdf: Uint8Array): Promise<{ doc: PDFDocument; text: string }> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPages()[0]!;
  const contents = doc.context.lookup(page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r) as PDFRawStream) : [contents as PDFRawStream];
  return { doc, text: streams.map((s) => new TextDecoder('latin1').decode(s.dict.get(PDFName.of('Filter')) ? pako.inflate(s.getContents()) : s.getContents())).join('\n') };
}

/** The /ActualText strings of a PDF's first page, in content order. */
async function actualTexts(pdf: Uint8Array): Promise<string[]> {
  const { text } = await pageContent(pdf);
  return [...text.matchAll(/\/ActualText <feff([0-9a-f]*)>/gi)].map((m) => {
    let s = '';
    for (let i = 0; i < m[1]!.length; i += 4) s += String.fromCharCode(Number.parseInt(m[1]!.slice(i, i + 4), 16));
    return s;
  });
}

describe('a right-to-left paragraph in a deck', () => {
  it('shapes an Arabic word split over two runs of one style as one word (its letters joined across the runs)', async () => {
    // poi stress022 slide 37's title: "الليسانس" as the runs "ال" and "ليسانس" (a spelling-check
    // split, err="1"), drawn by PowerPoint and LibreOffice as one joined word.
    const para = `<a:pPr algn="r" rtl="1"/>${run('في ال', 2800, '', ' b="1"')}${run('ليسانس', 2800, '', ' b="1" err="1"')}`;
    const bytes = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'Arabic', cx: 3657600, paras: [para] }) }] });
    const ops = texts(displayList(bytes, { registry }, []));
    const word = ops.find((o) => (o.actualText ?? o.text).includes('الليسانس'));
    expect(word, ops.map((o) => o.actualText ?? o.text).join(' | ')).toBeDefined();
    expect(ops.map((o) => o.actualText ?? o.text).join('')).toBe('في الليسانس');
  });

  it('draws the runs from the right, in visual order, the first word rightmost', async () => {
    const warnings: Warning[] = [];
    const list = displayList(await deck('<a:pPr algn="r" rtl="1"/>'), { registry }, warnings);
    const ops = texts(list);
    const boldOp = ops.find((o) => o.text === 'מונחים')!;
    const year = ops.find((o) => o.text.includes('2018'))!;
    const latin = ops.find((o) => o.text.includes('Alpha'))!;
    // Reading from the right: the bold word, the second word and colon, 2018, (Alpha).
    expect(boldOp.px + boldOp.width).toBeCloseTo(RIGHT, 1);
    expect(year.px + year.width).toBeLessThan(boldOp.px);
    expect(latin.px + latin.width).toBeLessThanOrEqual(year.px + 0.01);
    // The brackets around Alpha are drawn mirrored at the paragraph's level: "(" on the left.
    const leftmost = ops.reduce((a, b) => (a.px < b.px ? a : b));
    expect(leftmost.text.startsWith('(')).toBe(true);
    // The right-to-left runs carry their logical text (the space between the two words,
    // drawn as it reads, needs none).
    expect(ops.find((o) => o.text.includes('חשובים'))!.actualText).toBe('חשובים: ');
    expect(ops.find((o) => o.text === ' ')!.actualText).toBeUndefined();
    // The operations come in reading order: their logical texts make the paragraph.
    expect(ops.map((o) => o.actualText ?? o.text).join('')).toBe(LOGICAL);
  });

  it('keeps a paragraph without rtl="1" left to right, its Hebrew phrase right to left inside it', async () => {
    const list = displayList(await deck('<a:pPr algn="l"/>'), { registry }, []);
    const ops = texts(list);
    const boldOp = ops.find((o) => o.text === 'מונחים')!;
    const year = ops.find((o) => o.text === '2018')!;
    const latin = ops.find((o) => o.text.includes('Alpha'))!;
    // "2018" belongs to the Hebrew phrase (UAX #9 N1: a number after right-to-left letters),
    // which starts at the left edge and ends with its first word; "(Alpha)" follows.
    expect(year.px).toBeCloseTo(72 + 7.2, 1);
    expect(boldOp.px).toBeGreaterThan(year.px);
    expect(latin.px).toBeCloseTo(boldOp.px + boldOp.width, 1);
    expect(latin.text).toBe(' (Alpha)');
  });

  it('gives the tagged PDF the text in reading order (/ActualText), and stays PDF/UA-clean', async () => {
    const { pdf } = await render(await deck('<a:pPr algn="r" rtl="1"/>'), { registry, metadata: { language: 'he-IL', title: 'RTL' } });
    // The Hebrew runs in reading order; the left-to-right ones ("2018 ", "(Alpha)") need none.
    const actual = await actualTexts(pdf);
    // The brackets are drawn mirrored (")" on the right of Alpha reads "(").
    expect(actual).toEqual(['מונחים', 'חשובים: ', '(', ')']);
    const report = await checkPdfUa(pdf);
    expect(report.problems.filter((p) => !/10-001/.test(p))).toEqual([]);
    expect(elementsOf(report.root!, 'P')).toHaveLength(1);
  });

  it('covers a hyperlinked right-to-left phrase with one link area', async () => {
    const link = '<a:hlinkClick r:id="rIdLink"/>';
    const para = `<a:pPr algn="r" rtl="1"/>${run('ראו את האתר שלנו (Alpha) עכשיו', 1800, link)}`;
    const rels = '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>';
    const bytes = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'Link', cx: 6400800, paras: [para] }), rels }] });
    const list = displayList(bytes, { registry }, []);
    const ops = texts(list);
    const left = Math.min(...ops.map((o) => o.px));
    const right = Math.max(...ops.map((o) => o.px + o.width));
    const areas = list.pages[0]!.links;
    expect(areas).toHaveLength(1);
    expect(areas[0]!.x).toBeCloseTo(left, 1);
    expect(areas[0]!.x + areas[0]!.w).toBeCloseTo(right, 1);
  });

  it('runs columns from right to left with a:bodyPr@rtlCol="1"', async () => {
    const paras = ['First', 'Second', 'Third', 'Fourth'].map((t) => run(t, 1800));
    const columns = (bodyPr: string) =>
      miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'Columns', cx: 3657600, cy: 640080, bodyPr, paras }) }] });
    const x = async (bodyPr: string) => {
      const ops = texts(displayList(await columns(bodyPr), { registry }, []));
      return { first: ops.find((o) => o.text === 'First')!.px, last: ops.find((o) => o.text === 'Fourth')!.px };
    };
    const ltr = await x('<a:bodyPr wrap="square" numCol="2"/>');
    expect(ltr.last).toBeGreaterThan(ltr.first + 100);
    const rtl = await x('<a:bodyPr wrap="square" numCol="2" rtlCol="1"/>');
    expect(rtl.first).toBeCloseTo(ltr.last, 3);
    expect(rtl.last).toBeCloseTo(ltr.first, 3);
  });

  // Shaped right-to-left runs are drawn at the layout's advances (TJ adjustments), not the
  // font's: at the font's own they overran the space before the next run. Needs a system
  // font with Hebrew glyphs (Liberation Sans, for Arial).
  const system = createFontRegistry({});
  const hebrew = system.resolve('Arial', { bold: false, italic: false }).face;
  it.skipIf(!hebrew.hasGlyph(0x5d0))('draws a shaped Hebrew run exactly as wide as the layout measured it', async () => {
    const para = `<a:pPr algn="r" rtl="1"/>${run('קרובות בבחינה התלמידים נדרשים לבנות ', 1800, '<a:latin typeface="Arial"/><a:cs typeface="Arial"/>')}`;
    const bytes = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'Hebrew', cx: 5486400, paras: [para] }) }] });
    const op = texts(displayList(bytes, { registry: system }, [])).find((o) => o.text.includes('לבנות'))!;
    const { pdf } = await render(bytes, { registry: system, metadata: { language: 'he-IL', title: 'RTL' } });
    const { doc, text } = await pageContent(pdf);
    // The TJ after the run's /ActualText, and the widths (/W) of its font.
    const m = /\/ActualText <[0-9a-f]+>\s*>>\s*BDC\s*\[([^\]]*)\]\s*TJ/i.exec(text)!;
    const fontName = [...text.slice(0, m.index).matchAll(/\/([^\s/]+) [\d.]+ Tf/g)].at(-1)![1]!;
    const fonts = doc.getPages()[0]!.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    const type0 = fonts.lookup(PDFName.of(fontName), PDFDict);
    const cidFont = (type0.lookup(PDFName.of('DescendantFonts'), PDFArray)).lookup(0, PDFDict);
    const w = cidFont.lookup(PDFName.of('W'), PDFArray).asArray();
    const widths = new Map<number, number>();
    for (let i = 0; i < w.length; i += 2) {
      const first = (w[i] as PDFNumber).asNumber();
      (doc.context.lookup(w[i + 1]!) as PDFArray).asArray().forEach((v, k) => widths.set(first + k, (v as PDFNumber).asNumber()));
    }
    let drawn = 0;
    for (const part of m[1]!.matchAll(/<([0-9a-f]+)>|(-?[\d.]+)/gi)) {
      if (part[1]) for (let i = 0; i < part[1].length; i += 4) drawn += widths.get(Number.parseInt(part[1].slice(i, i + 4), 16))!;
      else drawn -= Number(part[2]);
    }
    // Within the rounding of /W (whole thousandths of an em per glyph); at the font's own
    // advances this run was 1.7 pt wider than measured (307.6 pt for 305.9 pt).
    expect(Math.abs((drawn * op.size) / 1000 - op.width)).toBeLessThan(0.15);
  });
});
