/**
 * Block arrows (ECMA-376 presetShapeDefinitions: rightArrow, leftArrow, upArrow, downArrow,
 * leftRightArrow, upDownArrow, notchedRightArrow, stripedRightArrow, quadArrow, bentArrow,
 * bentUpArrow).
 */
import type { PresetDef } from '../preset-def.js';

export const ARROW_PRESETS: Record<string, PresetDef> = {
  rightArrow: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj2 */ 100000 w ss
      a1 pin 0 adj1 100000
      a2 pin 0 adj2 maxAdj2
      dx1 */ ss a2 100000
      x1 +- r 0 dx1
      dy1 */ h a1 200000
      y1 +- vc 0 dy1
      y2 +- vc dy1 0
      dx2 */ y1 dx1 hd2
      x2 +- x1 dx2 0`,
    rect: 'l y1 x2 y2',
    paths: ['M l y1 L x1 y1 L x1 t L r vc L x1 b L x1 y2 L l y2 Z'],
  },

  leftArrow: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj2 */ 100000 w ss
      a1 pin 0 adj1 100000
      a2 pin 0 adj2 maxAdj2
      dx2 */ ss a2 100000
      x2 +- l dx2 0
      dy1 */ h a1 200000
      y1 +- vc 0 dy1
      y2 +- vc dy1 0
      dx1 */ y1 dx2 hd2
      x1 +- x2 0 dx1`,
    rect: 'x1 y1 r y2',
    paths: ['M l vc L x2 t L x2 y1 L r y1 L r y2 L x2 y2 L x2 b Z'],
  },

  upArrow: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj2 */ 100000 h ss
      a1 pin 0 adj1 100000
      a2 pin 0 adj2 maxAdj2
      dy2 */ ss a2 100000
      y2 +- t dy2 0
      dx1 */ w a1 200000
      x1 +- hc 0 dx1
      x2 +- hc dx1 0
      dy1 */ x1 dy2 wd2
      y1 +- y2 0 dy1`,
    rect: 'x1 y1 x2 b',
    paths: ['M l y2 L hc t L r y2 L x2 y2 L x2 b L x1 b L x1 y2 Z'],
  },

  downArrow: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj2 */ 100000 h ss
      a1 pin 0 adj1 100000
      a2 pin 0 adj2 maxAdj2
      dy1 */ ss a2 100000
      y1 +- b 0 dy1
      dx1 */ w a1 200000
      x1 +- hc 0 dx1
      x2 +- hc dx1 0
      dy2 */ x1 dy1 wd2
      y2 +- y1 dy2 0`,
    rect: 'x1 t x2 y2',
    paths: ['M l y1 L x1 y1 L x1 t L x2 t L x2 y1 L r y1 L hc b Z'],
  },

  leftRightArrow: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj2 */ 50000 w ss
      a1 pin 0 adj1 100000
      a2 pin 0 adj2 maxAdj2
      x2 */ ss a2 100000
      x3 +- r 0 x2
      dy */ h a1 200000
      y1 +- vc 0 dy
      y2 +- vc dy 0
      dx1 */ y1 x2 hd2
      x1 +- x2 0 dx1
      x4 +- x3 dx1 0`,
    rect: 'x1 y1 x4 y2',
    paths: ['M l vc L x2 t L x2 y1 L x3 y1 L x3 t L r vc L x3 b L x3 y2 L x2 y2 L x2 b Z'],
  },

  upDownArrow: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj2 */ 50000 h ss
      a1 pin 0 adj1 100000
      a2 pin 0 adj2 maxAdj2
      y2 */ ss a2 100000
      y3 +- b 0 y2
      dx1 */ w a1 200000
      x1 +- hc 0 dx1
      x2 +- hc dx1 0
      dy1 */ x1 y2 wd2
      y1 +- y2 0 dy1
      y4 +- y3 dy1 0`,
    rect: 'x1 y1 x2 y4',
    paths: ['M l y2 L hc t L r y2 L x2 y2 L x2 y3 L r y3 L hc b L l y3 L x1 y3 L x1 y2 Z'],
  },

  notchedRightArrow: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj2 */ 100000 w ss
      a1 pin 0 adj1 100000
      a2 pin 0 adj2 maxAdj2
      dx2 */ ss a2 100000
      x2 +- r 0 dx2
      dy1 */ h a1 200000
      y1 +- vc 0 dy1
      y2 +- vc dy1 0
      x1 */ dy1 dx2 hd2
      x3 +- r 0 x1`,
    rect: 'x1 y1 x3 y2',
    paths: ['M l y1 L x2 y1 L x2 t L r vc L x2 b L x2 y2 L l y2 L x1 vc Z'],
  },

  stripedRightArrow: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj2 */ 84375 w ss
      a1 pin 0 adj1 100000
      a2 pin 0 adj2 maxAdj2
      x4 */ ss 5 32
      dx5 */ ss a2 100000
      x5 +- r 0 dx5
      dy1 */ h a1 200000
      y1 +- vc 0 dy1
      y2 +- vc dy1 0
      dx6 */ dy1 dx5 hd2
      x6 +- r 0 dx6`,
    rect: 'x4 y1 x6 y2',
    paths: [
      'M l y1 L ssd32 y1 L ssd32 y2 L l y2 Z M ssd16 y1 L ssd8 y1 L ssd8 y2 L ssd16 y2 Z M x4 y1 L x5 y1 L x5 t L r vc L x5 b L x5 y2 L x4 y2 Z',
    ],
  },

  quadArrow: {
    av: { adj1: 22500, adj2: 22500, adj3: 22500 },
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
      y2 +- vc 0 dx2
      y5 +- vc dx2 0
      y3 +- vc 0 dx3
      y4 +- vc dx3 0
      y6 +- b 0 x1
      il */ dx3 x1 dx2
      ir +- r 0 il`,
    rect: 'il y3 ir y4',
    paths: [
      'M l vc L x1 y2 L x1 y3 L x3 y3 L x3 x1 L x2 x1 L hc t L x5 x1 L x4 x1 L x4 y3 L x6 y3 L x6 y2 L r vc L x6 y5 L x6 y4 L x4 y4 L x4 y6 L x5 y6 L hc b L x2 y6 L x3 y6 L x3 y4 L x1 y4 L x1 y5 Z',
    ],
  },

  bentArrow: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000, adj4: 43750 },
    gd: `
      a2 pin 0 adj2 50000
      maxAdj1 */ a2 2 1
      a1 pin 0 adj1 maxAdj1
      a3 pin 0 adj3 50000
      th */ ss a1 100000
      aw2 */ ss a2 100000
      th2 */ th 1 2
      dh2 +- aw2 0 th2
      ah */ ss a3 100000
      bw +- r 0 ah
      bh +- b 0 dh2
      bs min bw bh
      maxAdj4 */ 100000 bs ss
      a4 pin 0 adj4 maxAdj4
      bd */ ss a4 100000
      bd3 +- bd 0 th
      bd2 max bd3 0
      x3 +- th bd2 0
      x4 +- r 0 ah
      y3 +- dh2 th 0
      y4 +- y3 dh2 0
      y5 +- dh2 bd 0
      y6 +- y3 bd2 0`,
    rect: 'l t r b',
    paths: ['M l b L l y5 A bd bd cd2 cd4 L x4 dh2 L x4 t L r aw2 L x4 y4 L x4 y3 L x3 y3 A bd2 bd2 3cd4 -5400000 L th b Z'],
  },

  bentUpArrow: {
    av: { adj1: 25000, adj2: 25000, adj3: 25000 },
    gd: `
      a1 pin 0 adj1 50000
      a2 pin 0 adj2 50000
      a3 pin 0 adj3 50000
      y1 */ ss a3 100000
      dx1 */ ss a2 50000
      x1 +- r 0 dx1
      dx3 */ ss a2 100000
      x3 +- r 0 dx3
      dx2 */ ss a1 200000
      x2 +- x3 0 dx2
      x4 +- x3 dx2 0
      dy2 */ ss a1 100000
      y2 +- b 0 dy2`,
    rect: 'l y2 x4 b',
    paths: ['M l y2 L x2 y2 L x2 y1 L x1 y1 L x3 t L r y1 L x4 y1 L x4 b L l b Z'],
  },
};
