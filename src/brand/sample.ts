/**
 * The built-in sample brand: what `va-infographic customize` uses when no brand is given, so the
 * first command of the README produces a real handout. Its logo is inline (no file to find),
 * and its name has an ampersand on purpose: escaping is exercised on every default run.
 */
import type { BrandAssets } from './assets.js';
import { SAMPLE_POLICY } from './sample-policy.js';
import type { Brand, Locale } from './schema.js';
import { parseBrand } from './validate.js';

/** A harbour mark: a disc with two waves and a sail, drawn with paths only (no fonts needed). */
export const SAMPLE_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">
  <circle cx="120" cy="120" r="116" fill="#0B6E69"/>
  <path d="M120 38 L120 150 L60 150 Z" fill="#FFFFFF"/>
  <path d="M128 58 L128 150 L176 150 Z" fill="#F2A541"/>
  <path d="M40 168 q20 -14 40 0 t40 0 t40 0 t40 0" fill="none" stroke="#FFFFFF" stroke-width="10" stroke-linecap="round"/>
  <path d="M56 196 q16 -12 32 0 t32 0 t32 0 t32 0" fill="none" stroke="#FFFFFF" stroke-width="8" stroke-linecap="round" opacity="0.8"/>
</svg>
`;

export const SAMPLE_BRAND_INPUT = Object.freeze({
  organization: 'Harbour & Co.',
  locale: 'en',
  colors: {
    primary: '#0B6E69',
    secondary: '#F2A541',
    accent: '#E4572E',
  },
  fonts: {
    heading: 'Montserrat',
    body: 'Source Sans 3',
  },
  logo: 'harbour-logo.svg',
  links: {
    booking: 'https://example.org/book',
    billing: 'https://example.org/billing',
    homepage: 'https://example.org/',
  },
  handout: {
    writeIn: true,
    helpPhone: '+1 555 0100',
    privacy: true,
    interpreter: true,
  },
  additionalInfo:
    'Join five minutes early from a quiet, well-lit room, and have your ID card and a list of your questions ready. ' +
    'If you need an interpreter or cannot join by video, call us at +1 555 0100 and we will set up a phone appointment.',
});

/**
 * The sample's note for clients in the handout's language: a Danish or Chinese handout made from
 * the sample brand (`--locale da-DK`) should not print an English paragraph.
 */
export const SAMPLE_ADDITIONAL_INFO: Readonly<Record<'en' | 'da-DK' | 'zh-CN', string>> = Object.freeze({
  en: SAMPLE_BRAND_INPUT.additionalInfo,
  'da-DK':
    'Deltag fem minutter før tid fra et roligt rum med godt lys, og hav dit ID-kort og en liste med dine spørgsmål klar. ' +
    'Har du brug for en tolk, eller kan du ikke deltage på video, så ring til os på +1 555 0100, så aftaler vi en telefonsamtale.',
  'zh-CN': '请提前五分钟在安静、光线充足的房间加入。请准备好您的身份证件和问题清单。如需口译服务或无法参加视频会面，请致电+1 555 0100安排电话预约。',
});

/**
 * The sample brand's input for a locale: its note for clients and its website FAQ answers
 * (sample-policy.ts) in that language.
 */
export function sampleBrandInput(locale?: string): typeof SAMPLE_BRAND_INPUT & { policy: (typeof SAMPLE_POLICY)[Locale] } {
  const l: Locale = locale === 'da-DK' || locale === 'zh-CN' ? locale : 'en';
  return { ...SAMPLE_BRAND_INPUT, additionalInfo: SAMPLE_ADDITIONAL_INFO[l], policy: SAMPLE_POLICY[l] };
}

export function sampleBrand(): { brand: Brand; assets: BrandAssets } {
  return {
    brand: parseBrand(SAMPLE_BRAND_INPUT, 'the built-in sample brand'),
    assets: { logo: { name: 'harbour-logo.svg', bytes: new TextEncoder().encode(SAMPLE_LOGO_SVG) } },
  };
}
