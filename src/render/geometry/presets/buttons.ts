/**
 * Action buttons (ECMA-376 presetShapeDefinitions: actionButtonBlank, actionButtonForwardNext,
 * actionButtonBackPrevious, actionButtonBeginning, actionButtonEnd, actionButtonHome,
 * actionButtonReturn). Each is the button (with the icon as a hole), the icon in darker shades,
 * the icon's outlines and the button's outline. Icons live in a square of 3/4 of the short side
 * around the centre; Home and Return were checked point by point against LibreOffice.
 */
import type { PresetDef } from '../preset-def.js';

const FRAME = 'M l t L r t L r b L l b Z';

/** Icon guides: a square of 3/4 of the short side around the centre. */
const ICON = `
      dx2 */ ss 3 8
      g9 +- vc 0 dx2
      g10 +- vc dx2 0
      g11 +- hc 0 dx2
      g12 +- hc dx2 0`;

function button(icon: string, gd = ICON): PresetDef {
  return {
    gd,
    rect: 'l t r b',
    paths: [
      { d: `${FRAME} ${icon}`, stroke: false },
      { d: icon, fill: 'darken', stroke: false },
      { d: icon, fill: 'none' },
      { d: FRAME, fill: 'none' },
    ],
  };
}

/** Positions in the icon square in sixteenths (x1 … x16 from g11, y1 … y16 from g9). */
const SIXTEENTHS =
  ICON +
  `
      g13 */ ss 3 4` +
  Array.from({ length: 16 }, (_, i) => `\n      s${i + 1} */ g13 ${i + 1} 16\n      x${i + 1} +- g11 s${i + 1} 0\n      y${i + 1} +- g9 s${i + 1} 0`).join('') +
  `
      r2 */ g13 1 8
      r6 */ g13 3 8`;

const HOME = 'M hc g9 L g11 vc L x2 vc L x2 g10 L x14 g10 L x14 vc L g12 vc L x13 y5 L x13 y1 L x11 y1 L x11 y3 Z';
const RETURN = 'M g12 y4 L x12 g9 L hc y4 L x10 y4 L x10 y10 A r2 r2 0 cd4 L x6 y12 A r2 r2 cd4 cd4 L x4 y4 L g11 y4 L g11 y10 A r6 r6 cd2 -5400000 L hc g10 A r6 r6 cd4 -5400000 L x14 y4 Z';

const BAR = ICON + `
      g13 */ ss 3 4
      g14 */ g13 1 8
      g15 */ g13 1 4
      g16 +- g11 g14 0
      g17 +- g11 g15 0
      g18 +- g12 0 g14
      g19 +- g12 0 g15`;

export const BUTTON_PRESETS: Record<string, PresetDef> = {
  actionButtonBlank: {
    rect: 'l t r b',
    paths: [FRAME],
  },
  actionButtonForwardNext: button('M g12 vc L g11 g10 L g11 g9 Z'),
  actionButtonBackPrevious: button('M g11 vc L g12 g9 L g12 g10 Z'),
  actionButtonEnd: button('M g19 vc L g11 g10 L g11 g9 Z M g18 g9 L g12 g9 L g12 g10 L g18 g10 Z', BAR),
  actionButtonHome: {
    gd: SIXTEENTHS,
    rect: 'l t r b',
    paths: [
      { d: `${FRAME} ${HOME}`, stroke: false },
      { d: 'M x13 y5 L x13 y1 L x11 y1 L x11 y3 Z M x2 vc L x2 g10 L x7 g10 L x7 y12 L x9 y12 L x9 g10 L x14 g10 L x14 vc Z', fill: 'darkenLess', stroke: false },
      { d: 'M hc g9 L g11 vc L g12 vc Z M x7 y12 L x9 y12 L x9 g10 L x7 g10 Z', fill: 'darken', stroke: false },
      { d: `${HOME} M x11 y3 L x13 y5 M x14 vc L x2 vc M x7 g10 L x7 y12 L x9 y12 L x9 g10`, fill: 'none' },
      { d: FRAME, fill: 'none' },
    ],
  },
  actionButtonReturn: button(RETURN, SIXTEENTHS),
  actionButtonBeginning: button('M g17 vc L g12 g9 L g12 g10 Z M g11 g9 L g16 g9 L g16 g10 L g11 g10 Z', BAR),
};
