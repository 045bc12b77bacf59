/**
 * The FAQ as data: sections of questions whose answers are blocks of inline runs. `content.ts`
 * builds it from the brand and the copy; the HTML, Markdown and JSON-LD writers render the same
 * document, so the page, the fragment, the Markdown and the structured data never disagree.
 *
 * Every string in it is plain text (never markup): each writer escapes for its own syntax.
 */
import type { Locale } from '../brand/schema.js';
import type { TemplateId } from '../templates/catalog.js';

export const SECTION_IDS = ['basics', 'booking', 'technology'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const QUESTION_IDS = ['what', 'differences', 'flow', 'payment', 'book', 'who', 'cancel', 'equipment', 'join'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** A link in the text. `href` has passed the brand's link check (or is one of our own files). */
export interface LinkRun {
  href: string;
  text: string;
}

/** Plain text, bold text, or a link. */
export type Inline = string | { strong: string } | { link: LinkRun };

export type Block = { kind: 'p'; content: Inline[] } | { kind: 'ul' | 'ol'; items: Inline[][] };

export interface FaqQuestion {
  id: QuestionId;
  question: string;
  answer: Block[];
}

export interface FaqSection {
  id: SectionId;
  title: string;
  questions: FaqQuestion[];
}

export interface FaqLink {
  role: 'booking' | 'billing' | 'homepage';
  label: string;
  href: string;
  /** The link as people read it (no scheme, `mailto:` shows the address). */
  readable: string;
}

/** The handout files the page offers (relative file names next to the page). */
export interface FaqHandout {
  /** The PDF to download, with its size in bytes. */
  pdf?: { file: string; bytes: number };
  /** The PNG preview, with its size in pixels. */
  png?: { file: string; width: number; height: number };
  /** The handout's own title (e.g. "Your virtual appointment"), for the preview's alt text. */
  title: string;
}

export interface FaqDocument {
  locale: Locale;
  /** BCP 47 tag for `lang`. */
  lang: string;
  industry: TemplateId;
  organization: string;
  /** The page title (h1), e.g. "Virtual appointments: questions and answers". */
  title: string;
  /** One sentence under the title (the handout's subtitle). */
  lede: string;
  /** The brand's additional information, with the handout's lead-in ("Please note: "). */
  note?: { label: string; separator: string; text: string };
  links: FaqLink[];
  sections: FaqSection[];
  handout: FaqHandout;
  labels: {
    /** aria-label of the links navigation. */
    links: string;
    handoutHeading: string;
    handoutText: string;
    /** "Download the handout (PDF, 210 KB)". */
    handoutDownload: string;
    handoutPreviewAlt: string;
    /** alt of the logo when it is shown next to the organisation's name. */
    logoAlt: string;
  };
}
