/**
 * Brackets and braces (ECMA-376 presetShapeDefinitions: leftBracket, rightBracket, leftBrace,
 * rightBrace, bracketPair, bracePair). Each has an unstroked fill path and an open outline.
 */
import type { PresetDef, PresetPath } from '../preset-def.js';

/** The fill (closed, not stroked) and outline (open, not filled) paths of one outline. */
function filledOutline(d: string): PresetPath[] {
  return [
    { d: `${d} Z`, stroke: false },
    { d, fill: 'none' },
  ];
}

export const BRACKET_PRESETS: Record<string, PresetDef> = {
  leftBracket: {
    av: { adj: 8333 },
    gd: `
      maxAdj */ 50000 h ss
      a pin 0 adj maxAdj
      y1 */ ss a 100000
      dx1 cos w 2700000
      dy1 sin y1 2700000
      il +- r 0 dx1
      it +- y1 0 dy1
      ib +- b dy1 y1`,
    rect: 'il it r ib',
    paths: filledOutline('M r b A w y1 cd4 cd4 L l y1 A w y1 cd2 cd4'),
  },

  rightBracket: {
    av: { adj: 8333 },
    gd: `
      maxAdj */ 50000 h ss
      a pin 0 adj maxAdj
      y1 */ ss a 100000
      y2 +- b 0 y1
      dx1 cos w 2700000
      dy1 sin y1 2700000
      ir +- l dx1 0
      it +- y1 0 dy1
      ib +- b dy1 y1`,
    rect: 'l it ir ib',
    paths: filledOutline('M l t A w y1 3cd4 cd4 L r y2 A w y1 0 cd4'),
  },

  leftBrace: {
    av: { adj1: 8333, adj2: 50000 },
    gd: `
      a2 pin 0 adj2 100000
      q1 +- 100000 0 a2
      q2 min q1 a2
      q3 */ q2 1 2
      maxAdj1 */ q3 h ss
      a1 pin 0 adj1 maxAdj1
      y1 */ ss a1 100000
      y3 */ h a2 100000
      y4 +- y3 y1 0
      dx1 cos wd2 2700000
      dy1 sin y1 2700000
      il +- r 0 dx1
      it +- y1 0 dy1
      ib +- b dy1 y1`,
    rect: 'il it r ib',
    paths: filledOutline('M r b A wd2 y1 cd4 cd4 L hc y4 A wd2 y1 0 -5400000 A wd2 y1 cd4 -5400000 L hc y1 A wd2 y1 cd2 cd4'),
  },

  rightBrace: {
    av: { adj1: 8333, adj2: 50000 },
    gd: `
      a2 pin 0 adj2 100000
      q1 +- 100000 0 a2
      q2 min q1 a2
      q3 */ q2 1 2
      maxAdj1 */ q3 h ss
      a1 pin 0 adj1 maxAdj1
      y1 */ ss a1 100000
      y3 */ h a2 100000
      y2 +- y3 0 y1
      y4 +- b 0 y1
      dx1 cos wd2 2700000
      dy1 sin y1 2700000
      ir +- l dx1 0
      it +- y1 0 dy1
      ib +- b dy1 y1`,
    rect: 'l it ir ib',
    paths: filledOutline('M l t A wd2 y1 3cd4 cd4 L hc y2 A wd2 y1 cd2 -5400000 A wd2 y1 3cd4 -5400000 L hc y4 A wd2 y1 0 cd4'),
  },

  bracketPair: {
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
    paths: [
      { d: 'M l x1 A x1 x1 cd2 cd4 L x2 t A x1 x1 3cd4 cd4 L r y2 A x1 x1 0 cd4 L x1 b A x1 x1 cd4 cd4 Z', stroke: false },
      { d: 'M x1 b A x1 x1 cd4 cd4 L l x1 A x1 x1 cd2 cd4 M x2 t A x1 x1 3cd4 cd4 L r y2 A x1 x1 0 cd4', fill: 'none' },
    ],
  },

  bracePair: {
    av: { adj: 8333 },
    gd: `
      a pin 0 adj 25000
      x1 */ ss a 100000
      x2 */ ss a 50000
      x3 +- r 0 x2
      x4 +- r 0 x1
      y2 +- vc 0 x1
      y3 +- vc x1 0
      y4 +- b 0 x1
      it */ x1 29289 100000
      il +- x1 it 0
      ir +- r 0 il
      ib +- b 0 it`,
    rect: 'il il ir ib',
    paths: [
      {
        d: 'M x2 b A x1 x1 cd4 cd4 L x1 y3 A x1 x1 0 -5400000 A x1 x1 cd4 -5400000 L x1 x1 A x1 x1 cd2 cd4 L x3 t A x1 x1 3cd4 cd4 L x4 y2 A x1 x1 cd2 -5400000 A x1 x1 3cd4 -5400000 L x4 y4 A x1 x1 0 cd4 Z',
        stroke: false,
      },
      {
        d: 'M x2 b A x1 x1 cd4 cd4 L x1 y3 A x1 x1 0 -5400000 A x1 x1 cd4 -5400000 L x1 x1 A x1 x1 cd2 cd4 M x3 t A x1 x1 3cd4 cd4 L x4 y2 A x1 x1 cd2 -5400000 A x1 x1 3cd4 -5400000 L x4 y4 A x1 x1 0 cd4',
        fill: 'none',
      },
    ],
  },
};
