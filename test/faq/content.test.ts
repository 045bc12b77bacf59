/**
 * The FAQ's content: which questions are shown, what each answer says with and without the
 * brand's policy, and that it uses the handout's own words.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/brand/schema.js';
import { parseBrand } from '../../src/brand/validate.js';
import { faqContent, inlineText } from '../../src/faq/content.js';
import { answerText } from '../../src/faq/jsonld.js';
import type { FaqDocument, QuestionId } from '../../src/faq/model.js';
import { TEMPLATE_IDS } from '../../src/templates/catalog.js';
import { LOCALE_STRINGS } from '../../src/templates/source/locales/index.js';
import { bareBrand, fullBrand } from './brands.js';

function doc(input: ReturnType<typeof fullBrand>, industry: (typeof TEMPLATE_IDS)[number] = 'healthcare', handout = true): FaqDocument {
  const brand = parseBrand(input, 'test');
  return faqContent({
    brand,
    locale: brand.locale ?? 'en',
    industry,
    ...(handout ? { handout: { pdf: { file: 'x.pdf', bytes: 215_000 }, png: { file: 'x.png', width: 816, height: 1056 } } } : {}),
  });
}

function ids(d: FaqDocument): QuestionId[] {
  return d.sections.flatMap((s) => s.questions.map((q) => q.id));
}

function answer(d: FaqDocument, id: QuestionId): string {
  const q = d.sections.flatMap((s) => s.questions).find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return answerText(q.answer);
}

function allText(d: FaqDocument): string {
  return [d.title, d.lede, d.organization, ...d.sections.flatMap((s) => [s.title, ...s.questions.map((q) => `${q.question}\n${answerText(q.answer)}`)])].join('\n');
}

/** The handout's glossary (docs/templates.md): the FAQ uses the same words. */
const GLOSSARY: Record<Locale, string[]> = {
  en: ['booking page', 'confirmation email', 'join link', 'Microsoft Teams app', 'virtual waiting room'],
  'da-DK': ['bookingside', 'bekræftelsesmail', 'link', 'Microsoft Teams-appen', 'virtuelt venteværelse'],
  'zh-CN': ['预约页面', '确认邮件', '入会链接', 'Microsoft Teams 应用', '虚拟等候室'],
};
/** Words the handout no longer uses for the same things. */
const RETIRED: Record<Locale, RegExp> = {
  en: /\blobby\b|online booking page|Teams application/i,
  'da-DK': /\blobby/i,
  'zh-CN': /虚拟候诊室|理财咨询/,
};

