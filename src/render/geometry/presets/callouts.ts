/**
 * Callouts (ECMA-376 presetShapeDefinitions: wedgeRectCallout, wedgeRoundRectCallout,
 * wedgeEllipseCallout, cloudCallout, callout1–3, accentCallout1–3, borderCallout1–3, accentBorderCallout1–3).
 */
import type { PresetDef, PresetPath } from '../preset-def.js';
import { ELLIPSE_TEXT_GUIDES } from './arcs.js';
import { CLOUD_CREASES, CLOUD_OUTLINE, CLOUD_TEXT_GUIDES } from './symbols.js';

/** The tip (xPos, yPos) and the side it leaves from: shared by the rectangular wedge callouts. */
const WEDGE_GUIDES = `
      dxPos */ w adj1 100000
      dyPos */ h adj2 100000
      xPos +- hc dxPos 0
      yPos +- vc dyPos 0
      dx */ dxPos h 1
      dy */ dyPos w 1
      adx abs dx
      ady abs dy
      dq +- adx 0 ady
      xg1 ?: dxPos 7 2
      xg2 ?: dxPos 10 5
      x1 */ w xg1 12
      x2 */ w xg2 12
      yg1 ?: dyPos 7 2
      yg2 ?: dyPos 10 5
      y1 */ h yg1 12
      y2 */ h yg2 12
      t1 ?: dxPos l xPos
      xl ?: dq t1 l
      t2 ?: dyPos x1 xPos
      xt ?: dq x1 t2
      t3 ?: dxPos xPos r
      xr ?: dq t3 r
      t4 ?: dyPos xPos x1
      xb ?: dq x1 t4
      t5 ?: dxPos y1 yPos
      yl ?: dq t5 y1
      t6 ?: dyPos t yPos
      yt ?: dq t t6
      t7 ?: dxPos yPos y1
      yr ?: dq t7 y1
      t8 ?: dyPos yPos b
      yb ?: dq b t8`;

/** Default adjust values of the line callouts by number of segments. */
const LINE_CALLOUT_ADJ: Record<1 | 2 | 3, Record<string, number>> = {
  1: { adj1: 18750, adj2: -8333, adj3: 112500, adj4: -38333 },
  2: { adj1: 18750, adj2: -8333, adj3: 18750, adj4: -16667, adj5: 112500, adj6: -46667 },
  3: { adj1: 18750, adj2: -8333, adj3: 18750, adj4: -16667, adj5: 100000, adj6: -16667, adj7: 112963, adj8: -8333 },
};

/** callout/accentCallout/borderCallout/accentBorderCallout with 1, 2 or 3 leader segments. */
function lineCallout(n: 1 | 2 | 3, border: boolean, accent: boolean): PresetDef {
  const gd: string[] = [];
  const pts: string[] = [];
  for (let i = 1; i <= n + 1; i++) {
    gd.push(`y${i} */ h adj${2 * i - 1} 100000`, `x${i} */ w adj${2 * i} 100000`);
    pts.push(`${i === 1 ? 'M' : 'L'} x${i} y${i}`);
  }
  const paths: PresetPath[] = [{ d: 'M l t L r t L r b L l b Z', ...(border ? {} : { stroke: false }) }];
  if (accent) paths.push({ d: 'M x1 t L x1 b', fill: 'none' });
  paths.push({ d: pts.join(' '), fill: 'none' });
  return { av: LINE_CALLOUT_ADJ[n], gd: gd.join('\n'), rect: 'l t r b', paths };
}

const LINE_CALLOUTS: Record<string, PresetDef> = {};
for (const n of [1, 2, 3] as const) {
  LINE_CALLOUTS[`callout${n}`] = lineCallout(n, false, false);
  LINE_CALLOUTS[`accentCallout${n}`] = lineCallout(n, false, true);
  LINE_CALLOUTS[`borderCallout${n}`] = lineCallout(n, true, false);
  LINE_CALLOUTS[`accentBorderCallout${n}`] = lineCallout(n, true, true);
}

