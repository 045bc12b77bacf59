/** ISO A4, 210 × 297 mm portrait (595.3 × 841.9 pt): narrower and taller than Letter. */
import type { PaperLayout } from '../types.js';

export const a4: PaperLayout = {
  paper: 'a4',
  widthEmu: 7560000,
  heightEmu: 10692000,
  margin: { top: 28, left: 32, right: 32, bottom: 28 },
  grid: { columns: 12, gutter: 12, baseline: 4 },
  space: { section: 20, block: 13, tight: 8 },
};
