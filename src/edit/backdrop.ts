/**
 * What is drawn behind a shape, in the brand's colours (before or after the theme is written):
 * the topmost earlier filled shape (z-order, p:spTree document order) that covers the shape's
 * box, else the slide's background (p:bg of the slide, its layout or master, else bg1). The same
 * rule as readable-colors.ts uses for text and lines.
 */
import type { ColorScheme } from '../brand/colors.js';
import { resolveColor, type ColorContext } from '../render/color/resolve.js';
import { parseHex, type Rgba } from '../render/color/rgba.js';
import type { XElement } from '../xml/element.js';
import type { EditContext } from './context.js';
import { backdropOf, colorMap, fillOf, hexOf, scheme, slideBackground, type Painted } from './readable-colors.js';
import { allShapes, isShape } from './shapes.js';
import { slideBox } from './slide-geometry.js';

export interface Backdrop {
  /** The colour behind the shape ("RRGGBB"), or 'unknown' (a picture, a gradient). */
  behind: string | 'unknown';
  /** The colours of `part`: scheme and colour map, for resolving other colours there. */
  colors: ColorContext;
}

/** The brand's scheme as the colour resolver takes it, with the colour map of `part`. */
export function colorContext(ctx: EditContext, part: string, schemeColors: ColorScheme): ColorContext {
  const rgba: Record<string, Rgba> = {};
  for (const [slot, hex] of Object.entries(schemeColors)) rgba[slot] = parseHex(hex)!;
  return { scheme: rgba, clrMap: colorMap(ctx, part) };
}

/** A theme slot's colour ("RRGGBB") in `colors` (bg1, tx1, accent1 …, through the colour map). */
export function slotColor(slot: string, colors: ColorContext): string | undefined {
  return hexOf(resolveColor(scheme(slot), colors));
}

/** The solid fill of a shape ("RRGGBB"), null for none, 'unknown' for anything else. */
export function solidFillOf(shape: XElement, colors: ColorContext): string | null | 'unknown' {
  return fillOf(shape, colors, null);
}

/**
 * What is behind `target` on `part`: shapes before it in z-order, except `skip` (and the
 * shapes inside those), over its box.
 */
export function backdropBehind(ctx: EditContext, part: string, target: XElement, schemeColors: ColorScheme, skip: ReadonlySet<XElement> = new Set()): Backdrop {
  const colors = colorContext(ctx, part, schemeColors);
  const background = slideBackground(ctx, part, colors);
  const box = slideBox(target);
  if (!box) return { behind: 'unknown', colors };
  const painted: Painted[] = [];
  const groupFills = new Map<XElement, string | null | 'unknown'>();
  const skipped = (el: XElement) => {
    for (let e: XElement | null | undefined = el; e; e = e.parent) if (skip.has(e)) return true;
    return false;
  };
  for (const shape of allShapes(ctx.pkg.xml(part).root)) {
    if (shape === target) break;
    const parentFill = shape.parent && groupFills.has(shape.parent) ? groupFills.get(shape.parent)! : null;
    if (shape.localName === 'grpSp') {
      groupFills.set(shape, fillOf(shape, colors, parentFill));
      continue;
    }
    if (!isShape(shape) || shape.localName === 'graphicFrame' || skipped(shape)) continue;
    const b = slideBox(shape);
    if (b) painted.push({ shape, box: b, fill: fillOf(shape, colors, parentFill) });
  }
  return { behind: backdropOf(box, painted, background), colors };
}
