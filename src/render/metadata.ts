/**
 * The PDF's metadata from the deck's document properties and the caller's overrides: title,
 * author (the organisation: dc:creator, else the app's Company), subject, keywords, language
 * (/Lang: the language most of the text is tagged with), creator/producer, and fixed dates
 * (docProps dcterms:created/modified, else a constant) so that output is reproducible.
 */
import type { DocProps } from './deck/doc-props.js';
import type { RenderMetadata } from './options.js';
import type { PdfMetadata } from './pdf/write-pdf.js';
import { mainLanguage, type TextStats } from './text/stats.js';
import { normaliseLang } from './structure/lang.js';

/** The date of PDFs whose deck has no dates: fixed, so the same input gives the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
export const CREATOR = 'va-infographic';
export const PRODUCER = 'va-infographic (pdf-lib)';

export function pdfMetadata(props: DocProps, text: TextStats, overrides: RenderMetadata = {}): PdfMetadata {
  const created = overrides.creationDate ?? props.created ?? FIXED_DATE;
  const keywords = overrides.keywords ?? (props.keywords ? props.keywords.split(/[,;]/).map((k) => k.trim()).filter(Boolean) : undefined);
  const language = overrides.language ?? normaliseLang(mainLanguage(text)) ?? normaliseLang(props.language);
  return {
    title: overrides.title ?? props.title,
    author: overrides.author ?? props.creator ?? props.company,
    subject: overrides.subject ?? props.subject ?? props.description,
    keywords,
    language,
    creator: CREATOR,
    producer: PRODUCER,
    created,
    modified: overrides.modificationDate ?? props.modified ?? created,
  };
}
