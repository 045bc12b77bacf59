/**
 * Readable colour choices, as the brand engine makes them on a slide and as a web page can make
 * them with the same brand (docs/template-contract.md section 1, "Contrast on the page"):
 *
 *   requiredRatio(12, false)                  → 4.5   (WCAG 2.x AA body text; 3 for large text)
 *   onColor('FFE066')                         → { hex: '000000' ... } text colour for a fill
 *   pickReadable('FFE066', candidates, 4.5)   → the first candidate (or a variant of one) that reads
 *   lumVariant('FFE066', ['FFFFFF'], 3)       → { lumMod, lumOff, hex }: a darker variant with 3:1
 *
 * Variants are expressed as DrawingML luminance modifiers (`a:lumMod`, `a:lumOff` on an
 * `a:schemeClr`, as PowerPoint writes "Accent 1, Darker 25%"), computed in HSL exactly as
 * PowerPoint, LibreOffice and our renderer apply them, so a variant stays a theme colour.
 * Colours are `RRGGBB` strings without `#`.
 */
import { contrastRatio, hexToHsl, hslToHex, luminance } from './colors.js';

/** WCAG 2.x AA: body text, large text (≥ 18 pt, or ≥ 14 pt bold), graphics (1.4.11). */
export const AA = Object.freeze({ text: 4.5, largeText: 3, graphics: 3 });

/** The AA contrast a run of text needs: 3:1 from 18 pt (14 pt bold), 4.5:1 below. */
export function requiredRatio(sizePt: number, bold: boolean): number {
  return sizePt >= 18 || (bold && sizePt >= 14) ? AA.largeText : AA.text;
}

/** A luminance variant of a colour: `a:lumMod` and `a:lumOff` in 1/1000 of a percent (100000 = 100 %). */
export interface LumVariant {
  /** a:lumMod/@val (100000 leaves the lightness unchanged). */
  lumMod: number;
  /** a:lumOff/@val (0 when absent). */
  lumOff: number;
  /** The resulting colour. */
  hex: string;
}

/** Applies a:lumMod then a:lumOff to a colour, in HSL lightness, as DrawingML consumers do. */
export function applyLum(hex: string, lumMod: number, lumOff: number): string {
  const hsl = hexToHsl(hex);
  const l = Math.min(1, Math.max(0, hsl.l * (lumMod / 100000) + lumOff / 100000));
  return hslToHex({ ...hsl, l });
}

function meets(hex: string, against: readonly string[], ratio: number): boolean {
  return against.every((bg) => contrastRatio(hex, bg) >= ratio);
}

/**
 * The smallest change of lightness of `hex` (same hue and saturation) that reaches `ratio`
 * against every colour of `against`, as a DrawingML luminance variant: darker (`a:lumMod` < 100 %)
 * when the backgrounds are lighter than the colour, lighter (`a:lumMod` + `a:lumOff`) when they
 * are darker. `direction` forces one way. Undefined when no lightness of that hue reaches it.
 * The colour itself (lumMod 100 %, lumOff 0) when it already does.
 */
export function lumVariant(hex: string, against: readonly string[], ratio: number, direction?: 'darker' | 'lighter'): LumVariant | undefined {
  if (meets(hex, against, ratio)) return { lumMod: 100000, lumOff: 0, hex };
  const dir = direction ?? (against.reduce((s, c) => s + luminance(c), 0) / Math.max(1, against.length) >= luminance(hex) ? 'darker' : 'lighter');
  // t in [0, 1]: 0 is the colour itself, 1 is black (darker) or white (lighter).
  const at = (t: number): LumVariant => {
    if (dir === 'darker') {
      const lumMod = Math.round((1 - t) * 100000);
      return { lumMod, lumOff: 0, hex: applyLum(hex, lumMod, 0) };
    }
    // l' = l·(1 − t) + t: PowerPoint's "Lighter n %" is lumMod (100 − n) % with lumOff n %.
    const lumOff = Math.round(t * 100000);
    return { lumMod: 100000 - lumOff, lumOff, hex: applyLum(hex, 100000 - lumOff, lumOff) };
  };
  if (!meets(at(1).hex, against, ratio)) return undefined;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (meets(at(mid).hex, against, ratio)) hi = mid;
    else lo = mid;
  }
  // Rounded to 1/1000 %, then nudged until the rounded colour passes.
  let t = hi;
  let v = at(t);
  while (!meets(v.hex, against, ratio) && t < 1) {
    t = Math.min(1, t + 0.001);
    v = at(t);
  }
  return v;
}

/** A text colour candidate: a theme slot (as written in `a:schemeClr/@val`) and its colour. */
export interface ColorCandidate {
  slot: string;
  hex: string;
}

/** What `pickReadable` chose: a candidate, possibly with a luminance variant. */
export interface ReadableChoice {
  slot: string;
  hex: string;
  /** Set when a variant of the slot was needed (`a:lumMod`/`a:lumOff`). */
  variant?: { lumMod: number; lumOff: number };
  ratio: number;
}

/**
 * The text colour for a fill, in this order: the first of `candidates` that reaches `ratio` on
 * `fill` as it is; otherwise the candidate that reaches it with the smallest luminance variant
 * (a darker dark colour or a lighter light colour). One of black and white always reaches
 * 4.58:1 on any colour, so with a dark and a light candidate a choice always exists for AA.
 */
export function pickReadable(fill: string, candidates: readonly ColorCandidate[], ratio: number): ReadableChoice | undefined {
  for (const c of candidates) {
    const r = contrastRatio(c.hex, fill);
    if (r >= ratio) return { slot: c.slot, hex: c.hex, ratio: r };
  }
  let best: { choice: ReadableChoice; change: number } | undefined;
  for (const c of candidates) {
    const v = lumVariant(c.hex, [fill], ratio, luminance(c.hex) >= luminance(fill) ? 'lighter' : 'darker');
    if (!v) continue;
    const change = Math.abs(hexToHsl(v.hex).l - hexToHsl(c.hex).l);
    if (!best || change < best.change - 1e-9) {
      best = { choice: { slot: c.slot, hex: v.hex, variant: { lumMod: v.lumMod, lumOff: v.lumOff }, ratio: contrastRatio(v.hex, fill) }, change };
    }
  }
  return best?.choice;
}

/**
 * Light or dark text for a fill colour (for a web page or a badge): `light` (default white) if
 * it reaches `ratio` (default 4.5:1), else `dark` (default near-black #1F2933), else whichever of
 * black and white reads better.
 */
export function onColor(fill: string, options: { light?: string; dark?: string; ratio?: number } = {}): ReadableChoice {
  const light = options.light ?? 'FFFFFF';
  const dark = options.dark ?? '1F2933';
  const ratio = options.ratio ?? AA.text;
  const picked = pickReadable(fill, [
    { slot: 'light', hex: light },
    { slot: 'dark', hex: dark },
  ], ratio);
  if (picked) return picked;
  const black = contrastRatio('000000', fill);
  const white = contrastRatio('FFFFFF', fill);
  return black >= white ? { slot: 'dark', hex: '000000', ratio: black } : { slot: 'light', hex: 'FFFFFF', ratio: white };
}
