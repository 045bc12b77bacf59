/**
 * Fills of shapes and backgrounds: a:noFill, a:solidFill, a:gradFill (a:gsLst with a:lin or
 * a:path), a:pattFill (approximated by mixing its two colours by ink coverage), a:blipFill
 * (picture fills) and a:grpFill (the enclosing group's fill).
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { resolveColor, resolveColorIn, colorChild, type ColorContext } from '../color/resolve.js';
import { mix, type Rgba, BLACK, WHITE } from '../color/rgba.js';
import type { GradientStop, Paint } from '../ops.js';
import { angleAttr, boolAttr, pctAttr } from '../units.js';
import type { PartXml } from '../deck/slide-chain.js';
import { MAX_GRADIENT_STOPS } from '../../limits/shapes.js';

export type FillSpec =
  /** `emptyGradient`: an a:gradFill without stops (its element; reported by the shape unless the style gives the stops). */
  | { kind: 'none'; emptyGradient?: ReadonlyXElement }
  | { kind: 'solid'; color: Rgba }
  /** `stopsCut`: more stops than MAX_GRADIENT_STOPS in the file, the first ones kept (reported by the shape). */
  /**
   * `fixed`: a:gradFill rotWithShape="0", the direction stays as the page sees it when the shape
   * turns (flips still mirror it).
   */
  | { kind: 'linear'; stops: GradientStop[]; angle: number; scaled: boolean; stopsCut?: true; fixed?: true }
  | { kind: 'path'; stops: GradientStop[]; path: 'circle' | 'rect' | 'shape'; focus: { l: number; t: number; r: number; b: number }; stopsCut?: true }
  | { kind: 'blip'; blipFill: ReadonlyXElement; source: BlipSource; colors: ColorContext }
  | { kind: 'group' };

/** The part whose relationships a picture fill's r:embed resolves against. */
export interface BlipSource {
  part: string;
  rels: PartXml['rels'];
}

const FILL_NAMES = new Set(['noFill', 'solidFill', 'gradFill', 'blipFill', 'pattFill', 'grpFill']);

/** The fill element among `props`'s children (a:spPr, p:bgPr, a:tcPr, a:ln ...). */
export function fillElement(props: ReadonlyXElement | undefined): ReadonlyXElement | undefined {
  if (!props) return undefined;
  for (const c of props.elements()) if (FILL_NAMES.has(c.localName) && c.inNamespace(NS.a)) return c;
  return undefined;
}

/** Resolves a fill element; undefined when `el` is undefined (meaning "not specified here"). */
export function readFill(el: ReadonlyXElement | undefined, colors: ColorContext, source: BlipSource): FillSpec | undefined {
  if (!el) return undefined;
  switch (el.localName) {
    case 'noFill':
      return { kind: 'none' };
    case 'solidFill': {
      const c = resolveColorIn(el, colors);
      return c ? { kind: 'solid', color: c } : { kind: 'none' };
    }
    case 'gradFill':
      return readGradient(el, colors);
    case 'pattFill': {
      const fg = resolveColorIn(el.child(NS.a, 'fgClr'), colors) ?? BLACK;
      const bg = resolveColorIn(el.child(NS.a, 'bgClr'), colors) ?? WHITE;
      return { kind: 'solid', color: mix(bg, fg, patternCoverage(el.attr('prst') ?? 'pct5')) };
    }
    case 'blipFill':
      return { kind: 'blip', blipFill: el, source, colors };
    case 'grpFill':
      return { kind: 'group' };
    default:
      return undefined;
  }
}

function readGradient(el: ReadonlyXElement, colors: ColorContext): FillSpec {
  const { stops, cut } = readStops(el, colors);
  if (stops.length === 0) return { kind: 'none', emptyGradient: el };
  return gradientWithStops(el, stops, cut);
}

