/**
 * The display list as a PDF, with pdf-lib's low-level operators: one page per page list, the
 * y-down page space set up by one `cm`, paths with fills (solid, axial and radial shadings)
 * and strokes, transparency through ExtGState, pictures as image XObjects (with soft masks),
 * text through subset-embedded fonts (src/fonts embedFace: kerning and widths as measured),
 * link annotations, metadata. Output is deterministic: fixed dates, content-derived font tags,
 * no random ids.
 */
import {
  type PDFDict,
  PDFDocument,
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
import { asciiUri } from '../../brand/links.js';
import { zlibDeflate } from '../../package/deflate.js';
import { appendParts, embedFace, finishFonts, type EmbeddedFace, type TextPart } from '../../fonts/index.js';
import type { Face } from '../../fonts/types.js';
import type { Matrix } from '../matrix.js';
import type { GradientStop, ImageOp, LinkArea, PageList, PathCommand, PathOp, TextOp } from '../ops.js';
import type { PreparedImage } from '../images/prepare.js';
import { positionedRun } from '../../text/advances.js';

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

export async function writePdf(pages: readonly PageList[], images: ReadonlyMap<string, PreparedImage | null>, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const writer = new Writer(doc, images);
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
  for (let i = 0; i < pages.length; i++) await writer.page(pdfPages[i]!, pages[i]!, pdfPages);
  if (meta.title) doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords && meta.keywords.length > 0) doc.setKeywords(meta.keywords);
  if (meta.language) doc.setLanguage(meta.language);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.created);
  doc.setModificationDate(meta.modified);
  finishFonts(doc);
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}

class Writer {
  private readonly fonts = new Map<string, EmbeddedFace>();
  private readonly imageRefs = new Map<string, PDFRef | null>();
  private readonly gsRefs = new Map<string, PDFRef>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly images: ReadonlyMap<string, PreparedImage | null>,
  ) {}

  async page(page: PDFPage, list: PageList, all: PDFPage[]): Promise<void> {
    const ops: PDFOperator[] = [];
    // y-down page space, origin top-left, in points.
    ops.push(concatTransformationMatrix(1, 0, 0, -1, 0, r3(list.height)));
    const names = new PageNames(page);
    for (const op of list.ops) {
      if (op.kind === 'path') this.path(op, ops, names);
      else if (op.kind === 'image') this.image(op, ops, names);
      else await this.text(op, ops, page, names);
    }
    // The content stream, compressed with pako (the same bytes on every Node build, unlike
    // Node's zlib).
    const content = Buffer.from(ops.map((o) => o.toString()).join('\n'), 'latin1');
    const stream = PDFRawStream.of(this.doc.context.obj({ Filter: 'FlateDecode' }), zlibDeflate(content));
    page.node.set(PDFName.of('Contents'), this.doc.context.register(stream));
    for (const link of list.links) this.link(page, link, list.height, all);
  }

  private path(op: PathOp, ops: PDFOperator[], names: PageNames): void {
    if (op.commands.length === 0) return;
    const f = op.fill;
    const s = op.stroke;
    ops.push(pushGraphicsState(), concatTransformationMatrix(...mat(op.transform)));
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

  private async text(op: TextOp, ops: PDFOperator[], page: PDFPage, names: PageNames): Promise<void> {
    const font = this.font(op.face);
    const c = op.color;
    ops.push(pushGraphicsState(), concatTransformationMatrix(...mat(op.transform)));
    if (c.a < 1) ops.push(setGraphicsState(names.gs(this.alphaState(c.a, c.a))));
    ops.push(beginText(), setFillingRgbColor(c.r, c.g, c.b), setFontAndSize(font.resourceName(page), r3(op.size)));
    if (op.fakeBold) {
      ops.push(setTextRenderingMode(TextRenderingMode.FillAndOutline), setStrokingRgbColor(c.r, c.g, c.b), setLineWidth(r3(op.size * 0.03)));
    }
    // Text space is y-up: flip it back, skewed for a synthetic italic.
    ops.push(setTextMatrix(1, 0, op.fakeItalic ? 0.2 : 0, -1, r3(op.x), r3(op.y)));
    ops.push(this.showText(font, op));
    ops.push(endText(), popGraphicsState());
  }

  /**
   * The glyphs at the advances the layout measured (advances.ts): TJ with an adjustment after
   * every glyph whose advance differs from its width in the font. Shaped (complex) text is
   * drawn as the font subsystem shapes it.
   */
  private showText(font: EmbeddedFace, op: TextOp): PDFOperator {
    const run = positionedRun(op.face, op.text, op.size, op.charSpacing);
    if (!run.texts) return font.showText(op.text);
    const parts: TextPart[] = [];
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

  private link(page: PDFPage, link: LinkArea, height: number, pages: PDFPage[]): void {
    const ctx = this.doc.context;
    const rect = [r3(link.x), r3(height - link.y - link.h), r3(link.x + link.w), r3(height - link.y)];
    const dict: Record<string, unknown> = {
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
    };
    if (link.target.kind === 'uri') {
      dict.A = ctx.obj({ Type: 'Action', S: 'URI', URI: PDFString.of(asciiUri(link.target.uri)) });
    } else {
      const target = pages[link.target.page];
      if (!target) return;
      dict.Dest = ctx.obj([target.ref, PDFName.of('Fit')]);
    }
    page.node.addAnnot(ctx.register(ctx.obj(dict as never)));
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
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return 3;
    const marker = b[i + 1]!;
    const len = (b[i + 2]! << 8) | b[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return b[i + 9]!;
    i += 2 + len;
  }
  return 3;
}
