import { describe, expect, it } from 'vitest';
import { builtInGuides, evaluateFormula, parseArg, parseFormula, type GuideValues } from '../../../src/render/geometry/formula.js';

const DEG = 60000;

function ev(fmla: string, values: Record<string, number> = {}): number {
  return evaluateFormula(parseFormula(fmla), new Map(Object.entries(values)) as GuideValues);
}

describe('guide formula operators (ECMA-376 20.1.9.11)', () => {
  it('*/ multiplies then divides', () => {
    expect(ev('*/ 6 7 3')).toBe(14);
    expect(ev('*/ ss 29289 100000', { ss: 100 })).toBeCloseTo(29.289, 10);
  });
  it('+- adds then subtracts', () => expect(ev('+- 10 5 3')).toBe(12));
  it('+/ adds then divides', () => expect(ev('+/ 10 5 3')).toBe(5));
  it('?: picks y when x > 0, else z', () => {
    expect(ev('?: 1 7 9')).toBe(7);
    expect(ev('?: 0 7 9')).toBe(9);
    expect(ev('?: -1 7 9')).toBe(9);
  });
  it('abs', () => expect(ev('abs -12.5')).toBe(12.5));
  it('at2 is atan2(y, x) in 60000ths of a degree', () => {
    expect(ev('at2 1 1')).toBeCloseTo(45 * DEG, 6);
    expect(ev('at2 -1 0')).toBeCloseTo(180 * DEG, 6);
    expect(ev('at2 0 -1')).toBeCloseTo(-90 * DEG, 6);
  });
  it('cat2 and sat2 scale cos/sin of atan2(z, y)', () => {
    expect(ev('cat2 10 3 4')).toBeCloseTo(6, 10);
    expect(ev('sat2 10 3 4')).toBeCloseTo(8, 10);
  });
  it('cos, sin and tan take 60000ths of a degree', () => {
    expect(ev('cos 10 3600000')).toBeCloseTo(5, 10);
    expect(ev('sin 10 1800000')).toBeCloseTo(5, 10);
    expect(ev('tan 10 2700000')).toBeCloseTo(10, 10);
    expect(ev('sin 1 a', { a: 90 * DEG })).toBeCloseTo(1, 12);
  });
  it('max and min', () => {
    expect(ev('max 3 -4')).toBe(3);
    expect(ev('min 3 -4')).toBe(-4);
  });
  it('mod is the length of the vector (x, y, z)', () => expect(ev('mod 2 3 6')).toBe(7));
  it('pin clamps y to [x, z]', () => {
    expect(ev('pin 0 -5 100')).toBe(0);
    expect(ev('pin 0 50 100')).toBe(50);
    expect(ev('pin 0 150 100')).toBe(100);
  });
  it('sqrt, with 0 for a negative argument', () => {
    expect(ev('sqrt 2')).toBeCloseTo(Math.SQRT2, 12);
    expect(ev('sqrt -4')).toBe(0);
  });
  it('val', () => expect(ev('val 16667')).toBe(16667));
});

describe('defined results for hostile formulas', () => {
  it('divides by zero as 0 in */ and +/', () => {
    expect(ev('*/ 5 7 0')).toBe(0);
    expect(ev('+/ 5 7 0')).toBe(0);
    expect(ev('*/ w 1 ss', { w: 10, ss: 0 })).toBe(0);
  });
  it('an unknown operator, unknown guide or missing argument counts as 0', () => {
    expect(ev('frobnicate 1 2 3')).toBe(0);
    expect(ev('+- nosuch 5 0')).toBe(5);
    expect(ev('*/ 5')).toBe(0);
    expect(ev('')).toBe(0);
  });
  it('never returns NaN or Infinity', () => {
    expect(ev('*/ 1e308 1e308 1')).toBe(0);
    expect(ev('tan 1 5400000')).toSatisfy(Number.isFinite);
    expect(ev('val x', { x: Number.NaN })).toBe(0);
  });
  it('reads numbers (decimal, signed, exponent) and treats anything else as a guide name', () => {
    expect(parseArg('-21600000')).toBe(-21600000);
    expect(parseArg('2.5')).toBe(2.5);
    expect(parseArg('1e3')).toBe(1000);
    expect(parseArg('1e999')).toBe(0);
    expect(parseArg('3cd4')).toBe('3cd4');
    expect(parseArg('2a1')).toBe('2a1');
    expect(parseArg('NaN')).toBe('NaN');
  });
  it('caps what it reads of a very long formula', () => {
    const f = parseFormula(`+- 1 2 3 ${'9 '.repeat(100_000)}`);
    expect(f.args).toEqual([1, 2, 3]);
  });
});

describe('built-in guides', () => {
  const g = builtInGuides(200, 100);
  it('describe the box', () => {
    expect([g.get('l'), g.get('t'), g.get('r'), g.get('b'), g.get('w'), g.get('h')]).toEqual([0, 0, 200, 100, 200, 100]);
    expect([g.get('hc'), g.get('vc'), g.get('ss'), g.get('ls')]).toEqual([100, 50, 100, 200]);
  });
  it('divide width, height and the short side', () => {
    expect([g.get('wd2'), g.get('wd3'), g.get('wd4'), g.get('wd5'), g.get('wd6'), g.get('wd8'), g.get('wd10'), g.get('wd12'), g.get('wd32')]).toEqual([
      100,
      200 / 3,
      50,
      40,
      200 / 6,
      25,
      20,
      200 / 12,
      6.25,
    ]);
    expect([g.get('hd2'), g.get('hd3'), g.get('hd4'), g.get('hd5'), g.get('hd6'), g.get('hd8')]).toEqual([50, 100 / 3, 25, 20, 100 / 6, 12.5]);
    expect([g.get('ssd2'), g.get('ssd4'), g.get('ssd6'), g.get('ssd8'), g.get('ssd16'), g.get('ssd32')]).toEqual([50, 25, 100 / 6, 12.5, 6.25, 3.125]);
  });
  it('name the common angles', () => {
    expect([g.get('cd8'), g.get('cd4'), g.get('3cd8'), g.get('cd2'), g.get('5cd8'), g.get('3cd4'), g.get('7cd8')]).toEqual([
      45 * DEG,
      90 * DEG,
      135 * DEG,
      180 * DEG,
      225 * DEG,
      270 * DEG,
      315 * DEG,
    ]);
  });
});
