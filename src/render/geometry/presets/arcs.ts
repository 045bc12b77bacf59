/**
 * Ellipse-based presets (ECMA-376 presetShapeDefinitions: ellipse, pie, pieWedge, chord, arc,
 * blockArc, donut, noSmoking, teardrop).
 */
import type { PresetDef } from '../preset-def.js';

/** A full ellipse inscribed in the box, clockwise from the left. */
export const ELLIPSE_PATH = 'M l vc A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z';

/** The text rectangle of ellipse-like presets: the square inscribed at ±45°. */
export const ELLIPSE_TEXT_GUIDES = `
      idx cos wd2 2700000
      idy sin hd2 2700000
      il +- hc 0 idx
      ir +- hc idx 0
      it +- vc 0 idy
      ib +- vc idy 0`;

/** Start and end points (x1 y1, x2 y2) of the ellipse arc from stAng to enAng. */
const ARC_ENDS = `
      wt1 sin wd2 stAng
      ht1 cos hd2 stAng
      dx1 cat2 wd2 ht1 wt1
      dy1 sat2 hd2 ht1 wt1
      x1 +- hc dx1 0
      y1 +- vc dy1 0
      wt2 sin wd2 enAng
      ht2 cos hd2 enAng
      dx2 cat2 wd2 ht2 wt2
      dy2 sat2 hd2 ht2 wt2
      x2 +- hc dx2 0
      y2 +- vc dy2 0`;

/**
 * Text rectangle guides il it ir ib: the bounding box of the points named in `x`/`y` (the arc's
 * end points), widened to a box side wherever the sweep from stAng passes 0°, 90°, 180° or 270°.
 */
function arcBoxGuides(x: string[], y: string[]): string {
  const fold = (op: 'min' | 'max', names: string[], out: string) =>
    names.slice(1).reduce((acc, n, i) => {
      const name = i === names.length - 2 ? out : `${out}${i}`;
      return { text: `${acc.text}\n      ${name} ${op} ${acc.last} ${n}`, last: name };
    }, { text: '', last: names[0]! }).text;
  return `
      bx0 +- 21600000 0 stAng
      bd0 +- swAng 0 bx0
      bx1 +- cd4 0 stAng
      bx2 +- 27000000 0 stAng
      bx3 ?: bx1 bx1 bx2
      bd1 +- swAng 0 bx3
      bx4 +- cd2 0 stAng
      bx5 +- 32400000 0 stAng
      bx6 ?: bx4 bx4 bx5
      bd2 +- swAng 0 bx6
      bx7 +- 3cd4 0 stAng
      bx8 +- 37800000 0 stAng
      bx9 ?: bx7 bx7 bx8
      bd3 +- swAng 0 bx9${fold('max', x, 'gr')}${fold('max', y, 'gb')}${fold('min', x, 'gl')}${fold('min', y, 'gt')}
      ir ?: bd0 r gr
      ib ?: bd1 b gb
      il ?: bd2 l gl
      it ?: bd3 t gt`;
}

const SWEEP = `
      stAng pin 0 adj1 21599999
      enAng pin 0 adj2 21599999
      sw1 +- enAng 0 stAng
      sw2 +- sw1 21600000 0
      swAng ?: sw1 sw1 sw2`;

