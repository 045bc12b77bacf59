/**
 * The layout grid of a page: 12 columns with gutters between the side margins, and a vertical
 * baseline that every block snaps to.
 */
import type { PaperLayout } from '../source/types.js';

export const EMU_PER_PT = 12700;

export class Grid {
  readonly pageWidth: number;
  readonly pageHeight: number;
  /** Left edge and width of the content area (between the side margins). */
  readonly x: number;
  readonly width: number;
  readonly column: number;
  /** Top and bottom edges of the content area (inside the top and bottom margins). */
  readonly top: number;
  readonly bottom: number;

  constructor(readonly layout: PaperLayout) {
    this.pageWidth = layout.widthEmu / EMU_PER_PT;
    this.pageHeight = layout.heightEmu / EMU_PER_PT;
    this.x = layout.margin.left;
    this.width = this.pageWidth - layout.margin.left - layout.margin.right;
    this.top = layout.margin.top;
    this.bottom = this.pageHeight - layout.margin.bottom;
    const { columns, gutter } = layout.grid;
    this.column = (this.width - (columns - 1) * gutter) / columns;
  }

  /** Left edge and width of `count` columns starting at column `first` (1-based). */
  span(first: number, count: number): { x: number; w: number } {
    const { columns, gutter } = this.layout.grid;
    if (first < 1 || count < 1 || first + count - 1 > columns) throw new Error(`columns ${first}+${count} are outside the ${columns}-column grid`);
    return { x: this.x + (first - 1) * (this.column + gutter), w: count * this.column + (count - 1) * gutter };
  }

  /** `count` equal fields across the content width with the grid's gutter between them. */
  fields(count: number, gutter = this.layout.grid.gutter): { x: number; w: number }[] {
    const w = (this.width - (count - 1) * gutter) / count;
    return Array.from({ length: count }, (_, i) => ({ x: this.x + i * (w + gutter), w }));
  }

  /** Left edge and width of the columns `first`..`last` (1-based, inclusive). */
  cols(first: number, last: number): { x: number; w: number } {
    return this.span(first, last - first + 1);
  }

  /** Rounds a length up to the baseline grid. */
  snap(value: number): number {
    const b = this.layout.grid.baseline;
    return Math.ceil(value / b - 1e-9) * b;
  }
}
