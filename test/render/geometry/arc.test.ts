import { describe, expect, it } from 'vitest';
import { arcToCubics, quadToCubic, type Cubic, type Point } from '../../../src/render/geometry/arc.js';

const DEG = 60000;

function at(from: Point, c: Cubic, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * u * from.x + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x,
    y: u * u * u * from.y + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y,
  };
}

/** Samples every cubic of an arc; returns the points and the last end. */
function sample(from: Point, cubics: Cubic[], steps = 16): { points: Point[]; end: Point } {
  const points: Point[] = [];
  let cur = from;
  for (const c of cubics) {
    for (let i = 0; i <= steps; i++) points.push(at(cur, c, i / steps));
    cur = { x: c.x, y: c.y };
  }
  return { points, end: cur };
}

function expectPoint(p: Point, x: number, y: number, digits = 9) {
  expect(p.x).toBeCloseTo(x, digits);
  expect(p.y).toBeCloseTo(y, digits);
}

describe('a:arcTo → cubic Béziers', () => {
  it('a quarter circle from the left point of a circle, clockwise, ends at its top', () => {
    // Circle of radius 50 centred at (50, 50); the current point (0, 50) is at 180°.
    const from = { x: 0, y: 50 };
    const cubics = arcToCubics(from, 50, 50, 180 * DEG, 90 * DEG);
    expect(cubics).toHaveLength(1);
    const k = (4 / 3) * (Math.SQRT2 - 1) * 50;
    expect(cubics[0]!.x1).toBeCloseTo(0, 9);
    expect(cubics[0]!.y1).toBeCloseTo(50 - k, 9);
    expect(cubics[0]!.x2).toBeCloseTo(50 - k, 9);
    expect(cubics[0]!.y2).toBeCloseTo(0, 9);
    expectPoint(cubics[0]!, 50, 0);
  });

  it('a half circle clockwise from 0° passes through the bottom (y down)', () => {
    const from = { x: 100, y: 50 };
    const cubics = arcToCubics(from, 50, 50, 0, 180 * DEG);
    expect(cubics).toHaveLength(2);
    expectPoint(cubics[0]!, 50, 100);
    expectPoint(cubics[1]!, 0, 50);
  });

  it('a negative sweep turns counter-clockwise on screen', () => {
    const from = { x: 100, y: 50 };
    const cubics = arcToCubics(from, 50, 50, 0, -90 * DEG);
    expect(cubics).toHaveLength(1);
    expectPoint(cubics[0]!, 50, 0);
    // The curve stays in the upper-right quadrant of the circle.
    for (const p of sample(from, cubics).points) {
      expect(p.x).toBeGreaterThanOrEqual(50 - 1e-9);
      expect(p.y).toBeLessThanOrEqual(50 + 1e-9);
    }
  });

  it('angles are visual angles on an ellipse, and every point lies on the ellipse', () => {
    // Ellipse 100 × 50 (radii) centred at the origin; the point at visual angle 45° is (r, r)
    // with r = ab / sqrt(a² + b²), not (a cos 45°, b sin 45°).
    const a = 100;
    const b = 50;
    const r = (a * b) / Math.hypot(a, b);
    const from = { x: r, y: r };
    const cubics = arcToCubics(from, a, b, 45 * DEG, 45 * DEG);
    const { points, end } = sample(from, cubics, 32);
    expectPoint(end, 0, 50);
    for (const p of points) expect(Math.hypot(p.x / a, p.y / b)).toBeCloseTo(1, 3);
    // From 45° to 225° (half a turn) the arc ends diametrically opposite.
    const half = sample(from, arcToCubics(from, a, b, 45 * DEG, 180 * DEG));
    expectPoint(half.end, -r, -r);
  });

  it('a full turn ends where it started, in four segments', () => {
    const from = { x: 0, y: 0 };
    const cubics = arcToCubics(from, 30, 20, 90 * DEG, 360 * DEG);
    expect(cubics).toHaveLength(4);
    expectPoint(cubics[3]!, 0, 0);
  });

  it('a sweep of many turns is cut to at most two turns, keeping the end point', () => {
    const from = { x: 10, y: 0 };
    const cubics = arcToCubics(from, 10, 10, 0, 5 * 360 * DEG + 90 * DEG);
    expect(cubics.length).toBeLessThanOrEqual(9);
    // Centre (0, 0): 90° past the start is the bottom point.
    expectPoint(cubics[cubics.length - 1]!, 0, 10);
    expect(arcToCubics(from, 10, 10, 0, 1e15).length).toBeLessThanOrEqual(9);
  });

  it('draws nothing for a zero sweep, zero radii or non-finite input', () => {
    const from = { x: 1, y: 2 };
    expect(arcToCubics(from, 10, 10, 0, 0)).toEqual([]);
    expect(arcToCubics(from, 0, 0, 0, 90 * DEG)).toEqual([]);
    expect(arcToCubics(from, Number.NaN, 10, 0, 90 * DEG)).toEqual([]);
    expect(arcToCubics(from, 10, 10, Number.POSITIVE_INFINITY, 90 * DEG)).toEqual([]);
  });

  it('a flat ellipse (one radius 0) degenerates to a segment, without NaN', () => {
    const from = { x: 0, y: 50 };
    // Zero-width ellipse: from its left "point" (which is its centre line) down to the bottom.
    const cubics = arcToCubics(from, 0, 50, 180 * DEG, 90 * DEG);
    const { points } = sample(from, cubics);
    for (const p of points) {
      expect(p.x).toBeCloseTo(0, 9);
      expect(Number.isFinite(p.y)).toBe(true);
    }
  });

  it('a negative radius mirrors the arc through the current point', () => {
    const cubics = arcToCubics({ x: 0, y: 0 }, -10, -10, 0, 90 * DEG);
    expectPoint(cubics[cubics.length - 1]!, 10, -10);
  });
});

describe('a:quadBezTo → cubic', () => {
  it('is the same curve', () => {
    const p0 = { x: 0, y: 0 };
    const c = { x: 50, y: 100 };
    const p2 = { x: 100, y: 0 };
    const cubic = quadToCubic(p0, c, p2);
    for (const t of [0, 0.25, 0.5, 0.8, 1]) {
      const u = 1 - t;
      const q = { x: u * u * p0.x + 2 * u * t * c.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * p2.y };
      expectPoint(at(p0, cubic, t), q.x, q.y);
    }
  });
});
