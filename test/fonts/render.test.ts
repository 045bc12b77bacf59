/**
 * Embedded subsets must really draw: fontkit bugs and wrong adapters give PDFs whose text
 * extracts fine but whose glyphs are blank (see NOTES.md). This renders them with poppler and
 * looks at the pixels.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, type PDFHexString, PDFOperator, PDFOperatorNames, beginText, endText, moveText, setFontAndSize } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { SHIPPED_FAMILIES, createFontRegistry, embedFace, finishFonts, type Face } from '../../src/fonts/index.js';
import { needTools } from '../helpers/tools.js';
import { inkIn, parsePgm, type Gray } from './helpers.js';

const HAVE_POPPLER = needTools('embedded subsets drawn by poppler', 'pdftoppm', 'pdffonts') === undefined;
const STYLES = [
  { bold: false, italic: false },
  { bold: true, italic: false },
  { bold: false, italic: true },
  { bold: true, italic: true },
];
const DPI = 72;
const SIZE = 18;
const LINE = 30;

const work = mkdtempSync(path.join(tmpdir(), 'va-fonts-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function rasterise(pdf: Uint8Array, name: string): Gray {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-singlefile', file, path.join(work, name)]);
  return parsePgm(new Uint8Array(readFileSync(path.join(work, `${name}.pgm`))));
}

/** Differing pixels between two equally tall bands of the image. */
function bandDifference(img: Gray, yA: number, yB: number, height: number, width: number): number {
  let n = 0;
  for (let dy = 0; dy < height; dy++) {
    for (let x = 0; x < width; x++) {
      const a = img.pixels[(yA + dy) * img.width + x]! < 128;
      const b = img.pixels[(yB + dy) * img.width + x]! < 128;
      if (a !== b) n++;
    }
  }
  return n;
}

describe.skipIf(!HAVE_POPPLER)('embedded subsets render (pdftoppm)', () => {
  it('draws non-blank, distinct glyphs for every shipped family and style, Chinese included', async () => {
    const fonts = createFontRegistry({ systemFonts: false });
    const doc = await PDFDocument.create({ updateMetadata: false });
    const cases: { label: string; face: Face; text: string; top: number }[] = [];
    for (const entry of SHIPPED_FAMILIES) {
      for (const style of STYLES) {
        const face = fonts.resolve(entry.family, style).face;
        const text = entry.family === 'Noto Sans SC' ? '预约视频会面请提前五分钟' : 'Hamburg Videotid æøå';
        cases.push({ label: `${entry.family} ${JSON.stringify(style)}`, face, text, top: 0 });
      }
    }
    const height = cases.length * 2 * LINE + 40;
    const page = doc.addPage([420, height]);
    let y = height - 30;
    for (const c of cases) {
      const embedded = embedFace(doc, c.face);
      const key = embedded.resourceName(page);
      // The text, and below it its first character repeated: .notdef boxes would look alike.
      const first = [...c.text][0]!;
      const repeated = first.repeat([...c.text].length);
      page.pushOperators(beginText(), setFontAndSize(key, SIZE), moveText(10, y), embedded.showText(c.text), endText());
      page.pushOperators(beginText(), setFontAndSize(key, SIZE), moveText(10, y - LINE), embedded.showText(repeated), endText());
      c.top = height - y - SIZE;
      y -= 2 * LINE;
    }
    finishFonts(doc);
    const pdf = await doc.save();
    const img = rasterise(pdf, 'all-families');
    for (const c of cases) {
      const ink = inkIn(img, 0, c.top, img.width, c.top + LINE);
      expect(ink, `${c.label}: ink`).toBeGreaterThan(150);
      expect(bandDifference(img, c.top, c.top + LINE, LINE, img.width), `${c.label}: text differs from repeated glyph`).toBeGreaterThan(100);
    }
    // Every font is embedded as a subset with a ToUnicode map.
    const listing = execFileSync('pdffonts', [path.join(work, 'all-families.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(listing).toHaveLength(4 * 5 + 2);
    for (const line of listing) expect(line).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('applies kerning where Face.measure says: the text ends where it was measured to end', async () => {
    const fonts = createFontRegistry({ systemFonts: false });
    const doc = await PDFDocument.create();
    const face = fonts.resolve('Inter', { bold: false, italic: false }).face;
    const embedded = embedFace(doc, face);
    const page = doc.addPage([600, 120]);
    const text = 'AVATAR WAVE';
    const size = 40;
    page.pushOperators(beginText(), setFontAndSize(embedded.resourceName(page), size), moveText(10, 70), embedded.showText(text), endText());
    page.pushOperators(beginText(), setFontAndSize(embedded.resourceName(page), size), moveText(10, 15), PDFOperator.of(PDFOperatorNames.ShowText, [embedded.encode(text)[0] as PDFHexString]), endText());
    finishFonts(doc);
    const img = rasterise(await doc.save(), 'kerning');
    const rightmostInk = (y0: number, y1: number) => {
      for (let x = img.width - 1; x >= 0; x--) if (inkIn(img, x, y0, x + 1, y1) > 0) return x;
      return -1;
    };
    const kernedRight = rightmostInk(10, 55);
    const plainRight = rightmostInk(65, 110);
    const measuredEnd = 10 + face.measure(text, size);
    // E's right side bearing is small: the ink ends within 4 pt before the measured advance.
    expect(kernedRight).toBeLessThanOrEqual(measuredEnd + 1);
    expect(kernedRight).toBeGreaterThan(measuredEnd - 5);
    // Without kerning (one Tj string) the same text is clearly wider.
    expect(plainRight - kernedRight).toBeGreaterThan(8);
  });
});

/** Source Sans 3 in its CFF-flavoured OpenType build (the `source-sans` devDependency, OFL). */
const CFF_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/source-sans/OTF/SourceSans3-Regular.otf');

describe.skipIf(!HAVE_POPPLER)('a CFF-flavoured OpenType font (Source Sans 3 .otf)', () => {
  it('embeds as CIDFontType0C and draws distinct glyphs', async () => {
    const bytes = new Uint8Array(readFileSync(CFF_FILE));
    const fonts = createFontRegistry({ systemFonts: false, brand: { body: { family: 'Brand OTF', file: { name: 'SourceSans3-Regular.otf', bytes } } } });
    const face = fonts.resolve('Brand OTF', { bold: false, italic: false }).face;
    const doc = await PDFDocument.create();
    const embedded = embedFace(doc, face);
    const page = doc.addPage([300, 2 * LINE + 20]);
    page.pushOperators(beginText(), setFontAndSize(embedded.resourceName(page), SIZE), moveText(10, LINE + 20), embedded.showText('Hamburg AVATAR æøå'), endText());
    page.pushOperators(beginText(), setFontAndSize(embedded.resourceName(page), SIZE), moveText(10, 20), embedded.showText('HHHHHHHHHHHHHHHHHH'), endText());
    finishFonts(doc);
    const img = rasterise(await doc.save(), 'cff');
    expect(inkIn(img, 0, 0, img.width, LINE)).toBeGreaterThan(150);
    expect(bandDifference(img, 4, 4 + LINE, LINE - 4, img.width)).toBeGreaterThan(100);
    expect(execFileSync('pdffonts', [path.join(work, 'cff.pdf')], { encoding: 'utf8' })).toMatch(/CID Type 0C/);
  });
});
