/** US Letter, 8.5 × 11 in portrait (612 × 792 pt). */
import type { PaperLayout } from '../types.js';

export const letter: PaperLayout = {
  paper: 'letter',
  widthEmu: 7772400,
  heightEmu: 10058400,
  margin: { left: 40, right: 40, bottom: 32 },
  band: { paddingTop: 28, paddingBottom: 20, stripe: 6 },
  grid: { columns: 12, gutter: 12, baseline: 4 },
  space: { section: 20, block: 16, tight: 8 },
  qrSize: 72,
};
