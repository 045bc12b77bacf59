import type { Paper } from '../../../brand/schema.js';
import type { PaperLayout } from '../types.js';
import { a4 } from './a4.js';
import { letter } from './letter.js';

export const LAYOUTS: Readonly<Record<Paper, PaperLayout>> = Object.freeze({ letter, a4 });
