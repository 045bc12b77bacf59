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

export interface IndustrySource {
  id: TemplateId;
  /** Theme name suffix and colour/font scheme name, e.g. "Healthcare". */
  themeName: string;
  palette: Palette;
  fonts: { heading: LatinFamily; body: LatinFamily };
  icons: {
    steps: Record<StepKey, IconName>;
    need: IconName;
    prepare: IconName;
    cancel: IconName;
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
  beforeTitle: string;
  need: { heading: string; items: readonly string[] };
  prepare: { heading: string; items: readonly string[] };
  cancel: { heading: string; body: string };
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
  links: { booking: string; billing: string; homepage: string };
  qrCaption: string;
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
  margin: { left: number; right: number; bottom: number };
  /** Inner padding of the full-bleed title band (top of the page). */
  band: { paddingTop: number; paddingBottom: number; stripe: number };
  grid: {
    columns: number;
    gutter: number;
    /** Every block starts and ends on this vertical grid. */
    baseline: number;
  };
  /** Vertical space between sections and inside them. */
  space: { section: number; block: number; tight: number };
  /** Size of the QR code area (square). */
  qrSize: number;
}
