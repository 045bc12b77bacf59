/**
 * The hard brands of issue 9, shared by the tests that check every template × locale × paper
 * with them (test/interop/layout-pages.test.ts: our PDF; test/interop/libreoffice-hard-brands
 * .test.ts: LibreOffice's rendering of the same PPTX):
 *  - the longest allowed values: an 80-character organisation name, a note of the longest allowed
 *    length in the handout's language (1,200 characters; zh-CN: MAX_NOTE_ZH, also 1,200), all links, with a
 *    pale (#FFE066, 8:1 wordmark), a mid-tone (#C8102E, 1:4 logo), a dark (#1B365D, 5:1 SVG
 *    wordmark) and a near-black (#111111, no logo) primary;
 *  - a bare brand: organisation, primary, booking link only.
 */
import sharp from 'sharp';
import type { BrandAssets } from '../../../src/brand/assets.js';
import type { Brand } from '../../../src/brand/schema.js';
import { MAX_NOTE_ZH } from '../../../src/brand/schema.js';
import { parseBrand } from '../../../src/brand/validate.js';

export const LONG_ORG = 'Nordisk Sundhedspartnerskab for Virtuelle Konsultationer og Digitale Omsorgstilb';

const SENTENCES: Record<string, string> = {
  en: 'Please join five minutes early from a quiet, well-lit room with a stable internet connection. Have your ID card, your insurance details and a list of your questions ready. If you need an interpreter, call us at least two days before. ',
  'da-DK':
    'Log ind fem minutter før tid fra et roligt og godt oplyst rum med en stabil internetforbindelse. Hav dit sundhedskort, en liste over din medicin og de spørgsmål, du gerne vil stille, klar. Har du brug for tolk, så ring til os senest to dage før. ',
  'zh-CN': '请提前五分钟从安静、光线充足且网络稳定的房间加入。请准备好您的身份证、保险信息以及想要咨询的问题清单。如需翻译服务，请至少提前两天致电我们。儿童须由家长陪同参加。取消预约请至少提前二十四小时通知，否则将收取费用。',
};

export const LONG_LINKS = {
  booking: 'https://outlook.office365.com/owa/calendar/NordiskSundhed@nordisk.onmicrosoft.com/bookings/?advisor=any&utm_source=infographic&utm_medium=pdf',
  billing: 'https://www.nordisk-sundhed.dk/betaling/online?kilde=folder#top',
  homepage: 'https://www.nordisk-sundhed.dk/',
};

/** The longest allowed note in the handout's language (1,200 characters; zh-CN MAX_NOTE_ZH). */
export function longestNote(locale: string): string {
  const s = SENTENCES[locale] ?? SENTENCES.en!;
  const max = locale === 'zh-CN' ? MAX_NOTE_ZH : 1200;
  return [...s.repeat(Math.ceil(max / [...s].length))].slice(0, max).join('');
}

export type HardLogo = 'wide' | 'tall' | 'svg';

export interface HardBrandCase {
  key: string;
  /** Brand fields without locale, paper, note and logo (added per deck). */
  input: Record<string, unknown>;
  /** The longest note in the deck's language. */
  longNote: boolean;
  logo?: HardLogo;
}

export const HARD_BRANDS: HardBrandCase[] = [
  { key: 'pale #FFE066, 8:1 wordmark, longest values', input: { organization: LONG_ORG, colors: { primary: '#FFE066' }, links: LONG_LINKS }, longNote: true, logo: 'wide' },
  { key: 'mid-tone #C8102E, 1:4 logo, longest values', input: { organization: LONG_ORG, colors: { primary: '#C8102E' }, links: LONG_LINKS }, longNote: true, logo: 'tall' },
  { key: 'dark #1B365D, 5:1 SVG wordmark, longest values', input: { organization: LONG_ORG, colors: { primary: '#1B365D' }, links: LONG_LINKS }, longNote: true, logo: 'svg' },
  { key: 'near-black #111111, no logo, longest values', input: { organization: LONG_ORG, colors: { primary: '#111111' }, links: LONG_LINKS }, longNote: true },
  { key: 'bare brand', input: { organization: 'Bare Klinik', colors: { primary: '#0A5FAD' }, links: { booking: 'https://example.org/book' } }, longNote: false },
];

/** The logo files of the hard brands: an 8:1 and a 1:4 PNG, a 5:1 SVG wordmark. */
export async function hardLogos(): Promise<Record<HardLogo, { name: string; bytes: Uint8Array }>> {
  const mark = async (w: number, h: number) =>
    new Uint8Array(
      await sharp({ create: { width: w, height: h, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
        .composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" rx="20" fill="#1A5C9E"/></svg>`) }])
        .png()
        .toBuffer(),
    );
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="100" viewBox="0 0 500 100"><rect width="100" height="100" rx="20" fill="#2E7D5B"/><rect x="120" y="25" width="380" height="50" fill="#2E7D5B"/></svg>';
  return {
    wide: { name: 'wide.png', bytes: await mark(1600, 200) },
    tall: { name: 'tall.png', bytes: await mark(250, 1000) },
    svg: { name: 'logo.svg', bytes: new TextEncoder().encode(svg) },
  };
}

/** The brand and assets of a hard case for a template variant. */
export function hardBrand(c: HardBrandCase, deck: { locale: string; paper: string }, logos: Record<HardLogo, { name: string; bytes: Uint8Array }>, what: string): { brand: Brand; assets: BrandAssets } {
  const logo = c.logo ? logos[c.logo] : undefined;
  const brand = parseBrand({ ...c.input, locale: deck.locale, paper: deck.paper, ...(c.longNote ? { additionalInfo: longestNote(deck.locale) } : {}), ...(logo ? { logo: logo.name } : {}) }, what);
  return { brand, assets: logo ? { logo } : {} };
}
