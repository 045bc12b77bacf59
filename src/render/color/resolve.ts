/**
 * Resolution of DrawingML colour elements (a:srgbClr, a:schemeClr, a:sysClr, a:prstClr,
 * a:scrgbClr, a:hslClr) and their transforms (a:lumMod, a:tint, a:alpha, ...) to sRGB.
 *
 * The transform arithmetic follows LibreOffice's oox import (our reference renderer): tint,
 * shade and inv work on gamma-decoded RGB (gamma 2.3), lum/sat/hue in HSL, gray with
 * 22/72/6 weights. Transforms apply in document order.
 */
import { NS } from '../../xml/namespaces.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { presetColorHex } from './preset-colors.js';
import { parseHex, type Rgba } from './rgba.js';

export interface ColorContext {
  /** Theme colours by slot name: dk1, lt1, dk2, lt2, accent1..accent6, hlink, folHlink. */
  scheme: Readonly<Record<string, Rgba>>;
  /** The colour map (p:clrMap with overrides): bg1 → lt1, tx1 → dk1, ... */
  clrMap: Readonly<Record<string, string>>;
  /** The placeholder colour of a style reference (a:schemeClr val="phClr"). */
  phClr?: Rgba | undefined;
}

const COLOR_ELEMENTS = new Set(['srgbClr', 'schemeClr', 'sysClr', 'prstClr', 'scrgbClr', 'hslClr']);

/** The colour element among `el`'s children (e.g. inside a:solidFill, a:gs, a:buClr). */
export function colorChild(el: ReadonlyXElement | undefined): ReadonlyXElement | undefined {
  if (!el) return undefined;
  for (const c of el.elements()) if (COLOR_ELEMENTS.has(c.localName) && c.inNamespace(NS.a)) return c;
  return undefined;
}

/** Resolves the colour inside a container element (a:solidFill, a:gs, a:fgClr ...). */
export function resolveColorIn(container: ReadonlyXElement | undefined, ctx: ColorContext): Rgba | null {
  return resolveColor(colorChild(container), ctx);
}

const DEFAULT_SYSTEM: Record<string, string> = {
  windowText: '000000',
  window: 'FFFFFF',
  btnFace: 'F0F0F0',
  btnText: '000000',
  highlight: '3399FF',
  highlightText: 'FFFFFF',
  menu: 'F0F0F0',
  menuText: '000000',
  grayText: '6D6D6D',
  captionText: '000000',
  infoText: '000000',
  infoBk: 'FFFFE1',
  '3dDkShadow': '696969',
  '3dLight': 'E3E3E3',
  btnShadow: 'A0A0A0',
  btnHighlight: 'FFFFFF',
  activeBorder: 'B4B4B4',
  inactiveBorder: 'F4F7FC',
  appWorkspace: 'ABABAB',
  background: '000000',
  scrollBar: 'C8C8C8',
  windowFrame: '646464',
};

/** Resolved colours per element and context (text resolves the same defaults for every run). */
const memo = new WeakMap<ReadonlyXElement, { ctx: ColorContext; value: Rgba | null }[]>();

/** Resolves one colour element; null when it cannot be resolved (unknown scheme slot, bad value). */
export function resolveColor(el: ReadonlyXElement | undefined, ctx: ColorContext): Rgba | null {
  if (!el) return null;
  let entries = memo.get(el);
  const hit = entries?.find((e) => e.ctx === ctx);
  if (hit) return hit.value;
  const base = baseColor(el, ctx);
  const value = base ? applyTransforms(base, el) : null;
  if (!entries) {
    entries = [];
    memo.set(el, entries);
  }
  if (entries.length < 8) entries.push({ ctx, value });
  return value;
}

