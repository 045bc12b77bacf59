/**
 * The display list as a PDF, with pdf-lib's low-level operators: one page per page list, the
 * y-down page space set up by one `cm`, paths with fills (solid, axial and radial shadings)
 * and strokes, transparency through ExtGState, pictures as image XObjects (with soft masks),
 * text through subset-embedded fonts (src/fonts embedFace: kerning and widths as measured),
 * link annotations, metadata. Output is deterministic: fixed dates, content-derived font tags,
 * no random ids.
 */
import {
  type PDFArray,
  type PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  PDFRawStream,
  type PDFRef,
  PDFString,
  LineCapStyle,
  LineJoinStyle,
  TextRenderingMode,
  appendBezierCurve,
  beginText,
  clip,
  closePath,
  concatTransformationMatrix,
  drawObject,
  endPath,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setFillingRgbColor,
  setFontAndSize,
  setGraphicsState,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  setTextRenderingMode,
  stroke,
  clipEvenOdd,
} from '@cantoo/pdf-lib';
import { createHash } from 'node:crypto';
import { asciiUri } from '../../brand/links.js';
import { zlibDeflate } from '../../package/deflate.js';
import { appendParts, embedFace, finishFonts, type EmbeddedFace, type TextPart } from '../../fonts/index.js';
import type { Face } from '../../fonts/types.js';
import type { Matrix } from '../matrix.js';
import type { DrawOp, GradientStop, ImageOp, LinkArea, PageList, PathCommand, PathOp, TextOp } from '../ops.js';
import type { PreparedImage } from '../images/prepare.js';
import { positionedRun } from '../../text/advances.js';
import { transformedBounds } from '../matrix.js';
import type { ContentTag, StructElem } from '../structure/types.js';
import { Languages, MarkedContent, writeStructureTree, type WrittenAnnot } from './structure.js';
import { SRGB_PROFILE_NAME, srgbIccProfile } from './srgb-icc.js';
import { xmpPacket } from './xmp.js';
import type { PdfStandard } from '../options.js';
import { pushAll } from '../../arrays.js';
import { isJpegFrame, jpegSegments } from '../images/size.js';

export interface PdfMetadata {
  title?: string | undefined;
  author?: string | undefined;
  subject?: string | undefined;
  keywords?: string[] | undefined;
  language?: string | undefined;
  creator: string;
  producer: string;
  created: Date;
  modified: Date;
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;


export interface PdfOptions {
  /** The logical structure the pages' operations are tagged with (display-list.ts). */
  structure: StructElem;
  standard?: PdfStandard;
}

export interface PdfOutput {
  pdf: Uint8Array;
  /** True when the PDF identifies itself as PDF/UA-1 (pdfuaid:part 1). */
  pdfua: boolean;
  pdfa: boolean;
  /** Figures written without alternative text (why the PDF does not claim PDF/UA). */
  figuresWithoutAlt: StructElem[];
  /**
   * Why the PDF does not claim PDF/UA-1, besides figures without alt text: 'language' (no text
   * carries a language, Matterhorn 11-001), 'title' (no title, 06-003).
   */
  missing: ('language' | 'title')[];
}

export async function writePdf(pages: readonly PageList[], images: ReadonlyMap<string, PreparedImage | null>, meta: PdfMetadata, options: PdfOptions): Promise<PdfOutput> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const langs = new Languages(options.structure, meta.language);
  const writer = new Writer(doc, images, langs);
  const pdfPages: PDFPage[] = [];
  for (const list of pages) {
    const page = doc.addPage([list.width, list.height]);
    // A page with a bleed (render/bleed.ts): the finished size and the bleed for print shops
    // (PDF boxes are y-up; the display list is y-down).
    if (list.boxes) {
      const { trim, bleed } = list.boxes;
      page.setTrimBox(r3(trim.x), r3(list.height - trim.y - trim.h), r3(trim.w), r3(trim.h));
      page.setBleedBox(r3(bleed.x), r3(list.height - bleed.y - bleed.h), r3(bleed.w), r3(bleed.h));
    }
    pdfPages.push(page);
  }
  for (let i = 0; i < pages.length; i++) writer.page(pdfPages[i]!, pages[i]!, pdfPages, i);
  const structure = writeStructureTree(doc, options.structure, pdfPages, writer.marked, writer.annots, langs, meta.language);
  const pdfa = options.standard === 'pdfa-2a';
  const title = meta.title ? cleanText(meta.title) : undefined;
  // PDF/UA-1 needs a document language and a title: without them the file is tagged, not claimed.
  const missing: PdfOutput['missing'] = [...(meta.language ? [] : ['language' as const]), ...(title ? [] : ['title' as const])];
  const pdfua = structure.figuresWithoutAlt.length === 0 && missing.length === 0;