export const ARC_PRESETS: Record<string, PresetDef> = {
  ellipse: {
    gd: ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [ELLIPSE_PATH],
  },

  pie: {
    av: { adj1: 0, adj2: 16200000 },
    gd: SWEEP + ARC_ENDS,
    rect: 'l t r b',
    paths: ['M x1 y1 A wd2 hd2 stAng swAng L hc vc Z'],
  },

  pieWedge: {
    gd: `
      g1 cos w 13500000
      g2 sin h 13500000
      x1 +- r g1 0
      y1 +- b g2 0`,
    rect: 'x1 y1 r b',
    paths: ['M l b A w h cd2 cd4 L r b Z'],
  },

  chord: {
    av: { adj1: 2700000, adj2: 16200000 },
    gd: SWEEP + ARC_ENDS + ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: ['M x1 y1 A wd2 hd2 stAng swAng Z'],
  },

  arc: {
    av: { adj1: 16200000, adj2: 0 },
    gd: SWEEP + ARC_ENDS + arcBoxGuides(['x1', 'x2'], ['y1', 'y2']),
    rect: 'il it ir ib',
    paths: [
      { d: 'M x1 y1 A wd2 hd2 stAng swAng L hc vc Z', stroke: false },
      { d: 'M x1 y1 A wd2 hd2 stAng swAng', fill: 'none' },
    ],
  },

  blockArc: {
    av: { adj1: 10800000, adj2: 0, adj3: 25000 },
    gd: `
      stAng pin 0 adj1 21599999
      istAng pin 0 adj2 21599999
      a3 pin 0 adj3 50000
      sw11 +- istAng 0 stAng
      sw12 +- sw11 21600000 0
      swAng ?: sw11 sw11 sw12
      iswAng +- 0 0 swAng
      wt1 sin wd2 stAng
      ht1 cos hd2 stAng
      dx1 cat2 wd2 ht1 wt1
      dy1 sat2 hd2 ht1 wt1
      x1 +- hc dx1 0
      y1 +- vc dy1 0
      dr */ ss a3 100000
      iwd2 +- wd2 0 dr
      ihd2 +- hd2 0 dr
      wt2 sin iwd2 istAng
      ht2 cos ihd2 istAng
      dx2 cat2 iwd2 ht2 wt2
      dy2 sat2 ihd2 ht2 wt2
      x2 +- hc dx2 0
      y2 +- vc dy2 0
      wt3 sin wd2 istAng
      ht3 cos hd2 istAng
      dx3 cat2 wd2 ht3 wt3
      dy3 sat2 hd2 ht3 wt3
      x3 +- hc dx3 0
      y3 +- vc dy3 0
      wt4 sin iwd2 stAng
      ht4 cos ihd2 stAng
      dx4 cat2 iwd2 ht4 wt4
      dy4 sat2 ihd2 ht4 wt4
      x4 +- hc dx4 0
      y4 +- vc dy4 0` + arcBoxGuides(['x1', 'x2', 'x3', 'x4'], ['y1', 'y2', 'y3', 'y4']),
    rect: 'il it ir ib',
    paths: ['M x1 y1 A wd2 hd2 stAng swAng L x2 y2 A iwd2 ihd2 istAng iswAng Z'],
  },

  donut: {
    av: { adj: 25000 },
    gd: `
      a pin 0 adj 50000
      dr */ ss a 100000
      iwd2 +- wd2 0 dr
      ihd2 +- hd2 0 dr` + ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [
      ELLIPSE_PATH +
        ' M dr vc A iwd2 ihd2 cd2 -5400000 A iwd2 ihd2 cd4 -5400000 A iwd2 ihd2 0 -5400000 A iwd2 ihd2 3cd4 -5400000 Z',
    ],
  },

  noSmoking: {
    av: { adj: 18750 },
    gd: `
      a pin 0 adj 50000
      dr */ ss a 100000
      iwd2 +- wd2 0 dr
      ihd2 +- hd2 0 dr
      ang at2 w h
      ct cos ihd2 ang
      st sin iwd2 ang
      m mod ct st 0
      n */ iwd2 ihd2 m
      drd2 */ dr 1 2
      dang at2 n drd2
      dang2 */ dang 2 1
      swAng +- -10800000 dang2 0
      t3 at2 w h
      stAng1 +- t3 0 dang
      stAng2 +- stAng1 0 cd2
      ct1 cos ihd2 stAng1
      st1 sin iwd2 stAng1
      m1 mod ct1 st1 0
      n1 */ iwd2 ihd2 m1
      dx1 cos n1 stAng1
      dy1 sin n1 stAng1
      x1 +- hc dx1 0
      y1 +- vc dy1 0
      x2 +- hc 0 dx1
      y2 +- vc 0 dy1` + ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [ELLIPSE_PATH + ' M x1 y1 A iwd2 ihd2 stAng1 swAng Z M x2 y2 A iwd2 ihd2 stAng2 swAng Z'],
  },

  teardrop: {
    av: { adj: 100000 },
    gd: `
      a pin 0 adj 200000
      r2 sqrt 2
      tw */ r2 wd2 1
      th */ r2 hd2 1
      sw */ tw a 100000
      sh */ th a 100000
      dx1 cos sw 2700000
      dy1 sin sh 2700000
      x1 +- hc dx1 0
      y1 +- vc 0 dy1
      x2 +/ hc x1 2
      y2 +/ vc y1 2` + ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: ['M l vc A wd2 hd2 cd2 cd4 Q x2 t x1 y1 Q r y2 r vc A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z'],
  },
};
