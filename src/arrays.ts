/**
 * Array helpers safe for any length. `target.push(...items)` and `Math.min(...values)` pass every
 * item as a call argument and overflow the stack past roughly 100,000 items: a custom geometry
 * path with 204,183 `a:lnTo` ended its PDF with "Maximum call stack size exceeded" (fuzz seed
 * 2031, case 358). Use these where the length comes from the input.
 */

/** Appends every item to `target`, in order. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The smallest and largest of `values` ({ min: Infinity, max: -Infinity } when empty). */
export function extent(values: Iterable<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
