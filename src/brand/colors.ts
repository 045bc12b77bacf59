/**
 * Colour maths for the brand engine: WCAG 2.x relative luminance and contrast ratio, HSL
 * conversions, and the derivation of a complete DrawingML colour scheme (a:clrScheme: dk1, lt1,
 * dk2, lt2, accent1–6, hlink, folHlink) from the few colours a brand gives.
 *
 * The roles and contrast targets are those of docs/template-contract.md section 1; the rules are
 * documented in docs/brand-engine.md. Colours are uppercase `RRGGBB` strings (no `#`), as the
 * brand schema normalises them and as `a:srgbClr/@val` wants them.
 */
import type { Brand } from './schema.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface Hsl {
  /** Hue in degrees [0, 360). */
  h: number;
  /** Saturation [0, 1]. */
  s: number;
  /** Lightness [0, 1]. */
  l: number;
}

export const SCHEME_SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;
export type SchemeSlot = (typeof SCHEME_SLOTS)[number];
export type ColorScheme = Record<SchemeSlot, string>;

/** Contrast targets of the contract (section 1). */
export const CONTRAST = Object.freeze({
  /** dk1 (body text) on lt1 and lt2. */
  text: 7,
  /** dk2 (the brand's ink: headings, labels, icons, lines) on lt1 and lt2 (WCAG AA). */
  brand: 4.5,
  /** hlink and folHlink on lt1 and lt2. */
  link: 4.5,
});

export const DEFAULT_TEXT = '1F2933';
export const DEFAULT_BACKGROUND = 'FFFFFF';
/** How much of the primary colour goes into the lt2 tint (the rest is lt1). */
export const LT2_TINT = 0.12;

export function hexToRgb(hex: string): Rgb {
  const h = hex.replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(h)) throw new Error(`not an RRGGBB colour: ${hex}`);
  return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
}

export function rgbToHex({ r, g, b }: Rgb): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return (c(r) + c(g) + c(b)).toUpperCase();
}

function channelLuminance(c8: number): number {
  const c = c8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const { r, g, b } = hexToRgb(hex);
  return 0.2126 * channelLuminance(r) + 0.7152 * channelLuminance(g) + 0.0722 * channelLuminance(b);
}

/** WCAG 2.x contrast ratio of two colours, 1 to 21 (order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function rgbToHsl({ r, g, b }: Rgb): Hsl {
  const rn = r / 255;
  const gn = g / 255;
  const bn = b / 255;
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === rn) h = (gn - bn) / d + (gn < bn ? 6 : 0);
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  return { h: (h * 60) % 360, s, l };
}

export function hslToRgb({ h, s, l }: Hsl): Rgb {
  const hue = (((h % 360) + 360) % 360) / 360;
  if (s === 0) return { r: l * 255, g: l * 255, b: l * 255 };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const f = (t: number) => {
    let x = t;
    if (x < 0) x += 1;
    if (x > 1) x -= 1;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return { r: f(hue + 1 / 3) * 255, g: f(hue) * 255, b: f(hue - 1 / 3) * 255 };
}

export function hexToHsl(hex: string): Hsl {
  return rgbToHsl(hexToRgb(hex));
}

export function hslToHex(hsl: Hsl): string {
  return rgbToHex(hslToRgb(hsl));
}

/** Linear mix in sRGB: `t` = 0 gives `a`, 1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return rgbToHex({ r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t });
}

/** `t` of the way to white. */
export function tint(hex: string, t: number): string {
  return mix(hex, 'FFFFFF', t);
}

/** `t` of the way to black. */
export function shade(hex: string, t: number): string {
  return mix(hex, '000000', t);
}

function meets(hex: string, against: readonly string[], ratio: number): boolean {
  return against.every((bg) => contrastRatio(hex, bg) >= ratio);
}

/**
 * The lightest colour of the same hue and saturation (HSL) as `hex`, no lighter than `hex`, that
 * reaches `ratio` against every colour of `against`. Returns `hex` itself when it already does,
 * and black when even black does not (the caller makes sure that cannot happen).
 * Lightness is searched by bisection; the result is checked after rounding to 8-bit channels.
 */
export function darkenUntil(hex: string, against: readonly string[], ratio: number): string {
  if (meets(hex, against, ratio)) return hex;
  const hsl = hexToHsl(hex);
  let lo = 0; // meets (black, if anything does)
  let hi = hsl.l; // does not meet
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (meets(hslToHex({ ...hsl, l: mid }), against, ratio)) lo = mid;
    else hi = mid;
  }
  let l = lo;
  let out = hslToHex({ ...hsl, l });
  while (!meets(out, against, ratio) && l > 0) {
    l = Math.max(0, l - 0.002);
    out = hslToHex({ ...hsl, l });
  }
  return out;
}

/** The darkest colour of the same hue and saturation as `hex`, no darker, against which `fg` reaches `ratio`. */
export function lightenUntil(hex: string, fg: string, ratio: number): string {
  if (contrastRatio(hex, fg) >= ratio) return hex;
  const hsl = hexToHsl(hex);
  let lo = hsl.l; // does not meet
  let hi = 1; // meets (white)
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (contrastRatio(hslToHex({ ...hsl, l: mid }), fg) >= ratio) hi = mid;
    else lo = mid;
  }
  let l = hi;
  let out = hslToHex({ ...hsl, l });
  while (contrastRatio(out, fg) < ratio && l < 1) {
    l = Math.min(1, l + 0.002);
    out = hslToHex({ ...hsl, l });
  }
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Below this HSL saturation a colour counts as grey: rotating its hue would change nothing. */
const GREY_SATURATION = 0.12;

