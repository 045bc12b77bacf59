/**
 * Reading order against visual order. A reader (screen reader, reflow, the tagged PDF) takes a
 * slide's content in the order of its shape tree (`p:spTree`, PowerPoint's Reading Order pane);
 * a sighted reader of a left-to-right page goes top to bottom, and left to right within a row
 * or across columns. Two neighbours in reading order disagree with the eye when the later one
 * sits entirely above the earlier one and not in a column to its right, or sits on the same
 * line entirely to its left.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ReadingItem {
  /** What to call the item in a message (shape name, or the start of its text). */
  name: string;
  box: Box;
}

/** Tolerance, in the boxes' units relative to the page, for edges that touch. */
const DEFAULT_TOLERANCE = 2;

/** The pairs of neighbours whose order disagrees with the visual order, as messages. */
export function readingOrderProblems(items: readonly ReadingItem[], tolerance = DEFAULT_TOLERANCE): string[] {
  const out: string[] = [];
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    const why = misordered(a.box, b.box, tolerance);
    if (why) out.push(`"${b.name}" is read after "${a.name}" but is ${why} it`);
  }
  return out;
}

/** Why `b`, read right after `a`, is out of visual order; undefined when it is not. */
export function misordered(a: Box, b: Box, tolerance = DEFAULT_TOLERANCE): string | undefined {
  const aRight = a.x + a.w;
  const bRight = b.x + b.w;
  const above = b.y + b.h <= a.y + tolerance;
  const rightColumn = b.x >= aRight - tolerance;
  if (above && !rightColumn) return 'above';
  const sameLine = b.y < a.y + a.h - tolerance && b.y + b.h > a.y + tolerance;
  if (sameLine && bRight <= a.x + tolerance) return 'to the left of';
  return undefined;
}
