import { PDFDocument, type PDFHexString, PDFOperator, PDFOperatorNames, beginText, endText, moveText, setFontAndSize } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { createFontRegistry, embedFace, finishFonts, type Face } from '../../src/fonts/index.js';
import { toUnicodeCMap } from '../../src/fonts/embed.js';

const regular = { bold: false, italic: false };
const bold = { bold: true, italic: false };

async function buildPdf(texts: { family: string; style: typeof regular; text: string }[]): Promise<Uint8Array> {
  const fonts = createFontRegistry({ systemFonts: false });
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([400, 300]);
  let y = 270;
  for (const { family, style, text } of texts) {
    const face = fonts.resolve(family, style).face;
    const embedded = embedFace(doc, face);
    page.pushOperators(beginText(), setFontAndSize(embedded.resourceName(page), 14), moveText(20, y), embedded.showText(text), endText());
    // The same text without kerning, as one string (Tj).
    page.pushOperators(beginText(), setFontAndSize(embedded.resourceName(page), 10), moveText(20, y - 14), PDFOperator.of(PDFOperatorNames.ShowText, [embedded.encode(text)[0] as PDFHexString]), endText());
    y -= 40;
  }
  finishFonts(doc);
  return doc.save({ useObjectStreams: false });
}

const SAMPLE = [
  { family: 'Inter', style: regular, text: 'AVATAR Type Wave — æøå' },
  { family: 'Inter', style: bold, text: 'Book a video appointment' },
  { family: 'Noto Sans SC', style: regular, text: '预约视频会面，请提前五分钟。' },
];

function baseFonts(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...new Set([...text.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((m) => m[1]!))].sort();
}

describe('embedFace', () => {
  it('writes byte-identical PDFs for the same input', async () => {
    const a = await buildPdf(SAMPLE);
    const b = await buildPdf(SAMPLE);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('names subsets with a tag derived from their glyphs (no random suffix)', async () => {
    const names = baseFonts(await buildPdf(SAMPLE));
    expect(names).toHaveLength(3);
    expect(names.every((n) => /^[A-Z]{6}\+/.test(n))).toBe(true);
    expect(names.map((n) => n.slice(7)).sort()).toEqual(['Inter-Bold', 'Inter-Regular', 'NotoSansSC-Regular']);
    const other = baseFonts(await buildPdf([{ family: 'Inter', style: regular, text: 'Different glyphs' }]));
    const tagOf = (list: string[]) => list.find((n) => n.endsWith('+Inter-Regular'))!.slice(0, 6);
    expect(tagOf(other)).not.toBe(tagOf(names));
  });

  it('embeds a small subset of the 10.5 MB CJK font', async () => {
    const text = '预约视频会面请提前五分钟进入安静明亮的房间准备好您的身份证和问题清单如果您需要翻译或无法视频';
    const pdf = await buildPdf([{ family: 'Noto Sans SC', style: regular, text }]);
    expect(pdf.length).toBeLessThan(40_000);
  });

  it('maps every glyph to the text it was drawn for (ToUnicode), never to U+0000, U+FEFF or U+FFFE', () => {
    const cmap = toUnicodeCMap(new Map([[1, 'A'], [2, '预'], [3, 'fi'], [4, '\u{1F600}'], [5, '\uFEFF'], [6, 'x\u0000']]));
    expect(cmap).toContain('5 beginbfchar\n<0001> <0041>\n<0002> <9884>\n<0003> <00660069>\n<0004> <d83dde00>\n<0006> <0078>\nendbfchar');
    const many = toUnicodeCMap(new Map(Array.from({ length: 150 }, (_, i) => [i + 1, String.fromCharCode(0x41 + (i % 26))] as [number, string])));
    expect(many.match(/beginbfchar/g)).toHaveLength(2);
    expect(many).toContain('100 beginbfchar');
    expect(many).toContain('50 beginbfchar');
  });

  it('never draws .notdef: a character the font lacks keeps its advance as a TJ adjustment', () => {
    const fonts = createFontRegistry({ systemFonts: false });
    const doc = PDFDocument.create();
    return doc.then((d) => {
      const embedded = embedFace(d, fonts.resolve('Inter', regular).face);
      // Inter has no Chinese: 中 is .notdef, left out, its advance kept.
      const parts = embedded.encode('A中B');
      expect(parts).toHaveLength(3);
      expect(parts[1]).toBeLessThan(0);
      expect(embedded.showText('A中B').toString()).toMatch(/^\[ <[0-9A-F]{4}> -[0-9.]+ <[0-9A-F]{4}> \] TJ$/);
    });
  });

  it('embeds each font file once per document, shared by faces of that file', async () => {
    const fonts = createFontRegistry({ systemFonts: false });
    const doc = await PDFDocument.create();
    const a = embedFace(doc, fonts.resolve('Noto Sans SC', regular).face);
    const b = embedFace(doc, fonts.resolve('Noto Sans SC', { bold: false, italic: true }).face);
    expect(b.ref).toBe(a.ref);
    const page = doc.addPage();
    expect(a.resourceName(page)).toBe(a.resourceName(page));
    const other = await PDFDocument.create();
    expect(embedFace(other, fonts.resolve('Noto Sans SC', regular).face)).not.toBe(a);
  });

  it('draws kerning: the TJ operator carries the pair adjustments of the glyph model', async () => {
    const fonts = createFontRegistry({ systemFonts: false });
    const doc = await PDFDocument.create();
    const face = fonts.resolve('Inter', regular).face;
    const embedded = embedFace(doc, face);
    const op = embedded.showText('AVA').toString();
    // A, V, A with the A–V and V–A kerning of Inter (-140 units = 68.359 thousandths) between them.
    expect(op).toMatch(/^\[ <([0-9A-F]{4})> 68\.359 <([0-9A-F]{4})> 68\.359 <\1> \] TJ$/);
    expect(embedded.showText('HH').toString()).toMatch(/^\[ <[0-9A-F]{8}> \] TJ$/);
  });

  it('draws decomposed text as its composed form, as it was measured', async () => {
    const fonts = createFontRegistry({ systemFonts: false });
    const doc = await PDFDocument.create();
    const embedded = embedFace(doc, fonts.resolve('Inter', regular).face);
    expect(embedded.showText('Cafe\u0301').toString()).toBe(embedded.showText('Café').toString());
  });

  it('refuses faces that the registry did not make', async () => {
    const doc = await PDFDocument.create();
    const fake = { key: 'fake' } as unknown as Face;
    expect(() => embedFace(doc, fake)).toThrow(VaError);
  });
});
