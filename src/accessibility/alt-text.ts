/**
 * Alternative text that va-infographic writes itself, in the handout's language: the logo, the
 * QR code of the booking link, and the QR area of an unbranded template. (The language of the
 * alt text is the document's: a Danish handout says "QR-kode", never "QR code".)
 */
import type { Locale } from '../brand/schema.js';

interface AltStrings {
  logo(organization: string): string;
  /** `display` is the readable form of the booking link (www.example.org/book). */
  qr(display: string): string;
  /** The QR area of a template before branding. */
  qrPlaceholder: string;
}

/** A space between a Latin word and Chinese text, none between Chinese characters. */
const cjkJoin = (latinOrCjk: string): string => (/[\p{Script=Han}]$/u.test(latinOrCjk) ? latinOrCjk : `${latinOrCjk} `);

export const ALT_TEXT: Record<Locale, AltStrings> = {
  en: {
    logo: (org) => `${org} logo`,
    qr: (url) => `QR code: book at ${url}`,
    qrPlaceholder: 'QR code of the booking link',
  },
  'da-DK': {
    logo: (org) => `Logo for ${org}`,
    qr: (url) => `QR-kode: book på ${url}`,
    qrPlaceholder: 'QR-kode til bookingsiden',
  },
  'zh-CN': {
    logo: (org) => `${cjkJoin(org)}标志`,
    qr: (url) => `二维码：在 ${url} 预约`,
    qrPlaceholder: '预约链接的二维码',
  },
};
