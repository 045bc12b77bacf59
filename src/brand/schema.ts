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

/** The printed words of a link (`links.<role>Label`): one line of plain text. */
const linkLabel = z
  .string()
  .trim()
  .min(1, { message: 'expected the words to print for the link' })
  .max(80, { message: 'expected at most 80 characters' })
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]+$/u, { message: 'expected one line of text without control characters' });

const fontFamily = z
  .string()
  .trim()
  .min(1, { message: 'expected a font family name' })
  .max(64, { message: 'expected a font family name of at most 64 characters' })
  // Family names end up in XML attributes and PDF names: keep them printable.
  .regex(/^[^\u0000-\u001f<>"&]+$/u, { message: 'expected a font family name without control characters or <>"&' });

const filePath = z.string().trim().min(1, { message: 'expected a file path' }).max(4096);

// ── Website FAQ policy (issue 12, owner: faq) ───────────────────────────────────────────────────
// What the organisation's FAQ page says about its own rules (src/faq, `--format html,md`). Every
// field is optional: a question the brand does not answer gets the default wording of its industry
// or is left out (README, "The website FAQ"). Texts are printed as written, in the brand's language.

const policyText = (what: string, max = 800) =>
  z
    .string()
    .trim()
    .min(1, { message: `expected ${what}` })
    .max(max, { message: `expected at most ${max} characters` })
    // Printed on a web page and in Markdown: no control characters except line breaks.
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]*$/u, { message: 'expected text without control characters' });

const PHONE_RE = /^\+?[0-9][0-9\-. ()]{2,30}$/;
const EMAIL_RE = /^[^@\s<>()[\]\\,;:"]+@[^@\s<>()[\]\\,;:"]+\.[^@\s<>()[\]\\,;:"]+$/;

export const policySchema = z
  .object({
    services: policyText('a description of what differs between virtual and in-person appointments')
      .optional()
      .describe('How virtual appointments differ from in-person visits: which services are offered by video, which need a visit.'),
    fees: policyText('a description of the fees').optional().describe('What a virtual appointment costs, and how that compares with an in-person visit.'),
    paymentMethods: z
      .array(policyText('a payment method', 80))
      .min(1, { message: 'expected at least one payment method' })
      .max(12, { message: 'expected at most 12 payment methods' })
      .optional()
      .describe('Accepted payment methods, one per item, e.g. ["Card", "MobilePay", "Invoice"].'),
    otherBooking: z
      .object({
        phone: z.string().trim().regex(PHONE_RE, { message: 'expected a phone number like "+45 70 10 20 30"' }).optional().describe('Phone number for booking.'),
        email: z.string().trim().max(254).regex(EMAIL_RE, { message: 'expected an e-mail address like "desk@example.org"' }).optional().describe('E-mail address for booking.'),
        social: z
          .array(
            z
              .object({
                name: policyText('the name of the service, e.g. "Facebook"', 40).describe('Name shown for the link, e.g. "Facebook".'),
                url: link.describe('The page or profile where clients can book or write to you.'),
              })
              .strict(),
          )
          .max(6, { message: 'expected at most 6 social media links' })
          .optional()
          .describe('Social media pages where clients can book or write to you.'),
      })
      .strict()
      .optional()
      .describe('Ways to book besides the booking page.'),
    staff: policyText('a description of who sees clients by video').optional().describe('Which staff see clients virtually (and who only in person).'),
    cancellation: z
      .object({
        text: policyText('the cancellation and rescheduling policy').optional().describe('The cancellation and rescheduling policy in a few sentences.'),
        link: link.optional().describe('A page with the full cancellation and rescheduling policy.'),
        noticeHours: z
          .number()
          .min(1, { message: 'expected at least 1 hour' })
          .max(720, { message: 'expected at most 720 hours (30 days)' })
          // A refinement, not .int(): its message says what is expected in words.
          .refine(Number.isInteger, { message: 'expected a whole number of hours' })
          .optional()
          .describe('How many hours before the appointment a client must cancel or reschedule.'),
      })
      .strict()
      .optional()
      .describe('Cancelling and rescheduling.'),
    equipment: policyText('the equipment requirements').optional().describe('Equipment needed beyond a device with camera, microphone and a browser or the Teams app.'),
    portal: z
      .object({
        url: link.describe('Where clients sign in to join (a patient or client portal).'),
        name: policyText('the name of the portal', 80).optional().describe('The portal\'s name, e.g. "MyHealth".'),
      })
      .strict()
      .optional()
      .describe('A patient or client portal clients can join their appointment from.'),
  })
  .strict()
  .describe('Answers for the website FAQ (--format html, md). Every field is optional.');

export type Policy = z.output<typeof policySchema>;
// ── end of the website FAQ policy ───────────────────────────────────────────────────────────────
// ── Handout extras (the templates' optional content; issue 10, owned by `design`) ──────────────
/** A phone number as people write it: digits, spaces, +, -, ., ( ). */
const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 \-.()]{2,30}$/, { message: 'expected a phone number like "+1 555 0100" or "70 10 20 30"' });

/**
 * Optional content of the built-in templates, each printed only when the brand sets it (the
 * template removes it without a gap otherwise): write-in lines, a help line, and in healthcare
 * the privacy and interpreter statements.
 */
export const handoutExtrasSchema = z
  .object({
    writeIn: z.boolean().optional().describe('Print lines for the date, time and person of the appointment, for a reception desk to fill in by hand. Default false.'),
    helpPhone: phoneNumber.optional().describe('A phone number for clients who cannot join by video, printed with a troubleshooting tip ("Still can\'t join? Call us at …").'),
    privacy: z.boolean().optional().describe('Healthcare template: say that the video visit is private and not recorded. Set it only when that is true. Default false.'),
    interpreter: z.boolean().optional().describe('Healthcare template: say that interpreters and live captions are available when clients ask at booking. Default false.'),
  })
  .strict();
// ── end of handout extras ───────────────────────────────────────────────────────────────────────

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
        bookingLabel: linkLabel.optional().describe('Words printed for the booking link instead of its address (the link and the QR code keep the address).'),
        billingLabel: linkLabel.optional().describe('Words printed for the billing link instead of its address.'),
        homepageLabel: linkLabel.optional().describe('Words printed for the homepage link instead of its address.'),
      })
      .strict()
      .optional(),
    additionalInfo: z
      .string()
      .max(1200, { message: 'expected at most 1200 characters' })
      .optional()
      .describe('Extra information for clients, printed in the "before your appointment" box.'),
    policy: policySchema.optional(), // website FAQ (issue 12): see the policy block above
    handout: handoutExtrasSchema.optional().describe('Optional extras printed on the built-in templates: write-in lines, a help line, privacy and interpreter statements.'),
  })
  .strict();

/**
 * The longest note of a zh-CN handout: 1,200 characters, as in every locale. A Chinese
 * character takes about twice the room of a Latin one; the built-in templates' compact forms
 * (docs/templates.md) give a 1,200-character Chinese note its room on every design and paper,
 * so the lower Chinese limit (600) is gone.
 */
export const MAX_NOTE_ZH = 1200;

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
