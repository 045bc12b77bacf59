/**
 * Solids and pictorial presets (ECMA-376 presetShapeDefinitions: can, cube, smileyFace, heart,
 * cloud, lightningBolt, moon, wave, doubleWave, verticalScroll, horizontalScroll).
 */
import type { PresetDef } from '../preset-def.js';
import { ELLIPSE_TEXT_GUIDES } from './arcs.js';

/** cloud and cloudCallout: the text rectangle's guides. */
export const CLOUD_TEXT_GUIDES = `
      il */ w 2977 21600
      it */ h 3262 21600
      ir */ w 17087 21600
      ib */ h 17337 21600`;

/** cloud and cloudCallout: the outline, in a 43200 × 43200 path space. */
export const CLOUD_OUTLINE = `M 3900 14370
          A 6753 9190 -11429249 7426832
          A 5333 7267 -8646143 5396714
          A 4365 5945 -8748475 5983381
          A 4857 6595 -7859164 7034504
          A 5333 7273 -4722533 6541615
          A 6775 9220 -2776035 7816140
          A 5785 7867 37501 6842000
          A 6752 9215 1347096 6910353
          A 7720 10543 3974558 4542661
          A 4360 5918 -16496525 8804134
          A 4345 5945 -14809710 9151131 Z`;

/** cloud and cloudCallout: the creases drawn inside the outline (stroke only). */
export const CLOUD_CREASES = `M 4693 26177 A 4345 5945 5204520 1585770
          M 6928 34899 A 4360 5918 4416628 686848
          M 16478 39090 A 6752 9215 8257449 844866
          M 28827 34751 A 6752 9215 387196 959901
          M 34129 22954 A 5785 7867 -4217541 4255042
          M 41798 15354 A 5333 7273 1819082 1665090
          M 38324 5426 A 4857 6595 -824660 891534
          M 29078 3952 A 4857 6595 -8950887 1091722
          M 22141 4720 A 4365 5945 -9809656 1061181
          M 14000 5192 A 6753 9190 -4002417 739161
          M 4127 15789 A 6753 9190 9459261 711490`;