/** The colour stops of an a:gradFill (a:gsLst/a:gs), sorted by position. */
function readStops(el: ReadonlyXElement, colors: ColorContext): { stops: GradientStop[]; cut: boolean } {
  const stops: GradientStop[] = [];
  let cut = false;
  for (const gs of el.child(NS.a, 'gsLst')?.elements() ?? []) {
    if (!gs.is(NS.a, 'gs')) continue;
    // a:gs copied 150,000 times: 50 s of CPU in the painters; PowerPoint offers 10 stops.
    if (stops.length >= MAX_GRADIENT_STOPS) {
      cut = true;
      break;
    }
    const c = resolveColor(colorChild(gs), colors);
    if (!c) continue;
    stops.push({ pos: Math.min(1, Math.max(0, pctAttr(gs.attr('pos'), 0))), color: c });
  }
  stops.sort((a, b) => a.pos - b.pos);
  return { stops, cut };
}

/**
 * An a:gradFill without a:gsLst over the fill its shape's style gives (p:style/a:fillRef): the
 * stops come from that fill, the direction (a:lin, a:path) from the gradient, as LibreOffice
 * reads it (the gradient's properties are laid over the style's) and as PowerPoint writes a
 * gradient the user left at the style's colours (poi 63200). Otherwise the fill is unchanged.
 */
export function withStyleStops(fill: FillSpec | undefined, style: FillSpec | undefined): FillSpec | undefined {
  if (fill?.kind !== 'none' || !fill.emptyGradient || !style) return fill;
  if (style.kind === 'solid') return style;
  if (style.kind !== 'linear' && style.kind !== 'path') return fill;
  const el = fill.emptyGradient;
  if (!el.child(NS.a, 'lin') && !el.child(NS.a, 'path')) return style;
  return gradientWithStops(el, style.stops, false);
}

function gradientWithStops(el: ReadonlyXElement, stops: GradientStop[], cut: boolean): FillSpec {
  if (stops.length === 1) return { kind: 'solid', color: stops[0]!.color };
  const stopsCut = cut ? { stopsCut: true as const } : {};
  const path = el.child(NS.a, 'path');
  if (path) {
    const ftr = path.child(NS.a, 'fillToRect');
    const kind = path.attr('path');
    return {
      kind: 'path',
      stops,
      path: kind === 'rect' || kind === 'shape' ? kind : 'circle',
      focus: { l: pctAttr(ftr?.attr('l'), 0), t: pctAttr(ftr?.attr('t'), 0), r: pctAttr(ftr?.attr('r'), 0), b: pctAttr(ftr?.attr('b'), 0) },
      ...stopsCut,
    };
  }
  const lin = el.child(NS.a, 'lin');
  const fixed = boolAttr(el.attr('rotWithShape'), true) ? {} : { fixed: true as const };
  return { kind: 'linear', stops, angle: angleAttr(lin?.attr('ang')), scaled: boolAttr(lin?.attr('scaled'), false), ...stopsCut, ...fixed };
}

/** Share of the foreground colour in a pattern (a:pattFill prst), for a flat approximation. */
export function patternCoverage(prst: string): number {
  const m = /^pct(\d+)$/.exec(prst);
  if (m) return Number(m[1]) / 100;
  if (prst.startsWith('lt') || prst.startsWith('narrow') || prst === 'dotGrid' || prst === 'smGrid') return 0.25;
  if (prst.startsWith('dk') || prst === 'solidDmnd' || prst === 'lgCheck' || prst === 'smCheck') return 0.5;
  if (prst.startsWith('dash') || prst.startsWith('sm') || prst.startsWith('lg')) return 0.3;
  return 0.35;
}

/**
 * A linear gradient's angle in a shape's own box, for a shape turned by `rot` degrees (clockwise)
 * after its flips (a:xfrm): a fill that turns with the shape keeps its angle; one that does not
 * (a:gradFill rotWithShape="0") is turned back, so that on the page it runs at its angle as the
 * flips mirror it (flipH: 180° − ang, flipV: −ang), as if the shape were not turned.
 */
