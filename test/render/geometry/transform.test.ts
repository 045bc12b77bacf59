import { describe, expect, it } from 'vitest';
import {
  applyToPoint,
  compose,
  geometryBounds,
  groupMatrix,
  multiply,
  pathBounds,
  placementMatrix,
  rotate,
  scale,
  toSvgPath,
  transformGeometry,
  transformPath,
  translate,
} from '../../../src/render/geometry/transform.js';
import { presetGeometry } from '../../../src/render/geometry/preset.js';
import type { PathCommand } from '../../../src/render/geometry/types.js';

function near(p: { x: number; y: number }, x: number, y: number) {
  expect(p.x).toBeCloseTo(x, 9);
  expect(p.y).toBeCloseTo(y, 9);
}

describe('matrices', () => {
  it('multiply applies the right-hand matrix first', () => {
    const m = multiply(translate(10, 0), scale(2, 3));
    near(applyToPoint(m, { x: 1, y: 1 }), 12, 3);
    near(applyToPoint(compose(scale(2, 3), translate(10, 0)), { x: 1, y: 1 }), 22, 3);
  });

  it('rotation is clockwise on a y-down page, around a centre', () => {
    near(applyToPoint(rotate(90), { x: 1, y: 0 }), 0, 1);
    near(applyToPoint(rotate(90, 5, 5), { x: 10, y: 5 }), 5, 10);
  });
});

describe('a:xfrm placement', () => {
  const box = { x: 100, y: 50, w: 40, h: 20 };

  it('moves the box to a:off', () => {
    near(applyToPoint(placementMatrix(box), { x: 0, y: 0 }), 100, 50);
    near(applyToPoint(placementMatrix(box), { x: 40, y: 20 }), 140, 70);
  });

  it('rotates around the box centre (rot in 60000ths of a degree)', () => {
    const m = placementMatrix({ ...box, rot: 90 * 60000 });
    // Centre (120, 60) stays; the top-left corner goes to the top-right of the turned box.
    near(applyToPoint(m, { x: 20, y: 10 }), 120, 60);
    near(applyToPoint(m, { x: 0, y: 0 }), 130, 40);
  });

  it('flips inside the box before rotating', () => {
    near(applyToPoint(placementMatrix({ ...box, flipH: true }), { x: 0, y: 0 }), 140, 50);
    near(applyToPoint(placementMatrix({ ...box, flipV: true }), { x: 0, y: 0 }), 100, 70);
    // flipH then 90°: the top-left corner (→ top-right after the flip) turns to the bottom-right.
    near(applyToPoint(placementMatrix({ ...box, flipH: true, rot: 90 * 60000 }), { x: 0, y: 0 }), 130, 80);
  });

  it('maps a group child space (a:chOff, a:chExt) onto the group box', () => {
    const g = groupMatrix({ x: 100, y: 100, w: 200, h: 100, chX: 1000, chY: 2000, chW: 400, chH: 200 });
    near(applyToPoint(g, { x: 1000, y: 2000 }), 100, 100);
    near(applyToPoint(g, { x: 1400, y: 2200 }), 300, 200);
    // A zero child extent scales by 1 rather than dividing by zero.
    near(applyToPoint(groupMatrix({ x: 0, y: 0, w: 0, h: 0, chX: 0, chY: 0, chW: 0, chH: 0 }), { x: 7, y: 8 }), 7, 8);
  });
});

describe('paths', () => {
  const tri: PathCommand[] = [
    { op: 'M', x: 0, y: 0 },
    { op: 'L', x: 10, y: 0 },
    { op: 'C', x1: 10, y1: 5, x2: 5, y2: 10, x: 0, y: 10 },
    { op: 'Z' },
  ];

  it('transforms every point of every command', () => {
    const t = transformPath(tri, translate(5, 7));
    expect(t).toEqual([
      { op: 'M', x: 5, y: 7 },
      { op: 'L', x: 15, y: 7 },
      { op: 'C', x1: 15, y1: 12, x2: 10, y2: 17, x: 5, y: 17 },
      { op: 'Z' },
    ]);
    const g = transformGeometry(presetGeometry('rect', 10, 10)!, scale(2, 1));
    expect(geometryBounds(g)).toEqual({ l: 0, t: 0, r: 20, b: 10 });
  });

  it('bounds include curve extrema, not only control points', () => {
    const circle = presetGeometry('ellipse', 100, 60)!.paths[0]!.commands;
    const b = pathBounds(circle)!;
    expect(b.l).toBeCloseTo(0, 9);
    expect(b.t).toBeCloseTo(0, 9);
    expect(b.r).toBeCloseTo(100, 9);
    expect(b.b).toBeCloseTo(60, 9);
    // A bulging cubic whose control points reach y = 100 only reaches y = 75.
    const bulge = pathBounds([
      { op: 'M', x: 0, y: 0 },
      { op: 'C', x1: 0, y1: 100, x2: 100, y2: 100, x: 100, y: 0 },
    ])!;
    expect(bulge.b).toBeCloseTo(75, 9);
    expect(pathBounds([])).toBeNull();
  });

  it('writes SVG path data', () => {
    expect(toSvgPath(tri)).toBe('M0 0 L10 0 C10 5 5 10 0 10 Z');
  });
});