describe('FAQ content', () => {
  for (const locale of LOCALES) {
    for (const industry of TEMPLATE_IDS) {
      it(`${industry} ${locale}: every question is answered, with the brand's policy and without`, () => {
        const full = doc(fullBrand(locale), industry);
        const bare = doc(bareBrand(locale), industry);
        expect(ids(full)).toEqual(['what', 'differences', 'flow', 'payment', 'book', 'who', 'cancel', 'equipment', 'join']);
        // Without anything about paying, "how does payment work" is left out, not guessed.
        expect(ids(bare)).toEqual(['what', 'differences', 'flow', 'book', 'who', 'cancel', 'equipment', 'join']);
        for (const d of [full, bare]) {
          const text = allText(d);
          expect(text).not.toMatch(/Let your customers|Fortæl dine kunder|告诉您的客户|\{|\}|undefined|null|\u0000/);
          for (const s of d.sections) for (const q of s.questions) expect(answerText(q.answer).trim().length).toBeGreaterThan(20);
          expect(new Set(ids(d)).size).toBe(ids(d).length);
          expect(text).not.toMatch(RETIRED[locale]);
        }
        // The handout's words: the five steps, what you need, how to cancel, the waiting room.
        const strings = LOCALE_STRINGS[locale].industries[industry];
        for (const step of Object.values(strings.steps)) expect(answer(full, 'flow')).toContain(step.title);
        for (const item of strings.need.items) expect(answer(bare, 'equipment')).toContain(item);
        expect(answer(bare, 'cancel')).toContain(strings.cancel.body);
        expect(answer(bare, 'join')).toContain(strings.steps.lobby.body);
        for (const term of GLOSSARY[locale]) expect(allText(full)).toContain(term);
        expect(full.title).not.toBe('');
        expect(full.lede).toBe(strings.subtitle);
      });
    }

    it(`${locale}: the brand's policy answers the questions it belongs to`, () => {
      const input = fullBrand(locale);
      const policy = input.policy!;
      const d = doc(input);
      expect(answer(d, 'differences')).toContain(policy.services!.split('\n')[1]);
      expect(answer(d, 'differences')).toContain(policy.fees);
      for (const m of policy.paymentMethods!) expect(answer(d, 'payment')).toContain(m);
      expect(answer(d, 'payment')).toContain('clinic.example/billing');
      expect(answer(d, 'book')).toContain('clinic.example/book');
      expect(answer(d, 'book')).toContain('+45 70 10 20 30');
      expect(answer(d, 'book')).toContain('desk@clinic.example');
      expect(answer(d, 'book')).toContain('Facebook');
      expect(answer(d, 'who')).toBe(policy.staff);
      expect(answer(d, 'cancel')).toContain(policy.cancellation!.text);
      expect(answer(d, 'cancel')).toContain('clinic.example/cancellation');
      expect(answer(d, 'cancel')).toMatch(/24/);
      expect(answer(d, 'equipment')).toContain(policy.equipment);
      expect(answer(d, 'join')).toContain(policy.portal!.name);
      expect(answer(d, 'join')).toContain('support.microsoft.com');
      expect(d.note?.text).toBe(input.additionalInfo);
      expect(d.links.map((l) => l.role)).toEqual(['booking', 'billing', 'homepage']);
    });
  }

  it('links in the text are exactly the brand links, the phone, e-mail and Microsoft guide', () => {
    const d = doc(fullBrand('en'));
    const hrefs = d.sections.flatMap((s) =>
      s.questions.flatMap((q) =>
        q.answer.flatMap((b) => (b.kind === 'p' ? [b.content] : b.items).flatMap((runs) => runs.flatMap((r) => (typeof r === 'object' && 'link' in r ? [r.link.href] : [])))),
      ),
    );
    expect(hrefs.sort()).toEqual(
      [
        'https://clinic.example/billing',
        'https://clinic.example/book',
        'tel:+45%2070%2010%2020%2030',
        'mailto:desk@clinic.example',
        'https://facebook.example/clinic',
        'https://clinic.example/cancellation',
        'https://portal.clinic.example/',
        'https://support.microsoft.com/en-us/office/join-a-bookings-appointment-as-an-attendee-95cea12d-2220-421f-a663-6efb20913c7f',
      ].sort(),
    );
  });

  it('without a booking page, the other ways to book; with nothing, "contact us" and the homepage', () => {
    const phoneOnly = doc({ ...bareBrand('en'), policy: { otherBooking: { phone: '+1 555 0100' } } });
    expect(answer(phoneOnly, 'book')).toMatch(/^You can book:\n\n– by phone: \+1 555 0100/);
    const homepage = doc({ ...bareBrand('da-DK'), links: { homepage: 'https://bare.example/' } });
    expect(answer(homepage, 'book')).toMatch(/^Kontakt os.*\n\nDu finder vores kontaktoplysninger på vores hjemmeside: bare\.example/);
    const nothing = doc(bareBrand('zh-CN'));
    expect(answer(nothing, 'book').startsWith('如需预约，请与我们联系。')).toBe(true);
  });

  it('payment: shown for a billing link alone, for fees alone, for payment methods alone', () => {
    expect(ids(doc({ ...bareBrand('en'), links: { billing: 'https://x.example/pay' } }))).toContain('payment');
    const fees = doc({ ...bareBrand('en'), policy: { fees: 'Free of charge.' } });
    expect(answer(fees, 'payment')).toBe('Free of charge.');
    expect(answer(doc({ ...bareBrand('en'), policy: { paymentMethods: ['Cash'] } }), 'payment')).toBe('We accept these payment methods:\n\n– Cash');
  });

  it('notice periods read naturally in each language', () => {
    const notice = (locale: Locale, hours: number) => answer(doc({ ...bareBrand(locale), policy: { cancellation: { noticeHours: hours } } }), 'cancel').split('\n\n')[1];
    expect(notice('en', 1)).toBe('Please cancel or reschedule at least 1 hour before your appointment.');
    expect(notice('en', 24)).toBe('Please cancel or reschedule at least 24 hours before your appointment.');
    expect(notice('en', 48)).toBe('Please cancel or reschedule at least 2 days before your appointment.');
    expect(notice('da-DK', 24)).toBe('Giv besked senest 24 timer før din tid.');
    expect(notice('da-DK', 72)).toBe('Giv besked senest 3 dage før din tid.');
    expect(notice('zh-CN', 24)).toBe('如需取消或改期，请至少提前 24 小时告知我们。');
    expect(notice('zh-CN', 48)).toBe('如需取消或改期，请至少提前 2 天告知我们。');
  });

  it('a portal without a name is linked as the industry\'s portal', () => {
    const d = doc({ ...bareBrand('en'), policy: { portal: { url: 'https://portal.example/' } } }, 'healthcare');
    expect(answer(d, 'join')).toContain('You can also join from our patient portal (portal.example): sign in and open your appointment there.');
  });

  it('the handout labels name the PDF size in the locale', () => {
    expect(doc(fullBrand('en')).labels.handoutDownload).toBe('Download the handout (PDF, 210\u00a0KB)');
    expect(doc(fullBrand('da-DK')).labels.handoutDownload).toBe('Hent vejledningen (PDF, 210\u00a0kB)');
    expect(doc(fullBrand('zh-CN')).labels.handoutDownload).toBe('下载指南（PDF，210\u00a0KB）');
  });

  it('inline text joins runs without markup', () => {
    expect(inlineText(['a ', { strong: 'b' }, { link: { href: 'https://x.example', text: 'c' } }])).toBe('a bc');
  });
});
