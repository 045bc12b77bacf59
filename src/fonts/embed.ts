/**
 * Embedding faces into a PDF as subsets: a composite font (Type 0, `Identity-H`) whose CIDs are
 * the glyph ids of a fontkit subset, written with pdf-lib's public object API only (dictionaries,
 * streams, references):
 *
 *   Type0 font ── DescendantFonts ─▶ CIDFontType2 (TrueType outlines) or CIDFontType0 (CFF),
 *                                     CIDToGIDMap /Identity, W (widths of the glyph model)
 *             └─ ToUnicode CMap     └─▶ FontDescriptor ─▶ FontFile2 / FontFile3 (the subset)
 *
 * Glyphs are those of our glyph model (FontFile.shape), so what is drawn is what Face.measure
 * measured. Each glyph's Unicode text is the text it was drawn for (the characters of a
 * cluster, a ligature's letters), so text extracts as typed, CJK included. The subset is written
 * when the document is finished (finishFonts), after all text is drawn: its tag
 * (`ABCDEF+Inter-Regular`) is derived from the glyphs it holds, so the same input gives
 * byte-identical PDFs. Streams are compressed with pako (src/package/deflate.ts), the same
 * bytes on every Node build.
 */
import { createHash } from 'node:crypto';
import { zlibDeflate } from '../package/deflate.js';
import { PDFArray, type PDFDocument, PDFHexString, type PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFPage, PDFRawStream, type PDFRef, PDFString } from '@cantoo/pdf-lib';
import { VaError, oneLine } from '../errors.js';
import { fontFileOf } from './face.js';
import type { FontFile } from './font-file.js';
import type { Face } from './types.js';

/** An element of a `TJ` array: glyphs, or an adjustment in thousandths of an em (positive: left). */
export type TextPart = PDFHexString | number;

export interface EmbeddedFace {
  /** The face this font was embedded for (the first one asked for, when faces share a file). */
  readonly face: Face;
  /** The font's Type 0 dictionary (its content is written by finishFonts). */
  readonly ref: PDFRef;
  /** The font's name in `page`'s /Resources /Font dictionary (added on first use per page). */
  resourceName(page: PDFPage): PDFName;
  /**
   * The glyphs of `text` (as Face.measure lays it out) as `TJ` array elements: strings of 2-byte
   * CIDs. A glyph the font lacks (.notdef) is never drawn (PDF/UA 7.21.8): its advance becomes
   * an adjustment in its place (thousandths of an em), so the text keeps its width.
   */
  encode(text: string): TextPart[];
  /**
   * The glyphs of `text` one by one, in the order FontFile.shape gives them (right-to-left text
   * comes out reversed): each a CID string, or the adjustment that stands for a .notdef glyph.
   * For drawing shaped text at the layout's advances (a TJ adjustment after every glyph).
   */
  encodeGlyphs(text: string): TextPart[];
  /**
   * A `TJ` operator that draws `text` with kerning, exactly as wide as `face.measure(text, size)`.
   * Use it between `beginText()` and `endText()` after `setFontAndSize(resourceName(page), size)`.
   */
  showText(text: string): PDFOperator;
}

/** One font file in one document: the subset being filled and what each glyph stands for. */
class SubsetFont {
  readonly ref: PDFRef;
  private readonly subset;
  /** Original glyph id → CID (its id in the subset). */
  private readonly cids = new Map<number, number>();
  /** CID → the text it was first drawn for (ToUnicode). */
  private readonly unicode = new Map<number, string>();
  /** CID → advance width in font units. */
  private readonly widths = new Map<number, number>();

  constructor(
    private readonly doc: PDFDocument,
    readonly file: FontFile,
  ) {
    this.ref = doc.context.nextRef();
    this.subset = file.font.createSubset();
    // CID 0 is .notdef, as in every subset.
    this.cids.set(0, this.subset.includeGlyph(0));
  }

  cid(glyphId: number, advance: number, text: string): number {
    let cid = this.cids.get(glyphId);
    if (cid === undefined) {
      cid = this.subset.includeGlyph(glyphId);
      this.cids.set(glyphId, cid);
      this.widths.set(cid, advance);
    }
    if (!this.unicode.has(cid) && text !== '') this.unicode.set(cid, text);
    return cid;
  }

