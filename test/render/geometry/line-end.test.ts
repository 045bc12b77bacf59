import { describe, expect, it } from 'vitest';
import { isLineEndType, lineEnd, lineEndSize, MIN_BASE_WIDTH_PT } from '../../../src/render/geometry/line-end.js';
import { pathEnds, trimPathEnds } from '../../../src/render/geometry/path-ends.js';
import { pathBounds } from './helpers/bounds.js';
import { presetGeometry } from '../../../src/render/geometry/preset.js';
import type { PathCommand } from '../../../src/render/geometry/types.js';

const RIGHT = { x: 1, y: 0 };

function pts(cmds: PathCommand[]): [number, number][] {
  return cmds.filter((c) => c.op !== 'Z').map((c) => [Math.round((c as { x: number }).x * 1000) / 1000 + 0, Math.round((c as { y: number }).y * 1000) / 1000 + 0]);
}

describe('a:headEnd / a:tailEnd arrowheads', () => {
  it('triangle: tip on the end point, 3 × 3 line widths for med/med, base behind the tip', () => {
    const e = lineEnd('triangle', 'med', 'med', 4, { x: 100, y: 50 }, RIGHT)!;
    expect(pts(e.commands)).toEqual([
      [100, 50],
      [88, 44],
      [88, 56],
    ]);
    expect(e.length).toBe(12);
    expect(e.width).toBe(12);
    // The line stops half a line width inside the base.
    expect(e.inset).toBe(10);
  });

  it('sizes sm / med / lg are 2 / 3 / 5 line widths, independently for width and length', () => {
    const e = lineEnd('triangle', 'sm', 'lg', 4, { x: 0, y: 0 }, RIGHT)!;
    expect([e.width, e.length]).toEqual([8, 20]);
    const f = lineEnd('triangle', 'lg', 'sm', 4, { x: 0, y: 0 }, RIGHT)!;
    expect([f.width, f.length]).toEqual([20, 8]);
  });

  it('keeps heads visible on hairlines: widths below 0.7 mm count as 0.7 mm', () => {
    const e = lineEnd('triangle', 'med', 'med', 0.25, { x: 0, y: 0 }, RIGHT)!;
    expect(e.width).toBeCloseTo(3 * MIN_BASE_WIDTH_PT, 9);
    expect(lineEnd('triangle', 'med', 'med', 0.25, { x: 0, y: 0 }, RIGHT, { minBaseWidth: 0 })!.width).toBe(0.75);
  });

  it('points along the direction of travel (here: down the page, for a line drawn downwards)', () => {
    const e = lineEnd('triangle', 'med', 'med', 2, { x: 10, y: 100 }, { x: 0, y: 5 })!;
    const b = pathBounds(e.commands)!;
    expect([b.l, b.t, b.r, b.b].map((v) => Math.round(v * 1000) / 1000)).toEqual([7, 94, 13, 100]);
  });

  it('stealth has its notch at 60 % of the length, where the line stops', () => {
    const e = lineEnd('stealth', 'med', 'med', 4, { x: 0, y: 0 }, RIGHT)!;
    expect(pts(e.commands)).toEqual([
      [0, 0],
      [-12, -6],
      [-7.2, 0],
      [-12, 6],
    ]);
    expect(e.inset).toBeCloseTo(7.2 - 2, 9);
  });

  it('diamond and oval are centred on the end point; the line runs to the centre', () => {
    const d = lineEnd('diamond', 'med', 'lg', 2, { x: 50, y: 50 }, RIGHT)!;
    const db = pathBounds(d.commands)!;
    expect([db.l, db.t, db.r, db.b]).toEqual([45, 47, 55, 53]);
    expect(d.inset).toBe(0);
    const o = lineEnd('oval', 'lg', 'lg', 2, { x: 50, y: 50 }, { x: 0, y: -1 })!;
    const ob = pathBounds(o.commands)!;
    expect([ob.l, ob.t, ob.r, ob.b].map((v) => Math.round(v * 1000) / 1000)).toEqual([45, 45, 55, 55]);
    expect(o.commands.filter((c) => c.op === 'C')).toHaveLength(4);
  });

  it('arrow: the filled outline of two stroked barbs whose outer mitre is the tip', () => {
    const lw = 2;
    const e = lineEnd('arrow', 'med', 'med', lw, { x: 100, y: 0 }, RIGHT)!;
    const b = pathBounds(e.commands)!;
    expect(b.r).toBeCloseTo(100, 9);
    // The barbs reach back about one head length and spread one head width plus the stroke.
    expect(b.l).toBeLessThan(100 - 6);
    expect(b.b - b.t).toBeGreaterThan(6);
    expect(e.commands).toHaveLength(7);
    // The line ends behind the inner mitre, inside the barbs' stroke.
    expect(e.inset).toBeGreaterThan(lw);
    expect(e.inset).toBeLessThan(e.length);
  });

  it('draws nothing for a zero direction, a zero or non-finite line width or tip', () => {
    expect(lineEnd('triangle', 'med', 'med', 1, { x: 0, y: 0 }, { x: 0, y: 0 })).toBeNull();
    expect(lineEnd('triangle', 'med', 'med', 0, { x: 0, y: 0 }, RIGHT)).toBeNull();
    expect(lineEnd('triangle', 'med', 'med', Number.NaN, { x: 0, y: 0 }, RIGHT)).toBeNull();
    expect(lineEnd('triangle', 'med', 'med', 1, { x: Number.NaN, y: 0 }, RIGHT)).toBeNull();
  });

  it('reads the attribute values', () => {
    expect(['none', 'triangle', 'stealth', 'diamond', 'oval', 'arrow', 'bogus', undefined].map((v) => isLineEndType(v))).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(['sm', 'med', 'lg', 'huge', undefined].map((v) => lineEndSize(v))).toEqual(['sm', 'med', 'lg', 'med', 'med']);
  });
});

