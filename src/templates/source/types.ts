/**
 * The typed sources of the built-in templates. A variant is made of three independent parts:
 *   - an industry (`industries/*.ts`): theme palette and fonts, icons, placeholder links;
 *   - a locale (`locales/*.ts`): every word on the page, per industry, written for that language;
 *   - a paper layout (`layouts/*.ts`): page size, margins and the spacing grid.
 * The builder (`../build/`) composes them into one page.
 */
import type { Locale, Paper } from '../../brand/schema.js';
import type { TemplateId } from '../catalog.js';

/** The five steps of a virtual appointment, in order. */
export const STEP_KEYS = ['book', 'confirm', 'join', 'lobby', 'meet'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** A Lucide icon name (`lucide-static/icons/<name>.svg`). */
export type IconName = string;

/** Theme colour slots (`a:clrScheme` children), as RRGGBB. */
export interface Palette {
  dk1: string;
  lt1: string;
  dk2: string;
  lt2: string;
  accent1: string;
  accent2: string;
  accent3: string;
  accent4: string;
  accent5: string;
  accent6: string;
  hlink: string;
  folHlink: string;
}

/** The families shipped with va-infographic (OFL) that a template theme may default to. */
export type LatinFamily = 'Inter' | 'Source Sans 3' | 'Montserrat' | 'Merriweather' | 'Lora';
export const LATIN_FAMILIES: readonly LatinFamily[] = ['Inter', 'Source Sans 3', 'Montserrat', 'Merriweather', 'Lora'];
/** The East Asian theme font (`a:ea`). */
export const EAST_ASIAN_FAMILY = 'Noto Sans SC';

/**
 * The page design of an industry: each has its own visual idea on the shared grid and type scale
 * (see docs/templates.md, "Four designs").
 */
export type PageDesign = 'timeline' | 'columns' | 'cards' | 'rows';

export interface IndustrySource {
  id: TemplateId;
  /** Theme name suffix and colour/font scheme name, e.g. "Healthcare". */
  themeName: string;
  palette: Palette;
  fonts: { heading: LatinFamily; body: LatinFamily };
  design: PageDesign;
  /** The illustration of the page (`source/illustrations/`). */
  illustration: string;
  icons: {
    steps: Record<StepKey, IconName>;
    need: IconName;
    prepare: IconName;
    cancel: IconName;
    help: IconName;
    notice?: IconName;
  };
}

export interface StepCopy {
  title: string;
  body: string;
}

/** Every industry-specific word on the page, in one language. */
export interface IndustryCopy {
  /** Title in the band. */
  title: string;
  /** One or two sentences under the title. */
  subtitle: string;
  steps: Record<StepKey, StepCopy>;
  /** Title of the "before your appointment" box. */
  /** Heading of the steps ("How your visit works"). */
  stepsTitle: string;
  beforeTitle: string;
  need: { heading: string; items: readonly string[] };
  prepare: { heading: string; items: readonly string[] };
  cancel: { heading: string; body: string };
  /** A notice set apart from the lists, with its own icon (financial services: security). */
  notice?: { heading: string; body: string };
  /** Healthcare: the call is private and not recorded (printed when the brand sets `handout.privacy`). */
  privacy?: string;
  /** Healthcare: interpreters and live captions (printed when the brand sets `handout.interpreter`). */
  interpreter?: string;
}

export interface LocaleStrings {
  locale: Locale;
  /** `lang` of every text run (`a:rPr/@lang`). */
  lang: string;
  /** Chinese text is laid out with East Asian line breaking and more leading. */
  script: 'latin' | 'cjk';
  /** Section label above the steps. */
  howItWorks: string;
  /** Bold lead-in of the `{{additionalInfo}}` paragraph, with its trailing space or colon. */
  noteLabel: string;
  /** After a run-in label: ": " in Latin scripts, the full-width "：" (no space) in Chinese. */
  labelSeparator: string;
  links: { booking: string; billing: string; homepage: string };
  /** The call to action beside the QR code ("Scan to book"). */
  qrCaption: string;
  /** Under the call to action, before the booking address ("or go to"). */
  ctaLead: string;
  /** "If you cannot join": a heading, a troubleshooting tip, and the help line with `{{helpPhone}}`. */
  help: { heading: string; tip: string; phone: string };
  /**
   * Tips for a good video call, true for every client and industry: shown on a page with spare
   * room (`va:when:spare`, a brand with little content). Four short tips of one line each.
   */
  tips: { heading: string; items: readonly [string, string, string, string] };
  /** Lines to fill in by hand (`handout.writeIn`). */
  writeIn: { heading: string; date: string; time: string; with: string };
  logoPlaceholder: string;
  /** Title of the document (docProps), `{industry}` is replaced by the industry title. */
  documentTitle: string;
  industries: Record<TemplateId, IndustryCopy>;
  /**
   * A realistic `additionalInfo` of exactly 600 characters in this language: the box is sized
   * so that it fits at the template's own text size, and the tests render it.
   */
  additionalInfoSample: string;
  /** A long organisation name in this language, for the tests and the visual checks. */
  longOrganizationSample: string;
}

/** Page geometry of one paper size, in points (1/72 in) unless named otherwise. */
export interface PaperLayout {
  paper: Paper;
  /** Slide size in EMU (`p:sldSz`), exact. */
  widthEmu: number;
  heightEmu: number;
  /**
   * Margins: nothing but the page background within them. At least PRINT_SAFE_MARGIN (6 mm), so
   * office printers (4-6 mm unprintable edge) print the whole design.
   */
  margin: { top: number; left: number; right: number; bottom: number };
  grid: {
    columns: number;
    gutter: number;
    /** Every block starts and ends on this vertical grid. */
    baseline: number;
  };
  /** Vertical space between sections and inside them. */
  space: { section: number; block: number; tight: number };
}

/** 6 mm in points: the print-safe edge every template keeps free (docs/templates.md). */
export const PRINT_SAFE_MARGIN = (6 / 25.4) * 72;
