/**
 * The font scheme of a theme part (a:theme/a:themeElements/a:fontScheme): the major (heading)
 * and minor (body) fonts. Latin text uses a:latin; for Chinese handouts the East Asian slot
 * a:ea (and the a:font script="Hans" entry PowerPoint consults for Simplified Chinese) is set to
 * a family that really has Chinese glyphs. a:cs (Arabic, Hebrew...) is kept. A theme without a
 * fontScheme gets a complete one (a:latin, a:ea, a:cs in both), inserted in schema order.
 * Rules: docs/brand-engine.md, "Fonts".
 */
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { THEME_ELEMENTS_ORDER, themeElements } from './theme-colors.js';

/** The CJK family we ship (OFL, @expo-google-fonts/noto-sans-sc). */
export const SHIPPED_CJK_FAMILY = 'Noto Sans SC';
/** Families for a theme that had no font scheme at all and a brand that names none. */
export const DEFAULT_THEME_FONTS = Object.freeze({ heading: 'Source Sans 3', body: 'Source Sans 3' });

/** Shipped Latin families: never acceptable as an East Asian font. */
const LATIN_ONLY = ['inter', 'source sans 3', 'montserrat', 'merriweather', 'lora', 'calibri', 'calibri light', 'arial', 'times new roman', 'aptos', 'aptos display'];

/** CT_FontCollection sequence (a:majorFont, a:minorFont). */
const FONT_COLLECTION_ORDER = ['latin', 'ea', 'cs', 'font', 'extLst'] as const;
/** CT_FontScheme sequence. */
const FONT_SCHEME_ORDER = ['majorFont', 'minorFont', 'extLst'] as const;

export interface EastAsianPlan {
  /** A brand family known to cover Chinese (its font file has the glyphs), if any. */
  brandFamily?: string;
  /** What to use when the brand has none and the theme's own East Asian family is not usable. */
  fallback: string;
}

export interface SlotPlan {
  /** New a:latin typeface; undefined keeps the theme's. */
  latin?: string;
  /** East Asian handling (zh-CN only); undefined leaves a:ea alone. */
  ea?: EastAsianPlan;
}

export interface FontPlan {
  name: string;
  major: SlotPlan;
  minor: SlotPlan;
}

export interface FontSchemeResult {
  inserted: boolean;
  /** Typefaces written, for reporting: major/minor latin and ea as they are now. */
  major: { latin: string; ea: string };
  minor: { latin: string; ea: string };
}

function child(collection: XElement, local: 'latin' | 'ea' | 'cs'): XElement {
  const existing = collection.child(NS.a, local);
  if (existing) return existing;
  return collection.insertInOrder(collection.make(NS.a, local, { typeface: '' }), FONT_COLLECTION_ORDER);
}

/** Sets a:latin/a:ea/@typeface, dropping panose/pitchFamily/charset that described the old font. */
function setTypeface(el: XElement, family: string): void {
  if (el.attr('typeface') === family) return;
  el.setAttr('typeface', family);
  el.removeAttr('panose');
  el.removeAttr('pitchFamily');
  el.removeAttr('charset');
}

function isUsableEastAsian(typeface: string, latinFamilies: string[]): boolean {
  const t = typeface.trim().toLowerCase();
  if (t === '' || t.startsWith('+')) return false;
  if (LATIN_ONLY.includes(t)) return false;
  return !latinFamilies.some((f) => f.trim().toLowerCase() === t);
}

function applySlot(collection: XElement, plan: SlotPlan): { latin: string; ea: string } {
  const latin = child(collection, 'latin');
  const oldLatin = latin.attr('typeface') ?? '';
  if (plan.latin) setTypeface(latin, plan.latin);
  const ea = child(collection, 'ea');
  child(collection, 'cs');
  if (plan.ea) {
    let family: string;
    if (plan.ea.brandFamily) family = plan.ea.brandFamily;
    else {
      const current = ea.attr('typeface') ?? '';
      family = isUsableEastAsian(current, [oldLatin, latin.attr('typeface') ?? '']) ? current : plan.ea.fallback;
    }
    setTypeface(ea, family);
    // a:font script="Hans": PowerPoint's per-script choice for Simplified Chinese text.
    for (const font of collection.childrenNamed(NS.a, 'font')) {
      if (font.attr('script') === 'Hans') setTypeface(font, family);
    }
  }
  return { latin: latin.attr('typeface') ?? '', ea: ea.attr('typeface') ?? '' };
}

export function writeFontScheme(theme: XElement, plan: FontPlan): FontSchemeResult {
  const elements = themeElements(theme).el;
  let scheme = elements.child(NS.a, 'fontScheme');
  const inserted = !scheme;
  if (!scheme) {
    scheme = elements.insertInOrder(elements.make(NS.a, 'fontScheme'), THEME_ELEMENTS_ORDER);
  }
  scheme.setAttr('name', plan.name);
  const collection = (local: 'majorFont' | 'minorFont', fallbackLatin: string): XElement => {
    const existing = scheme.child(NS.a, local);
    if (existing) return existing;
    const el = scheme.insertInOrder(scheme.make(NS.a, local), FONT_SCHEME_ORDER);
    el.append(el.make(NS.a, 'latin', { typeface: fallbackLatin }));
    el.append(el.make(NS.a, 'ea', { typeface: '' }));
    el.append(el.make(NS.a, 'cs', { typeface: '' }));
    return el;
  };
  const major = applySlot(collection('majorFont', DEFAULT_THEME_FONTS.heading), plan.major);
  const minor = applySlot(collection('minorFont', DEFAULT_THEME_FONTS.body), plan.minor);
  return { inserted, major, minor };
}
