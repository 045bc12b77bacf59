/**
 * Test helper: a copy of a template with its tokens replaced by given values, by plain text
 * substitution in the slide (each token is one run in our templates). This is not the brand
 * engine: it shows how the template itself holds long values.
 */
import { OpcPackage } from '../../src/package/opc-package.js';
import { NS } from '../../src/xml/namespaces.js';
import { LOCALE_STRINGS } from '../../src/templates/source/locales/index.js';
import type { Locale } from '../../src/brand/schema.js';
import { NOTE_TYPICAL_LENGTH } from '../../src/templates/build/sections/cta.js';

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

/**
 * Full values a template holds at its own sizes, without the brand engine: a two-line
 * organisation name, a typical note (the start of the locale's sample, NOTE_TYPICAL_LENGTH),
 * ordinary links. Longer values are the brand engine's to fit (it shrinks and grows boxes).
 */
export function longValues(locale: Locale): Record<string, string> {
  const s = LOCALE_STRINGS[locale];
  const note = [...s.additionalInfoSample].slice(0, NOTE_TYPICAL_LENGTH[s.script]).join('');
  return {
    '{{organization}}': s.script === 'cjk' ? '上海市浦东新区社区卫生服务中心互联网医院' : 'Riverside Community Health Partners, Family Clinic',
    '{{additionalInfo}}': note,
    '{{bookingLink}}': 'riversidehealth.example.org/book',
    '{{billingLink}}': 'riversidehealth.example.org/billing',
    '{{homepageLink}}': 'riversidehealth.example.org',
    '{{helpPhone}}': '+1 555 0100',
  };
}
