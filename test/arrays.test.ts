import { describe, expect, it } from 'vitest';
import { extent, pushAll } from '../src/arrays.js';

describe('array helpers for input-sized arrays', () => {
  it('pushAll appends 500,000 items in order, where push(...items) overflows the stack', () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const target = [-1];
    pushAll(target, items);
    expect(target).toHaveLength(500_001);
    expect(target[0]).toBe(-1);
    expect(target[500_000]).toBe(499_999);
  });

  it('extent finds the smallest and largest of 500,000 numbers', () => {
    const values = Array.from({ length: 500_000 }, (_, i) => ((i * 7919) % 500_000) - 250_000);
    expect(extent(values)).toEqual({ min: -250_000, max: 249_999 });
    expect(extent([])).toEqual({ min: Infinity, max: -Infinity });
  });
});