/**
 * The secondary colour derived from a brand colour: an analogous hue (turned 30°), with a
 * lightness on the other side of the primary's (a dark primary gets a lighter companion, a
 * light one a darker companion), so the two read as one family and still differ. For a grey
 * brand colour, a grey 25 % lighter or darker.
 */
export function deriveSecondary(hex: string): string {
  const { h, s, l } = hexToHsl(hex);
  if (s < GREY_SATURATION) return hslToHex({ h, s, l: l > 0.5 ? l - 0.25 : l + 0.25 });
  return hslToHex({ h: h + 30, s: clamp(s, 0.35, 0.75), l: l < 0.5 ? clamp(l + 0.25, 0.45, 0.65) : clamp(l - 0.3, 0.3, 0.45) });
}

/**
 * The accent colour derived from a brand colour: the complementary hue (turned 180°), saturated
 * and of middle lightness, a highlight that stands out from the primary. For a grey brand
 * colour, a grey 40 % lighter or darker.
 */
export function deriveAccent(hex: string): string {
  const { h, s, l } = hexToHsl(hex);
  if (s < GREY_SATURATION) return hslToHex({ h, s, l: l > 0.5 ? l - 0.4 : l + 0.4 });
  return hslToHex({ h: h + 180, s: clamp(s, 0.6, 0.85), l: l > 0.7 ? 0.45 : 0.55 });
}

/** A tint for a dark colour and a shade for a light one: a visibly different variant. */
function variant(hex: string, amount: number): string {
  return luminance(hex) < 0.12 ? tint(hex, amount + 0.15) : shade(hex, amount);
}

export interface DerivedScheme {
  scheme: ColorScheme;
  /** Brand colours that had to change to reach the contrast targets (for warnings). */
  adjusted: { field: 'colors.text' | 'colors.background' | 'colors.primary'; from: string; to: string; why: string }[];
}

/**
 * The complete colour scheme for a brand (contract section 1):
 *   lt1 background (lightened only if even black text could not reach 7:1 on it);
 *   lt2 a 12 % tint of primary into lt1 (less if black text would drop below 7:1 on it);
 *   dk1 text (default 1F2933) darkened (same hue) until it reaches 7:1 against lt1 and lt2;
 *   dk2 and hlink the primary itself, or its nearest shade with 4.5:1 against lt1 and lt2;
 *   folHlink hlink at half saturation, darkened to 4.5:1 as well;
 *   accent1 primary; accent2 secondary or an analogous colour (deriveSecondary); accent3 accent or
 *   the complementary colour (deriveAccent); accent4–6 shades/tints of accent1–3.
 */
export function deriveScheme(colors: Brand['colors']): DerivedScheme {
  const adjusted: DerivedScheme['adjusted'] = [];
  const primary = colors.primary;

  let lt1 = colors.background ?? DEFAULT_BACKGROUND;
  if (contrastRatio('000000', lt1) < CONTRAST.text) {
    const lighter = lightenUntil(lt1, '000000', CONTRAST.text);
    adjusted.push({ field: 'colors.background', from: lt1, to: lighter, why: `even black text does not reach ${CONTRAST.text}:1 on it` });
    lt1 = lighter;
  }

  // lt2: the largest tint amount ≤ LT2_TINT that keeps black text at 7:1 (so dk1 can reach it).
  let amount = LT2_TINT;
  let lt2 = mix(lt1, primary, amount);
  for (let i = 0; i < 60 && contrastRatio('000000', lt2) < CONTRAST.text; i++) {
    amount *= 0.85;
    lt2 = mix(lt1, primary, amount);
  }
  if (contrastRatio('000000', lt2) < CONTRAST.text) lt2 = lt1;
  const lights = [lt1, lt2];

  const text = colors.text ?? DEFAULT_TEXT;
  const dk1 = darkenUntil(text, lights, CONTRAST.text);
  if (colors.text !== undefined && dk1 !== colors.text) {
    adjusted.push({ field: 'colors.text', from: colors.text, to: dk1, why: `it does not reach ${CONTRAST.text}:1 on the background` });
  }
  // dk2 is the primary itself wherever it reads as text on the page; otherwise its nearest shade.
  const dk2 = darkenUntil(primary, lights, CONTRAST.brand);
  if (dk2 !== primary) {
    adjusted.push({
      field: 'colors.primary',
      from: primary,
      to: dk2,
      why: `it has ${contrastRatio(primary, lt1).toFixed(1)}:1 on the page (#${lt1}), under the ${CONTRAST.brand}:1 that text and lines need`,
    });
  }
  const hlink = darkenUntil(primary, lights, CONTRAST.link);
  const hl = hexToHsl(hlink);
  let folHlink = darkenUntil(hslToHex({ ...hl, s: hl.s * 0.5 }), lights, CONTRAST.link);
  if (folHlink === hlink) folHlink = darkenUntil(shade(hlink, 0.25), lights, CONTRAST.link);

  const accent1 = primary;
  const accent2 = colors.secondary ?? deriveSecondary(primary);
  const accent3 = colors.accent ?? deriveAccent(primary);
  const accent4 = variant(accent1, 0.35);
  const accent5 = variant(accent2, 0.35);
  const accent6 = variant(accent3, 0.35);

  return {
    scheme: { dk1, lt1, dk2, lt2, accent1, accent2, accent3, accent4, accent5, accent6, hlink, folHlink },
    adjusted,
  };
}
