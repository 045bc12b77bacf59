/** Everything the page sections need to compose one variant. */
import type { Locale, Paper } from '../../brand/schema.js';
import type { TemplateId } from '../catalog.js';
import { typeScale } from '../source/design.js';
import { INDUSTRIES } from '../source/industries/index.js';
import { LAYOUTS } from '../source/layouts/index.js';
import { LOCALE_STRINGS } from '../source/locales/index.js';
import type { IndustryCopy, IndustrySource, LocaleStrings, PaperLayout } from '../source/types.js';
import { Grid } from './grid.js';
import type { TextMeasurer } from './measure.js';
import type { TextContext } from './text-block.js';

/**
 * Hyperlink targets of the unbranded templates. The brand engine replaces them (contract
 * section 3); until then they point at the reserved example domain.
 */
export const PLACEHOLDER_LINKS = Object.freeze({
  booking: 'https://www.example.com/booking',
  billing: 'https://www.example.com/billing',
  homepage: 'https://www.example.com/',
});

export interface ComposeContext extends TextContext {
  id: TemplateId;
  locale: Locale;
  paper: Paper;
  industry: IndustrySource;
  strings: LocaleStrings;
  copy: IndustryCopy;
  layout: PaperLayout;
  grid: Grid;
  type: ReturnType<typeof typeScale>;
  /** The vertical space between sections, scaled down when a variant is tight (see compose.ts). */
  gap(points: number): number;
}

export function composeContext(
  id: TemplateId,
  locale: Locale,
  paper: Paper,
  measurer: TextMeasurer,
  warn?: (message: string) => void,
  layoutOverride?: PaperLayout,
  gapScale = 1,
): ComposeContext {
  const strings = LOCALE_STRINGS[locale];
  const layout = layoutOverride ?? LAYOUTS[paper];
  return {
    id,
    locale,
    paper,
    industry: INDUSTRIES[id],
    strings,
    copy: strings.industries[id],
    layout,
    grid: new Grid(layout),
    type: typeScale(strings.script),
    measurer,
    lang: strings.lang,
    fonts: INDUSTRIES[id].fonts,
    gap: (points: number) => Math.round(points * gapScale),
    ...(warn ? { warn } : {}),
  };
}
