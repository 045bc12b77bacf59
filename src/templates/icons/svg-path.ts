/**
 * SVG path data (`<path d="...">`) to absolute subpaths made of lines and cubic Béziers only.
 *
 * DrawingML custom geometry (`a:custGeom`) has `a:lnTo`, `a:cubicBezTo` and an `a:arcTo` whose
 * arc is described by radii and angles from the current point, not by SVG's endpoint
 * parameterisation. Converting SVG arcs (`A`/`a`) and quadratic curves to cubic Béziers gives
 * geometry that every renderer draws the same way. Relative commands, shorthand curves (`S`,
 * `T`), `H`/`V` and compact arc flags (`a1 1 0 01.5.5`) are handled.
 */

export interface Point {
  x: number;
  y: number;
}

export type Segment = { kind: 'line'; to: Point } | { kind: 'cubic'; c1: Point; c2: Point; to: Point };

export interface Subpath {
  start: Point;
  segments: Segment[];
  closed: boolean;
}

const PARAM_COUNT: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** Reads the path data into commands with their numeric parameters. */
function tokenize(d: string): { cmd: string; args: number[] }[] {
  const out: { cmd: string; args: number[] }[] = [];
  let i = 0;
  let current: { cmd: string; args: number[] } | null = null;
  const number = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
  while (i < d.length) {
    const ch = d[i]!;
    if (/[\s,]/.test(ch)) {
      i++;
      continue;
    }
    if (/[MmLlHhVvCcSsQqTtAaZz]/.test(ch)) {
      current = { cmd: ch, args: [] };
      out.push(current);
      i++;
      continue;
    }
    if (!current) throw new Error(`SVG path data must start with a command: "${d.slice(0, 20)}"`);
    const upper = current.cmd.toUpperCase();
    // Arc flags (parameters 4 and 5 of each arc) are single digits that may be run together.
    const argIndex = current.args.length % 7;
    if (upper === 'A' && (argIndex === 3 || argIndex === 4)) {
      if (ch !== '0' && ch !== '1') throw new Error(`invalid arc flag "${ch}" in SVG path data`);
      current.args.push(ch === '1' ? 1 : 0);
      i++;
      continue;
    }
    const m = number.exec(d.slice(i));
    if (!m) throw new Error(`unexpected "${ch}" in SVG path data at ${i}`);
    current.args.push(Number(m[0]));
    i += m[0].length;
  }
  return out;
}

/** Cubic Bézier segments approximating an arc of the unit circle from angle a1 sweeping da (≤ 90°). */
function unitArc(a1: number, da: number): [Point, Point, Point] {
  const k = (4 / 3) * Math.tan(da / 4);
  const a2 = a1 + da;
  const c1 = { x: Math.cos(a1) - k * Math.sin(a1), y: Math.sin(a1) + k * Math.cos(a1) };
  const c2 = { x: Math.cos(a2) + k * Math.sin(a2), y: Math.sin(a2) - k * Math.cos(a2) };
  return [c1, c2, { x: Math.cos(a2), y: Math.sin(a2) }];
}

/**
 * An SVG elliptical arc (SVG 1.1 appendix F.6: endpoint to centre parameterisation) as cubic
 * Bézier segments of at most 90° each.
 */
export function arcToCubics(from: Point, rx: number, ry: number, rotationDeg: number, largeArc: boolean, sweep: boolean, to: Point): Segment[] {
  if (from.x === to.x && from.y === to.y) return [];
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  if (rx === 0 || ry === 0) return [{ kind: 'line', to }];
  const phi = (rotationDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (from.x - to.x) / 2;
  const dy = (from.y - to.y) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  // Out-of-range radii are scaled up (F.6.6).
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    const s = Math.sqrt(lambda);
    rx *= s;
    ry *= s;
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let coef = Math.sqrt(Math.max(0, num / den));
  if (largeArc === sweep) coef = -coef;
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (from.x + to.x) / 2;
  const cy = sin * cxp + cos * cyp + (from.y + to.y) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number): number => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const count = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / count;
  const map = (p: Point): Point => ({ x: cx + rx * p.x * cos - ry * p.y * sin, y: cy + rx * p.x * sin + ry * p.y * cos });
  const out: Segment[] = [];
  for (let n = 0; n < count; n++) {
    const [c1, c2, end] = unitArc(theta1 + n * step, step);
    out.push({ kind: 'cubic', c1: map(c1), c2: map(c2), to: n === count - 1 ? { ...to } : map(end) });
  }
  return out;
}

