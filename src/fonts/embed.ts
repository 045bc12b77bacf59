/**
 * Embedding faces into a pdf-lib document as subsets, through upstream fontkit 2.
 *
 * pdf-lib 1.17 expects the API of `@pdf-lib/fontkit` (whose subsets of Inter, Noto Sans, Noto
 * Sans SC and Source Sans 3 draw blank glyphs). We register a small adapter instead: its
 * `create()` hands pdf-lib our already-parsed file (no second parse: a 10.5 MB CJK font costs
 * nothing extra), its `layout()` is our glyph model (so what is drawn is what Face.measure
 * measured), and its subsets wrap fontkit 2's `encode()` in the `encodeStream()` pdf-lib calls.
 *
 * Names are deterministic: the subset tag (`ABCDEF+Inter-Regular`) is derived from the glyphs in
 * the subset, so the same input gives byte-identical PDFs (pdf-lib would add a random suffix).
 */
import { createHash } from 'node:crypto';
import { PDFDocument, PDFFont, PDFName, PDFOperator, PDFOperatorNames, PDFPage } from 'pdf-lib';
import type * as fontkit from 'fontkit';
import { VaError, oneLine } from '../errors.js';
import { fontFileOf } from './face.js';
import type { FontFile } from './font-file.js';
import type { Face } from './types.js';

export interface EmbeddedFace {
  /** The face this font was embedded for (the first one asked for, when faces share a file). */
  readonly face: Face;
  /** The pdf-lib font. `page.drawText` works with it (without kerning); prefer `showText`. */
  readonly font: PDFFont;
  /** The font's name in `page`'s /Resources /Font dictionary (added on first use per page). */
  resourceName(page: PDFPage): PDFName;
  /**
   * A `TJ` operator that draws `text` with kerning, exactly as wide as `face.measure(text, size)`.
   * Use it between `beginText()` and `endText()` after `setFontAndSize(resourceName(page), size)`.
   */
  showText(text: string): PDFOperator;
}

/** The bytes object pdf-lib is given → the file it stands for (our adapter looks it up). */
const handOff = new WeakMap<Uint8Array, FontFile>();
const perDocument = new WeakMap<PDFDocument, Map<string, Promise<EmbeddedFace>>>();

/**
 * Embeds `face` into `doc` as a subset (once per document and font file) and returns the font.
 * Glyphs are added to the subset as text is drawn; the subset is written when the document is
 * saved.
 */
export function embedFace(doc: PDFDocument, face: Face): Promise<EmbeddedFace> {
  const file = fontFileOf(face);
  if (!file) throw new VaError('E_INTERNAL', `Face ${face.key} was not made by the font registry and cannot be embedded`);
  let fonts = perDocument.get(doc);
  if (!fonts) {
    fonts = new Map();
    perDocument.set(doc, fonts);
  }
  let embedded = fonts.get(face.key);
  if (!embedded) {
    embedded = embed(doc, face, file);
    fonts.set(face.key, embedded);
  }
  return embedded;
}

async function embed(doc: PDFDocument, face: Face, file: FontFile): Promise<EmbeddedFace> {
  doc.registerFontkit(fontkitAdapter);
  // A fresh view of the bytes, so that the adapter knows which parsed file it stands for.
  const view = new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  handOff.set(view, file);
  const baseName = pdfFontName(file.postscriptName || face.family);
  const font = await doc.embedFont(view, { subset: true, customName: baseName });
  const embedder = (font as unknown as { embedder: { subset: SubsetForPdfLib; customName?: string } }).embedder;
  const subset = embedder.subset;
  // pdf-lib reads `customName` when the document is saved, after all text is drawn: the tag
  // then covers the final set of glyphs.
  Object.defineProperty(embedder, 'customName', { get: () => `${subset.tag()}+${baseName}`, configurable: true });

  const pages = new WeakMap<PDFPage, PDFName>();
  const scale = 1000 / file.unitsPerEm;
  return {
    face,
    font,
    resourceName(page) {
      let name = pages.get(page);
      if (!name) {
        name = page.node.newFontDictionary(font.name, font.ref);
        pages.set(page, name);
      }
      return name;
    },
    showText(text) {
      const run = file.shape(text);
      const shaped = run.text;
      const parts: (ReturnType<PDFFont['encodeText']> | number)[] = [];
      if (!run.simple) {
        // Shaped scripts: one string (mark offsets and GPOS advances are not reproduced).
        parts.push(font.encodeText(shaped));
      } else {
        let start = 0;
        for (let i = 0; i < run.glyphs.length; i++) {
          const k = run.kerning[i]!;
          const last = i === run.glyphs.length - 1;
          if (k === 0 && !last) continue;
          const end = last ? shaped.length : run.textIndex[i + 1]!;
          parts.push(font.encodeText(shaped.slice(start, end)));
          if (k !== 0 && !last) parts.push(Math.round(-k * scale * 1000) / 1000);
          start = end;
        }
      }
      return PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [doc.context.obj(parts)]);
    },
  };
}

