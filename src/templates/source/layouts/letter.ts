/** US Letter, 8.5 × 11 in portrait (612 × 792 pt). */
import type { PaperLayout } from '../types.js';

export const letter: PaperLayout = {
  paper: 'letter',
  widthEmu: 7772400,
  heightEmu: 10058400,
  margin: { top: 24, left: 34, right: 34, bottom: 24 },
  grid: { columns: 12, gutter: 12, baseline: 4 },
  space: { section: 18, block: 12, tight: 8 },
};
