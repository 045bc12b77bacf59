import { describe, expect, it } from 'vitest';
import { boundedCopies } from '../../scripts/fuzz/mutate-xml.js';

describe('the duplicate mutation', () => {
  it('keeps small elements at the count drawn, and large ones past the part limit but under V8 string length', () => {
    expect(boundedCopies(3000, 40)).toBe(3000);
    expect(boundedCopies(300_000, 40)).toBe(300_000); // 12 MB: as drawn
    const big = boundedCopies(300_000, 5_000); // 1.5 G characters drawn
    expect(big * 5_000).toBeGreaterThan(32 * 1024 * 1024);
    expect(big * 5_000).toBeLessThan(2 ** 29 - 24);
    expect(boundedCopies(10, 100_000_000)).toBe(1);
  });
});
