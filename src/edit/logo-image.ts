/**
 * Turns the logo file a brand gives into the PNG the deck embeds:
 *  1. format by content (logo-sniff.ts), byte limit (E_LOGO_LIMIT);
 *  2. SVG: sanitised (svg-sanitize.ts), then rasterised by sharp from a buffer (never a path,
 *     so no relative reference can resolve) at 300 dpi of the size it is printed at;
 *     raster: decoded within a pixel limit (sharp `limitInputPixels`, E_LOGO_LIMIT), turned
 *     upright (EXIF orientation), scaled down (never up) to 300 dpi of its printed size;
 *  3. PNG out: transparency kept, metadata (EXIF, GPS, ICC names) dropped, same bytes for the
 *     same input.
 */
import { VaError } from '../errors.js';
import { svgTooComplex } from '../limits/svg.js';
import { sniffLogo, type LogoFormat } from './logo-sniff.js';
import { sanitizeSvg } from './svg-sanitize.js';

export interface LogoLimits {
  /** Largest logo file, in bytes. */
  maxBytes: number;
  /** Largest decoded raster logo (width × height), in pixels. */
  maxPixels: number;
}

export const DEFAULT_LOGO_LIMITS: Readonly<LogoLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
});

/** Print resolution the logo is rendered or scaled to. */
export const LOGO_DPI = 300;
/** Below this resolution at its printed size, a raster logo is reported as blurry. */
export const LOGO_MIN_DPI = 150;
/** Rasterised SVGs are never larger than this on either side (a huge frame must not cost seconds). */
const MAX_RENDER_SIDE = 6000;

export interface LogoSource {
  name: string;
  format: LogoFormat;
  /** Bytes sharp decodes: the sanitised SVG, or the raster file. */
  bytes: Uint8Array;
  /** Intrinsic size in pixels (upright), for the aspect ratio. */
  width: number;
  height: number;
  /** What sanitising removed from an SVG. */
  removed: string[];
}

type Sharp = (typeof import('sharp'))['default'];
let sharpModule: Promise<Sharp> | undefined;
function loadSharp(): Promise<Sharp> {
  sharpModule ??= import('sharp').then((m) => ((m as unknown as { default?: Sharp }).default ?? m) as Sharp);
  return sharpModule;
}

function pixelError(name: string, limits: LogoLimits, w?: number, h?: number): VaError {
  const size = w && h ? ` (${w} × ${h} = ${w * h} pixels)` : '';
  return new VaError('E_LOGO_LIMIT', `the logo ${name} is too large${size}; the limit is ${limits.maxPixels} pixels`, { subject: name });
}

function mapSharpError(err: unknown, name: string, format: LogoFormat, limits: LogoLimits): VaError {
  const message = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(message)) return pixelError(name, limits);
  return new VaError('E_LOGO_INVALID', `the logo ${name} could not be read as ${format.toUpperCase()} (${message.split('\n')[0]})`, { subject: name });
}

/** Checks and measures a logo. Throws E_LOGO_INVALID / E_LOGO_LIMIT naming the file. */
export async function readLogo(bytes: Uint8Array, name: string, limits: LogoLimits = DEFAULT_LOGO_LIMITS): Promise<LogoSource> {
  if (bytes.length > limits.maxBytes) {
    throw new VaError('E_LOGO_LIMIT', `the logo ${name} is ${bytes.length} bytes, over the limit of ${limits.maxBytes} bytes`, { subject: name });
  }
  const format = sniffLogo(bytes, name);
  let source = bytes;
  let removed: string[] = [];
  if (format === 'svg') {
    const clean = sanitizeSvg(bytes, name);
    source = clean.svg;
    removed = clean.report.removed;
    const tooComplex = svgTooComplex(new TextDecoder().decode(source));
    if (tooComplex) throw new VaError('E_LOGO_LIMIT', `the SVG logo ${name} is too complex to draw: ${tooComplex}`, { subject: name });
  }
  const sharp = await loadSharp();
  let meta;
  try {
    // An SVG's declared canvas is only an aspect ratio: we render it at our own density, bounded
    // by MAX_RENDER_SIDE, so its pixel limit does not apply.
    meta = await sharp(source, { limitInputPixels: format === 'svg' ? false : limits.maxPixels, animated: false }).metadata();
  } catch (err) {
    throw mapSharpError(err, name, format, limits);
  }
  const sharpFormat = String(meta.format) === 'jpg' ? 'jpeg' : meta.format;
  if (sharpFormat !== format) {
    throw new VaError('E_LOGO_INVALID', `the logo ${name} starts like ${format.toUpperCase()} but does not decode as one`, { subject: name });
  }
  let width = meta.width ?? 0;
  let height = meta.height ?? 0;
  if (!(width > 0 && height > 0)) throw new VaError('E_LOGO_INVALID', `the logo ${name} has no size`, { subject: name });
  if (format !== 'svg' && width * height > limits.maxPixels) throw pixelError(name, limits, width, height);
  // EXIF orientations 5–8 turn the picture by 90°.
  if ((meta.orientation ?? 1) >= 5) [width, height] = [height, width];
  return { name, format, bytes: source, width, height, removed };
}

