import { describe, expect, it } from 'vitest';
import { apply } from '../../src/render/matrix.js';
import { placeInGroup, shapeMatrix, textMatrix, groupFrame, type Xfrm } from '../../src/render/scene/transform.js';

const box = (x: number, y: number, w: number, h: number, rot = 0, flipH = false, flipV = false): Xfrm => ({ x, y, w, h, rot, flipH, flipV });

describe('shape placement', () => {
  it('rotates clockwise about the centre and flips', () => {
    const m = shapeMatrix(box(10, 20, 100, 50, 90));
    const p = apply(m, 0, 0);
    // The top-left corner of a 100×50 box turned 90° clockwise about (60, 45).
    expect(p.x).toBeCloseTo(85);
    expect(p.y).toBeCloseTo(-5);
    const f = shapeMatrix(box(0, 0, 100, 50, 0, true));
    expect(apply(f, 0, 0).x).toBeCloseTo(100);
  });

  it('never mirrors text; a vertical flip turns it upside down', () => {
    const t = textMatrix(box(0, 0, 100, 50, 0, true, false));
    expect(apply(t, 0, 0).x).toBeCloseTo(0);
    const v = textMatrix(box(0, 0, 100, 50, 0, false, true));
    expect(apply(v, 0, 0).x).toBeCloseTo(100);
    expect(apply(v, 0, 0).y).toBeCloseTo(50);
  });
});

describe('groups', () => {
  it('moves and resizes children by the child coordinate space without shearing', () => {
    const frame = groupFrame({ ...box(100, 100, 200, 100), chX: 0, chY: 0, chW: 400, chH: 200 }, undefined);
    const child = placeInGroup(box(200, 100, 100, 50), frame);
    expect(child).toMatchObject({ x: 200, y: 150, w: 50, h: 25, rot: 0 });
  });

  it('swaps the scale factors for quarter-turned children', () => {
    const frame = groupFrame({ ...box(0, 0, 200, 100), chX: 0, chY: 0, chW: 100, chH: 100 }, undefined);
    const child = placeInGroup(box(25, 25, 50, 20, 90), frame);
    expect(child.w).toBeCloseTo(50);
    expect(child.h).toBeCloseTo(40);
  });

  it('turns children with the group and mirrors their rotation with a flipped group', () => {
    const turned = groupFrame({ ...box(0, 0, 100, 100, 90), chX: 0, chY: 0, chW: 100, chH: 100 }, undefined);
    const c = placeInGroup(box(0, 0, 50, 50, 10), turned);
    expect(c.rot).toBeCloseTo(100);
    expect(c.x + c.w / 2).toBeCloseTo(75);
    expect(c.y + c.h / 2).toBeCloseTo(25);
    const flipped = groupFrame({ ...box(0, 0, 100, 100, 0, true), chX: 0, chY: 0, chW: 100, chH: 100 }, undefined);
    const f = placeInGroup(box(0, 0, 50, 50, 10), flipped);
    expect(f.rot).toBeCloseTo(-10);
    expect(f.flipH).toBe(true);
    expect(f.x).toBeCloseTo(50);
  });

  it('nests', () => {
    const outer = groupFrame({ ...box(100, 0, 100, 100), chX: 0, chY: 0, chW: 200, chH: 200 }, undefined);
    const inner = groupFrame({ ...box(0, 0, 200, 200), chX: 0, chY: 0, chW: 100, chH: 100 }, outer);
    const c = placeInGroup(box(50, 50, 50, 50), inner);
    expect(c).toMatchObject({ x: 150, y: 50, w: 50, h: 50 });
  });
});
