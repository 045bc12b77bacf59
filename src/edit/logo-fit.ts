/**
 * How large a logo is drawn in its area (contract section 3, `va:logo`), pure geometry in EMU.
 *
 * The `va:logo` shape's box is the **largest** area the logo may take. Inside it, every logo gets
 * the same visual weight as a square logo as tall as the area (the area of that square, kept at
 * the logo's own proportions: height = area height / √(width ∶ height)), so a wide wordmark gets
 * width and a tall mark the area's full height, then:
 *   - never taller than the area, never wider than the area;
 *   - never less tall than the minimum height (legibility of a wordmark: 8 mm, or the marker
 *     `va:logo:min:<length>`), as far as the area's width allows.
 * The box is centred vertically and aligned horizontally to the side of the area nearer the
 * page edge (right in the right half of the slide, left in the left half, centred in between).
 */
import type { Box } from './shapes.js';

export const EMU_PER_MM = 36000;
/** Default minimum height of a logo: a wordmark's letters stay legible in print. */
export const DEFAULT_LOGO_MIN_HEIGHT_MM = 8;

export type LogoAlign = 'left' | 'center' | 'right';

/** Width and height (EMU) of a logo of aspect `w`:`h` in an area of `area.cx` × `area.cy`. */
export function logoSize(area: { cx: number; cy: number }, w: number, h: number, minHeight: number): { cx: number; cy: number } {
  const ratio = w / h;
  if (!(ratio > 0) || !Number.isFinite(ratio) || area.cx <= 0 || area.cy <= 0) return { cx: Math.max(1, area.cx), cy: Math.max(1, area.cy) };
  // Equal visual weight: a logo wider than square gets the area of the square as tall as the area.
  let height = ratio > 1 ? area.cy / Math.sqrt(ratio) : area.cy;
  height = Math.max(height, Math.min(area.cy, minHeight));
  height = Math.min(height, area.cy, area.cx / ratio);
  const cy = Math.max(1, Math.round(height));
  const cx = Math.max(1, Math.min(area.cx, Math.round(height * ratio)));
  return { cx, cy };
}

/** Where a box of `size` sits in `area`: vertically centred, horizontally by `align`. */
export function placeIn(area: Box, size: { cx: number; cy: number }, align: LogoAlign): Box {
  const free = area.cx - size.cx;
  const x = align === 'left' ? area.x : align === 'right' ? area.x + free : area.x + Math.round(free / 2);
  return { x, y: area.y + Math.round((area.cy - size.cy) / 2), cx: size.cx, cy: size.cy };
}

/**
 * The side of the page an area belongs to: its centre in the left third of the slide aligns
 * left, in the right third right, in between centred (an area centred on the page).
 */
export function alignFor(areaOnSlide: Box, slideWidth: number): LogoAlign {
  if (!(slideWidth > 0)) return 'center';
  const centre = (areaOnSlide.x + areaOnSlide.cx / 2) / slideWidth;
  return centre < 1 / 3 ? 'left' : centre > 2 / 3 ? 'right' : 'center';
}

/**
 * The minimum height a `va:logo:min:<length>` marker asks for, in EMU (`10mm`, `28pt`, `0.4in`,
 * `1cm`; a bare number is mm), or undefined when the shape has none or it does not parse.
 */
export function minHeightMarker(markers: readonly string[]): number | undefined {
  for (const m of markers) {
    const match = /^va:logo:min:(\d+(?:\.\d+)?)(mm|cm|pt|in)?$/i.exec(m);
    if (!match) continue;
    const n = Number(match[1]);
    const unit = (match[2] ?? 'mm').toLowerCase();
    const emu = unit === 'mm' ? n * EMU_PER_MM : unit === 'cm' ? n * 10 * EMU_PER_MM : unit === 'pt' ? n * 12700 : n * 914400;
    if (Number.isFinite(emu)) return Math.round(emu);
  }
  return undefined;
}