export function fillInBox(fill: FillSpec | undefined, xfrm: { rot: number; flipH: boolean; flipV: boolean }): FillSpec | undefined {
  if (fill?.kind !== 'linear' || !fill.fixed || xfrm.rot % 360 === 0) return fill;
  // The page sees a box direction d as R(rot)·F·d, and the unturned shape shows F·u(ang); so
  // d = F·R(−rot)·F·u(ang): u(ang + rot) with one flip, u(ang − rot) with none or both.
  const mirrored = xfrm.flipH !== xfrm.flipV;
  const angle = (((fill.angle + (mirrored ? xfrm.rot : -xfrm.rot)) % 360) + 360) % 360;
  return { ...fill, angle };
}

/** The paint of a fill over a w × h box; undefined for no fill, blips and group fills. */
export function paintFor(fill: FillSpec | undefined, w: number, h: number): Paint | undefined {
  if (!fill) return undefined;
  switch (fill.kind) {
    case 'solid':
      return { kind: 'solid', color: fill.color };
    case 'linear': {
      // Direction clockwise from the x axis; isolines perpendicular to it in the box (or, when
      // `scaled`, in the unit square stretched to the box).
      const rad = (fill.angle * Math.PI) / 180;
      let dx = Math.cos(rad);
      let dy = Math.sin(rad);
      if (fill.scaled) {
        dx *= w;
        dy *= h;
      }
      const len = Math.hypot(dx, dy) || 1;
      const ux = dx / len;
      const uy = dy / len;
      const half = (Math.abs(w * ux) + Math.abs(h * uy)) / 2;
      const cx = w / 2;
      const cy = h / 2;
      return { kind: 'linear', stops: fill.stops, x1: cx - ux * half, y1: cy - uy * half, x2: cx + ux * half, y2: cy + uy * half };
    }
    case 'path': {
      // Stop 0 at the focus rectangle's centre; stop 1 reaches the farthest corner.
      const fx = (fill.focus.l + (1 - fill.focus.r)) / 2;
      const fy = (fill.focus.t + (1 - fill.focus.b)) / 2;
      const cx = fx * w;
      const cy = fy * h;
      const r = Math.max(Math.hypot(cx, cy), Math.hypot(w - cx, cy), Math.hypot(cx, h - cy), Math.hypot(w - cx, h - cy));
      return { kind: 'radial', stops: fill.stops, cx, cy, r: r || 1 };
    }
    default:
      return undefined;
  }
}

/** A representative single colour of a fill (for lines with gradient fills, text fills ...). */
/**
 * The mean colour of a fill: a gradient's colours averaged along it (each stop interval by its
 * length), as one colour for what cannot take a gradient (text runs).
 */
export function meanColor(fill: FillSpec | undefined): Rgba | undefined {
  if (!fill || (fill.kind !== 'linear' && fill.kind !== 'path')) return flatColor(fill);
  const s = fill.stops;
  const acc = { r: 0, g: 0, b: 0, a: 0 };
  let total = 0;
  const add = (c: Rgba, w: number) => {
    acc.r += c.r * w;
    acc.g += c.g * w;
    acc.b += c.b * w;
    acc.a += c.a * w;
    total += w;
  };
  // Before the first and after the last stop, the end colours continue.
  add(s[0]!.color, s[0]!.pos);
  for (let i = 1; i < s.length; i++) {
    const w = s[i]!.pos - s[i - 1]!.pos;
    add(s[i - 1]!.color, w / 2);
    add(s[i]!.color, w / 2);
  }
  add(s[s.length - 1]!.color, 1 - s[s.length - 1]!.pos);
  if (!(total > 0)) return s[0]!.color;
  return { r: acc.r / total, g: acc.g / total, b: acc.b / total, a: acc.a / total };
}

export function flatColor(fill: FillSpec | undefined): Rgba | undefined {
  if (!fill) return undefined;
  if (fill.kind === 'solid') return fill.color;
  if (fill.kind === 'linear' || fill.kind === 'path') return fill.stops[0]!.color;
  return undefined;
}