  const author = meta.author ? cleanText(meta.author) : undefined;
  const subject = meta.subject ? cleanText(meta.subject) : undefined;
  const keywords = meta.keywords && meta.keywords.length > 0 ? meta.keywords.map(cleanText) : undefined;
  // Readers show the title, not the file name (PDF/UA: ViewerPreferences /DisplayDocTitle).
  if (title) doc.setTitle(title, { showInWindowTitleBar: true });
  else doc.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  if (author) doc.setAuthor(author);
  if (subject) doc.setSubject(subject);
  if (keywords) doc.setKeywords(keywords);
  if (meta.language) doc.setLanguage(meta.language);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.created);
  doc.setModificationDate(meta.modified);
  const xmp = xmpPacket({
    title,
    author,
    subject,
    keywords: keywords?.join(' '),
    language: meta.language,
    creatorTool: meta.creator,
    producer: meta.producer,
    created: meta.created,
    modified: meta.modified,
    pdfua,
    pdfa,
  });
  // The metadata stream stays uncompressed, so that any tool can find it (PDF/A requires it).
  const metadata = PDFRawStream.of(doc.context.obj({ Type: 'Metadata', Subtype: 'XML' }), new TextEncoder().encode(xmp));
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  if (pdfa) addOutputIntent(doc);
  finishFonts(doc);
  // A file identifier from the content (PDF/A requires one; the same input gives the same bytes).
  const id = PDFHexString.of(writer.fingerprint(xmp));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  const pdf = await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
  return { pdf, pdfua, pdfa, figuresWithoutAlt: structure.figuresWithoutAlt, missing };
}

/** The PDF/A output intent: sRGB, the colour space of every colour and picture we write. */
function addOutputIntent(doc: PDFDocument): void {
  const ctx = doc.context;
  const profile = srgbIccProfile();
  const icc = ctx.register(PDFRawStream.of(ctx.obj({ N: 3, Filter: 'FlateDecode' }), zlibDeflate(profile)));
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_PROFILE_NAME),
    Info: PDFString.of(SRGB_PROFILE_NAME),
    DestOutputProfile: icc,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([ctx.register(intent)]));
}

/** Metadata text without control characters (XMP cannot carry them; Info and XMP must agree). */
function cleanText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, ' ').replace(/\s+/g, ' ').trim();
}

class Writer {
  private readonly fonts = new Map<string, EmbeddedFace>();
  private readonly imageRefs = new Map<string, PDFRef | null>();
  private readonly gsRefs = new Map<string, PDFRef>();
  private readonly hash = createHash('sha256');
  readonly marked: MarkedContent;
  readonly annots: WrittenAnnot[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly images: ReadonlyMap<string, PreparedImage | null>,
    langs: Languages,
  ) {
    this.marked = new MarkedContent(doc, langs);
  }

  page(page: PDFPage, list: PageList, all: PDFPage[], index: number): void {
    const ops: PDFOperator[] = [];
    // y-down page space, origin top-left, in points.
    ops.push(concatTransformationMatrix(1, 0, 0, -1, 0, r3(list.height)));
    const names = new PageNames(page);
    // Every operation inside marked content: the slot it is tagged with, or an artifact.
    let open: ContentTag | undefined;
    for (const op of list.ops) {
      const drawn: PDFOperator[] = [];
      if (op.kind === 'path') this.path(op, drawn, names);
      else if (op.kind === 'image') this.image(op, drawn, names);
      else this.text(op, drawn, page, names);
      if (drawn.length === 0) continue;
      const tag = op.tag ?? 'artifact';
      if (tag !== open) {
        if (open !== undefined) ops.push(this.marked.end());
        ops.push(this.marked.begin(tag, index));
        open = tag;
      }
      pushAll(ops, drawn);
      if (tag !== 'artifact' && tag.owner.type === 'Figure') this.marked.extend(tag, index, opBounds(op), list.height);
    }
    if (open !== undefined) ops.push(this.marked.end());
    // The content stream, compressed with pako (the same bytes on every Node build, unlike
    // Node's zlib).
    const content = Buffer.from(ops.map((o) => o.toString()).join('\n'), 'latin1');
    this.hash.update(content);
    const stream = PDFRawStream.of(this.doc.context.obj({ Filter: 'FlateDecode' }), zlibDeflate(content));
    page.node.set(PDFName.of('Contents'), this.doc.context.register(stream));
    for (const link of list.links) this.link(page, link, list.height, all, index);
  }

