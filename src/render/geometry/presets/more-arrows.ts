/**
 * Multi-headed and bent block arrows, and arrow callouts (ECMA-376 presetShapeDefinitions:
 * leftUpArrow, leftRightUpArrow, uturnArrow, rightArrowCallout, leftArrowCallout,
 * upArrowCallout, downArrowCallout, leftRightArrowCallout, upDownArrowCallout,
 * quadArrowCallout, swooshArrow).
 */
import type { PresetDef } from '../preset-def.js';

/** Shaft (a1), head width (a2), head length (a3) and box size (a4) of the horizontal arrow callouts. */
const HORIZONTAL_CALLOUT = (a3max: string, q2: string) => `
      maxAdj2 */ 50000 h ss
      a2 pin 0 adj2 maxAdj2
      maxAdj1 */ a2 2 1
      a1 pin 0 adj1 maxAdj1
      maxAdj3 */ ${a3max} w ss
      a3 pin 0 adj3 maxAdj3
      q2 */ a3 ss ${q2}
      maxAdj4 +- 100000 0 q2
      a4 pin 0 adj4 maxAdj4
      dy1 */ ss a2 100000
      dy2 */ ss a1 200000
      y1 +- vc 0 dy1
      y2 +- vc 0 dy2
      y3 +- vc dy2 0
      y4 +- vc dy1 0`;

/** The same for the vertical arrow callouts. */
const VERTICAL_CALLOUT = (a3max: string, q2: string) => `
      maxAdj2 */ 50000 w ss
      a2 pin 0 adj2 maxAdj2
      maxAdj1 */ a2 2 1
      a1 pin 0 adj1 maxAdj1
      maxAdj3 */ ${a3max} h ss
      a3 pin 0 adj3 maxAdj3
      q2 */ a3 ss ${q2}
      maxAdj4 +- 100000 0 q2
      a4 pin 0 adj4 maxAdj4
      dx1 */ ss a2 100000
      dx2 */ ss a1 200000
      x1 +- hc 0 dx1
      x2 +- hc 0 dx2
      x3 +- hc dx2 0
      x4 +- hc dx1 0`;

