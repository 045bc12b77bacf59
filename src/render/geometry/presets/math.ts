/**
 * Math symbols (ECMA-376 presetShapeDefinitions: mathPlus, mathMinus, mathMultiply,
 * mathDivide, mathEqual).
 */
import type { PresetDef } from '../preset-def.js';

export const MATH_PRESETS: Record<string, PresetDef> = {
  mathPlus: {
    av: { adj1: 23520 },
    gd: `
      a1 pin 0 adj1 73490
      dx1 */ w 73490 200000
      dy1 */ h 73490 200000
      dx2 */ ss a1 200000
      x1 +- hc 0 dx1
      x2 +- hc 0 dx2
      x3 +- hc dx2 0
      x4 +- hc dx1 0
      y1 +- vc 0 dy1
      y2 +- vc 0 dx2
      y3 +- vc dx2 0
      y4 +- vc dy1 0`,
    rect: 'x1 y2 x4 y3',
    paths: ['M x1 y2 L x2 y2 L x2 y1 L x3 y1 L x3 y2 L x4 y2 L x4 y3 L x3 y3 L x3 y4 L x2 y4 L x2 y3 L x1 y3 Z'],
  },

  mathMinus: {
    av: { adj1: 23520 },
    gd: `
      a1 pin 0 adj1 100000
      dy1 */ h a1 200000
      dx1 */ w 73490 200000
      y1 +- vc 0 dy1
      y2 +- vc dy1 0
      x1 +- hc 0 dx1
      x2 +- hc dx1 0`,
    rect: 'x1 y1 x2 y2',
    paths: ['M x1 y1 L x2 y1 L x2 y2 L x1 y2 Z'],
  },

  mathEqual: {
    av: { adj1: 23520, adj2: 11760 },
    gd: `
      a1 pin 0 adj1 36745
      2a1 */ a1 2 1
      mAdj2 +- 100000 0 2a1
      a2 pin 0 adj2 mAdj2
      dy1 */ h a1 100000
      dy2 */ h a2 200000
      dx1 */ w 73490 200000
      y2 +- vc 0 dy2
      y3 +- vc dy2 0
      y1 +- y2 0 dy1
      y4 +- y3 dy1 0
      x1 +- hc 0 dx1
      x2 +- hc dx1 0`,
    rect: 'x1 y1 x2 y4',
    paths: ['M x1 y1 L x2 y1 L x2 y2 L x1 y2 Z M x1 y3 L x2 y3 L x2 y4 L x1 y4 Z'],
  },

  mathMultiply: {
    av: { adj1: 23520 },
    gd: `
      a1 pin 0 adj1 51965
      th */ ss a1 100000
      a at2 w h
      sa sin 1 a
      ca cos 1 a
      ta tan 1 a
      dl mod w h 0
      rw */ dl 51965 100000
      lM +- dl 0 rw
      xM */ ca lM 2
      yM */ sa lM 2
      dxAM */ sa th 2
      dyAM */ ca th 2
      xA +- xM 0 dxAM
      yA +- yM dyAM 0
      xB +- xM dxAM 0
      yB +- yM 0 dyAM
      xBC +- hc 0 xB
      yBC */ xBC ta 1
      yC +- yBC yB 0
      xD +- r 0 xB
      xE +- r 0 xA
      yFE +- vc 0 yA
      xFE */ yFE 1 ta
      xF +- xE 0 xFE
      xL +- xA xFE 0
      yG +- b 0 yA
      yH +- b 0 yB
      yI +- b 0 yC`,
    rect: 'xA yB xE yH',
    paths: ['M xA yA L xB yB L hc yC L xD yB L xE yA L xF vc L xE yG L xD yH L hc yI L xB yH L xA yG L xL vc Z'],
  },

  mathNotEqual: {
    av: { adj1: 23520, adj2: 6600000, adj3: 11760 },
    gd: `
      a1 pin 0 adj1 50000
      crAng pin 4200000 adj2 6600000
      2a1 */ a1 2 1
      maxAdj3 +- 100000 0 2a1
      a3 pin 0 adj3 maxAdj3
      dy1 */ h a1 100000
      dy2 */ h a3 200000
      dx1 */ w 73490 200000
      x1 +- hc 0 dx1
      x8 +- hc dx1 0
      y2 +- vc 0 dy2
      y3 +- vc dy2 0
      y1 +- y2 0 dy1
      y4 +- y3 dy1 0
      cadj2 +- crAng 0 cd4
      xadj2 tan hd2 cadj2
      len mod xadj2 hd2 0
      bhw */ len dy1 hd2
      bhw2 */ bhw 1 2
      x7 +- hc xadj2 bhw2
      dx67 */ xadj2 y1 hd2
      x6 +- x7 0 dx67
      dx57 */ xadj2 y2 hd2
      x5 +- x7 0 dx57
      dx47 */ xadj2 y3 hd2
      x4 +- x7 0 dx47
      dx37 */ xadj2 y4 hd2
      x3 +- x7 0 dx37
      rx7 +- x7 bhw 0
      rx6 +- x6 bhw 0
      rx5 +- x5 bhw 0
      rx4 +- x4 bhw 0
      rx3 +- x3 bhw 0
      dx7 */ dy1 hd2 len
      rxt +- x7 dx7 0
      lxt +- rx7 0 dx7
      rx ?: cadj2 rxt rx7
      lx ?: cadj2 x7 lxt
      dy3 */ dy1 xadj2 len
      dy4 +- 0 0 dy3
      ry ?: cadj2 dy3 t
      ly ?: cadj2 t dy4
      dlx +- w 0 rx
      drx +- w 0 lx
      dly +- h 0 ry
      dry +- h 0 ly`,
    rect: 'x1 y1 x8 y4',
    paths: ['M x1 y1 L x6 y1 L lx ly L rx ry L rx6 y1 L x8 y1 L x8 y2 L rx5 y2 L rx4 y3 L x8 y3 L x8 y4 L rx3 y4 L drx dry L dlx dly L x3 y4 L x1 y4 L x1 y3 L x4 y3 L x5 y2 L x1 y2 Z'],
  },

  mathDivide: {
    av: { adj1: 23520, adj2: 5880, adj3: 11760 },
    gd: `
      a1 pin 1000 adj1 36745
      ma1 +- 36745 0 a1
      ma3h +/ ma1 36745 4
      ma3w */ 36745 w h
      maxAdj3 min ma3h ma3w
      a3 pin 1000 adj3 maxAdj3
      m4a3 */ -4 a3 1
      maxAdj2 +- 73490 m4a3 a1
      a2 pin 0 adj2 maxAdj2
      dy1 */ h a1 200000
      yg */ h a2 100000
      rad */ h a3 100000
      dx1 */ w 73490 200000
      y3 +- vc 0 dy1
      y4 +- vc dy1 0
      a +- yg rad 0
      y2 +- y3 0 a
      y1 +- y2 0 rad
      y5 +- b 0 y1
      x1 +- hc 0 dx1
      x3 +- hc dx1 0`,
    rect: 'x1 y3 x3 y4',
    paths: ['M hc y1 A rad rad 3cd4 21600000 Z M hc y5 A rad rad cd4 21600000 Z M x1 y3 L x3 y3 L x3 y4 L x1 y4 Z'],
  },
};