function baseColor(el: ReadonlyXElement, ctx: ColorContext): Rgba | null {
  switch (el.localName) {
    case 'srgbClr':
      return parseHex(el.attr('val'));
    case 'sysClr':
      return parseHex(el.attr('lastClr')) ?? parseHex(DEFAULT_SYSTEM[el.attr('val') ?? ''] ?? '000000');
    case 'prstClr':
      return parseHex(presetColorHex(el.attr('val') ?? '') ?? '');
    case 'scrgbClr': {
      // Linear (scRGB) percentages.
      const c = (v: string | undefined) => gammaEncode(clamp01(pct(v)));
      return { r: c(el.attr('r')), g: c(el.attr('g')), b: c(el.attr('b')), a: 1 };
    }
    case 'hslClr': {
      const h = (Number.parseInt(el.attr('hue') ?? '0', 10) || 0) / 60000;
      return { ...hslToRgb(h, clamp01(pct(el.attr('sat'))), clamp01(pct(el.attr('lum')))), a: 1 };
    }
    case 'schemeClr':
      return schemeColor(el.attr('val') ?? '', ctx);
    default:
      return null;
  }
}

/** A scheme colour name through the colour map: tx1 → dk1, bg2 → lt2, phClr → the placeholder colour. */
export function schemeColor(name: string, ctx: ColorContext): Rgba | null {
  if (name === 'phClr') return ctx.phClr ?? null;
  const mapped = ctx.clrMap[name] ?? name;
  const c = ctx.scheme[mapped];
  if (c) return c;
  // A colour map pointing at a mapping name (rare, damaged files): fall back to the defaults.
  const fallback: Record<string, string> = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };
  const f = fallback[mapped];
  return f ? (ctx.scheme[f] ?? null) : null;
}