export interface RenderedLogo {
  png: Uint8Array;
  width: number;
  height: number;
}

/** The part of a logo's picture that holds the logo: fractions (0–1) of its width and height. */
export interface LogoCrop {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The PNG for a logo printed `widthIn` × `heightIn` inches (the size fitted into its frame):
 * 300 dpi, never enlarged beyond a raster's own pixels. With `crop`, that part of the picture
 * (the logo without the empty margins of its file) is what is printed at that size.
 */
export async function renderLogo(logo: LogoSource, widthIn: number, heightIn: number, limits: LogoLimits = DEFAULT_LOGO_LIMITS, crop?: LogoCrop): Promise<RenderedLogo> {
  const sharp = await loadSharp();
  const cw = crop ? crop.width : 1;
  const ch = crop ? crop.height : 1;
  let w = Math.max(1, Math.round((widthIn / cw) * LOGO_DPI));
  let h = Math.max(1, Math.round((heightIn / ch) * LOGO_DPI));
  const cap = Math.max(w, h) > MAX_RENDER_SIDE ? MAX_RENDER_SIDE / Math.max(w, h) : 1;
  w = Math.max(1, Math.round(w * cap));
  h = Math.max(1, Math.round(h * cap));
  try {
    let out = pipeline(sharp, logo, w, h, limits);
    if (crop) {
      const full = await out.png({ compressionLevel: 0 }).toBuffer({ resolveWithObject: true });
      const { width: fw, height: fh } = full.info;
      const left = Math.min(fw - 1, Math.max(0, Math.floor(crop.left * fw)));
      const top = Math.min(fh - 1, Math.max(0, Math.floor(crop.top * fh)));
      const right = Math.max(left + 1, Math.min(fw, Math.ceil((crop.left + crop.width) * fw)));
      const bottom = Math.max(top + 1, Math.min(fh, Math.ceil((crop.top + crop.height) * fh)));
      out = sharp(full.data).extract({ left, top, width: right - left, height: bottom - top });
    }
    const { data, info } = await out.png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer({ resolveWithObject: true });
    return { png: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
  } catch (err) {
    throw mapSharpError(err, logo.name, logo.format, limits);
  }
}

/** The sharp pipeline that draws a logo `w` × `h` pixels (SVG rasterised, raster scaled down). */
function pipeline(sharp: Sharp, logo: LogoSource, w: number, h: number, limits: LogoLimits) {
  if (logo.format === 'svg') {
    // Density so that the SVG's own size comes out at the target width.
    const density = Math.min(100_000, Math.max(1, (72 * w) / logo.width));
    return sharp(logo.bytes, { density, limitInputPixels: false }).resize(w, h, {
      fit: 'contain',
      background: { r: 0, g: 0, b: 0, alpha: 0 },
    });
  }
  return sharp(logo.bytes, { limitInputPixels: limits.maxPixels, animated: false, autoOrient: true }).resize(w, h, {
    fit: 'inside',
    withoutEnlargement: true,
  });
}

/** Side (pixels) of the small copy of a logo that its colours are judged on (logo-contrast.ts). */
const ANALYSIS_SIDE = 512;

/**
 * The logo's pixels, at most 512 pixels on its longer side, as straight RGBA (alpha added when
 * the file has none), for judging its contrast on a background.
 */
export async function logoPixels(logo: LogoSource, limits: LogoLimits = DEFAULT_LOGO_LIMITS): Promise<{ data: Uint8Array; width: number; height: number }> {
  const sharp = await loadSharp();
  const scale = ANALYSIS_SIDE / Math.max(logo.width, logo.height);
  const w = Math.max(1, Math.round(logo.width * scale));
  const h = Math.max(1, Math.round(logo.height * scale));
  try {
    const { data, info } = await pipeline(sharp, logo, w, h, limits).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
  } catch (err) {
    throw mapSharpError(err, logo.name, logo.format, limits);
  }
}