export const MORE_ARROW_PRESETS: Record<string, PresetDef> = {
  leftUpArrow: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000 },
    gd: `
      a2 pin 0 adj2 50000
      maxAdj1 */ a2 2 1
      a1 pin 0 adj1 maxAdj1
      maxAdj3 +- 100000 0 maxAdj1
      a3 pin 0 adj3 maxAdj3
      x1 */ ss a3 100000
      dx2 */ ss a2 50000
      x2 +- r 0 dx2
      y2 +- b 0 dx2
      dx4 */ ss a2 100000
      x4 +- r 0 dx4
      y4 +- b 0 dx4
      dx3 */ ss a1 200000
      x3 +- x4 0 dx3
      x5 +- x4 dx3 0
      y3 +- y4 0 dx3
      y5 +- y4 dx3 0
      il */ dx3 x1 dx4`,
    rect: 'il y3 x4 y5',
    paths: ['M l y4 L x1 y2 L x1 y3 L x3 y3 L x3 x1 L x2 x1 L x4 t L r x1 L x5 x1 L x5 y5 L x1 y5 L x1 b Z'],
  },

  leftRightUpArrow: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000 },
    gd: `
      a2 pin 0 adj2 50000
      maxAdj1 */ a2 2 1
      a1 pin 0 adj1 maxAdj1
      q1 +- 100000 0 maxAdj1
      maxAdj3 */ q1 1 2
      a3 pin 0 adj3 maxAdj3
      x1 */ ss a3 100000
      dx2 */ ss a2 100000
      x2 +- hc 0 dx2
      x5 +- hc dx2 0
      dx3 */ ss a1 200000
      x3 +- hc 0 dx3
      x4 +- hc dx3 0
      x6 +- r 0 x1
      dy2 */ ss a2 50000
      y2 +- b 0 dy2
      y4 +- b 0 dx2
      y3 +- y4 0 dx3
      y5 +- y4 dx3 0
      il */ dx3 x1 dx2
      ir +- r 0 il`,
    rect: 'il y3 ir y5',
    paths: ['M l y4 L x1 y2 L x1 y3 L x3 y3 L x3 x1 L x2 x1 L hc t L x5 x1 L x4 x1 L x4 y3 L x6 y3 L x6 y2 L r y4 L x6 b L x6 y5 L x1 y5 L x1 b Z'],
  },

  // A curved band rising from the bottom-left corner to a head at the top right (SmartArt's
  // "Upward Arrow", arrow2): adj1 the band's thickness at the head, adj2 the head's length.
  swooshArrow: {
    av: { adj1: 25000, adj2: 16667 },
    gd: `
      a1 pin 1 adj1 75000
      maxAdj2 */ 70000 w ss
      a2 pin 0 adj2 maxAdj2
      ad1 */ h a1 100000
      ad2 */ ss a2 100000
      xB +- r 0 ad2
      yB +- t ssd8 0
      alfa */ cd4 1 14
      dx0 tan ssd8 alfa
      xC +- xB 0 dx0
      dx1 tan ad1 alfa
      yF +- yB ad1 0
      xF +- xB dx1 0
      xE +- xF dx0 0
      yE +- yF ssd8 0
      dy2 +- yE 0 t
      dy22 */ dy2 1 2
      dy3 */ h 1 20
      yD +- t dy22 dy3
      dy4 */ hd6 1 1
      yP1 +- hd6 dy4 0
      xP1 val wd6
      dy5 */ hd6 1 2
      yP2 +- yF dy5 0
      xP2 val wd4`,
    rect: 'l t r b',
    paths: ['M l b Q xP1 yP1 xB yB L xC t L r yD L xE yE L xF yF Q xP2 yP2 l b Z'],
  },

  uturnArrow: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000, adj4: 43750, adj5: 75000 },
    gd: `
      a2 pin 0 adj2 25000
      maxAdj1 */ a2 2 1
      a1 pin 0 adj1 maxAdj1
      q2 */ a1 ss h
      q3 +- 100000 0 q2
      maxAdj3 */ q3 h ss
      a3 pin 0 adj3 maxAdj3
      q1 +- a3 a1 0
      minAdj5 */ q1 ss h
      a5 pin minAdj5 adj5 100000
      th */ ss a1 100000
      aw2 */ ss a2 100000
      th2 */ th 1 2
      dh2 +- aw2 0 th2
      y5 */ h a5 100000
      ah */ ss a3 100000
      y4 +- y5 0 ah
      x9 +- r 0 dh2
      bw */ x9 1 2
      bs min bw y4
      maxAdj4 */ bs 100000 ss
      a4 pin 0 adj4 maxAdj4
      bd */ ss a4 100000
      bd3 +- bd 0 th
      bd2 max bd3 0
      x3 +- th bd2 0
      x8 +- r 0 aw2
      x6 +- x8 0 aw2
      x7 +- x6 dh2 0
      x4 +- x9 0 bd
      x5 +- x7 0 bd2`,
    rect: 'l t r b',
    paths: ['M l b L l bd A bd bd cd2 cd4 L x4 t A bd bd 3cd4 cd4 L x9 y4 L r y4 L x8 y5 L x6 y4 L x7 y4 L x7 x3 A bd2 bd2 0 -5400000 L x3 th A bd2 bd2 3cd4 -5400000 L th b Z'],
  },

  rightArrowCallout: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000, adj4: 64977 },
    gd: HORIZONTAL_CALLOUT('100000', 'w') + `
      dx3 */ ss a3 100000
      x3 +- r 0 dx3
      x2 */ w a4 100000`,
    rect: 'l t x2 b',
    paths: ['M l t L x2 t L x2 y2 L x3 y2 L x3 y1 L r vc L x3 y4 L x3 y3 L x2 y3 L x2 b L l b Z'],
  },

  leftArrowCallout: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000, adj4: 64977 },
    gd: HORIZONTAL_CALLOUT('100000', 'w') + `
      x1 */ ss a3 100000
      dx2 */ w a4 100000
      x2 +- r 0 dx2`,
    rect: 'x2 t r b',
    paths: ['M l vc L x1 y1 L x1 y2 L x2 y2 L x2 t L r t L r b L x2 b L x2 y3 L x1 y3 L x1 y4 Z'],
  },

  leftRightArrowCallout: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000, adj4: 48123 },
    gd: HORIZONTAL_CALLOUT('50000', 'wd2') + `
      x1 */ ss a3 100000
      x4 +- r 0 x1
      dx2 */ w a4 200000
      x2 +- hc 0 dx2
      x3 +- hc dx2 0`,
    rect: 'x2 t x3 b',
    paths: ['M l vc L x1 y1 L x1 y2 L x2 y2 L x2 t L x3 t L x3 y2 L x4 y2 L x4 y1 L r vc L x4 y4 L x4 y3 L x3 y3 L x3 b L x2 b L x2 y3 L x1 y3 L x1 y4 Z'],
  },

  upArrowCallout: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000, adj4: 64977 },
    gd: VERTICAL_CALLOUT('100000', 'h') + `
      y1 */ ss a3 100000
      dy2 */ h a4 100000
      y2 +- b 0 dy2`,
    rect: 'l y2 r b',
    paths: ['M l y2 L x2 y2 L x2 y1 L x1 y1 L hc t L x4 y1 L x3 y1 L x3 y2 L r y2 L r b L l b Z'],
  },

  downArrowCallout: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000, adj4: 64977 },
    gd: VERTICAL_CALLOUT('100000', 'h') + `
      dy3 */ ss a3 100000
      y3 +- b 0 dy3
      y2 */ h a4 100000`,
    rect: 'l t r y2',
    paths: ['M l t L r t L r y2 L x3 y2 L x3 y3 L x4 y3 L hc b L x1 y3 L x2 y3 L x2 y2 L l y2 Z'],
  },

  upDownArrowCallout: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000, adj4: 48123 },
    gd: VERTICAL_CALLOUT('50000', 'hd2') + `
      y1 */ ss a3 100000
      y4 +- b 0 y1
      dy2 */ h a4 200000
      y2 +- vc 0 dy2
      y3 +- vc dy2 0`,
    rect: 'l y2 r y3',
    paths: ['M l y2 L x2 y2 L x2 y1 L x1 y1 L hc t L x4 y1 L x3 y1 L x3 y2 L r y2 L r y3 L x3 y3 L x3 y4 L x4 y4 L hc b L x1 y4 L x2 y4 L x2 y3 L l y3 Z'],
  },

  quadArrowCallout: {
    av: { adj1: 18515, adj2: 18515, adj3: 18515, adj4: 48123 },
    gd: `
      a2 pin 0 adj2 50000
      maxAdj1 */ a2 2 1
      a1 pin 0 adj1 maxAdj1
      maxAdj3 +- 50000 0 a2
      a3 pin 0 adj3 maxAdj3
      q2 */ a3 2 1
      maxAdj4 +- 100000 0 q2
      a4 pin a1 adj4 maxAdj4
      dx2 */ ss a2 100000
      dx3 */ ss a1 200000
      ah */ ss a3 100000
      dx1 */ w a4 200000
      dy1 */ h a4 200000
      x8 +- r 0 ah
      x2 +- hc 0 dx1
      x7 +- hc dx1 0
      x3 +- hc 0 dx2
      x6 +- hc dx2 0
      x4 +- hc 0 dx3
      x5 +- hc dx3 0
      y8 +- b 0 ah
      y2 +- vc 0 dy1
      y7 +- vc dy1 0
      y3 +- vc 0 dx2
      y6 +- vc dx2 0
      y4 +- vc 0 dx3
      y5 +- vc dx3 0`,
    rect: 'x2 y2 x7 y7',
    paths: [
      'M l vc L ah y3 L ah y4 L x2 y4 L x2 y2 L x4 y2 L x4 ah L x3 ah L hc t L x6 ah L x5 ah L x5 y2 L x7 y2 L x7 y4 L x8 y4 L x8 y3 L r vc L x8 y6 L x8 y5 L x7 y5 L x7 y7 L x5 y7 L x5 y8 L x6 y8 L hc b L x3 y8 L x4 y8 L x4 y7 L x2 y7 L x2 y5 L ah y5 L ah y6 Z',
    ],
  },
};