describe('placing heads on a path', () => {
  it('finds the first and last points and the directions into them', () => {
    const line = presetGeometry('bentConnector3', 200, 100)!.paths[0]!.commands;
    const e = pathEnds(line)!;
    expect(e.head.point).toEqual({ x: 0, y: 0 });
    expect(e.head.direction).toEqual({ x: -1, y: 0 });
    expect(e.tail.point).toEqual({ x: 200, y: 100 });
    expect(e.tail.direction).toEqual({ x: 1, y: 0 });
  });

  it('uses the curve tangent at the ends of a curved connector', () => {
    const curve = presetGeometry('curvedConnector3', 200, 100)!.paths[0]!.commands;
    const e = pathEnds(curve)!;
    // The curve leaves its start horizontally (first control point at the same height).
    expect(e.head.direction.x).toBeCloseTo(-1, 9);
    expect(e.tail.direction.x).toBeCloseTo(1, 9);
  });

  it('skips zero-length segments and returns null for a path without length', () => {
    const cmds: PathCommand[] = [
      { op: 'M', x: 5, y: 5 },
      { op: 'L', x: 5, y: 5 },
      { op: 'L', x: 5, y: 15 },
      { op: 'L', x: 5, y: 15 },
    ];
    const e = pathEnds(cmds)!;
    expect(e.head.direction).toEqual({ x: 0, y: -1 });
    expect(e.tail.direction).toEqual({ x: 0, y: 1 });
    expect(pathEnds([{ op: 'M', x: 1, y: 1 }, { op: 'L', x: 1, y: 1 }])).toBeNull();
  });

  it('shortens straight and curved ends by the insets', () => {
    const line: PathCommand[] = [
      { op: 'M', x: 0, y: 0 },
      { op: 'L', x: 100, y: 0 },
    ];
    expect(pts(trimPathEnds(line, 10, 25))).toEqual([
      [10, 0],
      [75, 0],
    ]);
    const bent = presetGeometry('bentConnector3', 200, 100)!.paths[0]!.commands;
    // The first segment is 100 long: trimming 120 continues into the second.
    expect(pts(trimPathEnds(bent, 120, 0))[0]).toEqual([100, 20]);
    const curve = presetGeometry('curvedConnector3', 200, 100)!.paths[0]!.commands;
    const trimmed = trimPathEnds(curve, 10, 10);
    const s = pts(trimmed);
    expect(Math.hypot(s[0]![0], s[0]![1])).toBeCloseTo(10, 0);
    const last = s[s.length - 1]!;
    expect(Math.hypot(200 - last[0], 100 - last[1])).toBeCloseTo(10, 0);
    expect(trimmed.filter((c) => c.op === 'C')).toHaveLength(2);
  });

  it('leaves closed paths alone and drops a path shorter than the insets', () => {
    const closed = presetGeometry('rect', 10, 10)!.paths[0]!.commands;
    expect(trimPathEnds(closed, 3, 3)).toEqual(closed);
    expect(trimPathEnds([{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 5, y: 0 }], 3, 3)).toEqual([]);
  });
});