  /** Writes the dictionaries, the subset and the ToUnicode map into the document. */
  finish(): void {
    const ctx = this.doc.context;
    const file = this.file;
    let program: Uint8Array;
    try {
      program = this.subset.encode();
    } catch (error) {
      const detail = oneLine(error instanceof Error ? error.message : String(error)).slice(0, 160);
      throw new VaError('E_FONT_INVALID', `Font file ${file.name} is damaged: its glyphs cannot be written into the PDF (${detail})`, {
        subject: file.name,
        cause: error,
      });
    }
    const cff = this.subset.cff !== undefined;
    const name = `${this.tag()}+${pdfFontName(file.postscriptName || this.file.familyName)}`;
    const scale = 1000 / file.unitsPerEm;
    const font = file.font;
    const os2 = font['OS/2'];
    const familyClass = os2 ? os2.sFamilyClass >> 8 : 0;
    // FontDescriptor /Flags: FixedPitch 1, Serif 2, Symbolic 3 (a CID font's glyphs are not a
    // standard Latin set), Script 4, Italic 7.
    const flags = (font.post.isFixedPitch ? 1 : 0) | (familyClass >= 1 && familyClass <= 7 ? 2 : 0) | 4 | (familyClass === 10 ? 8 : 0) | (file.isItalic ? 64 : 0);
    const programDict = ctx.obj({ Filter: 'FlateDecode', ...(cff ? { Subtype: 'CIDFontType0C' } : { Length1: program.length }) });
    const programRef = ctx.register(PDFRawStream.of(programDict, zlibDeflate(program)));
    const descriptor = ctx.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags,
      FontBBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map((v) => r3(v * scale)),
      ItalicAngle: r3(font.italicAngle),
      Ascent: r3(font.ascent * scale),
      Descent: r3(font.descent * scale),
      CapHeight: r3((font.capHeight || font.ascent) * scale),
      XHeight: r3((font.xHeight || 0) * scale),
      StemV: stemV(file),
      [cff ? 'FontFile3' : 'FontFile2']: programRef,
    });
    const cidFont = ctx.obj({
      Type: 'Font',
      Subtype: cff ? 'CIDFontType0' : 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: ctx.register(descriptor),
      W: this.widthArray(scale),
      ...(cff ? {} : { CIDToGIDMap: 'Identity' }),
    });
    const toUnicode = PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode' }), zlibDeflate(new TextEncoder().encode(toUnicodeCMap(this.unicode))));
    ctx.assign(
      this.ref,
      ctx.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: name,
        Encoding: 'Identity-H',
        DescendantFonts: [ctx.register(cidFont)],
        ToUnicode: ctx.register(toUnicode),
      }),
    );
  }

  /** /W: runs of consecutive CIDs with their widths, `c [w1 w2 ...]`. */
  private widthArray(scale: number): PDFArray {
    const ctx = this.doc.context;
    const cids = [...this.widths.keys()].sort((a, b) => a - b);
    const out = PDFArray.withContext(ctx);
    let run: PDFArray | undefined;
    let last = -2;
    for (const cid of cids) {
      if (cid !== last + 1 || !run) {
        run = PDFArray.withContext(ctx);
        out.push(PDFNumber.of(cid));
        out.push(run);
      }
      run.push(PDFNumber.of(r3(this.widths.get(cid)! * scale)));
      last = cid;
    }
    return out;
  }

  /** Six capital letters derived from the font and the glyphs of the subset. */
  private tag(): string {
    const hash = createHash('sha256').update(this.file.postscriptName).update('\u0000');
    const ids = this.subset.glyphs;
    const bytes = Buffer.alloc(ids.length * 4);
    ids.forEach((id, i) => bytes.writeUInt32BE(id, i * 4));
    const digest = hash.update(bytes).digest();
    let tag = '';
    for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
    return tag;
  }
}

const perDocument = new WeakMap<PDFDocument, { files: Map<FontFile, SubsetFont>; faces: Map<string, EmbeddedFace> }>();

/**
 * Embeds `face` into `doc` as a subset (once per document and font file) and returns the font.
 * Glyphs are added to the subset as text is encoded; call finishFonts(doc) before saving.
 */
export function embedFace(doc: PDFDocument, face: Face): EmbeddedFace {
  const file = fontFileOf(face);
  if (!file) throw new VaError('E_INTERNAL', `Face ${face.key} was not made by the font registry and cannot be embedded`);
  let state = perDocument.get(doc);
  if (!state) {
    state = { files: new Map(), faces: new Map() };
    perDocument.set(doc, state);
  }
  const known = state.faces.get(face.key);
  if (known) return known;
  let font = state.files.get(file);
  if (!font) {
    font = new SubsetFont(doc, file);
    state.files.set(file, font);
  }
  const embedded = embeddedFace(doc, face, font);
  state.faces.set(face.key, embedded);
  return embedded;
}

/** Writes every font embedded in `doc` (subsets, widths, ToUnicode maps). Call once, before saving. */
export function finishFonts(doc: PDFDocument): void {
  const state = perDocument.get(doc);
  if (!state) return;
  for (const font of state.files.values()) font.finish();
  perDocument.delete(doc);
}

