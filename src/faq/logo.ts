/**
 * The brand's logo for the web page, as a `data:` URL (no request): an SVG sanitised as for the
 * handout (no scripts, no external references; an SVG in <img> runs nothing anyway), a raster
 * logo scaled down to at most 480 × 180 px (twice the size it is shown at) as PNG.
 */
import { readLogo, renderLogo } from '../edit/logo-image.js';
import type { BrandFile } from '../brand/assets.js';

export interface PageLogo {
  src: string;
  width: number;
  height: number;
}

const MAX_W = 480;
const MAX_H = 180;

export async function pageLogo(file: BrandFile): Promise<PageLogo> {
  const logo = await readLogo(file.bytes, file.name);
  const scale = Math.min(1, MAX_W / logo.width, MAX_H / logo.height);
  const width = Math.max(1, Math.round(logo.width * scale));
  const height = Math.max(1, Math.round(logo.height * scale));
  if (logo.format === 'svg') {
    return { src: `data:image/svg+xml;base64,${Buffer.from(logo.bytes).toString('base64')}`, width, height };
  }
  // renderLogo works in inches at 300 dpi.
  const png = await renderLogo(logo, width / 300, height / 300);
  return { src: `data:image/png;base64,${Buffer.from(png.png).toString('base64')}`, width: png.width, height: png.height };
}
