/**
 * Colour effects of a:blip that real decks use, applied to decoded pixels: a:duotone (theme
 * textures recoloured with the placeholder colour), a:grayscl, a:lum (brightness/contrast),
 * a:biLevel (threshold) and a:clrChange (one colour made transparent).
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { colorChild, resolveColor, type ColorContext } from '../color/resolve.js';
import type { Rgba } from '../color/rgba.js';

export interface ImageEffects {
  duotone?: [Rgba, Rgba];
  grayscale?: boolean;
  /** Brightness and contrast, -1..1. */
  lum?: { bright: number; contrast: number };
  /** Threshold 0..1 (a:biLevel). */
  biLevel?: number;
  /** The colour made transparent (a:clrChange to an alpha-0 colour). */
  clearColor?: Rgba;
}

export function readImageEffects(blip: ReadonlyXElement | undefined, colors: ColorContext): ImageEffects | undefined {
  if (!blip) return undefined;
  const fx: ImageEffects = {};
  for (const e of blip.elements()) {
    if (!e.inNamespace(NS.a)) continue;
    switch (e.localName) {
      case 'duotone': {
        const cs = [...e.elements()].map((c) => resolveColor(c, colors)).filter((c): c is Rgba => c !== null);
        if (cs.length === 2) fx.duotone = [cs[0]!, cs[1]!];
        break;
      }
      case 'grayscl':
        fx.grayscale = true;
        break;
      case 'lum':
        fx.lum = { bright: (Number.parseInt(e.attr('bright') ?? '0', 10) || 0) / 100000, contrast: (Number.parseInt(e.attr('contrast') ?? '0', 10) || 0) / 100000 };
        if (fx.lum.bright === 0 && fx.lum.contrast === 0) delete fx.lum;
        break;
      case 'biLevel':
        fx.biLevel = (Number.parseInt(e.attr('thresh') ?? '50000', 10) || 0) / 100000;
        break;
      case 'clrChange': {
        const from = resolveColor(colorChild(e.child(NS.a, 'clrFrom')), colors);
        const to = resolveColor(colorChild(e.child(NS.a, 'clrTo')), colors);
        if (from && to && to.a === 0) fx.clearColor = from;
        break;
      }
      default:
        break;
    }
  }
  return Object.keys(fx).length > 0 ? fx : undefined;
}

/** A stable text form of the effects, for cache keys. */
export function effectsKey(fx: ImageEffects | undefined): string {
  if (!fx) return '';
  const c = (x: Rgba) => `${x.r.toFixed(3)},${x.g.toFixed(3)},${x.b.toFixed(3)}`;
  return JSON.stringify([fx.duotone?.map(c), fx.grayscale, fx.lum, fx.biLevel, fx.clearColor && c(fx.clearColor)]);
}

/** Applies the effects to RGBA pixels in place. */
export function applyEffects(data: Uint8Array, fx: ImageEffects): void {
  for (let i = 0; i < data.length; i += 4) {
    let r = data[i]!;
    let g = data[i + 1]!;
    let b = data[i + 2]!;
    if (fx.clearColor) {
      const cc = fx.clearColor;
      if (Math.abs(r - cc.r * 255) < 2 && Math.abs(g - cc.g * 255) < 2 && Math.abs(b - cc.b * 255) < 2) data[i + 3] = 0;
    }
    if (fx.lum) {
      const { bright, contrast } = fx.lum;
      const k = contrast >= 0 ? 1 / Math.max(0.001, 1 - contrast) : 1 + contrast;
      const f = (v: number) => Math.min(255, Math.max(0, ((v / 255 - 0.5) * k + 0.5 + bright) * 255));
      r = f(r);
      g = f(g);
      b = f(b);
    }
    if (fx.grayscale || fx.duotone || fx.biLevel !== undefined) {
      const y = (r * 0.299 + g * 0.587 + b * 0.114) / 255;
      if (fx.duotone) {
        const [c1, c2] = fx.duotone;
        r = (c1.r + (c2.r - c1.r) * y) * 255;
        g = (c1.g + (c2.g - c1.g) * y) * 255;
        b = (c1.b + (c2.b - c1.b) * y) * 255;
      } else if (fx.biLevel !== undefined) {
        r = g = b = y >= fx.biLevel ? 255 : 0;
      } else {
        r = g = b = y * 255;
      }
    }
    data[i] = Math.round(r);
    data[i + 1] = Math.round(g);
    data[i + 2] = Math.round(b);
  }
}
