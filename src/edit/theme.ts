/**
 * Rebrands every theme a slide master uses (p:sldMaster → theme relationship): the complete
 * colour scheme and the major/minor fonts, with both schemes named after the organisation.
 * Chart colour overrides (ppt/theme/themeOverride*.xml) and the themes of notes and handout
 * masters are not slide themes and stay as they are.
 */
import type { ColorScheme } from '../brand/colors.js';
import type { Brand } from '../brand/schema.js';
import { brandLocale } from '../brand/schema.js';
import type { WarningSink } from '../warnings.js';
import { NS } from '../xml/namespaces.js';
import type { Deck } from '../presentation/deck.js';
import { writeColorScheme } from './theme-colors.js';
import { SHIPPED_CJK_FAMILY, writeFontScheme, type FontPlan } from './theme-fonts.js';

/** What the engine knows about the brand's fonts (from the font registry). */
export interface BrandFontFacts {
  heading?: string;
  body?: string;
  /** True when the heading family comes from a brand font file that has Chinese glyphs. */
  headingCoversCjk: boolean;
  bodyCoversCjk: boolean;
}

/**
 * The font plan: heading → major, body → minor; a brand that names one family uses it for both.
 * zh-CN: a:ea gets the brand family when its file covers Chinese, else the theme keeps a usable
 * East Asian family or gets Noto Sans SC.
 */
export function fontPlan(brand: Brand, facts: BrandFontFacts): FontPlan {
  const heading = facts.heading ?? facts.body;
  const body = facts.body ?? facts.heading;
  const cjk = brandLocale(brand) === 'zh-CN';
  const headingCjk = facts.heading ? facts.headingCoversCjk : facts.bodyCoversCjk;
  const bodyCjk = facts.body ? facts.bodyCoversCjk : facts.headingCoversCjk;
  return {
    name: brand.organization,
    major: {
      ...(heading ? { latin: heading } : {}),
      ...(cjk ? { ea: { ...(heading && headingCjk ? { brandFamily: heading } : {}), fallback: SHIPPED_CJK_FAMILY } } : {}),
    },
    minor: {
      ...(body ? { latin: body } : {}),
      ...(cjk ? { ea: { ...(body && bodyCjk ? { brandFamily: body } : {}), fallback: SHIPPED_CJK_FAMILY } } : {}),
    },
  };
}

export interface ThemeResult {
  /** Theme parts rewritten. */
  themes: string[];
  /** The fonts each theme ended with (what text fitting measures with), by theme part. */
  fonts: Map<string, ThemeFonts>;
}

export interface ThemeFonts {
  major: { latin: string; ea: string };
  minor: { latin: string; ea: string };
}

export function applyTheme(deck: Deck, scheme: ColorScheme, plan: FontPlan, warnings: WarningSink): ThemeResult {
  const { pkg } = deck;
  const fonts = new Map<string, ThemeFonts>();
  for (const part of deck.themes) {
    const root = pkg.xml(part).root;
    if (!root.is(NS.a, 'theme')) {
      warnings.add({ code: 'W_THEME_SKIPPED', message: `${part} is not a DrawingML theme (<${root.name}>); it was left as it is`, part });
      continue;
    }
    if (writeColorScheme(root, scheme, plan.name)) {
      warnings.add({ code: 'W_THEME_REPAIRED', message: `${part} had no colour scheme (a:clrScheme); a complete one was inserted`, part });
    }
    const result = writeFontScheme(root, plan);
    if (result.inserted) {
      warnings.add({ code: 'W_THEME_REPAIRED', message: `${part} had no font scheme (a:fontScheme); a complete one was inserted`, part });
    }
    fonts.set(part, { major: result.major, minor: result.minor });
    pkg.touch(part);
  }
  return { themes: deck.themes, fonts };
}