function embeddedFace(doc: PDFDocument, face: Face, font: SubsetFont): EmbeddedFace {
  const file = font.file;
  const pages = new WeakMap<PDFPage, PDFName>();
  const scale = 1000 / file.unitsPerEm;
  const encode = (text: string): TextPart[] => {
    const run = file.shape(text);
    const parts: TextPart[] = [];
    let hex = '';
    let gap = 0;
    const flush = (): void => {
      if (hex !== '') parts.push(PDFHexString.of(hex));
      hex = '';
    };
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i]!;
      if (glyph.id === 0) {
        gap += glyph.advanceWidth * scale;
        continue;
      }
      if (gap !== 0) {
        flush();
        parts.push(-r3(gap));
        gap = 0;
      }
      const chars = run.simple ? run.text.slice(run.textIndex[i], run.textIndex[i + 1] ?? run.text.length) : String.fromCodePoint(...glyph.codePoints);
      hex += font.cid(glyph.id, glyph.advanceWidth, chars).toString(16).padStart(4, '0');
    }
    flush();
    if (gap !== 0) parts.push(-r3(gap));
    return parts;
  };
  return {
    face,
    ref: font.ref,
    resourceName(page) {
      let name = pages.get(page);
      if (!name) {
        name = page.node.newFontDictionary(pdfFontName(file.postscriptName || face.family), font.ref);
        pages.set(page, name);
      }
      return name;
    },
    encode,
    encodeGlyphs(text) {
      const run = file.shape(text);
      return run.glyphs.map((glyph, i) => {
        if (glyph.id === 0) return -r3(glyph.advanceWidth * scale);
        const chars = run.simple ? run.text.slice(run.textIndex[i], run.textIndex[i + 1] ?? run.text.length) : String.fromCodePoint(...glyph.codePoints);
        return PDFHexString.of(font.cid(glyph.id, glyph.advanceWidth, chars).toString(16).padStart(4, '0'));
      });
    },
    showText(text) {
      const run = file.shape(text);
      const parts: TextPart[] = [];
      if (!run.simple) {
        // Shaped scripts: one string (mark offsets and GPOS advances are not reproduced).
        appendParts(parts, encode(run.text), 0);
      } else {
        let start = 0;
        for (let i = 0; i < run.glyphs.length; i++) {
          const k = run.kerning[i]!;
          const last = i === run.glyphs.length - 1;
          if (k === 0 && !last) continue;
          const end = last ? run.text.length : run.textIndex[i + 1]!;
          appendParts(parts, encode(run.text.slice(start, end)), last ? 0 : -k * scale);
          start = end;
        }
      }
      return PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [doc.context.obj(parts)]);
    },
  };
}

/** Appends `add` and then an adjustment to a TJ array, merging neighbouring numbers. */
export function appendParts(parts: TextPart[], add: readonly TextPart[], adjustAfter: number): void {
  const push = (p: TextPart): void => {
    const last = parts[parts.length - 1];
    if (typeof p === 'number' && typeof last === 'number') {
      const sum = r3(last + p);
      if (sum === 0) parts.pop();
      else parts[parts.length - 1] = sum;
    } else if (typeof p !== 'number' || r3(p) !== 0) parts.push(typeof p === 'number' ? r3(p) : p);
  };
  for (const p of add) push(p);
  push(adjustAfter);
}

/** A PDF name for a font: PostScript-name characters only, at most 60 of them. */
export function pdfFontName(postscriptName: string): string {
  const cleaned = postscriptName.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 60);
  return cleaned || 'Font';
}

/** A dominant vertical stem width from the weight class (the font programs do not store one). */
function stemV(file: FontFile): number {
  return Math.round(10 + 220 * Math.pow(Math.min(1000, Math.max(100, file.weight)) / 1000, 2));
}

/**
 * The ToUnicode CMap: each CID to the UTF-16BE text it stands for, in blocks of at most 100
 * entries. Code points 0, U+FEFF and U+FFFE are never mapped (PDF/UA 7.21.7).
 */
export function toUnicodeCMap(map: ReadonlyMap<number, string>): string {
  const entries: string[] = [];
  for (const [cid, text] of [...map].sort((a, b) => a[0] - b[0])) {
    let utf16 = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0 || cp === 0xfeff || cp === 0xfffe) continue;
      for (let i = 0; i < ch.length; i++) utf16 += ch.charCodeAt(i).toString(16).padStart(4, '0');
    }
    if (utf16 !== '') entries.push(`<${cid.toString(16).padStart(4, '0')}> <${utf16}>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function r3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