/** Parses SVG path data into absolute subpaths of lines and cubic Béziers. */
export function parsePathData(d: string): Subpath[] {
  const subpaths: Subpath[] = [];
  let sub: Subpath | null = null;
  let cur: Point = { x: 0, y: 0 };
  let start: Point = { x: 0, y: 0 };
  // Reflection points for S and T.
  let lastCubicC2: Point | null = null;
  let lastQuadC: Point | null = null;

  const ensureSub = (): Subpath => {
    if (!sub) {
      sub = { start: { ...cur }, segments: [], closed: false };
      subpaths.push(sub);
    }
    return sub;
  };
  const lineTo = (p: Point): void => {
    ensureSub().segments.push({ kind: 'line', to: p });
    cur = p;
  };
  const cubicTo = (c1: Point, c2: Point, p: Point): void => {
    ensureSub().segments.push({ kind: 'cubic', c1, c2, to: p });
    cur = p;
  };

  for (const { cmd, args } of tokenize(d)) {
    const upper = cmd.toUpperCase();
    const rel = cmd !== upper;
    const n = PARAM_COUNT[upper]!;
    if (upper === 'Z') {
      if (args.length) throw new Error('Z takes no parameters in SVG path data');
      if (sub) {
        (sub as Subpath).closed = true;
        cur = { ...start };
      }
      sub = null;
      lastCubicC2 = lastQuadC = null;
      continue;
    }
    if (args.length === 0 || args.length % n !== 0) {
      throw new Error(`SVG path command ${cmd} has ${args.length} parameters, expected a multiple of ${n}`);
    }
    for (let k = 0; k < args.length; k += n) {
      const a = args.slice(k, k + n);
      const ox = rel ? cur.x : 0;
      const oy = rel ? cur.y : 0;
      let isCubic = false;
      let isQuad = false;
      switch (upper) {
        case 'M': {
          const p = { x: a[0]! + ox, y: a[1]! + oy };
          if (k === 0) {
            sub = { start: p, segments: [], closed: false };
            subpaths.push(sub);
            cur = p;
            start = { ...p };
          } else {
            lineTo(p); // further pairs after M are implicit lineto
          }
          break;
        }
        case 'L':
          lineTo({ x: a[0]! + ox, y: a[1]! + oy });
          break;
        case 'H':
          lineTo({ x: a[0]! + ox, y: cur.y });
          break;
        case 'V':
          lineTo({ x: cur.x, y: a[0]! + oy });
          break;
        case 'C':
          cubicTo({ x: a[0]! + ox, y: a[1]! + oy }, { x: a[2]! + ox, y: a[3]! + oy }, { x: a[4]! + ox, y: a[5]! + oy });
          lastCubicC2 = { x: a[2]! + ox, y: a[3]! + oy };
          isCubic = true;
          break;
        case 'S': {
          const c1 = lastCubicC2 ? { x: 2 * cur.x - lastCubicC2.x, y: 2 * cur.y - lastCubicC2.y } : { ...cur };
          const c2 = { x: a[0]! + ox, y: a[1]! + oy };
          cubicTo(c1, c2, { x: a[2]! + ox, y: a[3]! + oy });
          lastCubicC2 = c2;
          isCubic = true;
          break;
        }
        case 'Q':
        case 'T': {
          const q: Point =
            upper === 'Q'
              ? { x: a[0]! + ox, y: a[1]! + oy }
              : lastQuadC
                ? { x: 2 * cur.x - lastQuadC.x, y: 2 * cur.y - lastQuadC.y }
                : { ...cur };
          const p = upper === 'Q' ? { x: a[2]! + ox, y: a[3]! + oy } : { x: a[0]! + ox, y: a[1]! + oy };
          // Degree elevation: a quadratic curve is exactly a cubic with these control points.
          const c1 = { x: cur.x + (2 / 3) * (q.x - cur.x), y: cur.y + (2 / 3) * (q.y - cur.y) };
          const c2 = { x: p.x + (2 / 3) * (q.x - p.x), y: p.y + (2 / 3) * (q.y - p.y) };
          cubicTo(c1, c2, p);
          lastQuadC = q;
          isQuad = true;
          break;
        }
        case 'A': {
          const p = { x: a[5]! + ox, y: a[6]! + oy };
          const segs = arcToCubics(cur, a[0]!, a[1]!, a[2]!, a[3] === 1, a[4] === 1, p);
          const s = ensureSub();
          s.segments.push(...segs);
          cur = p;
          break;
        }
      }
      if (!isCubic) lastCubicC2 = null;
      if (!isQuad) lastQuadC = null;
    }
  }
  return subpaths;
}
