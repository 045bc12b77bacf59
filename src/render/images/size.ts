/**
 * The pixel size of a picture from its header (PNG IHDR, JPEG SOFn, GIF, BMP, WebP; SVG from
 * its attributes), and the resolution it says it has (PNG pHYs, JPEG JFIF APP0), without
 * decoding: tiled fills need them when the display list is built.
 */
import { sanitizeSvg } from './svg-sanitize.js';

export function imagePixelSize(bytes: Uint8Array, format: string): { w: number; h: number } | undefined {
  const b = bytes;
  const u16be = (i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
  const u16le = (i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
  const u32be = (i: number) => ((b[i] ?? 0) * 0x1000000 + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0)) >>> 0;
  const u32le = (i: number) => ((b[i] ?? 0) + ((b[i + 1] ?? 0) << 8) + ((b[i + 2] ?? 0) << 16) + (b[i + 3] ?? 0) * 0x1000000) >>> 0;
  let size: { w: number; h: number } | undefined;
  if (format === 'png' && b.length >= 24) size = { w: u32be(16), h: u32be(20) };
  else if (format === 'gif' && b.length >= 10) size = { w: u16le(6), h: u16le(8) };
  else if (format === 'bmp' && b.length >= 26) size = { w: u32le(18), h: Math.abs(u32le(22) | 0) };
  else if (format === 'jpeg') {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) break;
      const marker = b[i + 1]!;
      const len = u16be(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        size = { w: u16be(i + 7), h: u16be(i + 5) };
        break;
      }
      i += 2 + len;
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
  const u16be = (i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
  const u32be = (i: number) => ((b[i] ?? 0) * 0x1000000 + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0)) >>> 0;
  let res: { x: number; y: number } | undefined;
  if (format === 'png') {
    // Chunks after the 8-byte signature: length, type, data, CRC. pHYs comes before IDAT.
    let i = 8;
    while (i + 8 <= b.length) {
      const len = u32be(i);
      const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
      if (type === 'IDAT' || type === 'IEND') break;
      if (type === 'pHYs' && len >= 9 && i + 17 <= b.length) {
        if (b[i + 16] === 1) res = { x: u32be(i + 8) * 0.0254, y: u32be(i + 12) * 0.0254 };
        break;
      }
      i += 12 + len;
    }
  } else if (format === 'jpeg') {
    // The markers up to the first frame header; JFIF's APP0 is "JFIF\0", version, units, Xdensity, Ydensity.
    let i = 2;
    while (i + 4 <= b.length && b[i] === 0xff) {
      const marker = b[i + 1]!;
      const len = u16be(i + 2);
      if (marker === 0xda || (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)) break;
      if (marker === 0xe0 && len >= 14 && i + 16 <= b.length && String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!) === 'JFIF' && b[i + 8] === 0) {
        const units = b[i + 11];
        const per = units === 1 ? 1 : units === 2 ? 2.54 : 0;
        if (per > 0) res = { x: u16be(i + 12) * per, y: u16be(i + 14) * per };
        break;
      }
      if (len < 2) break;
      i += 2 + len;
    }
  }
  return res && res.x >= 1 && res.y >= 1 && res.x <= 10000 && res.y <= 10000 ? res : undefined;
}
