/**
 * The words of the FAQ page in one language. The page also reuses the handout's own strings
 * (src/templates/source/locales: steps, what you need, cancel, link labels, the note's lead-in),
 * so the page and the handout use the same terms for the waiting room, the join link and the app.
 */
import type { QuestionId, SectionId } from '../model.js';

/** Wording that depends on the industry. */
export interface FaqIndustryCopy {
  /** Page title (h1). */
  title: string;
  /** Questions that differ from the locale's defaults. */
  questions: Partial<Record<QuestionId, string>>;
  /** What a virtual appointment is. */
  what: string;
  /** Default answer to "how is it different" (when the brand's `policy.services` is absent). */
  differences: string;
  /** Default answer to "who can I book with" (when `policy.staff` is absent). */
  who: string;
  /** "our patient portal": the portal when the brand gives no name for it. */
  portal: string;
}

export interface FaqCopy {
  sections: Record<SectionId, string>;
  /** Default question texts (an industry may override any of them). */
  questions: Record<QuestionId, string>;
  /** Before the ordered list of the handout's five steps. */
  flowLead: string;
  /** Between a step's title and its text: ": " or "：". */
  stepSeparator: string;
  paymentMethodsLead: string;
  /** Before the billing link. */
  billingLead: string;
  /** Before the booking link. */
  bookOnline: string;
  /** Before the list of other ways to book, when there is a booking page. */
  bookOtherLead: string;
  /** Before the list of ways to book, when there is no booking page. */
  bookOtherOnly: string;
  /** When the brand gives no way to book at all. */
  bookContact: string;
  /** Before the homepage link, when it is the only contact. */
  bookHomepage: string;
  /** One item of the other-ways list: "By phone: " (the number follows as a link). */
  byPhone: string;
  byEmail: string;
  /** The social media item: "On Facebook" (`{name}` is the link). */
  onSocial: string;
  /** "Please cancel or reschedule at least {notice} before your appointment." */
  notice: (notice: string) => string;
  /** A notice period in words: 24 → "24 hours", 48 → "2 days". */
  duration: (hours: number) => string;
  /** Before the cancellation policy link. */
  cancelPolicyLink: string;
  /** Before the handout's list of what you need. */
  equipmentLead: string;
  /** Where the personal join link is (the handout's confirmation e-mail). */
  joinLead: string;
  /** "You can also join from {portal}: sign in and open your appointment there." */
  portal: (portal: string) => string;
  /** Microsoft's step-by-step guide to joining. */
  microsoftHelp: { lead: string; text: string; href: string };
  labels: {
    links: string;
    handoutHeading: string;
    handoutText: string;
    handoutDownload: (size: string) => string;
    handoutPreviewAlt: (title: string) => string;
    logoAlt: (organization: string) => string;
  };
  /** File sizes as people read them in this language: "210 KB". */
  fileSize: (bytes: number) => string;
  industries: Record<'healthcare' | 'financial-services' | 'retail' | 'generic', FaqIndustryCopy>;
}
