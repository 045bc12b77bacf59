/**
 * Builds the FAQ document (model.ts) for a brand, an industry and a locale: which questions are
 * shown, and what each answer says. The rules (README, "The website FAQ"):
 *
 *  - always shown: what, differences, flow, book, who, cancel, equipment, join. Where the brand's
 *    `policy` has no answer, the industry's default wording is used, never a placeholder;
 *  - `payment` is shown only when the brand says something about paying (`policy.fees`,
 *    `policy.paymentMethods` or `links.billing`): how payment works is not something to guess;
 *  - the handout's own strings (steps, what you need, cancel, link labels, the note's lead-in)
 *    are reused, so the page and the handout say the same thing in the same words.
 *
 * Texts the brand typed stay plain text here; the writers escape them.
 */
import { readableLink } from '../brand/links.js';
import { checkLink, encodeTelSpaces, type Brand, type Locale, type Policy } from '../brand/schema.js';
import type { TemplateId } from '../templates/catalog.js';
import { LOCALE_STRINGS } from '../templates/source/locales/index.js';
import { STEP_KEYS, type LocaleStrings } from '../templates/source/types.js';
import { FAQ_COPY, type FaqCopy } from './copy/index.js';
import type { Block, FaqDocument, FaqHandout, FaqLink, FaqQuestion, FaqSection, Inline, QuestionId, SectionId } from './model.js';

export interface FaqContentInput {
  brand: Brand;
  locale: Locale;
  industry: TemplateId;
  /** The handout files next to the page (names relative to it). */
  handout?: Omit<FaqHandout, 'title'>;
}

/** A link, if its target passes the brand's link rules (allowed schemes); otherwise null. */
export function safeHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  return checkLink(href) === null ? href : null;
}

function link(href: string | undefined, text?: string): Inline[] {
  const safe = safeHref(href);
  if (!safe) return [];
  return [{ link: { href: safe, text: text ?? readableLink(safe) } }];
}

/** The brand's text as paragraphs (a line break starts a new paragraph; blank lines are dropped). */
export function paragraphs(text: string | undefined): Block[] {
  if (text === undefined) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'p', content: [line] }));
}

const p = (...content: Inline[]): Block => ({ kind: 'p', content });

function question(copy: FaqCopy, industry: TemplateId, id: QuestionId, answer: Block[]): FaqQuestion {
  return { id, question: copy.industries[industry].questions[id] ?? copy.questions[id], answer };
}

function differences(copy: FaqCopy, industry: TemplateId, policy: Policy | undefined): Block[] {
  const services = paragraphs(policy?.services);
  return [...(services.length ? services : [p(copy.industries[industry].differences)]), ...paragraphs(policy?.fees)];
}

function flow(copy: FaqCopy, strings: LocaleStrings, industry: TemplateId): Block[] {
  const steps = strings.industries[industry].steps;
  return [p(copy.flowLead), { kind: 'ol', items: STEP_KEYS.map((key) => [{ strong: steps[key].title }, `${copy.stepSeparator}${steps[key].body}`]) }];
}

function payment(copy: FaqCopy, brand: Brand): Block[] | null {
  const policy = brand.policy;
  const methods = policy?.paymentMethods ?? [];
  const billing = link(brand.links?.billing);
  if (!methods.length && !billing.length && !policy?.fees) return null;
  const blocks: Block[] = [];
  if (methods.length) blocks.push(p(copy.paymentMethodsLead), { kind: 'ul', items: methods.map((m) => [m]) });
  // Fees are answered under "differences" (the toolkit's place for fee differences); with no
  // methods and no billing page they are repeated here so the question has an answer.
  if (!methods.length && !billing.length) blocks.push(...paragraphs(policy?.fees));
  if (billing.length) blocks.push(p(copy.billingLead, ...billing));
  return blocks;
}

function otherWays(copy: FaqCopy, policy: Policy | undefined): Inline[][] {
  const other = policy?.otherBooking;
  const items: Inline[][] = [];
  if (other?.phone) items.push([copy.byPhone, ...link(encodeTelSpaces(`tel:${other.phone}`), other.phone)]);
  if (other?.email) items.push([copy.byEmail, ...link(`mailto:${other.email}`, other.email)]);
  for (const s of other?.social ?? []) {
    const target = link(s.url, s.name);
    if (!target.length) continue;
    const [before, after] = copy.onSocial.split('{name}') as [string, string | undefined];
    items.push([...(before ? [before] : []), ...target, ...(after ? [after] : [])]);
  }
  return items.filter((item) => item.some((run) => typeof run === 'object' && 'link' in run));
}

function book(copy: FaqCopy, strings: LocaleStrings, industry: TemplateId, brand: Brand): Block[] {
  const booking = link(brand.links?.booking);
  const others = otherWays(copy, brand.policy);
  const blocks: Block[] = [];
  if (booking.length) blocks.push(p(copy.bookOnline, ...booking));
  if (others.length) blocks.push(p(booking.length ? copy.bookOtherLead : copy.bookOtherOnly), { kind: 'ul', items: others });
  if (!booking.length && !others.length) {
    blocks.push(p(copy.bookContact));
    const homepage = link(brand.links?.homepage);
    if (homepage.length) blocks.push(p(copy.bookHomepage, ...homepage));
  }
  // The handout's "check your email" step: what comes after booking.
  blocks.push(p(strings.industries[industry].steps.confirm.body));
  return blocks;
}

