/**
 * Explosions, sun, chart symbols and corner tabs (ECMA-376 presetShapeDefinitions:
 * irregularSeal1, irregularSeal2, sun, chartPlus, chartX, chartStar, cornerTabs, squareTabs,
 * plaqueTabs).
 */
import type { PresetDef } from '../preset-def.js';

const UNIT10 = 'M 0 0 L 10 0 L 10 10 L 0 10 Z';

/** The corner size of the tab shapes: a twentieth of the diagonal. */
const TABS = `
      md mod w h 0
      dx */ 1 md 20
      y1 +- 0 b dx
      x1 +- 0 r dx`;

export const MISC_PRESETS: Record<string, PresetDef> = {
  irregularSeal1: {
    gd: `
      x5 */ w 4627 21600
      x12 */ w 8485 21600
      x21 */ w 16702 21600
      x24 */ w 14522 21600
      y3 */ h 6320 21600
      y6 */ h 8615 21600
      y9 */ h 13937 21600
      y18 */ h 13290 21600`,
    rect: 'x5 y3 x21 y9',
    paths: [
      {
        w: 21600,
        h: 21600,
        d: 'M 10800 5800 L 14522 0 L 14155 5325 L 18380 4457 L 16702 7315 L 21097 8137 L 17607 10475 L 21600 13290 L 16837 12942 L 18145 18095 L 14020 14457 L 13247 19737 L 10532 14935 L 8485 21600 L 7715 15627 L 4762 17617 L 5667 13937 L 135 14587 L 3722 11775 L 0 8615 L 4627 7617 L 370 2295 L 7312 6320 L 8352 2295 Z',
      },
    ],
  },

  irregularSeal2: {
    gd: `
      x5 */ w 5372 21600
      x19 */ w 14640 21600
      y5 */ h 6382 21600
      y19 */ h 15935 21600`,
    rect: 'x5 y5 x19 y19',
    paths: [
      {
        w: 21600,
        h: 21600,
        d: 'M 11462 4342 L 14790 0 L 14525 5777 L 18007 3172 L 16380 6532 L 21600 6645 L 16985 9402 L 18270 11290 L 16380 12310 L 18877 15632 L 14640 14350 L 14942 17370 L 12180 15935 L 11612 18842 L 9872 17370 L 8700 19712 L 7527 18125 L 4917 21600 L 4805 18240 L 1285 17825 L 3330 15370 L 0 12877 L 3935 11592 L 1172 8270 L 5372 7817 L 4502 3625 L 8550 6382 L 9722 1887 Z',
      },
    ],
  },

  sun: {
    av: { adj: 25000 },
    gd: `
      a pin 12500 adj 46875
      g0 +- 50000 0 a
      g1 */ g0 30274 32768
      g2 */ g0 12540 32768
      g5 +- 50000 0 g1
      g6 +- 50000 0 g2
      g7 */ g0 23170 32768
      g8 +- 50000 g7 0
      g9 +- 50000 0 g7
      g10 */ g5 3 4
      g11 */ g6 3 4
      g12 +- g10 3662 0
      g13 +- g11 3662 0
      g14 +- g11 12500 0
      g15 +- 100000 0 g10
      g16 +- 100000 0 g12
      g17 +- 100000 0 g13
      g18 +- 100000 0 g14
      ox1 */ w 18436 21600
      oy1 */ h 3163 21600
      ox2 */ w 3163 21600
      oy2 */ h 18436 21600
      x10 */ w g10 100000
      x12 */ w g12 100000
      x13 */ w g13 100000
      x14 */ w g14 100000
      x15 */ w g15 100000
      x16 */ w g16 100000
      x17 */ w g17 100000
      x18 */ w g18 100000
      x19 */ w a 100000
      wR */ w g0 100000
      hR */ h g0 100000
      y10 */ h g10 100000
      y12 */ h g12 100000
      y13 */ h g13 100000
      y14 */ h g14 100000
      y15 */ h g15 100000
      y16 */ h g16 100000
      y17 */ h g17 100000
      y18 */ h g18 100000
      idx cos wR 2700000
      idy sin hR 2700000
      il +- hc 0 idx
      ir +- hc idx 0
      it +- vc 0 idy
      ib +- vc idy 0`,
    rect: 'il it ir ib',
    paths: [
      `M r vc L x15 y18 L x15 y14 Z
       M ox1 oy1 L x16 y13 L x17 y12 Z
       M hc t L x18 y10 L x14 y10 Z
       M ox2 oy1 L x13 y12 L x12 y13 Z
       M l vc L x10 y14 L x10 y18 Z
       M ox2 oy2 L x12 y17 L x13 y16 Z
       M hc b L x14 y15 L x18 y15 Z
       M ox1 oy2 L x17 y16 L x16 y17 Z
       M x19 vc A wR hR cd2 21600000 Z`,
    ],
  },

  chartPlus: {
    rect: 'l t r b',
    paths: [
      { w: 10, h: 10, d: UNIT10, stroke: false },
      { w: 10, h: 10, d: 'M 5 0 L 5 10 M 0 5 L 10 5', fill: 'none' },
    ],
  },

  chartX: {
    rect: 'l t r b',
    paths: [
      { w: 10, h: 10, d: UNIT10, stroke: false },
      { w: 10, h: 10, d: 'M 0 0 L 10 10 M 0 10 L 10 0', fill: 'none' },
    ],
  },

  chartStar: {
    rect: 'l t r b',
    paths: [
      { w: 10, h: 10, d: UNIT10, stroke: false },
      { w: 10, h: 10, d: 'M 0 0 L 10 10 M 0 10 L 10 0 M 5 0 L 5 10', fill: 'none' },
    ],
  },

  cornerTabs: {
    gd: TABS,
    rect: 'dx dx x1 y1',
    paths: ['M l t L dx t L l dx Z M l y1 L dx b L l b Z M x1 t L r t L r dx Z M r y1 L r b L x1 b Z'],
  },

  squareTabs: {
    gd: TABS,
    rect: 'dx dx x1 y1',
    paths: ['M l t L dx t L dx dx L l dx Z M l y1 L dx y1 L dx b L l b Z M x1 t L r t L r dx L x1 dx Z M x1 y1 L r y1 L r b L x1 b Z'],
  },

  plaqueTabs: {
    gd: TABS,
    rect: 'dx dx x1 y1',
    paths: ['M l t L dx t A dx dx 0 cd4 L l dx Z M l y1 A dx dx 3cd4 cd4 L l b Z M r t L r dx A dx dx cd4 cd4 L x1 t Z M x1 b A dx dx cd2 cd4 L r y1 L r b Z'],
  },
};