/** A PDF name for a font: PostScript-name characters only, at most 60 of them. */
export function pdfFontName(postscriptName: string): string {
  const cleaned = postscriptName.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 60);
  return cleaned || 'Font';
}

interface SubsetForPdfLib {
  cff: unknown;
  includeGlyph(glyph: fontkit.Glyph | number): number;
  encodeStream(): { on(event: string, listener: (arg?: unknown) => void): unknown };
  tag(): string;
}

/** A fontkit 2 subset with the `encodeStream()` pdf-lib calls, and a content-derived tag. */
function subsetFor(file: FontFile): SubsetForPdfLib {
  const subset = file.font.createSubset();
  return {
    cff: subset.cff,
    includeGlyph: (glyph) => subset.includeGlyph(glyph),
    tag() {
      const hash = createHash('sha256').update(file.postscriptName).update('\u0000');
      const ids = Buffer.alloc(subset.glyphs.length * 4);
      subset.glyphs.forEach((id, i) => ids.writeUInt32BE(id, i * 4));
      hash.update(ids);
      const digest = hash.digest();
      let tag = '';
      for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
      return tag;
    },
    encodeStream() {
      // pdf-lib listens for 'data', 'end' and 'error'; fontkit 2 encodes in one call.
      const listeners = new Map<string, (arg?: unknown) => void>();
      const emitter = {
        on(event: string, listener: (arg?: unknown) => void) {
          listeners.set(event, listener);
          return emitter;
        },
      };
      queueMicrotask(() => {
        let bytes: Uint8Array;
        try {
          bytes = subset.encode();
        } catch (error) {
          const detail = oneLine(error instanceof Error ? error.message : String(error)).slice(0, 160);
          listeners.get('error')?.(
            new VaError('E_FONT_INVALID', `Font file ${file.name} is damaged: its glyphs cannot be written into the PDF (${detail})`, {
              subject: file.name,
              cause: error,
            }),
          );
          return;
        }
        listeners.get('data')?.(bytes);
        listeners.get('end')?.();
      });
      return emitter;
    },
  };
}

/** The object pdf-lib's CustomFontEmbedder reads, backed by one of our files. */
function fontForPdfLib(file: FontFile): object {
  const font = file.font;
  return {
    get postscriptName() {
      return font.postscriptName;
    },
    get unitsPerEm() {
      return font.unitsPerEm;
    },
    get ascent() {
      return font.ascent;
    },
    get descent() {
      return font.descent;
    },
    get capHeight() {
      return font.capHeight;
    },
    get xHeight() {
      return font.xHeight;
    },
    get italicAngle() {
      return font.italicAngle;
    },
    get bbox() {
      return font.bbox;
    },
    get 'OS/2'() {
      return font['OS/2'];
    },
    get post() {
      return font.post;
    },
    get head() {
      return font.head;
    },
    get characterSet(): never {
      throw new Error('va-infographic embeds fonts as subsets only');
    },
    layout(text: string) {
      return { glyphs: file.shape(text).glyphs };
    },
    createSubset: () => subsetFor(file),
  };
}

/**
 * What pdf-lib calls `fontkit`: only `create()` is used, and only the members implemented in
 * fontForPdfLib are read from what it returns (pdf-lib 1.17's CustomFontSubsetEmbedder).
 */
const fontkitAdapter = {
  create(bytes: Uint8Array) {
    const file = handOff.get(bytes);
    if (!file) throw new VaError('E_INTERNAL', 'Fonts must be embedded with embedFace() from src/fonts');
    return fontForPdfLib(file);
  },
} as unknown as Parameters<PDFDocument['registerFontkit']>[0];
