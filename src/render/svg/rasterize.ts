/** An SVG page to PNG with sharp (librsvg): no poppler, no fonts needed (text is outlines). */
import { loadSharp } from '../images/prepare.js';
import type { PageList } from '../ops.js';

export async function rasterize(svg: string, page: PageList, dpi: number): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const width = Math.max(1, Math.round((page.width * dpi) / 72));
  const height = Math.max(1, Math.round((page.height * dpi) / 72));
  // unlimited: libxml2 refuses an attribute over 10,000,000 characters, and a photo's data: URI
  // (write-svg.ts) passes that at print resolutions. The SVG is ours, its pictures already
  // decoded and bounded (images/prepare.ts, MAX_SVG_PICTURE_CHARS in write-svg.ts).
  const png = await sharp(Buffer.from(svg, 'utf-8'), { limitInputPixels: width * height * 4 + 1_000_000, unlimited: true })
    .resize(width, height, { fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
