/**
 * Does a logo read on a colour? (contract section 3, `va:logo:card`; WCAG 1.4.11, 3:1 for
 * graphics). What makes a logo visible on a background is its **outline**: the visible pixels
 * (alpha ≥ 50 %) that touch a transparent pixel or the picture's edge. Details inside the logo
 * (white letters on the logo's own blue disc) contrast with the logo, not with the page, so
 * only the outline is compared with the background.
 *
 * A logo whose picture edge is opaque all round (a JPEG, a PNG with a white or coloured
 * rectangle behind the mark) brings its own background: it needs no card.
 */
import { contrastRatio } from '../brand/colors.js';

/** WCAG 1.4.11 non-text contrast. */
export const LOGO_CONTRAST = 3;
/** Share of the outline that must reach LOGO_CONTRAST for the logo to read on a colour. */
export const LOGO_READS_SHARE = 0.9;
/** Share of the picture's border that is opaque in a logo with its own background. */
const OPAQUE_BORDER_SHARE = 0.97;

export interface LogoAnalysis {
  /** The picture's edge is opaque all round: the logo carries its own background. */
  opaqueBackground: boolean;
  /** The outline's colours, as "RRGGBB" → number of pixels (colours within 4 levels a channel counted as the first seen). */
  outline: Map<string, number>;
  /** Number of outline pixels. */
  outlinePixels: number;
  /** The box of the visible pixels, as fractions of the picture (the logo without its file's empty margins). */
  ink: { left: number; top: number; width: number; height: number } | undefined;
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0').toUpperCase();

/** Analyses straight (not premultiplied) RGBA pixels, `width` × `height`. */
export function analyseLogoPixels(data: Uint8Array, width: number, height: number): LogoAnalysis {
  const visible = (x: number, y: number) => data[(y * width + x) * 4 + 3]! >= 128;
  let border = 0;
  let opaqueBorder = 0;
  const outline = new Map<string, number>();
  /** Colour groups (4 levels a channel, within which contrast does not change) → their first colour. */
  const groups = new Map<number, string>();
  let outlinePixels = 0;
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The logo's extent: pixels over 6 % opaque (soft shadows count; the faint fringe that
      // scaling the picture down spreads around it does not).
      if (data[(y * width + x) * 4 + 3]! >= 16) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      const onEdge = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      const i = (y * width + x) * 4;
      if (onEdge) {
        border++;
        if (data[i + 3]! >= 250) opaqueBorder++;
      }
      if (!visible(x, y)) continue;
      const isOutline = onEdge || !visible(x - 1, y) || !visible(x + 1, y) || !visible(x, y - 1) || !visible(x, y + 1);
      if (!isOutline) continue;
      const group = ((data[i]! >> 2) << 12) | ((data[i + 1]! >> 2) << 6) | (data[i + 2]! >> 2);
      let key = groups.get(group);
      if (key === undefined) groups.set(group, (key = hex2(data[i]!) + hex2(data[i + 1]!) + hex2(data[i + 2]!)));
      outline.set(key, (outline.get(key) ?? 0) + 1);
      outlinePixels++;
    }
  }
  const ink = x1 < 0 ? undefined : { left: x0 / width, top: y0 / height, width: (x1 + 1 - x0) / width, height: (y1 + 1 - y0) / height };
  return { opaqueBackground: border > 0 && opaqueBorder / border >= OPAQUE_BORDER_SHARE, outline, outlinePixels, ink };
}

/** The share (0–1) of the logo's outline that reaches 3:1 against `backgroundHex` ("RRGGBB"). */
export function readableShare(analysis: LogoAnalysis, backgroundHex: string): number {
  if (analysis.outlinePixels === 0) return 0;
  let ok = 0;
  for (const [hex, n] of analysis.outline) if (contrastRatio(hex, backgroundHex) >= LOGO_CONTRAST) ok += n;
  return ok / analysis.outlinePixels;
}

/** The outline's most common colour ("RRGGBB"), for messages. */
export function outlineColor(analysis: LogoAnalysis): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [hex, n] of analysis.outline) if (n > most) [best, most] = [hex, n];
  return best;
}
