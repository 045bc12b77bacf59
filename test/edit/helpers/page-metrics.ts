/**
 * What a printed page shows, measured on the renderer's display list of a branded PPTX (the same
 * operations the PDF draws): where content is, the empty bands between sections, the bottom of
 * the footer, the colours of large fills and of text, and the ink boxes of text lines.
 */
import { toHex } from '../../../src/render/color/rgba.js';
import { displayList } from '../../../src/render/render.js';
import { apply, type Matrix } from '../../../src/render/matrix.js';
import type { DrawOp } from '../../../src/render/ops.js';
import type { FontRegistry } from '../../../src/fonts/types.js';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageMetrics {
  width: number;
  height: number;
  /** Every drawn thing but the page background, in points from the top-left. */
  boxes: (Rect & { kind: DrawOp['kind']; fill?: string; area: number; text?: string; color?: string })[];
  /** Vertical extents not covered by any content between `from` and `to` (points). */
  emptyBands(from: number, to: number): { top: number; bottom: number; height: number }[];
  /** Lowest content edge. */
  contentBottom: number;
  /** Fill colours (RRGGBB) with the area they cover (pt²). */
  fillAreas: Map<string, number>;
  /** Text colours (RRGGBB) with the number of characters drawn in them. */
  textColors: Map<string, number>;
}

function bounds(m: Matrix, pts: { x: number; y: number }[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of pts) {
    const q = apply(m, p.x, p.y);
    x0 = Math.min(x0, q.x);
    y0 = Math.min(y0, q.y);
    x1 = Math.max(x1, q.x);
    y1 = Math.max(y1, q.y);
  }
  return { x0, y0, x1, y1 };
}

function hex(c: { r: number; g: number; b: number }): string {
  return toHex({ ...c, a: 1 }).slice(1).toUpperCase();
}

export function pageMetrics(pptx: Uint8Array, registry: FontRegistry): PageMetrics {
  const list = displayList(pptx, { registry }, []);
  const page = list.pages[0]!;
  const boxes: PageMetrics['boxes'] = [];
  for (const op of page.ops) {
    if (op.kind === 'path') {
      const pts = op.commands.flatMap((c) => (c.op === 'Z' ? [] : c.op === 'C' ? [{ x: c.x1, y: c.y1 }, { x: c.x2, y: c.y2 }, { x: c.x, y: c.y }] : [{ x: c.x, y: c.y }]));
      if (pts.length === 0) continue;
      const r = bounds(op.transform, pts);
      const w = op.stroke ? op.stroke.width / 2 : 0;
      const box = { x0: r.x0 - w, y0: r.y0 - w, x1: r.x1 + w, y1: r.y1 + w };
      // The page background.
      if (box.x0 <= 0.5 && box.y0 <= 0.5 && box.x1 >= page.width - 0.5 && box.y1 >= page.height - 0.5) continue;
      const fill = op.fill?.kind === 'solid' && op.fill.color.a > 0 ? hex(op.fill.color) : undefined;
      if (!fill && !(op.stroke && op.stroke.color.a > 0)) continue;
      boxes.push({ ...box, kind: 'path', ...(fill ? { fill } : {}), area: fill ? (box.x1 - box.x0) * (box.y1 - box.y0) : 0 });
    } else if (op.kind === 'text') {
      const r = bounds(op.transform, [
        { x: op.x, y: op.y - 0.8 * op.size },
        { x: op.x + op.width, y: op.y + 0.2 * op.size },
      ]);
      boxes.push({ ...r, kind: 'text', area: 0, text: op.text, color: hex(op.color) });
    } else {
      const r = bounds(op.transform, [
        { x: op.x, y: op.y },
        { x: op.x + op.w, y: op.y + op.h },
      ]);
      boxes.push({ ...r, kind: 'image', area: 0 });
    }
  }
  const fillAreas = new Map<string, number>();
  const textColors = new Map<string, number>();
  for (const b of boxes) {
    if (b.fill) fillAreas.set(b.fill, (fillAreas.get(b.fill) ?? 0) + b.area);
    if (b.color && b.text) textColors.set(b.color, (textColors.get(b.color) ?? 0) + [...b.text].length);
  }
  return {
    width: page.width,
    height: page.height,
    boxes,
    contentBottom: Math.max(...boxes.map((b) => b.y1)),
    fillAreas,
    textColors,
    emptyBands(from, to) {
      const spans = boxes
        .filter((b) => b.y1 > from && b.y0 < to && b.y1 - b.y0 < page.height * 0.9)
        .map((b) => [Math.max(from, b.y0), Math.min(to, b.y1)] as const)
        .sort((a, b) => a[0] - b[0]);
      const out: { top: number; bottom: number; height: number }[] = [];
      let y = from;
      for (const [a, b] of spans) {
        if (a > y) out.push({ top: y, bottom: a, height: a - y });
        y = Math.max(y, b);
      }
      if (to > y) out.push({ top: y, bottom: to, height: to - y });
      return out;
    },
  };
}
