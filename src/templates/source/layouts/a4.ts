/** ISO A4, 210 × 297 mm portrait (595.3 × 841.9 pt): narrower and taller than Letter. */
import type { PaperLayout } from '../types.js';

export const a4: PaperLayout = {
  paper: 'a4',
  widthEmu: 7560000,
  heightEmu: 10692000,
  margin: { left: 38, right: 38, bottom: 36 },
  band: { paddingTop: 32, paddingBottom: 24, stripe: 6 },
  grid: { columns: 12, gutter: 12, baseline: 4 },
  space: { section: 24, block: 16, tight: 8 },
  qrSize: 76,
};
