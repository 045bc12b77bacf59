import { describe, expect, it } from 'vitest';
import { arcToCubics, parsePathData, type Point, type Segment } from '../../src/templates/icons/svg-path.js';

function bezier(p0: Point, s: Extract<Segment, { kind: 'cubic' }>, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * u * p0.x + 3 * u * u * t * s.c1.x + 3 * u * t * t * s.c2.x + t * t * t * s.to.x,
    y: u * u * u * p0.y + 3 * u * u * t * s.c1.y + 3 * u * t * t * s.c2.y + t * t * t * s.to.y,
  };
}

describe('parsePathData', () => {
  it('reads absolute, relative, H/V and implicit line-to commands', () => {
    const [sub] = parsePathData('M2 3h4v1l-1 1 1 1M9 9');
    expect(sub!.start).toEqual({ x: 2, y: 3 });
    expect(sub!.segments.map((s) => s.to)).toEqual([
      { x: 6, y: 3 },
      { x: 6, y: 4 },
      { x: 5, y: 5 },
      { x: 6, y: 6 },
    ]);
    expect(parsePathData('M1 1 2 2 3 3')[0]!.segments).toHaveLength(2);
  });

  it('closes a subpath and continues from its start', () => {
    const subs = parsePathData('M1 1L5 1L5 5Zl2 0');
    expect(subs[0]!.closed).toBe(true);
    expect(subs[1]!.start).toEqual({ x: 1, y: 1 });
    expect(subs[1]!.segments[0]!.to).toEqual({ x: 3, y: 1 });
  });

  it('reflects control points for S and turns Q/T into exact cubics', () => {
    const [s] = parsePathData('M0 0C0 1 1 2 2 2S4 3 4 4');
    const second = s!.segments[1] as Extract<Segment, { kind: 'cubic' }>;
    expect(second.c1).toEqual({ x: 3, y: 2 });
    const [q] = parsePathData('M0 0Q1 2 2 0');
    const c = q!.segments[0] as Extract<Segment, { kind: 'cubic' }>;
    // The quadratic's midpoint is (1, 1); the cubic must pass through it.
    const mid = bezier({ x: 0, y: 0 }, c, 0.5);
    expect(mid.x).toBeCloseTo(1, 10);
    expect(mid.y).toBeCloseTo(1, 10);
  });

  it('reads arc flags written without separators', () => {
    const [sub] = parsePathData('M0 0a1 1 0 012 0');
    expect(sub!.segments.every((s) => s.kind === 'cubic')).toBe(true);
    expect(sub!.segments.at(-1)!.to).toEqual({ x: 2, y: 0 });
  });

  it('refuses malformed data', () => {
    expect(() => parsePathData('L1 1')).not.toThrow();
    expect(() => parsePathData('M0 0 a1 1 0 2 0 1 1')).toThrow(/arc flag/);
    expect(() => parsePathData('M0 0 L1')).toThrow(/parameters/);
    expect(() => parsePathData('M0 0 #')).toThrow();
  });
});

describe('arcToCubics', () => {
  it('draws a half circle as two quarter Béziers that stay on the circle', () => {
    const segs = arcToCubics({ x: 0, y: 0 }, 1, 1, 0, false, true, { x: 2, y: 0 });
    expect(segs).toHaveLength(2);
    let from = { x: 0, y: 0 };
    for (const s of segs) {
      if (s.kind !== 'cubic') throw new Error('expected a cubic');
      for (const t of [0.25, 0.5, 0.75]) {
        const p = bezier(from, s, t);
        expect(Math.hypot(p.x - 1, p.y)).toBeCloseTo(1, 3);
      }
      from = s.to;
    }
    // Sweep flag 1 with y down: the arc passes through the top (y = -1).
    const top = bezier({ x: 0, y: 0 }, segs[0] as Extract<Segment, { kind: 'cubic' }>, 1);
    expect(top.y).toBeCloseTo(-1, 10);
  });

  it('picks the large arc and scales radii that are too small', () => {
    const large = arcToCubics({ x: 0, y: 0 }, 1, 1, 0, true, true, { x: 1, y: 1 });
    expect(large).toHaveLength(3);
    const scaled = arcToCubics({ x: 0, y: 0 }, 0.1, 0.1, 0, false, true, { x: 2, y: 0 });
    expect(scaled.at(-1)!.to).toEqual({ x: 2, y: 0 });
  });

  it('degenerates to a line with a zero radius and to nothing with equal end points', () => {
    expect(arcToCubics({ x: 0, y: 0 }, 0, 1, 0, false, true, { x: 1, y: 1 })).toEqual([{ kind: 'line', to: { x: 1, y: 1 } }]);
    expect(arcToCubics({ x: 1, y: 1 }, 1, 1, 0, false, true, { x: 1, y: 1 })).toEqual([]);
  });
});
