/**
 * Flowchart symbols (ECMA-376 presetShapeDefinitions flowChart*). Most are drawn in a small
 * path coordinate space (a:path@w/@h) that is stretched to the shape.
 */
import type { PresetDef } from '../preset-def.js';
import { ELLIPSE_PATH, ELLIPSE_TEXT_GUIDES } from './arcs.js';

const UNIT_RECT = 'M 0 0 L 1 0 L 1 1 L 0 1 Z';

export const FLOWCHART_PRESETS: Record<string, PresetDef> = {
  flowChartProcess: {
    rect: 'l t r b',
    paths: [{ w: 1, h: 1, d: UNIT_RECT }],
  },

  flowChartAlternateProcess: {
    gd: `
      x2 +- r 0 ssd6
      y2 +- b 0 ssd6
      il */ ssd6 29289 100000
      ir +- r 0 il
      ib +- b 0 il`,
    rect: 'il il ir ib',
    paths: ['M l ssd6 A ssd6 ssd6 cd2 cd4 L x2 t A ssd6 ssd6 3cd4 cd4 L r y2 A ssd6 ssd6 0 cd4 L ssd6 b A ssd6 ssd6 cd4 cd4 Z'],
  },

  flowChartDecision: {
    gd: `
      ir */ w 3 4
      ib */ h 3 4`,
    rect: 'wd4 hd4 ir ib',
    paths: [{ w: 2, h: 2, d: 'M 0 1 L 1 0 L 2 1 L 1 2 Z' }],
  },

  flowChartInputOutput: {
    gd: `
      x5 */ w 4 5`,
    rect: 'wd5 t x5 b',
    paths: [{ w: 5, h: 5, d: 'M 0 5 L 1 0 L 5 0 L 4 5 Z' }],
  },

  flowChartPredefinedProcess: {
    gd: `
      x2 */ w 7 8`,
    rect: 'wd8 t x2 b',
    paths: [
      { w: 1, h: 1, d: UNIT_RECT, stroke: false },
      { w: 8, h: 8, d: 'M 1 0 L 1 8 M 7 0 L 7 8', fill: 'none' },
      { w: 1, h: 1, d: UNIT_RECT, fill: 'none' },
    ],
  },

  flowChartInternalStorage: {
    rect: 'wd8 hd8 r b',
    paths: [
      { w: 1, h: 1, d: UNIT_RECT, stroke: false },
      { w: 8, h: 8, d: 'M 1 0 L 1 8 M 0 1 L 8 1', fill: 'none' },
      { w: 1, h: 1, d: UNIT_RECT, fill: 'none' },
    ],
  },

  flowChartDocument: {
    gd: `
      y1 */ h 17322 21600`,
    rect: 'l t r y1',
    paths: [{ w: 21600, h: 21600, d: 'M 0 0 L 21600 0 L 21600 17322 C 10800 17322 10800 23922 0 20172 Z' }],
  },

  flowChartMultidocument: {
    gd: `
      y2 */ h 3675 21600
      y8 */ h 20782 21600
      x5 */ w 18595 21600`,
    rect: 'l y2 x5 y8',
    paths: [
      {
        w: 21600,
        h: 21600,
        stroke: false,
        d: `M 0 20782 C 9298 23542 9298 18022 18595 18022 L 18595 3675 L 0 3675 Z
          M 1532 3675 L 1532 1815 L 20000 1815 L 20000 16252 C 19298 16252 18595 16352 18595 16352 L 18595 3675 Z
          M 2972 1815 L 2972 0 L 21600 0 L 21600 14392 C 20800 14392 20000 14467 20000 14467 L 20000 1815 Z`,
      },
      { w: 21600, h: 21600, fill: 'none', d: 'M 0 3675 L 18595 3675 L 18595 18022 C 9298 18022 9298 23542 0 20782 Z' },
      { w: 21600, h: 21600, fill: 'none', d: 'M 1532 3675 L 1532 1815 L 20000 1815 L 20000 16252 C 19298 16252 18595 16352 18595 16352' },
      { w: 21600, h: 21600, fill: 'none', d: 'M 2972 1815 L 2972 0 L 21600 0 L 21600 14392 C 20800 14392 20000 14467 20000 14467' },
    ],
  },

  flowChartTerminator: {
    gd: `
      il */ w 1018 21600
      ir */ w 20582 21600
      it */ h 3163 21600
      ib */ h 18437 21600`,
    rect: 'il it ir ib',
    paths: [{ w: 21600, h: 21600, d: 'M 3475 0 L 18125 0 A 3475 10800 3cd4 cd2 L 3475 21600 A 3475 10800 cd4 cd2 Z' }],
  },

  flowChartPreparation: {
    gd: `
      x2 */ w 4 5`,
    rect: 'wd5 t x2 b',
    paths: [{ w: 10, h: 10, d: 'M 0 5 L 2 0 L 8 0 L 10 5 L 8 10 L 2 10 Z' }],
  },

  flowChartManualInput: {
    gd: `
      y1 */ h 1 5`,
    rect: 'l y1 r b',
    paths: [{ w: 5, h: 5, d: 'M 0 1 L 5 0 L 5 5 L 0 5 Z' }],
  },

  flowChartManualOperation: {
    gd: `
      x3 */ w 4 5`,
    rect: 'wd5 t x3 b',
    paths: [{ w: 5, h: 5, d: 'M 0 0 L 5 0 L 4 5 L 1 5 Z' }],
  },

  flowChartConnector: {
    gd: ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [ELLIPSE_PATH],
  },

  flowChartOffpageConnector: {
    gd: `
      y1 */ h 4 5`,
    rect: 'l t r y1',
    paths: [{ w: 10, h: 10, d: 'M 0 0 L 10 0 L 10 8 L 5 10 L 0 8 Z' }],
  },

  flowChartPunchedCard: {
    rect: 'l hd5 r b',
    paths: [{ w: 5, h: 5, d: 'M 0 1 L 1 0 L 5 0 L 5 5 L 0 5 Z' }],
  },

  flowChartPunchedTape: {
    gd: `
      ib */ h 4 5`,
    rect: 'l hd5 r ib',
    paths: [{ w: 20, h: 20, d: 'M 0 2 A 5 2 cd2 -10800000 A 5 2 cd2 cd2 L 20 18 A 5 2 0 -10800000 A 5 2 0 cd2 Z' }],
  },

  flowChartSummingJunction: {
    gd: ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [
      { d: ELLIPSE_PATH, stroke: false },
      { d: 'M il it L ir ib M ir it L il ib', fill: 'none' },
      { d: ELLIPSE_PATH, fill: 'none' },
    ],
  },

  flowChartOr: {
    gd: ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [
      { d: ELLIPSE_PATH, stroke: false },
      { d: 'M hc t L hc b M l vc L r vc', fill: 'none' },
      { d: ELLIPSE_PATH, fill: 'none' },
    ],
  },

  flowChartCollate: {
    gd: `
      ir */ w 3 4
      ib */ h 3 4`,
    rect: 'wd4 hd4 ir ib',
    paths: [{ w: 2, h: 2, d: 'M 0 0 L 2 0 L 1 1 L 2 2 L 0 2 L 1 1 Z' }],
  },

  flowChartSort: {
    gd: `
      ir */ w 3 4
      ib */ h 3 4`,
    rect: 'wd4 hd4 ir ib',
    paths: [
      { w: 2, h: 2, d: 'M 0 1 L 1 0 L 2 1 L 1 2 Z', stroke: false },
      { w: 2, h: 2, d: 'M 0 1 L 2 1', fill: 'none' },
      { w: 2, h: 2, d: 'M 0 1 L 1 0 L 2 1 L 1 2 Z', fill: 'none' },
    ],
  },

  flowChartExtract: {
    gd: `
      x2 */ w 3 4`,
    rect: 'wd4 hd2 x2 b',
    paths: [{ w: 2, h: 2, d: 'M 0 2 L 1 0 L 2 2 Z' }],
  },

  flowChartMerge: {
    gd: `
      x2 */ w 3 4`,
    rect: 'wd4 t x2 hd2',
    paths: [{ w: 2, h: 2, d: 'M 0 0 L 2 0 L 1 2 Z' }],
  },

  flowChartOfflineStorage: {
    gd: `
      x4 */ w 3 4`,
    rect: 'wd4 t x4 hd2',
    paths: [
      { w: 2, h: 2, d: 'M 0 0 L 2 0 L 1 2 Z', stroke: false },
      { w: 5, h: 5, d: 'M 2 4 L 3 4', fill: 'none' },
      { w: 2, h: 2, d: 'M 0 0 L 2 0 L 1 2 Z', fill: 'none' },
    ],
  },

  flowChartOnlineStorage: {
    gd: `
      x2 */ w 5 6`,
    rect: 'wd6 t x2 b',
    paths: [{ w: 6, h: 6, d: 'M 1 0 L 6 0 A 1 3 3cd4 -10800000 L 1 6 A 1 3 cd4 cd2 Z' }],
  },

  flowChartDelay: {
    gd: `
      idx cos wd2 2700000
      idy sin hd2 2700000
      ir +- hc idx 0
      it +- vc 0 idy
      ib +- vc idy 0`,
    rect: 'l it ir ib',
    paths: ['M l t L hc t A wd2 hd2 3cd4 cd2 L l b Z'],
  },

  flowChartMagneticTape: {
    gd: ELLIPSE_TEXT_GUIDES + `
      ang1 at2 w h`,
    rect: 'il it ir ib',
    paths: ['M hc b A wd2 hd2 cd4 cd4 A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 ang1 L r ib L r b Z'],
  },

  flowChartMagneticDisk: {
    gd: `
      y3 */ h 5 6`,
    rect: 'l hd3 r y3',
    paths: [
      { w: 6, h: 6, d: 'M 0 1 A 3 1 cd2 cd2 L 6 5 A 3 1 0 cd2 Z', stroke: false },
      { w: 6, h: 6, d: 'M 6 1 A 3 1 0 cd2', fill: 'none' },
      { w: 6, h: 6, d: 'M 0 1 A 3 1 cd2 cd2 L 6 5 A 3 1 0 cd2 Z', fill: 'none' },
    ],
  },

  flowChartMagneticDrum: {
    gd: `
      x2 */ w 2 3`,
    rect: 'wd6 t x2 b',
    paths: [
      { w: 6, h: 6, d: 'M 1 0 L 5 0 A 1 3 3cd4 cd2 L 1 6 A 1 3 cd4 cd2 Z', stroke: false },
      { w: 6, h: 6, d: 'M 5 6 A 1 3 cd4 cd2', fill: 'none' },
      { w: 6, h: 6, d: 'M 1 0 L 5 0 A 1 3 3cd4 cd2 L 1 6 A 1 3 cd4 cd2 Z', fill: 'none' },
    ],
  },

  flowChartDisplay: {
    gd: `
      x2 */ w 5 6`,
    rect: 'wd6 t x2 b',
    paths: [{ w: 6, h: 6, d: 'M 0 3 L 1 0 L 5 0 A 1 3 3cd4 cd2 L 1 6 Z' }],
  },
};
