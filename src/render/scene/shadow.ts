/**
 * Outer shadows (a:outerShdw in a:effectLst): of the shape's own a:spPr, its placeholders'
 * (layout, master), or the theme's effect style that p:style/a:effectRef names (a:effectStyleLst,
 * phClr the reference's colour). An a:effectLst without a:outerShdw, or effectRef idx 0, means no
 * shadow. Drawn under the shape as its filled outline offset by dist at dir, scaled by sx/sy
 * about the shape's box, and softened by blurRad with a few stacked, widening copies (an
 * approximation of the Gaussian blur PowerPoint and LibreOffice draw).
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { Rgba } from '../color/rgba.js';
import { resolveColor, colorChild, type ColorContext } from '../color/resolve.js';
import type { Theme } from '../deck/theme.js';
import { compose, scale, translate, type Matrix } from '../matrix.js';
import type { PathCommand } from '../ops.js';
import { emuToPt, intAttr, pctAttr } from '../units.js';
import type { SlideContext } from './context.js';
import { refColor } from './style-refs.js';

export interface Shadow {
  color: Rgba;
  /** Offset on the page, points. */
  dx: number;
  dy: number;
  blur: number;
  sx: number;
  sy: number;
}

/** Copies drawn to soften a blurred shadow. */
const LAYERS = 4;

/** The outer shadow of a shape, by precedence: own a:spPr, placeholders' a:spPr, p:style. */
export function outerShadow(spPrs: readonly (ReadonlyXElement | undefined)[], style: ReadonlyXElement | undefined, theme: Theme, colors: ColorContext): Shadow | undefined {
  for (const spPr of spPrs) {
    const lst = spPr?.child(NS.a, 'effectLst');
    if (lst) return readShadow(lst.child(NS.a, 'outerShdw'), colors);
    if (spPr?.child(NS.a, 'effectDag')) return undefined;
  }
  const ref = style?.child(NS.a, 'effectRef');
  const idx = Number.parseInt(ref?.attr('idx') ?? '0', 10) || 0;
  if (idx <= 0) return undefined;
  const effectStyle = theme.effectStyles?.[idx - 1];
  const lst = effectStyle?.child(NS.a, 'effectLst');
  return readShadow(lst?.child(NS.a, 'outerShdw'), { ...colors, phClr: refColor(ref, colors) });
}

function readShadow(el: ReadonlyXElement | undefined, colors: ColorContext): Shadow | undefined {
  if (!el) return undefined;
  const color = resolveColor(colorChild(el), colors);
  if (!color || color.a <= 0) return undefined;
  const dist = emuToPt(intAttr(el.attr('dist'), 0));
  const dir = (intAttr(el.attr('dir'), 0) / 60000) * (Math.PI / 180);
  return {
    color,
    dx: dist * Math.cos(dir),
    dy: dist * Math.sin(dir),
    blur: Math.max(0, emuToPt(intAttr(el.attr('blurRad'), 0))),
    sx: pctAttr(el.attr('sx'), 1),
    sy: pctAttr(el.attr('sy'), 1),
  };
}

/**
 * Pushes the shadow of the filled outlines `paths` (local coordinates of `m`, a box of w × h)
 * under what is drawn next.
 */
export function drawShadow(shadow: Shadow, paths: readonly PathCommand[][], m: Matrix, box: { w: number; h: number }, ctx: SlideContext): void {
  const commands = paths.flat();
  if (commands.length === 0) return;
  // sx/sy scale about the box's bottom edge centre (algn="b", PowerPoint's usual), then the
  // offset on the page.
  const local = shadow.sx === 1 && shadow.sy === 1 ? m : compose(m, translate(box.w / 2, box.h), scale(shadow.sx, shadow.sy), translate(-box.w / 2, -box.h));
  const transform = compose(translate(shadow.dx, shadow.dy), local);
  const c = shadow.color;
  if (shadow.blur < 0.5) {
    ctx.ops.push({ kind: 'path', transform, commands, fill: { kind: 'solid', color: c } });
    return;
  }
  // Stacked copies, each a little wider (a stroke around the outline): inside, the colour adds
  // up to its alpha; outward it fades over about half the blur radius.
  const a = 1 - (1 - c.a) ** (1 / LAYERS);
  const k = Math.sqrt(Math.abs(transform[0] * transform[3] - transform[1] * transform[2])) || 1;
  for (let i = 0; i < LAYERS; i++) {
    const width = (shadow.blur * i) / LAYERS / k;
    const color = { ...c, a };
    ctx.ops.push({
      kind: 'path',
      transform,
      commands,
      fill: { kind: 'solid', color },
      ...(width > 0 ? { stroke: { color, width, cap: 'round' as const, join: 'round' as const, miterLimit: 10, dash: [] } } : {}),
    });
  }
}
