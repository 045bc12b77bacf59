/**
 * The visual difference measure of the fidelity tests: two renderings of the same page, as RGB
 * pixels of the same size, differ at a pixel when no pixel within `radius` in the other image
 * is within `threshold` on every channel (in either direction). The radius absorbs
 * anti-aliasing and sub-pixel placement; the threshold absorbs colour management and
 * rounding. The result is the share of differing pixels, 0..1.
 */
import sharp from 'sharp';

export interface DiffOptions {
  /** Largest per-channel difference (0–255) that still counts as the same colour. */
  threshold?: number;
  /** Neighbourhood searched for a matching pixel, in pixels. */
  radius?: number;
}

export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export async function decodeRgb(png: Uint8Array | Buffer | string): Promise<RgbImage> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** Share of differing pixels; images of different sizes are compared over their common area, the rest counts as different. */
export function pixelDifference(a: RgbImage, b: RgbImage, options: DiffOptions = {}): { ratio: number; mask: Uint8Array; width: number; height: number } {
  const t = options.threshold ?? 48;
  const r = options.radius ?? 1;
  const w = Math.max(a.width, b.width);
  const h = Math.max(a.height, b.height);
  const mask = new Uint8Array(w * h);
  let diff = 0;
  const near = (src: RgbImage, dst: RgbImage, x: number, y: number): boolean => {
    if (x >= src.width || y >= src.height) return false;
    const i = (y * src.width + x) * 3;
    const r0 = src.data[i]!;
    const g0 = src.data[i + 1]!;
    const b0 = src.data[i + 2]!;
    for (let dy = -r; dy <= r; dy++) {
      const yy = y + dy;
      if (yy < 0 || yy >= dst.height) continue;
      for (let dx = -r; dx <= r; dx++) {
        const xx = x + dx;
        if (xx < 0 || xx >= dst.width) continue;
        const j = (yy * dst.width + xx) * 3;
        if (Math.abs(dst.data[j]! - r0) <= t && Math.abs(dst.data[j + 1]! - g0) <= t && Math.abs(dst.data[j + 2]! - b0) <= t) return true;
      }
    }
    return false;
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!near(a, b, x, y) || !near(b, a, x, y)) {
        mask[y * w + x] = 1;
        diff++;
      }
    }
  }
  return { ratio: diff / (w * h), mask, width: w, height: h };
}

/** A picture of the difference: the first image faded, differing pixels in red. */
export async function diffImage(a: RgbImage, mask: Uint8Array, width: number, height: number): Promise<Buffer> {
  const out = Buffer.alloc(width * height * 3, 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      if (mask[y * width + x]) {
        out[o] = 255;
        out[o + 1] = 0;
        out[o + 2] = 0;
      } else if (x < a.width && y < a.height) {
        const i = (y * a.width + x) * 3;
        for (let c = 0; c < 3; c++) out[o + c] = 255 - Math.round((255 - a.data[i + c]!) * 0.3);
      }
    }
  }
  return sharp(out, { raw: { width, height, channels: 3 } }).png().toBuffer();
}