function cancel(copy: FaqCopy, strings: LocaleStrings, industry: TemplateId, policy: Policy | undefined): Block[] {
  const c = policy?.cancellation;
  const blocks: Block[] = [p(strings.industries[industry].cancel.body)];
  if (c?.noticeHours !== undefined) blocks.push(p(copy.notice(copy.duration(c.noticeHours))));
  blocks.push(...paragraphs(c?.text));
  const policyLink = link(c?.link);
  if (policyLink.length) blocks.push(p(copy.cancelPolicyLink, ...policyLink));
  return blocks;
}

function equipment(copy: FaqCopy, strings: LocaleStrings, industry: TemplateId, policy: Policy | undefined): Block[] {
  const need = strings.industries[industry].need.items;
  return [p(copy.equipmentLead), { kind: 'ul', items: need.map((item) => [item]) }, ...paragraphs(policy?.equipment)];
}

function join(copy: FaqCopy, strings: LocaleStrings, industry: TemplateId, policy: Policy | undefined): Block[] {
  const steps = strings.industries[industry].steps;
  const blocks: Block[] = [p(`${copy.joinLead} ${steps.join.body} ${steps.lobby.body}`.replace(/([。！？]) /gu, '$1'))];
  const portal = policy?.portal;
  const portalLink = link(portal?.url, portal?.name);
  if (portalLink.length) {
    const sentence = copy.portal('\u0000');
    const [before, after] = sentence.split('\u0000') as [string, string];
    // With a name, the name is the link; without one, the industry's "our patient portal" is.
    const target = portal?.name ? portalLink : link(portal?.url, copy.industries[industry].portal);
    blocks.push(p(before, ...target, after));
  }
  const help = copy.microsoftHelp;
  blocks.push(p(help.lead, ...link(help.href, help.text)));
  return blocks;
}

const SECTION_QUESTIONS: Record<SectionId, readonly QuestionId[]> = {
  basics: ['what', 'differences', 'flow', 'payment'],
  booking: ['book', 'who', 'cancel'],
  technology: ['equipment', 'join'],
};

/** The FAQ document for a brand. */
export function faqContent(input: FaqContentInput): FaqDocument {
  const { brand, locale, industry } = input;
  const copy = FAQ_COPY[locale];
  const strings = LOCALE_STRINGS[locale];
  const policy = brand.policy;
  const answers: Record<QuestionId, Block[] | null> = {
    what: [p(copy.industries[industry].what)],
    differences: differences(copy, industry, policy),
    flow: flow(copy, strings, industry),
    payment: payment(copy, brand),
    book: book(copy, strings, industry, brand),
    who: policy?.staff ? paragraphs(policy.staff) : [p(copy.industries[industry].who)],
    cancel: cancel(copy, strings, industry, policy),
    equipment: equipment(copy, strings, industry, policy),
    join: join(copy, strings, industry, policy),
  };
  const sections: FaqSection[] = (Object.keys(SECTION_QUESTIONS) as SectionId[]).map((id) => ({
    id,
    title: copy.sections[id],
    questions: SECTION_QUESTIONS[id].flatMap((q) => {
      const answer = answers[q];
      return answer ? [question(copy, industry, q, answer)] : [];
    }),
  }));

  const links: FaqLink[] = [];
  for (const role of ['booking', 'billing', 'homepage'] as const) {
    const href = safeHref(brand.links?.[role]);
    if (href) links.push({ role, label: strings.links[role], href, readable: readableLink(href) });
  }

  const info = brand.additionalInfo?.trim();
  const handoutTitle = strings.industries[industry].title;
  const pdfSize = input.handout?.pdf ? copy.fileSize(input.handout.pdf.bytes) : '';
  return {
    locale,
    lang: locale,
    industry,
    organization: brand.organization,
    title: copy.industries[industry].title,
    lede: strings.industries[industry].subtitle,
    ...(info ? { note: { label: strings.noteLabel.trim(), separator: strings.noteLabel.slice(strings.noteLabel.trim().length), text: info } } : {}),
    links,
    sections,
    handout: { ...input.handout, title: handoutTitle },
    labels: {
      links: copy.labels.links,
      handoutHeading: copy.labels.handoutHeading,
      handoutText: copy.labels.handoutText,
      handoutDownload: copy.labels.handoutDownload(pdfSize),
      handoutPreviewAlt: copy.labels.handoutPreviewAlt(handoutTitle),
      logoAlt: copy.labels.logoAlt(brand.organization),
    },
  };
}

/** Plain text of inline runs (for JSON-LD and tests). */
export function inlineText(content: readonly Inline[]): string {
  return content.map((run) => (typeof run === 'string' ? run : 'strong' in run ? run.strong : run.link.text)).join('');
}
