/**
 * Pictures of the display list made ready for a backend: decoded and normalised with sharp
 * (PNG, GIF, WebP, TIFF, BMP and SVG alike; JPEG passes through), scaled down to at most
 * 300 dpi at the largest size they are drawn, within pixel limits. SVG is rasterised from a
 * buffer after every external reference is removed, so nothing outside the package is read.
 * A picture that cannot be decoded is reported and not drawn.
 */
import type { Warning } from '../../warnings.js';
import type { ImageOp, ImageSource, PageList } from '../ops.js';
import { meanScale } from '../matrix.js';
import { svgTooComplex } from '../../limits/svg.js';
import { sanitizeSvg } from './svg-sanitize.js';
import { applyEffects } from './effects.js';

export interface PreparedImage {
  key: string;
  width: number;
  height: number;
  /** JPEG bytes (drawn as they are), or raw pixels. */
  jpeg?: Uint8Array;
  /** 8-bit RGB pixels, row by row (when not JPEG). */
  rgb?: Uint8Array;
  /** 8-bit alpha, when the picture has transparency. */
  alpha?: Uint8Array;
}

/** Resolution pictures are kept at, relative to their drawn size. */
export const MAX_DPI = 300;
/** Largest decoded picture we accept (pixels). */
export const MAX_INPUT_PIXELS = 120_000_000;
/** Longest side of a picture after scaling, whatever its drawn size. */
const MAX_SIDE = 8000;

type Sharp = (typeof import('sharp'))['default'];
let sharpModule: Promise<Sharp> | undefined;

export function loadSharp(): Promise<Sharp> {
  sharpModule ??= import('sharp').then((m) => m.default);
  return sharpModule;
}

/** The largest size (points) each picture is drawn at, over all pages. */
function drawnSizes(pages: readonly PageList[]): Map<string, { w: number; h: number; source: ImageSource; op: ImageOp }> {
  const out = new Map<string, { w: number; h: number; source: ImageSource; op: ImageOp }>();
  for (const page of pages) {
    for (const op of page.ops) {
      if (op.kind !== 'image') continue;
      const k = meanScale(op.transform) || 1;
      const w = Math.abs(op.w) * k;
      const h = Math.abs(op.h) * k;
      const cur = out.get(op.image.key);
      if (!cur) out.set(op.image.key, { w, h, source: op.image, op });
      else {
        cur.w = Math.max(cur.w, w);
        cur.h = Math.max(cur.h, h);
      }
    }
  }
  return out;
}

/**
 * Decodes every picture of the pages once (sequentially: sharp's threads are shared).
 * `jpegPassThrough`: keep JPEG bytes when the picture needs no scaling (PDF); the SVG backend
 * asks for pixels of everything too. `maxDpi`: the resolution kept, relative to the drawn size
 * (the PNG backend asks for its output resolution: more pixels would only be thrown away).
 */
export async function prepareImages(
  pages: readonly PageList[],
  warnings: Warning[],
  jpegPassThrough = true,
  maxDpi = MAX_DPI,
): Promise<Map<string, PreparedImage | null>> {
  const result = new Map<string, PreparedImage | null>();
  const sizes = drawnSizes(pages);
  if (sizes.size === 0) return result;
  const sharp = await loadSharp();
  for (const [key, { w, h, source, op }] of sizes) {
    try {
      result.set(key, await prepareOne(sharp, source, w, h, jpegPassThrough, Math.min(MAX_DPI, maxDpi)));
    } catch (error) {
      result.set(key, null);
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      warnings.push({
        code: 'W_IMAGE_INVALID',
        message: `slide ${op.slide}: the picture ${source.name} could not be decoded (${why}) and was not drawn`,
        slide: op.slide,
        part: op.part,
      });
    }
  }
  return result;
}

async function prepareOne(sharp: Sharp, source: ImageSource, wPt: number, hPt: number, jpegPassThrough: boolean, maxDpi: number): Promise<PreparedImage> {
  const maxW = Math.min(MAX_SIDE, Math.max(1, Math.ceil((wPt / 72) * maxDpi)));
  const maxH = Math.min(MAX_SIDE, Math.max(1, Math.ceil((hPt / 72) * maxDpi)));
  let input: Buffer = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
  let density: number | undefined;
  if (source.format === 'svg') {
    const svg = sanitizeSvg(new TextDecoder('utf-8').decode(source.bytes));
    const tooComplex = svgTooComplex(svg.text);
    if (tooComplex) throw new Error(`the SVG is too complex to draw: ${tooComplex}`);
    input = Buffer.from(svg.text, 'utf-8');
    // Rasterise at the resolution of the drawn size.
    const natural = svg.width && svg.height ? Math.max(maxW / svg.width, maxH / svg.height) : 1;
    density = Math.min(2400, Math.max(18, 72 * natural));
  }
  const img = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true, ...(density ? { density } : {}), failOn: 'error' });
  const meta = await img.metadata();
  let width = meta.width ?? 0;
  let height = meta.height ?? 0;
  if (!(width > 0 && height > 0)) throw new Error('it has no size');
  // EXIF orientation: autoOrient first, then sizes are the oriented ones.
  const oriented = meta.orientation !== undefined && meta.orientation > 1;
  if (oriented && meta.orientation! >= 5) [width, height] = [height, width];
  const scale = Math.min(1, maxW / width, maxH / height);
  const needsResize = scale < 1 / 1.5;
  if (source.format === 'jpeg' && jpegPassThrough && !needsResize && !oriented && !source.effects && (meta.channels === 3 || meta.channels === 1) && (await decodesCleanly(sharp, input, width))) {
    return { key: source.key, width, height, jpeg: source.bytes };
  }
  let pipeline = img.clone().rotate();
  if (needsResize) {
    width = Math.max(1, Math.round(width * scale));
    height = Math.max(1, Math.round(height * scale));
    pipeline = pipeline.resize(width, height, { fit: 'fill', kernel: 'lanczos3' });
  }
  const { data, info } = await pipeline.toColourspace('srgb').ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  if (source.effects) applyEffects(data, source.effects);
  const n = info.width * info.height;
  const rgb = new Uint8Array(n * 3);
  const alpha = new Uint8Array(n);
  let opaque = true;
  for (let i = 0, j = 0, k = 0; i < n; i++, j += 4, k += 3) {
    rgb[k] = data[j]!;
    rgb[k + 1] = data[j + 1]!;
    rgb[k + 2] = data[j + 2]!;
    const a = data[j + 3]!;
    alpha[i] = a;
    if (a !== 255) opaque = false;
  }
  return { key: source.key, width: info.width, height: info.height, rgb, ...(opaque ? {} : { alpha }) };
}

/**
 * A JPEG goes into the PDF as it is, so it must decode: the header alone (what metadata() reads)
 * says nothing about the data after it, and a damaged JPEG in a PDF is an error for every viewer
 * and for qpdf (found by the fuzzer). Decoded at 1/8 of its size (libjpeg's shrink-on-load: every
 * marker and every block is still read), which costs a few milliseconds. A JPEG that does not
 * decode cleanly is not passed through; the full decode that follows reports it.
 */
async function decodesCleanly(sharp: Sharp, input: Buffer, width: number): Promise<boolean> {
  try {
    await sharp(input, { failOn: 'warning', sequentialRead: true }).resize({ width: Math.max(1, Math.ceil(width / 8)) }).raw().toBuffer();
    return true;
  } catch {
    return false;
  }
}