export const CALLOUT_PRESETS: Record<string, PresetDef> = {
  wedgeRectCallout: {
    av: { adj1: -20833, adj2: 62500 },
    gd: WEDGE_GUIDES,
    rect: 'l t r b',
    paths: ['M l t L x1 t L xt yt L x2 t L r t L r y1 L xr yr L r y2 L r b L x2 b L xb yb L x1 b L l b L l y2 L xl yl L l y1 Z'],
  },

  wedgeRoundRectCallout: {
    av: { adj1: -20833, adj2: 62500, adj3: 16667 },
    gd: WEDGE_GUIDES + `
      u1 */ ss adj3 100000
      u2 +- r 0 u1
      v2 +- b 0 u1
      il */ u1 29289 100000
      ir +- r 0 il
      ib +- b 0 il`,
    rect: 'il il ir ib',
    paths: [
      'M l u1 A u1 u1 cd2 cd4 L x1 t L xt yt L x2 t L u2 t A u1 u1 3cd4 cd4 L r y1 L xr yr L r y2 L r v2 A u1 u1 0 cd4 L x2 b L xb yb L x1 b L u1 b A u1 u1 cd4 cd4 L l y2 L xl yl L l y1 Z',
    ],
  },

  wedgeEllipseCallout: {
    av: { adj1: -20833, adj2: 62500 },
    gd: `
      dxPos */ w adj1 100000
      dyPos */ h adj2 100000
      xPos +- hc dxPos 0
      yPos +- vc dyPos 0
      sdx */ dxPos h 1
      sdy */ dyPos w 1
      pang at2 sdx sdy
      stAng +- pang 660000 0
      enAng +- pang 0 660000
      dx1 cos wd2 stAng
      dy1 sin hd2 stAng
      x1 +- hc dx1 0
      y1 +- vc dy1 0
      dx2 cos wd2 enAng
      dy2 sin hd2 enAng
      stAng1 at2 dx1 dy1
      enAng1 at2 dx2 dy2
      swAng1 +- enAng1 0 stAng1
      swAng2 +- swAng1 21600000 0
      swAng ?: swAng1 swAng1 swAng2` + ELLIPSE_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: ['M xPos yPos L x1 y1 A wd2 hd2 stAng1 swAng Z'],
  },

  // The cloud, and three circles from its edge towards the tip (xPos, yPos): each a third of
  // the way further along the line from the cloud's centre, growing away from the tip.
  cloudCallout: {
    av: { adj1: -20833, adj2: 62500 },
    gd: `
      dxPos */ w adj1 100000
      dyPos */ h adj2 100000
      xPos +- hc dxPos 0
      yPos +- vc dyPos 0
      ht cat2 hd2 dxPos dyPos
      wt sat2 wd2 dxPos dyPos
      g2 cat2 wd2 ht wt
      g3 sat2 hd2 ht wt
      g4 +- hc g2 0
      g5 +- vc g3 0
      g6 +- g4 0 xPos
      g7 +- g5 0 yPos
      g8 mod g6 g7 0
      g9 */ ss 6600 21600
      g10 +- g8 0 g9
      g11 */ g10 1 3
      g12 */ ss 1800 21600
      g13 +- g11 g12 0
      g14 */ g13 g6 g8
      g15 */ g13 g7 g8
      g16 +- g14 xPos 0
      g17 +- g15 yPos 0
      g18 */ ss 4800 21600
      g19 */ g11 2 1
      g20 +- g18 g19 0
      g21 */ g20 g6 g8
      g22 */ g20 g7 g8
      g23 +- g21 xPos 0
      g24 +- g22 yPos 0
      g25 */ ss 1200 21600
      g26 */ ss 600 21600
      x23 +- xPos g26 0
      x24 +- g16 g25 0
      x25 +- g23 g12 0` + CLOUD_TEXT_GUIDES,
    rect: 'il it ir ib',
    paths: [
      { w: 43200, h: 43200, d: CLOUD_OUTLINE },
      'M x23 yPos A g26 g26 0 21600000 Z',
      'M x24 g17 A g25 g25 0 21600000 Z',
      'M x25 g24 A g12 g12 0 21600000 Z',
      { w: 43200, h: 43200, fill: 'none', d: CLOUD_CREASES },
    ],
  },

  ...LINE_CALLOUTS,
};