  /** 16 bytes (hex) identifying the document by its content and metadata. */
  fingerprint(metadata: string): string {
    return this.hash.update(metadata).digest('hex').slice(0, 32).toUpperCase();
  }

  private path(op: PathOp, ops: PDFOperator[], names: PageNames): void {
    if (op.commands.length === 0) return;
    const f = op.fill;
    const s = op.stroke;
    ops.push(pushGraphicsState(), concatTransformationMatrix(...mat(op.transform)));
    if (op.clip && op.clip.length > 0) {
      pathOps(op.clip, ops);
      ops.push(clip(), endPath());
    }
    if (f) {
      if (f.kind === 'solid') {
        if (f.color.a > 0) {
          if (f.color.a < 1) ops.push(setGraphicsState(names.gs(this.alphaState(f.color.a, 1))));
          ops.push(setFillingRgbColor(f.color.r, f.color.g, f.color.b));
          pathOps(op.commands, ops);
          ops.push(op.evenOdd ? PDFOperator.of(PDFOperatorNames.FillEvenOdd) : fill());
        }
      } else {
        // Gradient: clip to the path, paint the shading.
        ops.push(pushGraphicsState());
        pathOps(op.commands, ops);
        ops.push(op.evenOdd ? clipEvenOdd() : clip(), endPath());
        const alpha = f.stops.reduce((a, st) => a + st.color.a, 0) / f.stops.length;
        if (alpha < 1) ops.push(setGraphicsState(names.gs(this.alphaState(alpha, 1))));
        const shading = this.shading(f);
        ops.push(PDFOperator.of(PDFOperatorNames.ShadingFill, [names.shading(shading)]));
        ops.push(popGraphicsState());
      }
    }
    if (s && s.color.a > 0 && s.width >= 0) {
      if (s.color.a < 1) ops.push(setGraphicsState(names.gs(this.alphaState(1, s.color.a))));
      ops.push(
        setStrokingRgbColor(s.color.r, s.color.g, s.color.b),
        setLineWidth(r3(s.width)),
        setLineCap(s.cap === 'round' ? LineCapStyle.Round : s.cap === 'square' ? LineCapStyle.Projecting : LineCapStyle.Butt),
        setLineJoin(s.join === 'round' ? LineJoinStyle.Round : s.join === 'bevel' ? LineJoinStyle.Bevel : LineJoinStyle.Miter),
      );
      if (s.join === 'miter') ops.push(PDFOperator.of(PDFOperatorNames.SetLineMiterLimit, [PDFNumber.of(r3(s.miterLimit))]));
      if (s.dash.length > 0) ops.push(setDashPattern(s.dash.map(r3), 0));
      pathOps(op.commands, ops);
      ops.push(stroke());
    }
    ops.push(popGraphicsState());
  }

  private image(op: ImageOp, ops: PDFOperator[], names: PageNames): void {
    const ref = this.imageRef(op.image.key);
    if (!ref || op.alpha <= 0) return;
    ops.push(pushGraphicsState(), concatTransformationMatrix(...mat(op.transform)));
    if (op.clip && op.clip.length > 0) {
      pathOps(op.clip, ops);
      ops.push(clip(), endPath());
    }
    if (op.alpha < 1) ops.push(setGraphicsState(names.gs(this.alphaState(op.alpha, op.alpha))));
    // Image space is the unit square, y up.
    ops.push(concatTransformationMatrix(r3(op.w), 0, 0, r3(-op.h), r3(op.x), r3(op.y + op.h)));
    ops.push(drawObject(names.xobject(ref)));
    ops.push(popGraphicsState());
  }

