/**
 * Stars (ECMA-376 presetShapeDefinitions: star4, star5, star6, star7, star8, star10, star12,
 * star16, star24, star32).
 *
 * Every star of the specification follows one construction, so the definitions are generated
 * from it instead of being written out point by point: n outer points on the ellipse with radii
 * wd2·hf × hd2·vf around (hc, vc·vf), the first at the top (or, when n is a multiple of 4, at the
 * left, which is the same set of points); n inner points half-way between them on the ellipse
 * scaled by adj/50000 (adj pinned to 0…50000). hf and vf are the adjust values with which the
 * specification stretches odd stars to fill their box. The text rectangle is the bounding box of
 * the inner points (star4, star5, star6, star8) or a box through given angles of the inner
 * ellipse (the others); both checked against LibreOffice's rendering of the specification.
 */
import type { PresetDef } from '../preset-def.js';

interface StarSpec {
  n: number;
  adj: number;
  hf?: number;
  vf?: number;
  /**
   * Text box through points of the inner ellipse, by angle in degrees (clockwise from +x):
   * left/right sides through ±x, top through `top`, bottom through `bottom`.
   */
  box?: { x: number; top: number; bottom: number };
}

const STARS: Record<string, StarSpec> = {
  star4: { n: 4, adj: 12500 },
  star5: { n: 5, adj: 19098, hf: 105146, vf: 110557 },
  star6: { n: 6, adj: 28868, hf: 115470 },
  star7: { n: 7, adj: 34601, hf: 102572, vf: 105210, box: { x: 38.57, top: -64.29, bottom: 38.57 } },
  star8: { n: 8, adj: 37500 },
  star10: { n: 10, adj: 42533, hf: 105146, box: { x: 36, top: -36, bottom: 36 } },
  star12: { n: 12, adj: 37500, box: { x: 45, top: -45, bottom: 45 } },
  star16: { n: 16, adj: 37500, box: { x: 45, top: -45, bottom: 45 } },
  star24: { n: 24, adj: 37500, box: { x: 45, top: -45, bottom: 45 } },
  star32: { n: 32, adj: 37500, box: { x: 45, top: -45, bottom: 45 } },
};

/** An angle in 60000ths of a degree, as an integer literal. */
function angle(deg: number): number {
  return Math.round(deg * 60000);
}

function starDef({ n, adj, hf, vf, box }: StarSpec): PresetDef {
  const av: Record<string, number> = { adj };
  const lines = ['a pin 0 adj 50000'];
  if (hf !== undefined) {
    av.hf = hf;
    lines.push('swd2 */ wd2 hf 100000');
  } else {
    lines.push('swd2 +- wd2 0 0');
  }
  if (vf !== undefined) {
    av.vf = vf;
    lines.push('shd2 */ hd2 vf 100000', 'svc */ vc vf 100000');
  } else {
    lines.push('shd2 +- hd2 0 0', 'svc +- vc 0 0');
  }
  lines.push('iwd2 */ swd2 a 50000', 'ihd2 */ shd2 a 50000');
  const step = 360 / n;
  const d: string[] = [];
  const innerX: string[] = [];
  const innerY: string[] = [];
  for (let k = 0; k < n; k++) {
    // Outer point k at -90° + k·step (0° = +x, angles clockwise on screen), inner point after it.
    const outer = angle(-90 + k * step);
    const inner = angle(-90 + (k + 0.5) * step);
    lines.push(
      `ox${k} cos swd2 ${outer}`,
      `oy${k} sin shd2 ${outer}`,
      `x${k} +- hc ox${k} 0`,
      `y${k} +- svc oy${k} 0`,
      `ix${k} cos iwd2 ${inner}`,
      `iy${k} sin ihd2 ${inner}`,
      `sx${k} +- hc ix${k} 0`,
      `sy${k} +- svc iy${k} 0`,
    );
    d.push(`${k === 0 ? 'M' : 'L'} x${k} y${k}`, `L sx${k} sy${k}`);
    innerX.push(`sx${k}`);
    innerY.push(`sy${k}`);
  }
  d.push('Z');
  if (box) {
    lines.push(
      `bdx cos iwd2 ${angle(box.x)}`,
      'il +- hc 0 bdx',
      'ir +- hc bdx 0',
      `bdt sin ihd2 ${angle(box.top)}`,
      'it +- svc bdt 0',
      `bdb sin ihd2 ${angle(box.bottom)}`,
      'ib +- svc bdb 0',
    );
    return { av, gd: lines.join('\n'), rect: 'il it ir ib', paths: [d.join(' ')] };
  }
  // Bounding box of the inner points, folded pairwise with min/max.
  const fold = (names: string[], op: 'min' | 'max', out: string) => {
    lines.push(`${out}0 ${op} ${names[0]} ${names[1]}`);
    for (let i = 2; i < names.length; i++) lines.push(`${out}${i - 1} ${op} ${out}${i - 2} ${names[i]}`);
    return `${out}${names.length - 2}`;
  };
  const il = fold(innerX, 'min', 'il');
  const ir = fold(innerX, 'max', 'ir');
  const it = fold(innerY, 'min', 'it');
  const ib = fold(innerY, 'max', 'ib');
  return { av, gd: lines.join('\n'), rect: `${il} ${it} ${ir} ${ib}`, paths: [d.join(' ')] };
}

export const STAR_PRESETS: Record<string, PresetDef> = Object.fromEntries(Object.entries(STARS).map(([name, spec]) => [name, starDef(spec)]));
