/**
 * Test helper: a copy of a template with its tokens replaced by given values, by plain text
 * substitution in the slide (each token is one run in our templates). This is not the brand
 * engine: it shows how the template itself holds long values.
 */
import { OpcPackage } from '../../src/package/opc-package.js';
import { NS } from '../../src/xml/namespaces.js';
import { LOCALE_STRINGS } from '../../src/templates/source/locales/index.js';
import type { Locale } from '../../src/brand/schema.js';

export async function fillTokens(bytes: Uint8Array, values: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const pkg = OpcPackage.open(bytes);
  const slide = pkg.related(pkg.mainPart, 'slide')[0]!;
  const doc = pkg.xml(slide);
  for (const t of doc.root.descendants(NS.a, 't')) {
    const value = values[t.textContent()];
    if (value !== undefined) t.setText(value);
  }
  pkg.touch(slide);
  return pkg.save();
}

/** Long values in a locale: its long organisation name, its 600-character note, long links. */
export function longValues(locale: Locale): Record<string, string> {
  const s = LOCALE_STRINGS[locale];
  return {
    '{{organization}}': s.longOrganizationSample,
    '{{additionalInfo}}': s.additionalInfoSample,
    // A Microsoft Bookings page address: the longest kind of booking link in practice.
    '{{bookingLink}}': 'outlook.office365.com/owa/calendar/RiversideHealth@riversidehealth.onmicrosoft.com/bookings',
    '{{billingLink}}': 'www.riversidehealth.example.org/patients/billing-and-payment',
    '{{homepageLink}}': 'www.riversidehealth.example.org',
  };
}