  private text(op: TextOp, ops: PDFOperator[], page: PDFPage, names: PageNames): void {
    const font = this.font(op.face);
    const c = op.color;
    ops.push(pushGraphicsState(), concatTransformationMatrix(...mat(op.transform)));
    if (op.clip && op.clip.length > 0) {
      pathOps(op.clip, ops);
      ops.push(clip(), endPath());
    }
    if (c.a < 1) ops.push(setGraphicsState(names.gs(this.alphaState(c.a, c.a))));
    ops.push(beginText(), setFillingRgbColor(c.r, c.g, c.b), setFontAndSize(font.resourceName(page), r3(op.size)));
    if (op.fakeBold) {
      ops.push(setTextRenderingMode(TextRenderingMode.FillAndOutline), setStrokingRgbColor(c.r, c.g, c.b), setLineWidth(r3(op.size * 0.03)));
    }
    // Text space is y-up: flip it back, skewed for a synthetic italic.
    ops.push(setTextMatrix(1, 0, op.fakeItalic ? 0.2 : 0, -1, r3(op.x), r3(op.y)));
    if (op.actualText !== undefined) {
      // Right-to-left text drawn in visual order: its logical text for extraction and screen
      // readers (ISO 32000-1, 14.9.4), the line-ending space included.
      const props = this.doc.context.obj({ ActualText: PDFHexString.fromText(op.actualText + (op.spaceAfter ? ' ' : '')) }) as unknown as PDFArray;
      ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), props]));
      ops.push(this.showText(font, op), PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    } else ops.push(this.showText(font, op));
    ops.push(endText(), popGraphicsState());
  }

  /**
   * The glyphs at the advances the layout measured (advances.ts): TJ with an adjustment after
   * every glyph whose advance differs from its width in the font. Shaped (complex) text is
   * drawn as the font subsystem shapes it.
   */
  private showText(font: EmbeddedFace, op: TextOp): PDFOperator {
    const run = positionedRun(op.face, op.text, op.size, op.charSpacing);
    const parts: TextPart[] = [];
    // The space that separates the last word of a line from the next line's first (invisible).
    const space = () => (op.spaceAfter ? appendParts(parts, font.encode(' '), 0) : undefined);
    if (!run.texts && op.actualText !== undefined && run.ids.length === run.advances.length) {
      // Shaped right-to-left text (drawn in visual order): every glyph at the layout's advance,
      // so that the run fills exactly the place the line gave it (at the font's own advances
      // it overran its neighbour's space by the kerning it leaves out).
      const glyphs = font.encodeGlyphs(op.text);
      if (glyphs.length === run.advances.length) {
        let hex = '';
        glyphs.forEach((g, i) => {
          const adjust = i < glyphs.length - 1 ? r3(((run.natural[i]! - run.advances[i]!) * 1000) / op.size) : 0;
          if (typeof g !== 'number') hex += g.asString();
          if (typeof g === 'number' || adjust !== 0 || i === glyphs.length - 1) {
            appendParts(parts, hex === '' ? [] : [PDFHexString.of(hex)], typeof g === 'number' ? g + adjust : adjust);
            hex = '';
          }
        });
        space();
        return PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [this.doc.context.obj(parts)]);
      }
    }
    if (!run.texts) {
      appendParts(parts, font.encode(op.text), 0);
      space();
      return PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [this.doc.context.obj(parts)]);
    }
    let pending = '';
    for (let i = 0; i < run.texts.length; i++) {
      pending += run.texts[i]!;
      const adjust = Math.round(((run.natural[i]! - run.advances[i]!) * 1000) / op.size * 1000) / 1000;
      if (adjust !== 0 && i < run.texts.length - 1) {
        appendParts(parts, font.encode(pending), adjust);
        pending = '';
      }
    }
    if (pending !== '') appendParts(parts, font.encode(pending), 0);
    space();
    return PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [this.doc.context.obj(parts)]);
  }

  private font(face: Face): EmbeddedFace {
    let f = this.fonts.get(face.key);
    if (!f) {
      f = embedFace(this.doc, face);
      this.fonts.set(face.key, f);
    }
    return f;
  }

  private link(page: PDFPage, link: LinkArea, height: number, pages: PDFPage[], index: number): void {
    const ctx = this.doc.context;
    const rect = [r3(link.x), r3(height - link.y - link.h), r3(link.x + link.w), r3(height - link.y)];
    const dict: Record<string, unknown> = {
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
      // Print (PDF/A: annotations are printable).
      F: 4,
    };
    let describe: string;
    if (link.target.kind === 'uri') {
      const uri = asciiUri(link.target.uri);
      dict.A = ctx.obj({ Type: 'Action', S: 'URI', URI: PDFString.of(uri) });
      describe = uri.replace(/^mailto:|^tel:/i, '');
    } else {
      const target = pages[link.target.page];
      if (!target) return;
      dict.Dest = ctx.obj([target.ref, PDFName.of('Fit')]);
      describe = `page ${link.target.page + 1}`;
    }
    const annot = ctx.obj(dict as never) as unknown as PDFDict;
    const ref = ctx.register(annot);
    page.node.addAnnot(ref);
    this.annots.push({ ref, dict: annot, page: index, link: link.link, describe });
  }

  private alphaState(fillAlpha: number, strokeAlpha: number): PDFRef {
    const key = `${r3(fillAlpha)}/${r3(strokeAlpha)}`;
    let ref = this.gsRefs.get(key);
    if (!ref) {
      ref = this.doc.context.register(this.doc.context.obj({ Type: 'ExtGState', ca: r3(fillAlpha), CA: r3(strokeAlpha) }));
      this.gsRefs.set(key, ref);
    }
    return ref;
  }

  private shading(p: Extract<NonNullable<PathOp['fill']>, { kind: 'linear' | 'radial' }>): PDFRef {
    const ctx = this.doc.context;
    const fn = gradientFunction(this.doc, p.stops);
    const dict =
      p.kind === 'linear'
        ? { ShadingType: 2, ColorSpace: 'DeviceRGB', Coords: [r3(p.x1), r3(p.y1), r3(p.x2), r3(p.y2)], Function: fn, Extend: [true, true] }
        : { ShadingType: 3, ColorSpace: 'DeviceRGB', Coords: [r3(p.cx), r3(p.cy), 0, r3(p.cx), r3(p.cy), r3(p.r)], Function: fn, Extend: [true, true] };
    return ctx.register(ctx.obj(dict as never));
  }

  private imageRef(key: string): PDFRef | null {
    if (this.imageRefs.has(key)) return this.imageRefs.get(key)!;
    const img = this.images.get(key);
    let ref: PDFRef | null = null;
    if (img) ref = imageXObject(this.doc, img);
    this.imageRefs.set(key, ref);
    return ref;
  }
}

