/**
 * Straight-edged polygons (ECMA-376 presetShapeDefinitions: triangle, rtTriangle, diamond,
 * parallelogram, trapezoid, nonIsoscelesTrapezoid, pentagon, hexagon, heptagon, octagon,
 * decagon, dodecagon, plus, chevron, homePlate).
 */
import type { PresetDef } from '../preset-def.js';

export const POLYGON_PRESETS: Record<string, PresetDef> = {
  triangle: {
    av: { adj: 50000 },
    gd: `
      a pin 0 adj 100000
      x1 */ w a 200000
      x2 */ w a 100000
      x3 +- x1 wd2 0`,
    rect: 'x1 vc x3 b',
    paths: ['M l b L x2 t L r b Z'],
  },

  rtTriangle: {
    gd: `
      il */ w 1 12
      it */ h 7 12
      ir */ w 7 12
      ib */ h 11 12`,
    rect: 'il it ir ib',
    paths: ['M l b L l t L r b Z'],
  },

  diamond: {
    gd: `
      ir */ w 3 4
      ib */ h 3 4`,
    rect: 'wd4 hd4 ir ib',
    paths: ['M l vc L hc t L r vc L hc b Z'],
  },

  parallelogram: {
    av: { adj: 25000 },
    gd: `
      maxAdj */ 100000 w ss
      a pin 0 adj maxAdj
      x1 */ ss a 200000
      x2 */ ss a 100000
      x6 +- r 0 x1
      x5 +- r 0 x2
      x3 */ x5 1 2
      x4 +- r 0 x3
      il */ wd2 a maxAdj
      q1 */ 5 a maxAdj
      q2 +/ 1 q1 12
      il */ q2 w 1
      it */ q2 h 1
      ir +- r 0 il
      ib +- b 0 it`,
    rect: 'il it ir ib',
    paths: ['M l b L x2 t L r t L x5 b Z'],
  },

  trapezoid: {
    av: { adj: 25000 },
    gd: `
      maxAdj */ 50000 w ss
      a pin 0 adj maxAdj
      x1 */ ss a 200000
      x2 */ ss a 100000
      x3 +- r 0 x2
      x4 +- r 0 x1
      il */ wd3 a maxAdj
      it */ hd3 a maxAdj
      ir +- r 0 il`,
    rect: 'il it ir b',
    paths: ['M l b L x2 t L x3 t L r b Z'],
  },

  nonIsoscelesTrapezoid: {
    av: { adj1: 25000, adj2: 25000 },
    gd: `
      maxAdj */ 50000 w ss
      a1 pin 0 adj1 maxAdj
      a2 pin 0 adj2 maxAdj
      x1 */ ss a1 200000
      x2 */ ss a1 100000
      dx3 */ ss a2 100000
      x3 +- r 0 dx3
      il */ wd3 a1 maxAdj
      adjm max a1 a2
      it */ hd3 adjm maxAdj
      irt */ wd3 a2 maxAdj
      ir +- r 0 irt`,
    rect: 'il it ir b',
    paths: ['M l b L x2 t L x3 t L r b Z'],
  },

  pentagon: {
    av: { hf: 105146, vf: 110557 },
    gd: `
      swd2 */ wd2 hf 100000
      shd2 */ hd2 vf 100000
      svc */ vc vf 100000
      dx1 cos swd2 1080000
      dx2 cos swd2 18360000
      dy1 sin shd2 1080000
      dy2 sin shd2 18360000
      x1 +- hc 0 dx1
      x2 +- hc 0 dx2
      x3 +- hc dx2 0
      x4 +- hc dx1 0
      y1 +- svc 0 dy1
      y2 +- svc 0 dy2
      it */ y1 dx2 dx1`,
    rect: 'x2 it x3 y2',
    paths: ['M x1 y1 L hc t L x4 y1 L x3 y2 L x2 y2 Z'],
  },

  hexagon: {
    av: { adj: 25000, vf: 115470 },
    gd: `
      maxAdj */ 50000 w ss
      a pin 0 adj maxAdj
      shd2 */ hd2 vf 100000
      x1 */ ss a 100000
      x2 +- r 0 x1
      dy1 sin shd2 3600000
      y1 +- vc 0 dy1
      y2 +- vc dy1 0
      q1 */ maxAdj -1 2
      q2 +- a q1 0
      q3 ?: q2 4 2
      q4 ?: q2 3 2
      q5 ?: q2 q1 0
      q6 +/ a q5 q1
      q7 */ q6 q4 -1
      q8 +- q3 q7 0
      il */ w q8 24
      it */ h q8 24
      ir +- r 0 il
      ib +- b 0 it`,
    rect: 'il it ir ib',
    paths: ['M l vc L x1 y1 L x2 y1 L r vc L x2 y2 L x1 y2 Z'],
  },

  heptagon: {
    av: { hf: 102572, vf: 105210 },
    gd: `
      swd2 */ wd2 hf 100000
      shd2 */ hd2 vf 100000
      svc */ vc vf 100000
      dx1 */ swd2 97493 100000
      dx2 */ swd2 78183 100000
      dx3 */ swd2 43388 100000
      dy1 */ shd2 62349 100000
      dy2 */ shd2 22252 100000
      dy3 */ shd2 90097 100000
      x1 +- hc 0 dx1
      x2 +- hc 0 dx2
      x3 +- hc 0 dx3
      x4 +- hc dx3 0
      x5 +- hc dx2 0
      x6 +- hc dx1 0
      y1 +- svc 0 dy1
      y2 +- svc dy2 0
      y3 +- svc dy3 0
      ib +- b 0 y1`,
    rect: 'x2 y1 x5 ib',
    paths: ['M x1 y2 L x2 y1 L hc t L x5 y1 L x6 y2 L x4 y3 L x3 y3 Z'],
  },

  octagon: {
    av: { adj: 29289 },
    gd: `
      a pin 0 adj 50000
      x1 */ ss a 100000
      x2 +- r 0 x1
      y2 +- b 0 x1
      il */ x1 1 2
      ir +- r 0 il
      ib +- b 0 il`,
    rect: 'il il ir ib',
    paths: ['M l x1 L x1 t L x2 t L r x1 L r y2 L x2 b L x1 b L l y2 Z'],
  },

  decagon: {
    av: { vf: 105146 },
    gd: `
      shd2 */ hd2 vf 100000
      dx1 cos wd2 2160000
      dx2 cos wd2 4320000
      x1 +- hc 0 dx1
      x2 +- hc 0 dx2
      x3 +- hc dx2 0
      x4 +- hc dx1 0
      dy1 sin shd2 4320000
      dy2 sin shd2 2160000
      y1 +- vc 0 dy1
      y2 +- vc 0 dy2
      y3 +- vc dy2 0
      y4 +- vc dy1 0`,
    rect: 'x1 y2 x4 y3',
    paths: ['M l vc L x1 y2 L x2 y1 L x3 y1 L x4 y2 L r vc L x4 y3 L x3 y4 L x2 y4 L x1 y3 Z'],
  },

  dodecagon: {
    gd: `
      x1 */ w 2894 21600
      x2 */ w 7906 21600
      x3 */ w 13694 21600
      x4 */ w 18706 21600
      y1 */ h 2894 21600
      y2 */ h 7906 21600
      y3 */ h 13694 21600
      y4 */ h 18706 21600`,
    rect: 'x1 y1 x4 y4',
    paths: ['M l y2 L x1 y1 L x2 t L x3 t L x4 y1 L r y2 L r y3 L x4 y4 L x3 b L x2 b L x1 y4 L l y3 Z'],
  },

  plus: {
    av: { adj: 25000 },
    gd: `
      a pin 0 adj 50000
      x1 */ ss a 100000
      x2 +- r 0 x1
      y2 +- b 0 x1
      d +- w 0 h
      il ?: d l x1
      ir ?: d r x2
      it ?: d x1 t
      ib ?: d y2 b`,
    rect: 'il it ir ib',
    paths: ['M l x1 L x1 x1 L x1 t L x2 t L x2 x1 L r x1 L r y2 L x2 y2 L x2 b L x1 b L x1 y2 L l y2 Z'],
  },

  chevron: {
    av: { adj: 50000 },
    gd: `
      maxAdj */ 100000 w ss
      a pin 0 adj maxAdj
      x1 */ ss a 100000
      x2 +- r 0 x1
      dx +- x2 0 x1
      il ?: dx x1 l
      ir ?: dx x2 r`,
    rect: 'il t ir b',
    paths: ['M l t L x2 t L r vc L x2 b L l b L x1 vc Z'],
  },

  homePlate: {
    av: { adj: 50000 },
    gd: `
      maxAdj */ 100000 w ss
      a pin 0 adj maxAdj
      dx1 */ ss a 100000
      x1 +- r 0 dx1
      ir +/ x1 r 2`,
    rect: 'l t ir b',
    paths: ['M l t L x1 t L r vc L x1 b L l b Z'],
  },
};