export const SYMBOL_PRESETS: Record<string, PresetDef> = {
  can: {
    av: { adj: 25000 },
    gd: `
      maxAdj */ 50000 h ss
      a pin 0 adj maxAdj
      y1 */ ss a 200000
      y2 +- y1 y1 0
      y3 +- b 0 y1`,
    rect: 'l y2 r y3',
    paths: [
      { d: 'M l y1 A wd2 y1 cd2 -10800000 L r y3 A wd2 y1 0 cd2 Z', stroke: false },
      { d: 'M l y1 A wd2 y1 cd2 cd2 A wd2 y1 0 cd2 Z', fill: 'lighten', stroke: false },
      { d: 'M r y1 A wd2 y1 0 cd2 A wd2 y1 cd2 cd2 L r y3 A wd2 y1 0 cd2 L l y1', fill: 'none' },
    ],
  },

  cube: {
    av: { adj: 25000 },
    gd: `
      a pin 0 adj 100000
      y1 */ ss a 100000
      y4 +- b 0 y1
      x4 +- r 0 y1`,
    rect: 'l y1 x4 b',
    paths: [
      { d: 'M l y1 L x4 y1 L x4 b L l b Z', stroke: false },
      { d: 'M x4 y1 L r t L r y4 L x4 b Z', fill: 'darkenLess', stroke: false },
      { d: 'M l y1 L y1 t L r t L x4 y1 Z', fill: 'lightenLess', stroke: false },
      { d: 'M l y1 L y1 t L r t L r y4 L x4 b L l b Z M l y1 L x4 y1 L r t M x4 y1 L x4 b', fill: 'none' },
    ],
  },

  smileyFace: {
    av: { adj: 4653 },
    gd: `
      a pin -4653 adj 4653
      x1 */ w 4969 21699
      x2 */ w 6215 21600
      x3 */ w 13135 21600
      x4 */ w 16640 21600
      y1 */ h 7570 21600
      y3 */ h 16515 21600
      dy2 */ h a 100000
      y2 +- y3 0 dy2
      y4 +- y3 dy2 0
      dy3 */ h a 50000
      y5 +- y4 dy3 0
      wR */ w 1125 21600
      hR */ h 1125 21600` + ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [
      { d: 'M l vc A wd2 hd2 cd2 21600000 Z', stroke: false },
      { d: 'M x2 y1 A wR hR cd2 21600000 M x3 y1 A wR hR cd2 21600000', fill: 'darkenLess' },
      { d: 'M x1 y2 Q hc y5 x4 y2', fill: 'none' },
      { d: 'M l vc A wd2 hd2 cd2 21600000 Z', fill: 'none' },
    ],
  },

  heart: {
    gd: `
      dx1 */ w 49 48
      dx2 */ w 10 48
      x1 +- hc 0 dx1
      x2 +- hc 0 dx2
      x3 +- hc dx2 0
      x4 +- hc dx1 0
      y1 +- t 0 hd3
      il */ w 1 6
      ir */ w 5 6
      ib */ h 2 3`,
    rect: 'il hd4 ir ib',
    paths: ['M hc hd4 C x3 y1 x4 hd4 hc b C x1 hd4 x2 y1 hc hd4 Z'],
  },

  cloud: {
    gd: CLOUD_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [
      { w: 43200, h: 43200, d: CLOUD_OUTLINE },
      { w: 43200, h: 43200, fill: 'none', d: CLOUD_CREASES },
    ],
  },

  lightningBolt: {
    gd: `
      x4 */ w 8757 21600
      x9 */ w 13917 21600
      y4 */ h 7437 21600
      y10 */ h 14277 21600`,
    rect: 'x4 y4 x9 y10',
    paths: [
      {
        w: 21600,
        h: 21600,
        d: 'M 8472 0 L 12860 6080 L 11050 6797 L 16577 12007 L 14767 12877 L 21600 21600 L 10012 14915 L 12222 13987 L 5022 9705 L 7602 8382 L 0 3890 Z',
      },
    ],
  },

  moon: {
    av: { adj: 50000 },
    gd: `
      a pin 0 adj 87500
      g0 */ ss a 100000
      g0w */ g0 w ss
      g1 +- ss 0 g0
      g2 */ g0 g0 g1
      g3 */ ss ss g1
      g4 */ g3 2 1
      g5 +- g4 0 g2
      g6 +- g5 0 g0
      g6w */ g6 w ss
      g7 */ g5 1 2
      g8 +- g7 0 g0
      dy1 */ g8 hd2 ss
      g12 */ g0 9598 32768
      g12w */ g12 w ss
      g13 +- ss 0 g12
      q1 */ ss ss 1
      q2 */ g13 g13 1
      q3 +- q1 0 q2
      q4 sqrt q3
      dy4 */ q4 hd2 ss
      g15h +- vc 0 dy4
      g16h +- vc dy4 0
      g17w +- g6w 0 g0w
      g18w */ g17w 1 2
      dx2p +- g0w g18w w
      dx2 */ dx2p -1 1
      dy2 */ hd2 -1 1
      stAng1 at2 dx2 dy2
      enAngp1 at2 dx2 hd2
      enAng1 +- enAngp1 0 21600000
      swAng1 +- enAng1 0 stAng1`,
    rect: 'g12w g15h g0w g16h',
    paths: ['M r b A w hd2 cd4 cd2 A g18w dy1 stAng1 swAng1 Z'],
  },

  wave: {
    av: { adj1: 12500, adj2: 0 },
    gd: `
      a1 pin 0 adj1 20000
      a2 pin -10000 adj2 10000
      y1 */ h a1 100000
      dy2 */ y1 10 3
      y2 +- y1 0 dy2
      y3 +- y1 dy2 0
      y4 +- b 0 y1
      y5 +- y4 0 dy2
      y6 +- y4 dy2 0
      dx1 */ w a2 100000
      of2 */ w a2 50000
      x1 abs dx1
      dx2 ?: of2 0 of2
      x2 +- l 0 dx2
      dx5 ?: of2 of2 0
      x5 +- r 0 dx5
      dx3 +/ dx2 x5 3
      x3 +- x2 dx3 0
      x4 +/ x3 x5 2
      x6 +- l dx5 0
      x10 +- r dx2 0
      x7 +- x6 dx3 0
      x8 +/ x7 x10 2
      il max x2 x6
      ir min x5 x10
      it */ h a1 50000
      ib +- b 0 it`,
    rect: 'il it ir ib',
    paths: ['M x2 y1 C x3 y2 x4 y3 x5 y1 L x10 y4 C x8 y6 x7 y5 x6 y4 Z'],
  },

  doubleWave: {
    av: { adj1: 6250, adj2: 0 },
    gd: `
      a1 pin 0 adj1 12500
      a2 pin -10000 adj2 10000
      y1 */ h a1 100000
      dy2 */ y1 10 3
      y2 +- y1 0 dy2
      y3 +- y1 dy2 0
      y4 +- b 0 y1
      y5 +- y4 0 dy2
      y6 +- y4 dy2 0
      of2 */ w a2 50000
      dx2 ?: of2 0 of2
      x2 +- l 0 dx2
      dx8 ?: of2 of2 0
      x8 +- r 0 dx8
      dx3 +/ dx2 x8 6
      x3 +- x2 dx3 0
      dx4 +/ dx2 x8 3
      x4 +- x2 dx4 0
      x5 +/ x2 x8 2
      x6 +- x5 dx3 0
      x7 +/ x6 x8 2
      x9 +- l dx8 0
      x15 +- r dx2 0
      x10 +- x9 dx3 0
      x11 +- x9 dx4 0
      x12 +/ x9 x15 2
      x13 +- x12 dx3 0
      x14 +/ x13 x15 2
      il max x2 x9
      ir min x8 x15
      it */ h a1 50000
      ib +- b 0 it`,
    rect: 'il it ir ib',
    paths: ['M x2 y1 C x3 y2 x4 y3 x5 y1 C x6 y2 x7 y3 x8 y1 L x15 y4 C x14 y6 x13 y5 x12 y4 C x11 y6 x10 y5 x9 y4 Z'],
  },

  // The scrolls: a sheet whose rolled ends are drawn as a body (no outline), the rolls' insides
  // darkened (darkenLess) and the outline on its own (fill none).
  verticalScroll: {
    av: { adj: 12500 },
    gd: `
      a pin 0 adj 25000
      ch */ ss a 100000
      ch2 */ ch 1 2
      ch4 */ ch 1 4
      x3 +- ch ch2 0
      x4 +- ch ch 0
      x6 +- r 0 ch
      x7 +- r 0 ch2
      x5 +- x6 0 ch2
      y3 +- b 0 ch
      y4 +- b 0 ch2`,
    rect: 'ch ch x6 y4',
    paths: [
      {
        d: 'M ch2 b A ch2 ch2 cd4 -5400000 L ch2 y4 A ch4 ch4 cd4 -10800000 L ch y3 L ch ch2 A ch2 ch2 cd2 cd4 L x7 t A ch2 ch2 3cd4 cd2 L x6 ch L x6 y4 A ch2 ch2 0 cd4 Z M x4 ch2 A ch2 ch2 0 cd4 A ch4 ch4 cd4 cd2 Z',
        stroke: false,
      },
      { d: 'M x4 ch2 A ch2 ch2 0 cd4 A ch4 ch4 cd4 cd2 Z M ch y4 A ch2 ch2 0 3cd4 A ch4 ch4 3cd4 cd2 Z', fill: 'darkenLess', stroke: false },
      {
        d: 'M ch y3 L ch ch2 A ch2 ch2 cd2 cd4 L x7 t A ch2 ch2 3cd4 cd2 L x6 ch L x6 y4 A ch2 ch2 0 cd4 L ch2 b A ch2 ch2 cd4 cd2 Z M x3 t A ch2 ch2 3cd4 cd2 A ch4 ch4 cd4 cd2 L x4 ch2 M x6 ch L x3 ch M ch2 y3 A ch4 ch4 3cd4 cd2 L ch y4 M ch2 b A ch2 ch2 cd4 -5400000 L ch y3',
        fill: 'none',
      },
    ],
  },

  horizontalScroll: {
    av: { adj: 12500 },
    gd: `
      a pin 0 adj 25000
      ch */ ss a 100000
      ch2 */ ch 1 2
      ch4 */ ch 1 4
      y3 +- ch ch2 0
      y4 +- ch ch 0
      y6 +- b 0 ch
      y7 +- b 0 ch2
      y5 +- y6 0 ch2
      x3 +- r 0 ch
      x4 +- r 0 ch2`,
    rect: 'ch ch x4 y6',
    paths: [
      {
        d: 'M r ch2 A ch2 ch2 0 cd4 L x4 ch2 A ch4 ch4 0 cd2 L x3 ch L ch2 ch A ch2 ch2 3cd4 -5400000 L l y7 A ch2 ch2 cd2 -10800000 L ch y6 L x4 y6 A ch2 ch2 cd4 -5400000 Z M ch2 y4 A ch2 ch2 cd4 -5400000 A ch4 ch4 0 -10800000 Z',
        stroke: false,
      },
      { d: 'M ch2 y4 A ch2 ch2 cd4 -5400000 A ch4 ch4 0 -10800000 Z M x4 ch A ch2 ch2 cd4 -16200000 A ch4 ch4 cd2 -10800000 Z', fill: 'darkenLess', stroke: false },
      {
        d: 'M l y3 A ch2 ch2 cd2 cd4 L x3 ch L x3 ch2 A ch2 ch2 cd2 cd2 L r y5 A ch2 ch2 0 cd4 L ch y6 L ch y7 A ch2 ch2 0 cd2 Z M x3 ch L x4 ch A ch2 ch2 cd4 -5400000 M x4 ch L x4 ch2 A ch4 ch4 0 cd2 M ch2 y4 L ch2 y3 A ch4 ch4 cd2 cd2 A ch2 ch2 0 cd2 M ch y3 L ch y6',
        fill: 'none',
      },
    ],
  },
};