/** Resource names of one page (ExtGState, Shading, XObject), added on first use. */
class PageNames {
  private readonly gsNames = new Map<PDFRef, PDFName>();
  private readonly shNames = new Map<PDFRef, PDFName>();
  private readonly xoNames = new Map<PDFRef, PDFName>();
  private shadingDict: PDFDict | undefined;
  private shCount = 0;

  constructor(private readonly page: PDFPage) {}

  gs(ref: PDFRef): PDFName {
    let n = this.gsNames.get(ref);
    if (!n) {
      n = this.page.node.newExtGState('GS', ref);
      this.gsNames.set(ref, n);
    }
    return n;
  }

  xobject(ref: PDFRef): PDFName {
    let n = this.xoNames.get(ref);
    if (!n) {
      n = this.page.node.newXObject('Im', ref);
      this.xoNames.set(ref, n);
    }
    return n;
  }

  shading(ref: PDFRef): PDFName {
    let n = this.shNames.get(ref);
    if (!n) {
      if (!this.shadingDict) {
        const resources = this.page.node.normalizedEntries().Resources;
        this.shadingDict = this.page.doc.context.obj({});
        resources.set(PDFName.of('Shading'), this.shadingDict);
      }
      n = PDFName.of(`Sh${++this.shCount}`);
      this.shadingDict.set(n, ref);
      this.shNames.set(ref, n);
    }
    return n;
  }
}

