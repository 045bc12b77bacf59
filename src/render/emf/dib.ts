/**
 * Device-independent bitmaps (DIBs) as metafiles carry them (EMR_STRETCHDIBITS, EMR_BITBLT,
 * META_DIBSTRETCHBLT, pattern brushes ...): a BITMAPINFOHEADER (or the older
 * BITMAPCOREHEADER, or a V4/V5 header), a colour table, and the pixels, bottom row first unless
 * the height is negative. Decoded to RGBA: 1, 4, 8, 16, 24 and 32 bits per pixel, BI_RGB,
 * BI_BITFIELDS, BI_RLE8 and BI_RLE4; a DIB holding a JPEG or PNG is passed on as it is.
 */

export type Dib = { kind: 'pixels'; width: number; height: number; rgba: Uint8Array } | { kind: 'encoded'; format: 'jpeg' | 'png'; bytes: Uint8Array };

/** Largest bitmap decoded (pixels); larger ones are refused (and reported by the caller). */
export const MAX_DIB_PIXELS = 40_000_000;

/**
 * Decodes the DIB whose header is `header` and pixels `bits` (both views of the record).
 * Throws an Error with a short reason when it cannot be decoded.
 */
export function decodeDib(header: Uint8Array, bits: Uint8Array, keepAlpha = false): Dib {
  if (header.length < 12) throw new Error('bitmap header too short');
  const dv = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const size = dv.getUint32(0, true);
  let width: number;
  let height: number;
  let bitCount: number;
  let compression = 0;
  let clrUsed = 0;
  let tableStart: number;
  let entry = 4;
  if (size === 12) {
    width = dv.getUint16(4, true);
    height = dv.getInt16(6, true);
    bitCount = dv.getUint16(10, true);
    tableStart = 12;
    entry = 3;
  } else {
    if (size < 40 || header.length < 40) throw new Error('bitmap header too short');
    width = dv.getInt32(4, true);
    height = dv.getInt32(8, true);
    bitCount = dv.getUint16(14, true);
    compression = dv.getUint32(16, true);
    clrUsed = dv.getUint32(32, true);
    tableStart = size;
  }
  if (compression === 4 || compression === 5) {
    return { kind: 'encoded', format: compression === 4 ? 'jpeg' : 'png', bytes: bits };
  }
  const topDown = height < 0;
  height = Math.abs(height);
  if (!(width > 0 && height > 0)) throw new Error('empty bitmap');
  if (width * height > MAX_DIB_PIXELS) throw new Error(`bitmap of ${width} × ${height} pixels is too large`);
  // Channel masks: BI_BITFIELDS (3) and BI_ALPHABITFIELDS (6) keep them after a 40-byte header
  // (inside a V4/V5 header, at the same offset).
  let masks: number[] | undefined;
  if (compression === 3 || compression === 6) {
    const n = compression === 6 ? 4 : 3;
    if (header.length < 40 + 4 * n) throw new Error('bitmap masks missing');
    masks = [];
    for (let i = 0; i < n; i++) masks.push(dv.getUint32(40 + 4 * i, true));
    if (size === 40) tableStart = 40 + 4 * n;
  } else if (bitCount === 16) masks = [0x7c00, 0x03e0, 0x001f];
  else if (bitCount === 32 || bitCount === 24) masks = undefined;
  // Colour table.
  const palette: number[] = [];
  if (bitCount <= 8) {
    const n = clrUsed > 0 ? Math.min(clrUsed, 256) : 1 << bitCount;
    for (let i = 0; i < n; i++) {
      const o = tableStart + i * entry;
      if (o + 3 > header.length) break;
      palette.push((header[o + 2]! << 16) | (header[o + 1]! << 8) | header[o]!);
    }
    if (palette.length === 0) for (let i = 0; i < 1 << bitCount; i++) palette.push(bitCount === 1 ? (i ? 0xffffff : 0) : 0x010101 * Math.round((255 * i) / ((1 << bitCount) - 1)));
  }
  const rgba = new Uint8Array(width * height * 4);
  const put = (x: number, row: number, rgb: number, a = 255) => {
    const y = topDown ? row : height - 1 - row;
    const o = (y * width + x) * 4;
    rgba[o] = (rgb >> 16) & 255;
    rgba[o + 1] = (rgb >> 8) & 255;
    rgba[o + 2] = rgb & 255;
    rgba[o + 3] = a;
  };
  const pal = (i: number) => palette[i] ?? 0;
  if (compression === 1 || compression === 2) {
    rle(bits, compression === 1 ? 8 : 4, width, height, (x, row, i) => put(x, row, pal(i)));
    return { kind: 'pixels', width, height, rgba };
  }
  if (compression !== 0 && compression !== 3 && compression !== 6) throw new Error(`bitmap compression ${compression} is not supported`);
  if (![1, 2, 4, 8, 16, 24, 32].includes(bitCount)) throw new Error(`${bitCount} bits per pixel are not supported`);
  const stride = Math.floor((width * bitCount + 31) / 32) * 4;
  const rows = Math.min(height, Math.floor(bits.length / stride));
  if (rows <= 0) throw new Error('bitmap data missing');
  const bv = new DataView(bits.buffer, bits.byteOffset, bits.byteLength);
  const channel = (v: number, mask: number) => {
    if (!mask) return 0;
    const shift = Math.clz32(mask & -mask) ^ 31;
    const max = mask >>> shift;
    return Math.round((((v & mask) >>> shift) * 255) / max);
  };
  for (let row = 0; row < rows; row++) {
    const base = row * stride;
    for (let x = 0; x < width; x++) {
      let rgb: number;
      let alpha = 255;
      switch (bitCount) {
        case 1:
        case 2:
        case 4:
        case 8: {
          const bit = x * bitCount;
          const byte = bits[base + (bit >> 3)]!;
          const idx = (byte >> (8 - bitCount - (bit & 7))) & ((1 << bitCount) - 1);
          rgb = pal(idx);
          break;
        }
        case 16: {
          const v = bv.getUint16(base + x * 2, true);
          rgb = (channel(v, masks![0]!) << 16) | (channel(v, masks![1]!) << 8) | channel(v, masks![2]!);
          break;
        }
        case 24: {
          const o = base + x * 3;
          rgb = (bits[o + 2]! << 16) | (bits[o + 1]! << 8) | bits[o]!;
          break;
        }
        default: {
          const o = base + x * 4;
          if (masks) {
            const v = bv.getUint32(o, true);
            rgb = (channel(v, masks[0]!) << 16) | (channel(v, masks[1]!) << 8) | channel(v, masks[2]!);
            if (keepAlpha && masks[3]) alpha = channel(v, masks[3]);
          } else {
            rgb = (bits[o + 2]! << 16) | (bits[o + 1]! << 8) | bits[o]!;
            if (keepAlpha) alpha = bits[o + 3]!;
          }
        }
      }
      put(x, row, rgb, alpha);
    }
  }
  // Rows the data does not have stay transparent.
  return { kind: 'pixels', width, height, rgba };
}

