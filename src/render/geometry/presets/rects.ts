/**
 * Rectangles with rounded, snipped or folded corners, and frames (ECMA-376
 * presetShapeDefinitions: rect, roundRect, round1Rect, round2SameRect, round2DiagRect,
 * snip1Rect, snip2SameRect, snip2DiagRect, snipRoundRect, plaque, frame, halfFrame, corner,
 * diagStripe, foldedCorner, bevel).
 */
import type { PresetDef } from '../preset-def.js';

export const RECT_PRESETS: Record<string, PresetDef> = {
  rect: {
    rect: 'l t r b',
    paths: ['M l t L r t L r b L l b Z'],
  },

  roundRect: {
    av: { adj: 16667 },
    gd: `
      a pin 0 adj 50000
      x1 */ ss a 100000
      x2 +- r 0 x1
      y2 +- b 0 x1
      il */ x1 29289 100000
      ir +- r 0 il
      ib +- b 0 il`,
    rect: 'il il ir ib',
    paths: ['M l x1 A x1 x1 cd2 cd4 L x2 t A x1 x1 3cd4 cd4 L r y2 A x1 x1 0 cd4 L x1 b A x1 x1 cd4 cd4 Z'],
  },

  round1Rect: {
    av: { adj: 16667 },
    gd: `
      a pin 0 adj 50000
      dx1 */ ss a 100000
      x1 +- r 0 dx1
      idx */ dx1 29289 100000
      ir +- r 0 idx`,
    rect: 'l t ir b',
    paths: ['M l t L x1 t A dx1 dx1 3cd4 cd4 L r b L l b Z'],
  },

  round2SameRect: {
    av: { adj1: 16667, adj2: 0 },
    gd: `
      a1 pin 0 adj1 50000
      a2 pin 0 adj2 50000
      tx1 */ ss a1 100000
      tx2 +- r 0 tx1
      bx1 */ ss a2 100000
      bx2 +- r 0 bx1
      by1 +- b 0 bx1
      d +- tx1 0 bx1
      tdx */ tx1 29289 100000
      bdx */ bx1 29289 100000
      il ?: d tdx bdx
      ir +- r 0 il
      ib +- b 0 bdx`,
    rect: 'il tdx ir ib',
    paths: ['M tx1 t L tx2 t A tx1 tx1 3cd4 cd4 L r by1 A bx1 bx1 0 cd4 L bx1 b A bx1 bx1 cd4 cd4 L l tx1 A tx1 tx1 cd2 cd4 Z'],
  },

  round2DiagRect: {
    av: { adj1: 16667, adj2: 0 },
    gd: `
      a1 pin 0 adj1 50000
      a2 pin 0 adj2 50000
      x1 */ ss a1 100000
      y1 +- b 0 x1
      a */ ss a2 100000
      x2 +- r 0 a
      y2 +- b 0 a
      dx1 */ x1 29289 100000
      dx2 */ a 29289 100000
      d +- dx1 0 dx2
      dx ?: d dx1 dx2
      ir +- r 0 dx
      ib +- b 0 dx`,
    rect: 'dx dx ir ib',
    paths: ['M x1 t L x2 t A a a 3cd4 cd4 L r y1 A x1 x1 0 cd4 L a b A a a cd4 cd4 L l x1 A x1 x1 cd2 cd4 Z'],
  },

  snip1Rect: {
    av: { adj: 16667 },
    gd: `
      a pin 0 adj 50000
      dx1 */ ss a 100000
      x1 +- r 0 dx1
      it */ dx1 1 2
      ir +/ x1 r 2`,
    rect: 'l it ir b',
    paths: ['M l t L x1 t L r dx1 L r b L l b Z'],
  },

  snip2SameRect: {
    av: { adj1: 16667, adj2: 0 },
    gd: `
      a1 pin 0 adj1 50000
      a2 pin 0 adj2 50000
      tx1 */ ss a1 100000
      tx2 +- r 0 tx1
      bx1 */ ss a2 100000
      bx2 +- r 0 bx1
      by1 +- b 0 bx1
      d +- tx1 0 bx1
      dx ?: d tx1 bx1
      il */ dx 1 2
      ir +- r 0 il
      it */ tx1 1 2
      ib +/ by1 b 2`,
    rect: 'il it ir ib',
    paths: ['M tx1 t L tx2 t L r tx1 L r by1 L bx2 b L bx1 b L l by1 L l tx1 Z'],
  },

  snip2DiagRect: {
    av: { adj1: 0, adj2: 16667 },
    gd: `
      a1 pin 0 adj1 50000
      a2 pin 0 adj2 50000
      lx1 */ ss a1 100000
      lx2 +- r 0 lx1
      ly1 +- b 0 lx1
      rx1 */ ss a2 100000
      rx2 +- r 0 rx1
      ry1 +- b 0 rx1
      d +- lx1 0 rx1
      dx ?: d lx1 rx1
      il */ dx 1 2
      ir +- r 0 il
      ib +- b 0 il`,
    rect: 'il il ir ib',
    paths: ['M lx1 t L rx2 t L r rx1 L r ly1 L lx2 b L rx1 b L l ry1 L l lx1 Z'],
  },

  snipRoundRect: {
    av: { adj1: 16667, adj2: 16667 },
    gd: `
      a1 pin 0 adj1 50000
      a2 pin 0 adj2 50000
      x1 */ ss a1 100000
      dx2 */ ss a2 100000
      x2 +- r 0 dx2
      il */ x1 29289 100000
      ir +/ x2 r 2`,
    rect: 'il il ir b',
    paths: ['M x1 t L x2 t L r dx2 L r b L l b L l x1 A x1 x1 cd2 cd4 Z'],
  },

  plaque: {
    av: { adj: 16667 },
    gd: `
      a pin 0 adj 50000
      x1 */ ss a 100000
      x2 +- r 0 x1
      y2 +- b 0 x1
      il */ x1 70711 100000
      ir +- r 0 il
      ib +- b 0 il`,
    rect: 'il il ir ib',
    paths: ['M l x1 A x1 x1 cd4 -5400000 L x2 t A x1 x1 cd2 -5400000 L r y2 A x1 x1 3cd4 -5400000 L x1 b A x1 x1 0 -5400000 Z'],
  },

  frame: {
    av: { adj1: 12500 },
    gd: `
      a1 pin 0 adj1 50000
      x1 */ ss a1 100000
      x4 +- r 0 x1
      y4 +- b 0 x1`,
    rect: 'x1 x1 x4 y4',
    paths: ['M l t L r t L r b L l b Z M x1 x1 L x1 y4 L x4 y4 L x4 x1 Z'],
  },

  halfFrame: {
    av: { adj1: 33333, adj2: 33333 },
    gd: `
      maxAdj2 */ 100000 w ss
      a2 pin 0 adj2 maxAdj2
      x1 */ ss a2 100000
      g1 */ h x1 w
      g2 +- h 0 g1
      maxAdj1 */ 100000 g2 ss
      a1 pin 0 adj1 maxAdj1
      y1 */ ss a1 100000
      dx2 */ y1 w h
      x2 +- r 0 dx2
      dy2 */ x1 h w
      y2 +- b 0 dy2`,
    rect: 'l t r b',
    paths: ['M l t L r t L x2 y1 L x1 y1 L x1 y2 L l b Z'],
  },

  corner: {
    av: { adj1: 50000, adj2: 50000 },
    gd: `
      maxAdj1 */ 100000 h ss
      maxAdj2 */ 100000 w ss
      a1 pin 0 adj1 maxAdj1
      a2 pin 0 adj2 maxAdj2
      x1 */ ss a2 100000
      dy1 */ ss a1 100000
      y1 +- b 0 dy1
      d +- w 0 h
      it ?: d y1 t
      ir ?: d r x1`,
    rect: 'l it ir b',
    paths: ['M l t L x1 t L x1 y1 L r y1 L r b L l b Z'],
  },

  diagStripe: {
    av: { adj: 50000 },
    gd: `
      a pin 0 adj 100000
      x2 */ w a 100000
      x3 +/ x2 r 2
      y2 */ h a 100000
      y3 +/ y2 b 2`,
    rect: 'l t x3 y3',
    paths: ['M l y2 L x2 t L r t L l b Z'],
  },

  foldedCorner: {
    av: { adj: 16667 },
    gd: `
      a pin 0 adj 50000
      dy2 */ ss a 100000
      dy1 */ dy2 1 5
      x1 +- r 0 dy2
      x2 +- x1 dy1 0
      y2 +- b 0 dy2
      y1 +- y2 dy1 0`,
    rect: 'l t r y2',
    paths: [
      { d: 'M l t L r t L r y2 L x1 b L l b Z', stroke: false },
      { d: 'M x1 b L x2 y1 L r y2 Z', fill: 'darkenLess', stroke: false },
      { d: 'M x1 b L x2 y1 L r y2 L x1 b L l b L l t L r t L r y2', fill: 'none' },
    ],
  },

  bevel: {
    av: { adj: 12500 },
    gd: `
      a pin 0 adj 50000
      x1 */ ss a 100000
      x2 +- r 0 x1
      y2 +- b 0 x1`,
    rect: 'x1 x1 x2 y2',
    paths: [
      { d: 'M x1 x1 L x2 x1 L x2 y2 L x1 y2 Z', stroke: false },
      { d: 'M l t L r t L x2 x1 L x1 x1 Z', fill: 'lightenLess', stroke: false },
      { d: 'M l b L x1 y2 L x2 y2 L r b Z', fill: 'darkenLess', stroke: false },
      { d: 'M l t L x1 x1 L x1 y2 L l b Z', fill: 'lighten', stroke: false },
      { d: 'M r t L r b L x2 y2 L x2 x1 Z', fill: 'darken', stroke: false },
      {
        d: 'M l t L r t L r b L l b Z M x1 x1 L x2 x1 L x2 y2 L x1 y2 Z M l t L x1 x1 M l b L x1 y2 M r t L x2 x1 M r b L x2 y2',
        fill: 'none',
      },
    ],
  },
};