function pct(v: string | undefined): number {
  if (v === undefined) return 0;
  if (v.endsWith('%')) return (Number.parseFloat(v) || 0) / 100;
  return (Number.parseInt(v, 10) || 0) / 100000;
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

const DEC_GAMMA = 2.3;

function gammaDecode(v: number): number {
  return Math.pow(clamp01(v), DEC_GAMMA);
}

function gammaEncode(v: number): number {
  return Math.pow(clamp01(v), 1 / DEC_GAMMA);
}

/** Colour state while applying transforms: the model changes as LibreOffice's does. */
type State =
  | { mode: 'rgb'; c1: number; c2: number; c3: number }
  | { mode: 'crgb'; c1: number; c2: number; c3: number }
  | { mode: 'hsl'; c1: number; c2: number; c3: number };

function toRgb(s: State): State {
  if (s.mode === 'rgb') return s;
  if (s.mode === 'crgb') return { mode: 'rgb', c1: gammaEncode(s.c1), c2: gammaEncode(s.c2), c3: gammaEncode(s.c3) };
  const { r, g, b } = hslToRgb(s.c1, s.c2, s.c3);
  return { mode: 'rgb', c1: r, c2: g, c3: b };
}

function toCrgb(s: State): State {
  if (s.mode === 'crgb') return s;
  const rgb = toRgb(s);
  return { mode: 'crgb', c1: gammaDecode(rgb.c1), c2: gammaDecode(rgb.c2), c3: gammaDecode(rgb.c3) };
}

function toHsl(s: State): State {
  if (s.mode === 'hsl') return s;
  const rgb = toRgb(s);
  const { h, s: sat, l } = rgbToHsl(rgb.c1, rgb.c2, rgb.c3);
  return { mode: 'hsl', c1: h, c2: sat, c3: l };
}

function applyTransforms(base: Rgba, el: ReadonlyXElement): Rgba {
  let s: State = { mode: 'rgb', c1: base.r, c2: base.g, c3: base.b };
  let alpha = base.a;
  for (const t of el.elements()) {
    const raw = t.attr('val');
    const v = pct(raw);
    switch (t.localName) {
      case 'red':
      case 'green':
      case 'blue':
      case 'redMod':
      case 'greenMod':
      case 'blueMod':
      case 'redOff':
      case 'greenOff':
      case 'blueOff': {
        s = toCrgb(s);
        const key = t.localName.startsWith('red') ? 'c1' : t.localName.startsWith('green') ? 'c2' : 'c3';
        const kind = t.localName.endsWith('Mod') ? 'mod' : t.localName.endsWith('Off') ? 'off' : 'set';
        s = { ...s, [key]: op(s[key], v, kind) };
        break;
      }
      case 'hue':
        s = toHsl(s);
        s = { ...s, c1: wrapHue((Number.parseInt(raw ?? '0', 10) || 0) / 60000) };
        break;
      case 'hueMod':
        s = toHsl(s);
        s = { ...s, c1: wrapHue(s.c1 * v) };
        break;
      case 'hueOff':
        s = toHsl(s);
        s = { ...s, c1: wrapHue(s.c1 + (Number.parseInt(raw ?? '0', 10) || 0) / 60000) };
        break;
      case 'sat':
      case 'satMod':
      case 'satOff':
        s = toHsl(s);
        s = { ...s, c2: op(s.c2, v, t.localName === 'sat' ? 'set' : t.localName === 'satMod' ? 'mod' : 'off') };
        break;
      case 'lum':
      case 'lumMod':
      case 'lumOff':
        s = toHsl(s);
        s = { ...s, c3: op(s.c3, v, t.localName === 'lum' ? 'set' : t.localName === 'lumMod' ? 'mod' : 'off') };
        // Black or white stays grey if the luminance changes again.
        if (s.c3 <= 0 || s.c3 >= 1) s = { ...s, c2: 0 };
        break;
      case 'shade':
        // 0 % = black, 100 % = the original colour.
        if (v >= 0 && v <= 1) {
          s = toCrgb(s);
          s = { ...s, c1: s.c1 * v, c2: s.c2 * v, c3: s.c3 * v };
        }
        break;
      case 'tint':
        // 0 % = white, 100 % = the original colour.
        if (v >= 0 && v <= 1) {
          s = toCrgb(s);
          s = { ...s, c1: 1 - (1 - s.c1) * v, c2: 1 - (1 - s.c2) * v, c3: 1 - (1 - s.c3) * v };
        }
        break;
      case 'gray': {
        s = toRgb(s);
        const g = s.c1 * 0.22 + s.c2 * 0.72 + s.c3 * 0.06;
        s = { mode: 'rgb', c1: g, c2: g, c3: g };
        break;
      }
      case 'comp':
        s = toHsl(s);
        s = { ...s, c1: wrapHue(s.c1 + 180) };
        break;
      case 'inv':
        s = toCrgb(s);
        s = { ...s, c1: 1 - s.c1, c2: 1 - s.c2, c3: 1 - s.c3 };
        break;
      case 'gamma':
        s = toRgb(s);
        s = { mode: 'rgb', c1: gammaEncode(s.c1), c2: gammaEncode(s.c2), c3: gammaEncode(s.c3) };
        break;
      case 'invGamma':
        s = toRgb(s);
        s = { mode: 'rgb', c1: gammaDecode(s.c1), c2: gammaDecode(s.c2), c3: gammaDecode(s.c3) };
        break;
      case 'alpha':
        alpha = clamp01(v);
        break;
      case 'alphaMod':
        alpha = clamp01(alpha * v);
        break;
      case 'alphaOff':
        alpha = clamp01(alpha + v);
        break;
      default:
        break;
    }
  }
  const rgb = toRgb(s);
  return { r: clamp01(rgb.c1), g: clamp01(rgb.c2), b: clamp01(rgb.c3), a: alpha };
}

function op(value: number, v: number, kind: 'set' | 'mod' | 'off'): number {
  if (kind === 'set') return clamp01(v);
  if (kind === 'mod') return clamp01(value * v);
  return clamp01(value + v);
}

function wrapHue(h: number): number {
  const r = h % 360;
  return r < 0 ? r + 360 : r;
}

export function rgbToHsl(r: number, g: number, b: number): { h: number; s: number; l: number } {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return { h: h * 60, s, l };
}

export function hslToRgb(h: number, s: number, l: number): { r: number; g: number; b: number } {
  if (s === 0) return { r: l, g: l, b: l };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hk = wrapHue(h) / 360;
  const f = (t: number) => {
    let x = t;
    if (x < 0) x += 1;
    if (x > 1) x -= 1;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return { r: f(hk + 1 / 3), g: f(hk), b: f(hk - 1 / 3) };
}