/** Run-length encoded pixels (BI_RLE8, BI_RLE4): `emit(x, row, index)` for every pixel set. */
function rle(data: Uint8Array, bpp: 8 | 4, width: number, height: number, emit: (x: number, row: number, i: number) => void): void {
  let x = 0;
  let row = 0;
  let i = 0;
  const set = (idx: number) => {
    if (x < width && row < height) emit(x, row, idx);
    x++;
  };
  while (i + 1 < data.length && row < height) {
    const a = data[i++]!;
    const b = data[i++]!;
    if (a > 0) {
      for (let k = 0; k < a; k++) set(bpp === 8 ? b : k % 2 === 0 ? b >> 4 : b & 15);
      continue;
    }
    if (b === 0) {
      x = 0;
      row++;
    } else if (b === 1) break;
    else if (b === 2) {
      x += data[i] ?? 0;
      row += data[i + 1] ?? 0;
      i += 2;
    } else {
      const n = b;
      const bytes = bpp === 8 ? n : Math.ceil(n / 2);
      for (let k = 0; k < n; k++) {
        const v = bpp === 8 ? (data[i + k] ?? 0) : k % 2 === 0 ? (data[i + (k >> 1)] ?? 0) >> 4 : (data[i + (k >> 1)] ?? 0) & 15;
        set(v);
      }
      i += bytes + (bytes % 2);
    }
  }
}
