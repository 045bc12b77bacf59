/** An SVG page to PNG with sharp (librsvg): no poppler, no fonts needed (text is outlines). */
import { loadSharp } from '../images/prepare.js';
import type { PageList } from '../ops.js';

export async function rasterize(svg: string, page: PageList, dpi: number): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const width = Math.max(1, Math.round((page.width * dpi) / 72));
  const height = Math.max(1, Math.round((page.height * dpi) / 72));
  const png = await sharp(Buffer.from(svg, 'utf-8'), { limitInputPixels: width * height * 4 + 1_000_000 })
    .resize(width, height, { fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
