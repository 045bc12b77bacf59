/**
 * a:arcTo and a:quadBezTo as cubic Béziers.
 *
 * DrawingML arcTo semantics (ECMA-376 20.1.9.3): the arc belongs to the ellipse with radii
 * wR × hR on which the *current point* lies at angle stAng; it sweeps swAng (positive =
 * clockwise on screen, y down) and ends wherever that takes it. The angles are visual angles
 * (the direction of the ray from the ellipse centre), not the ellipse's parametric angles:
 * PowerPoint's presets place their start points with `cat2`/`sat2`, which is exactly the
 * visual-to-parametric conversion t = atan2(wR·sin θ, hR·cos θ). We convert both ends that way,
 * keep the sweep's direction and full turns, and emit one cubic per ≤ 90° of parametric sweep.
 */
import { ANGLE_TO_RAD } from './formula.js';

export interface Point {
  x: number;
  y: number;
}

/** A cubic segment without its start point: control 1, control 2, end. */
export interface Cubic {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  x: number;
  y: number;
}

const TWO_PI = Math.PI * 2;

/** At most this many turns are drawn; more would only retrace the same ellipse. */
const MAX_TURNS = 2;

/**
 * The parametric angle of the point at visual angle `theta`, unwrapped to stay near `theta`.
 * The conversion uses the radii's magnitudes (a negative radius mirrors the arc through the
 * point, as LibreOffice draws it); a flat ellipse (one radius 0) is treated as the limit of a
 * very thin one.
 */
export function parametricAngle(theta: number, wR: number, hR: number): number {
  let a = Math.abs(wR);
  let b = Math.abs(hR);
  if (a === 0 && b === 0) return theta;
  const eps = 1e-9 * Math.max(a, b);
  if (a === 0) a = eps;
  if (b === 0) b = eps;
  const t = Math.atan2(a * Math.sin(theta), b * Math.cos(theta));
  return t + TWO_PI * Math.round((theta - t) / TWO_PI);
}

/**
 * The cubics of an a:arcTo that starts at `from`. Angles in 60000ths of a degree.
 * Returns no segment for a zero sweep or a zero-size ellipse (the current point stays).
 */
export function arcToCubics(from: Point, wR: number, hR: number, stAng: number, swAng: number): Cubic[] {
  if (!(Number.isFinite(wR) && Number.isFinite(hR) && Number.isFinite(stAng) && Number.isFinite(swAng))) return [];
  if ((wR === 0 && hR === 0) || swAng === 0) return [];
  const st = stAng * ANGLE_TO_RAD;
  let sw = swAng * ANGLE_TO_RAD;
  // Beyond two turns, drop whole turns: the end point is unchanged.
  const limit = TWO_PI * MAX_TURNS;
  if (Math.abs(sw) > limit) sw = Math.sign(sw) * (TWO_PI + (Math.abs(sw) % TWO_PI));
  const t0 = parametricAngle(st, wR, hR);
  const t1 = parametricAngle(st + sw, wR, hR);
  const sweep = t1 - t0;
  if (sweep === 0) return [];
  const cx = from.x - wR * Math.cos(t0);
  const cy = from.y - hR * Math.sin(t0);
  const n = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
  const step = sweep / n;
  const k = (4 / 3) * Math.tan(step / 4);
  const out: Cubic[] = [];
  let a = t0;
  let cosA = Math.cos(a);
  let sinA = Math.sin(a);
  for (let i = 1; i <= n; i++) {
    const b = i === n ? t1 : t0 + step * i;
    const cosB = Math.cos(b);
    const sinB = Math.sin(b);
    out.push({
      x1: cx + wR * (cosA - k * sinA),
      y1: cy + hR * (sinA + k * cosA),
      x2: cx + wR * (cosB + k * sinB),
      y2: cy + hR * (sinB - k * cosB),
      x: cx + wR * cosB,
      y: cy + hR * sinB,
    });
    a = b;
    cosA = cosB;
    sinA = sinB;
  }
  return out;
}

/** a:quadBezTo from `from` with control `c` to `to`, as the exactly equal cubic. */
export function quadToCubic(from: Point, c: Point, to: Point): Cubic {
  return {
    x1: from.x + (2 / 3) * (c.x - from.x),
    y1: from.y + (2 / 3) * (c.y - from.y),
    x2: to.x + (2 / 3) * (c.x - to.x),
    y2: to.y + (2 / 3) * (c.y - to.y),
    x: to.x,
    y: to.y,
  };
}
