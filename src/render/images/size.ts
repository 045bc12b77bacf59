/**
 * The pixel size of a picture from its header (PNG IHDR, JPEG SOFn, GIF, BMP, WebP; SVG from
 * its attributes), without decoding: tiled fills need it when the display list is built.
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
