/**
 * The pixel size of a picture from its header (PNG IHDR, JPEG SOFn, GIF, BMP, WebP; SVG from
 * its attributes), and the resolution it says it has (PNG pHYs, JPEG JFIF APP0), without
 * decoding: tiled fills need them when the display list is built.
 */
import { sanitizeSvg } from './svg-sanitize.js';

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32be = (b: Uint8Array, i: number) => ((b[i] ?? 0) * 0x1000000 + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0)) >>> 0;

/** A JPEG marker that starts a frame (SOF0-SOF15 but DHT, JPG and DAC). */
export const isJpegFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * The marker segments of a JPEG before its scan (SOS): each marker and the offset of its 0xFF.
 * Stops at the first byte that is not a marker. Readers check the bytes they read past `at`.
 */
export function* jpegSegments(b: Uint8Array): Generator<{ marker: number; at: number; len: number }> {
  let i = 2;
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1]!;
    if (marker === 0xda) return;
    const len = u16be(b, i + 2);
    yield { marker, at: i, len };
    i += 2 + len;
  }
}

export function imagePixelSize(bytes: Uint8Array, format: string): { w: number; h: number } | undefined {
  const b = bytes;
  const u16le = (i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
  const u32le = (i: number) => ((b[i] ?? 0) + ((b[i + 1] ?? 0) << 8) + ((b[i + 2] ?? 0) << 16) + (b[i + 3] ?? 0) * 0x1000000) >>> 0;
  let size: { w: number; h: number } | undefined;
  if (format === 'png' && b.length >= 24) size = { w: u32be(b, 16), h: u32be(b, 20) };
  else if (format === 'gif' && b.length >= 10) size = { w: u16le(6), h: u16le(8) };
  else if (format === 'bmp' && b.length >= 26) size = { w: u32le(18), h: Math.abs(u32le(22) | 0) };
  else if (format === 'jpeg') {
    for (const { marker, at } of jpegSegments(b)) {
      if (!isJpegFrame(marker)) continue;
      if (at + 9 < b.length) size = { w: u16be(b, at + 7), h: u16be(b, at + 5) };
      break;
    }
  } else if (format === 'webp' && b.length >= 30) {
    const kind = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
    if (kind === 'VP8X') size = { w: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), h: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
    else if (kind === 'VP8 ') size = { w: u16le(26) & 0x3fff, h: u16le(28) & 0x3fff };
    else if (kind === 'VP8L') {
      const v = u32le(21);
      size = { w: (v & 0x3fff) + 1, h: ((v >> 14) & 0x3fff) + 1 };
    }
  } else if (format === 'svg') {
    const s = sanitizeSvg(new TextDecoder('utf-8').decode(b.subarray(0, 4096)));
    if (s.width && s.height) size = { w: s.width, h: s.height };
  }
  return size && size.w > 0 && size.h > 0 ? size : undefined;
}

/**
 * The resolution a picture states, in dots per inch: a PNG's pHYs chunk (unit 1, pixels per
 * metre) before its image data, or a JPEG's JFIF APP0 density (units 1, dots per inch, or 2,
 * dots per centimetre). Undefined when the file states none (a pHYs of unit 0 or a JFIF of
 * units 0 is only an aspect ratio), or states one outside 1-10,000 dpi per axis.
 */
export function imageResolution(bytes: Uint8Array, format: string): { x: number; y: number } | undefined {
  const b = bytes;
  let res: { x: number; y: number } | undefined;
  if (format === 'png') {
    // Chunks after the 8-byte signature: length, type, data, CRC. pHYs comes before IDAT.
    let i = 8;
    while (i + 8 <= b.length) {
      const len = u32be(b, i);
      const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
      if (type === 'IDAT' || type === 'IEND') break;
      if (type === 'pHYs' && len >= 9 && i + 17 <= b.length) {
        if (b[i + 16] === 1) res = { x: u32be(b, i + 8) * 0.0254, y: u32be(b, i + 12) * 0.0254 };
        break;
      }
      i += 12 + len;
    }
  } else if (format === 'jpeg') {
    // JFIF's APP0 (before the frame header): "JFIF\0", version, units, Xdensity, Ydensity.
    for (const { marker, at: i, len } of jpegSegments(b)) {
      if (isJpegFrame(marker)) break;
      if (marker === 0xe0 && len >= 14 && i + 16 <= b.length && String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!) === 'JFIF' && b[i + 8] === 0) {
        const units = b[i + 11];
        const per = units === 1 ? 1 : units === 2 ? 2.54 : 0;
        if (per > 0) res = { x: u16be(b, i + 12) * per, y: u16be(b, i + 14) * per };
        break;
      }
      if (len < 2) break;
    }
  }
  return res && res.x >= 1 && res.y >= 1 && res.x <= 10000 && res.y <= 10000 ? res : undefined;
}