/** Where an operation draws, on the page (points, y down): for a figure's bounding box. */
function opBounds(op: DrawOp): { x: number; y: number; w: number; h: number } {
  if (op.kind === 'image') return transformedBounds(op.transform, op.x, op.y, op.w, op.h);
  if (op.kind === 'text') return transformedBounds(op.transform, op.x, op.y - op.size, op.width, op.size * 1.25);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const c of op.commands) {
    if (c.op === 'Z') continue;
    const pts = c.op === 'C' ? [c.x1, c.y1, c.x2, c.y2, c.x, c.y] : [c.x, c.y];
    for (let i = 0; i < pts.length; i += 2) {
      x0 = Math.min(x0, pts[i]!);
      x1 = Math.max(x1, pts[i]!);
      y0 = Math.min(y0, pts[i + 1]!);
      y1 = Math.max(y1, pts[i + 1]!);
    }
  }
  if (!Number.isFinite(x0)) return { x: 0, y: 0, w: 0, h: 0 };
  return transformedBounds(op.transform, x0, y0, x1 - x0, y1 - y0);
}

function mat(m: Matrix): [number, number, number, number, number, number] {
  return [r3(m[0]), r3(m[1]), r3(m[2]), r3(m[3]), r3(m[4]), r3(m[5])];
}

function pathOps(commands: readonly PathCommand[], ops: PDFOperator[]): void {
  for (const c of commands) {
    if (c.op === 'M') ops.push(moveTo(r3(c.x), r3(c.y)));
    else if (c.op === 'L') ops.push(lineTo(r3(c.x), r3(c.y)));
    else if (c.op === 'C') ops.push(appendBezierCurve(r3(c.x1), r3(c.y1), r3(c.x2), r3(c.y2), r3(c.x), r3(c.y)));
    else ops.push(closePath());
  }
}

/** A type 2 (two stops) or type 3 (stitching) function over the gradient stops. */
function gradientFunction(doc: PDFDocument, stops: readonly GradientStop[]): PDFRef {
  const ctx = doc.context;
  const c = (s: GradientStop) => [r3(s.color.r), r3(s.color.g), r3(s.color.b)];
  let list = [...stops];
  if (list[0]!.pos > 0) list = [{ ...list[0]!, pos: 0 }, ...list];
  if (list[list.length - 1]!.pos < 1) list = [...list, { ...list[list.length - 1]!, pos: 1 }];
  if (list.length === 2) return ctx.register(ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: c(list[0]!), C1: c(list[1]!), N: 1 }));
  const fns: PDFRef[] = [];
  const bounds: number[] = [];
  const encode: number[] = [];
  for (let i = 0; i < list.length - 1; i++) {
    fns.push(ctx.register(ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: c(list[i]!), C1: c(list[i + 1]!), N: 1 })));
    if (i > 0) bounds.push(r3(list[i]!.pos));
    encode.push(0, 1);
  }
  return ctx.register(ctx.obj({ FunctionType: 3, Domain: [0, 1], Functions: fns, Bounds: bounds, Encode: encode }));
}

/** An image XObject: JPEG as DCTDecode, pixels as FlateDecode RGB with an alpha soft mask. */
function imageXObject(doc: PDFDocument, img: PreparedImage): PDFRef {
  const ctx = doc.context;
  if (img.jpeg) {
    const dict = ctx.obj({ Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Filter: 'DCTDecode' });
    const gray = jpegComponents(img.jpeg) === 1;
    if (gray) dict.set(PDFName.of('ColorSpace'), PDFName.of('DeviceGray'));
    return ctx.register(PDFRawStream.of(dict, img.jpeg));
  }
  let smask: PDFRef | undefined;
  if (img.alpha) {
    const mdict = ctx.obj({ Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode' });
    smask = ctx.register(PDFRawStream.of(mdict, zlibDeflate(img.alpha)));
  }
  const dict = ctx.obj({ Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Filter: 'FlateDecode' });
  if (smask) dict.set(PDFName.of('SMask'), smask);
  return ctx.register(PDFRawStream.of(dict, zlibDeflate(img.rgb!)));
}

/** Number of colour components in a JPEG's SOF marker (1 gray, 3 YCbCr, 4 CMYK). */
function jpegComponents(b: Uint8Array): number {
  for (const { marker, at } of jpegSegments(b)) if (isJpegFrame(marker)) return b[at + 9] ?? 3;
  return 3;
}
