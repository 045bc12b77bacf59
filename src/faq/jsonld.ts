/**
 * schema.org FAQPage structured data: one Question per question shown on the page, with its
 * accepted Answer as plain text (what search engines show). Serialised with jsonForScript, so
 * no text can end the <script> element.
 */
import { readableLink } from '../brand/links.js';
import type { Block, FaqDocument, Inline } from './model.js';

function text(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      if (typeof run === 'string') return run;
      if ('strong' in run) return run.strong;
      // A link whose text is not its address gets the address after it.
      const readable = readableLink(run.link.href);
      return run.link.text === readable ? run.link.text : `${run.link.text} (${readable})`;
    })
    .join('');
}

/** An answer as plain text: paragraphs separated by blank lines, list items by line breaks. */
export function answerText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.kind === 'p' ? text(b.content) : b.items.map((item, i) => `${b.kind === 'ol' ? `${i + 1}.` : '–'} ${text(item).trim()}`).join('\n')))
    .join('\n\n');
}

export interface FaqJsonLd {
  '@context': 'https://schema.org';
  '@type': 'FAQPage';
  name: string;
  inLanguage: string;
  about: { '@type': 'Organization'; name: string; url?: string };
  mainEntity: { '@type': 'Question'; name: string; acceptedAnswer: { '@type': 'Answer'; text: string } }[];
}

export function faqJsonLd(doc: FaqDocument): FaqJsonLd {
  const homepage = doc.links.find((l) => l.role === 'homepage' && /^https?:/i.test(l.href));
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    name: doc.title,
    inLanguage: doc.lang,
    about: { '@type': 'Organization', name: doc.organization, ...(homepage ? { url: homepage.href } : {}) },
    mainEntity: doc.sections.flatMap((s) =>
      s.questions.map((q) => ({ '@type': 'Question' as const, name: q.question, acceptedAnswer: { '@type': 'Answer' as const, text: answerText(q.answer) } })),
    ),
  };
}
