/**
 * GDI's curved shapes in logical coordinates, as cubic Béziers: ellipses (Ellipse), rounded
 * rectangles (RoundRect) and elliptic arcs between two radials (Arc, Chord, Pie, ArcTo), in
 * GDI's arc direction (counter-clockwise on the screen by default).
 */
import type { PathCommand } from '../ops.js';

const K = 0.5522847498;

export function ellipseCommands(l: number, t: number, r: number, b: number): PathCommand[] {
  const cx = (l + r) / 2;
  const cy = (t + b) / 2;
  const rx = Math.abs(r - l) / 2;
  const ry = Math.abs(b - t) / 2;
  return [
    { op: 'M', x: cx + rx, y: cy },
    { op: 'C', x1: cx + rx, y1: cy + K * ry, x2: cx + K * rx, y2: cy + ry, x: cx, y: cy + ry },
    { op: 'C', x1: cx - K * rx, y1: cy + ry, x2: cx - rx, y2: cy + K * ry, x: cx - rx, y: cy },
    { op: 'C', x1: cx - rx, y1: cy - K * ry, x2: cx - K * rx, y2: cy - ry, x: cx, y: cy - ry },
    { op: 'C', x1: cx + K * rx, y1: cy - ry, x2: cx + rx, y2: cy - K * ry, x: cx + rx, y: cy },
    { op: 'Z' },
  ];
}

/** A rectangle whose corners are quarter ellipses of w × h (the corner ellipse's size). */
export function roundRectCommands(l0: number, t0: number, r0: number, b0: number, w: number, h: number): PathCommand[] {
  const l = Math.min(l0, r0);
  const r = Math.max(l0, r0);
  const t = Math.min(t0, b0);
  const b = Math.max(t0, b0);
  const rx = Math.min(Math.abs(w) / 2, (r - l) / 2);
  const ry = Math.min(Math.abs(h) / 2, (b - t) / 2);
  return [
    { op: 'M', x: l + rx, y: t },
    { op: 'L', x: r - rx, y: t },
    { op: 'C', x1: r - rx + K * rx, y1: t, x2: r, y2: t + ry - K * ry, x: r, y: t + ry },
    { op: 'L', x: r, y: b - ry },
    { op: 'C', x1: r, y1: b - ry + K * ry, x2: r - rx + K * rx, y2: b, x: r - rx, y: b },
    { op: 'L', x: l + rx, y: b },
    { op: 'C', x1: l + rx - K * rx, y1: b, x2: l, y2: b - ry + K * ry, x: l, y: b - ry },
    { op: 'L', x: l, y: t + ry },
    { op: 'C', x1: l, y1: t + ry - K * ry, x2: l + rx - K * rx, y2: t, x: l + rx, y: t },
    { op: 'Z' },
  ];
}

type Pt = { x: number; y: number };

/**
 * The arc of the ellipse inscribed in (l, t, r, b) from the radial through (xs, ys) to the
 * radial through (xe, ye): its start and end points and Bézier segments (control, control, end).
 */
export function arcPoints(l: number, t: number, r: number, b: number, xs: number, ys: number, xe: number, ye: number, clockwise: boolean): { start: Pt; end: Pt; curves: [Pt, Pt, Pt][] } | undefined {
  const cx = (l + r) / 2;
  const cy = (t + b) / 2;
  const rx = Math.abs(r - l) / 2;
  const ry = Math.abs(b - t) / 2;
  if (!(rx > 0 && ry > 0)) return undefined;
  const a0 = Math.atan2((ys - cy) / ry, (xs - cx) / rx);
  let a1 = Math.atan2((ye - cy) / ry, (xe - cx) / rx);
  // y points down: counter-clockwise on the screen is a decreasing angle.
  if (clockwise) {
    while (a1 <= a0) a1 += 2 * Math.PI;
  } else {
    while (a1 >= a0) a1 -= 2 * Math.PI;
  }
  const sweep = a1 - a0;
  const n = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
  const d = sweep / n;
  const k = (4 / 3) * Math.tan(d / 4);
  const at = (a: number): Pt => ({ x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) });
  const curves: [Pt, Pt, Pt][] = [];
  for (let i = 0; i < n; i++) {
    const s = a0 + i * d;
    const e = s + d;
    const p0 = at(s);
    const p3 = at(e);
    curves.push([
      { x: p0.x - k * rx * Math.sin(s), y: p0.y + k * ry * Math.cos(s) },
      { x: p3.x + k * rx * Math.sin(e), y: p3.y - k * ry * Math.cos(e) },
      p3,
    ]);
  }
  return { start: at(a0), end: at(a1), curves };
}
