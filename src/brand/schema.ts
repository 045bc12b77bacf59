/**
 * The brand model: one zod schema, validated once at the edge (brand file, CLI flags, prompts).
 * Everything below the edge receives a `Brand` that is known to be valid and normalised
 * (colours as uppercase RRGGBB, links checked against the allowed schemes).
 *
 * zod gives us typed parsing, precise per-field messages and a JSON Schema export for editors
 * (`schema/brand.schema.json`) from one definition.
 */
import { z } from 'zod';

export const LOCALES = ['en', 'da-DK', 'zh-CN'] as const;
export const PAPERS = ['letter', 'a4'] as const;
export const LINK_ROLES = ['booking', 'billing', 'homepage'] as const;
export const ALLOWED_LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

export type Locale = (typeof LOCALES)[number];
export type Paper = (typeof PAPERS)[number];
export type LinkRole = (typeof LINK_ROLES)[number];

const HEX_RE = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Normalises `#abc`, `abc`, `#AABBCC` to `AABBCC`. */
export function normalizeHex(value: string): string {
  const m = HEX_RE.exec(value.trim());
  if (!m) throw new Error(`not a hex colour: ${value}`);
  const hex = m[1]!.toUpperCase();
  return hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
}

const hexColor = z
  .string()
  .trim()
  .regex(HEX_RE, { message: 'expected a hex colour like "#0A5FAD" or "#09C"' })
  .transform(normalizeHex)
  .describe('A colour in hex notation, "#RRGGBB" or "#RGB".');

/** Checks a link: allowed scheme, no spaces or control characters, a host or address. */
export function checkLink(value: string): string | null {
  if (value.length > 2000) return 'is longer than 2000 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'contains spaces or control characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL (start it with https://, http://, mailto: or tel:)';
  }
  if (!(ALLOWED_LINK_SCHEMES as readonly string[]).includes(url.protocol)) {
    return `uses the scheme "${url.protocol}"; only https:, http:, mailto: and tel: are allowed`;
  }
  if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname) return 'has no host name';
  if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname))) {
    return 'is not a mailto: link with an e-mail address';
  }
  if (url.protocol === 'tel:' && !/^\+?[0-9][0-9\-. ()]{2,30}$/.test(decodeURIComponent(url.pathname))) {
    return 'is not a tel: link with a phone number';
  }
  return null;
}

/**
 * `tel:+45 70 10 20 30` as people write it: the spaces become `%20`, so the link is valid and
 * the handout still prints the number with its spaces (readableLink decodes them).
 */
export function encodeTelSpaces(value: string): string {
  return /^tel:/i.test(value) ? value.replace(/ +/g, '%20') : value;
}

const link = z
  .string()
  .trim()
  .transform(encodeTelSpaces)
  .superRefine((value, ctx) => {
    const problem = checkLink(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `expected an https:, http:, mailto: or tel: link; this one ${problem}` });
  })
  .describe('A link: https:, http:, mailto: or tel:.');

const fontFamily = z
  .string()
  .trim()
  .min(1, { message: 'expected a font family name' })
  .max(64, { message: 'expected a font family name of at most 64 characters' })
  // Family names end up in XML attributes and PDF names: keep them printable.
  .regex(/^[^\u0000-\u001f<>"&]+$/u, { message: 'expected a font family name without control characters or <>"&' });

const filePath = z.string().trim().min(1, { message: 'expected a file path' }).max(4096);

export const brandSchema = z
  .object({
    $schema: z.string().optional().describe('Editor hint: the JSON Schema of brand files.'),
    organization: z
      .string()
      .trim()
      .min(1, { message: 'expected the organisation name' })
      .max(120, { message: 'expected at most 120 characters' })
      .describe('The organisation name, printed on the handout and used in output file names.'),
    locale: z.enum(LOCALES).optional().describe('Language of the handout: en, da-DK or zh-CN. Default en.'),
    paper: z.enum(PAPERS).optional().describe('Paper size: letter or a4. Default letter for en, a4 otherwise.'),
    colors: z
      .object({
        primary: hexColor.describe('Main brand colour (required).'),
        secondary: hexColor.optional().describe('Second brand colour. Derived from primary when left out.'),
        accent: hexColor.optional().describe('Highlight colour. Derived from primary when left out.'),
        text: hexColor.optional().describe('Body text colour. Default near-black.'),
        background: hexColor.optional().describe('Page background colour. Default white.'),
      })
      .strict(),
    fonts: z
      .object({
        heading: fontFamily.optional().describe('Heading font family (theme major font).'),
        body: fontFamily.optional().describe('Body font family (theme minor font).'),
        headingFile: filePath.optional().describe('TTF/OTF file of the heading font, embedded in the PDF.'),
        bodyFile: filePath.optional().describe('TTF/OTF file of the body font, embedded in the PDF.'),
      })
      .strict()
      .optional(),
    logo: filePath.optional().describe('Logo file: PNG, JPEG, WebP, GIF or SVG.'),
    links: z
      .object({
        booking: link.optional().describe('The booking page.'),
        billing: link.optional().describe('Billing and payment information.'),
        homepage: link.optional().describe('The organisation homepage.'),
      })
      .strict()
      .optional(),
    additionalInfo: z
      .string()
      .max(1200, { message: 'expected at most 1200 characters' })
      .optional()
      .describe('Extra information for clients, printed in the "before your appointment" box.'),
  })
  .strict();

/** A validated, normalised brand. File fields are paths (resolved by the CLI). */
export type Brand = z.output<typeof brandSchema>;
/** What a brand file or flags may contain before validation. */
export type BrandInput = z.input<typeof brandSchema>;

/** The locale's default paper: Letter in English (US/Canada habit), A4 elsewhere. */
export function defaultPaper(locale: Locale): Paper {
  return locale === 'en' ? 'letter' : 'a4';
}

export function brandLocale(brand: Pick<Brand, 'locale'>): Locale {
  return brand.locale ?? 'en';
}

export function brandPaper(brand: Pick<Brand, 'locale' | 'paper'>): Paper {
  return brand.paper ?? defaultPaper(brandLocale(brand));
}
