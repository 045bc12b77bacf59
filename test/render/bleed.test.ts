/**
 * The print-shop bleed (src/render/bleed.ts): page size, TrimBox/BleedBox, the background over
 * the bleed, full-width shapes extended into it, crop marks outside it, and the parser.
 */
import { describe, expect, it } from 'vitest';
import { CROP_MARK_SPACE, MAX_BLEED, parseBleed, withBleed } from '../../src/render/bleed.js';
import { apply } from '../../src/render/matrix.js';
import type { PageList, PathOp } from '../../src/render/ops.js';

const MM = 72 / 25.4;
const solid = { kind: 'solid' as const, color: { r: 1, g: 0, b: 0, a: 1 } };
const rect = (x: number, y: number, w: number, h: number): PathOp['commands'] => [
  { op: 'M', x, y },
  { op: 'L', x: x + w, y },
  { op: 'L', x: x + w, y: y + h },
  { op: 'L', x, y: y + h },
  { op: 'Z' },
];

function page(): PageList {
  return {
    width: 600,
    height: 800,
    backgroundOps: 1,
    ops: [
      { kind: 'path', transform: [1, 0, 0, 1, 0, 0], commands: rect(0, 0, 600, 800), fill: solid },
      // A band across the top: touches the left, top and right edges.
      { kind: 'path', transform: [1, 0, 0, 1, 0, 0], commands: rect(0, 0, 600, 100), fill: solid },
      // A card inside the page: does not move.
      { kind: 'path', transform: [1, 0, 0, 1, 50, 200], commands: rect(0, 0, 100, 100), fill: solid },
    ],
    links: [{ x: 10, y: 20, w: 30, h: 40, target: { kind: 'uri', uri: 'https://example.org/' } }],
  };
}

function bounds(op: PathOp): { x0: number; y0: number; x1: number; y1: number } {
  const pts = op.commands.flatMap((c) => (c.op === 'Z' ? [] : c.op === 'C' ? [{ x: c.x, y: c.y }] : [{ x: c.x, y: c.y }])).map((p) => apply(op.transform, p.x, p.y));
  return { x0: Math.min(...pts.map((p) => p.x)), y0: Math.min(...pts.map((p) => p.y)), x1: Math.max(...pts.map((p) => p.x)), y1: Math.max(...pts.map((p) => p.y)) };
}

describe('withBleed', () => {
  const b = 3 * MM;
  const out = withBleed(page(), b);
  const d = b + CROP_MARK_SPACE;

  it('grows the page by the bleed and the crop marks, with TrimBox = the slide and BleedBox around it', () => {
    expect(out.width).toBeCloseTo(600 + 2 * d, 6);
    expect(out.height).toBeCloseTo(800 + 2 * d, 6);
    expect(out.boxes!.trim).toEqual({ x: d, y: d, w: 600, h: 800 });
    expect(out.boxes!.bleed.x).toBeCloseTo(d - b, 6);
    expect(out.boxes!.bleed.w).toBeCloseTo(600 + 2 * b, 6);
  });

  it('draws the background over the whole bleed', () => {
    const bg = bounds(out.ops[0] as PathOp);
    expect(bg.x0).toBeLessThanOrEqual(d - b + 1e-6);
    expect(bg.y0).toBeLessThanOrEqual(d - b + 1e-6);
    expect(bg.x1).toBeGreaterThanOrEqual(d + 600 + b - 1e-6);
    expect(bg.y1).toBeGreaterThanOrEqual(d + 800 + b - 1e-6);
  });

  it('extends a shape on the slide edge into the bleed, and moves other shapes and links with the page', () => {
    const band = bounds(out.ops[1] as PathOp);
    expect(band.x0).toBeCloseTo(d - b, 6);
    expect(band.y0).toBeCloseTo(d - b, 6);
    expect(band.x1).toBeCloseTo(d + 600 + b, 6);
    expect(band.y1).toBeCloseTo(d + 100, 6);
    const card = bounds(out.ops[2] as PathOp);
    for (const [k, v] of Object.entries({ x0: d + 50, y0: d + 200, x1: d + 150, y1: d + 300 })) expect(card[k as keyof typeof card]).toBeCloseTo(v, 6);
    expect(out.links[0]).toMatchObject({ x: 10 + d, y: 20 + d });
  });

  it('adds eight crop marks on the trim lines, outside the bleed', () => {
    const marks = out.ops[out.ops.length - 1] as PathOp;
    expect(marks.stroke?.width).toBe(0.25);
    const moves = marks.commands.filter((c) => c.op === 'M');
    expect(moves).toHaveLength(8);
    for (const c of marks.commands) {
      if (c.op === 'Z') continue;
      const inBleedX = c.x > d - b + 1e-6 && c.x < d + 600 + b - 1e-6;
      const inBleedY = c.y > d - b + 1e-6 && c.y < d + 800 + b - 1e-6;
      expect(inBleedX && inBleedY, `mark point ${c.x},${c.y} inside the bleed`).toBe(false);
    }
  });

  it('leaves a page alone without a bleed', () => {
    const p = page();
    expect(withBleed(p, 0)).toBe(p);
  });
});

describe('parseBleed', () => {
  it('reads millimetres, inches and points, a bare number as millimetres', () => {
    expect('points' in parseBleed('3mm') && parseBleed('3mm')).toEqual({ points: 3 * MM });
    expect(parseBleed('0.125in')).toEqual({ points: 9 });
    expect(parseBleed('9 pt')).toEqual({ points: 9 });
    expect(parseBleed('3')).toEqual({ points: 3 * MM });
  });

  it('refuses other units, negative values and more than 10 mm', () => {
    expect(parseBleed('3cm')).toHaveProperty('error');
    expect(parseBleed('-3mm')).toHaveProperty('error');
    expect(parseBleed('11mm')).toHaveProperty('error');
    expect(MAX_BLEED).toBeCloseTo(10 * MM, 9);
  });
});
