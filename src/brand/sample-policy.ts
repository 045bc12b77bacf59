/**
 * The sample brand's answers for the website FAQ (issue 12), in each language: a few fields, so
 * that `customize --format html` with the sample shows both kinds of answer, the organisation's
 * own (fees, payment, other ways to book, notice period) and the industry's standard wording
 * (everything else). Neutral enough for every template.
 */
import type { BrandInput, Locale } from './schema.js';

export const SAMPLE_POLICY: Readonly<Record<Locale, NonNullable<BrandInput['policy']>>> = Object.freeze({
  en: {
    fees: 'Meeting us by video costs the same as meeting us in person.',
    paymentMethods: ['Credit or debit card', 'Apple Pay or Google Pay', 'Invoice by email'],
    otherBooking: { phone: '+1 555 0100', email: 'hello@example.org' },
    cancellation: { noticeHours: 24 },
  },
  'da-DK': {
    fees: 'Et videomøde koster det samme som et møde hos os.',
    paymentMethods: ['Betalingskort', 'MobilePay', 'Faktura på mail'],
    otherBooking: { phone: '+1 555 0100', email: 'hello@example.org' },
    cancellation: { noticeHours: 24 },
  },
  'zh-CN': {
    fees: '视频预约的费用与当面会谈相同。',
    paymentMethods: ['微信支付', '支付宝', '银行卡'],
    otherBooking: { phone: '+1 555 0100', email: 'hello@example.org' },
    cancellation: { noticeHours: 24 },
  },
});
