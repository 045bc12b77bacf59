/**
 * Builds one variant of a built-in template: compose the page from the typed sources, write it
 * with pptxgenjs, finish it with our OPC/XML layers. Pure apart from reading the shipped fonts
 * (to measure text) and the Lucide icons; the same inputs give the same bytes.
 */
import type { Locale, Paper } from '../../brand/schema.js';
import { TEMPLATES, type TemplateId } from '../catalog.js';
import { INDUSTRIES } from '../source/industries/index.js';
import { LOCALE_STRINGS } from '../source/locales/index.js';
import { composePage, type ComposeReport } from './compose.js';
import { finishDeck } from './finish/finish.js';
import { TextMeasurer } from './measure.js';
import { writePptx } from './write-pptx.js';

const PAPER_NAMES: Record<Paper, string> = { letter: 'Letter Paper (8.5x11 in)', a4: 'A4 Paper (210x297 mm)' };

export interface BuiltTemplate {
  bytes: Uint8Array;
  report: ComposeReport;
}

let sharedMeasurer: TextMeasurer | undefined;

export async function buildTemplate(id: TemplateId, locale: Locale, paper: Paper, measurer?: TextMeasurer): Promise<BuiltTemplate> {
  measurer ??= sharedMeasurer ??= new TextMeasurer();
  const industry = INDUSTRIES[id];
  const strings = LOCALE_STRINGS[locale];
  const info = TEMPLATES.find((t) => t.id === id)!;
  const { scene, report } = composePage(id, locale, paper, measurer);
  const written = await writePptx(scene, industry);
  const title = strings.industries[id].title;
  const bytes = await finishDeck(written, scene, industry, {
    title,
    // In the handout's language only: the catalogue's industry names are English, so the
    // "({industry})" part of the locale's document title is left out.
    subject: strings.documentTitle.replace(/\s*[(（]\{industry\}[)）]/u, '').replace('{industry}', info.title),
    language: strings.lang,
    keywords: `va-infographic; ${id}; ${locale}; ${paper}`,
    fonts: [...new Set([industry.fonts.heading, industry.fonts.body])],
    themeName: `va-infographic ${industry.themeName}`,
    paperName: PAPER_NAMES[paper],
  });
  return { bytes, report };
}
