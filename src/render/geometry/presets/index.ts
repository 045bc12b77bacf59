/**
 * Every preset shape definition we carry, by a:prstGeom@prst name.
 */
import type { PresetDef } from '../preset-def.js';
import { ARC_PRESETS } from './arcs.js';
import { ARROW_PRESETS } from './arrows.js';
import { BRACKET_PRESETS } from './brackets.js';
import { BUTTON_PRESETS } from './buttons.js';
import { CALLOUT_PRESETS } from './callouts.js';
import { CONNECTOR_PRESETS } from './connectors.js';
import { FLOWCHART_PRESETS } from './flowchart.js';
import { MATH_PRESETS } from './math.js';
import { MISC_PRESETS } from './misc.js';
import { MORE_ARROW_PRESETS } from './more-arrows.js';
import { POLYGON_PRESETS } from './polygons.js';
import { RECT_PRESETS } from './rects.js';
import { STAR_PRESETS } from './stars.js';
import { SYMBOL_PRESETS } from './symbols.js';

export const PRESETS: Readonly<Record<string, PresetDef>> = Object.freeze({
  ...RECT_PRESETS,
  ...POLYGON_PRESETS,
  ...ARC_PRESETS,
  ...SYMBOL_PRESETS,
  ...STAR_PRESETS,
  ...ARROW_PRESETS,
  ...MORE_ARROW_PRESETS,
  ...FLOWCHART_PRESETS,
  ...CALLOUT_PRESETS,
  ...CONNECTOR_PRESETS,
  ...BRACKET_PRESETS,
  ...MATH_PRESETS,
  ...MISC_PRESETS,
  ...BUTTON_PRESETS,
});
