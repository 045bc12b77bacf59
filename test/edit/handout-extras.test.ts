/**
 * The handout extras of the built-in templates (brand `handout`): write-in lines, the help line
 * (`{{helpPhone}}`), and healthcare's privacy and interpreter lines are shown when the brand asks
 * for them and removed otherwise, without a stray token or an unknown-field warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrand } from '../../src/brand/validate.js';
import { customize } from '../../src/edit/customize.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { REPO_ROOT } from './helpers/corpus.js';

const template = readFileSync(path.join(REPO_ROOT, 'templates/healthcare/en.letter.pptx'));

function slide(pptx: Uint8Array): { text: string; names: string[] } {
  const xml = new TextDecoder().decode(OpcPackage.open(pptx).get('ppt/slides/slide1.xml'));
  return { text: xml.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' '), names: [...xml.matchAll(/<p:cNvPr [^>]*name="([^"]*)"/g)].map((m) => m[1]!) };
}

const base = { organization: 'Fjord Clinic', colors: { primary: '#0A5FAD' }, links: { booking: 'https://fjord.example/book' } };

describe('handout extras', () => {
  it('are shown when the brand sets them', async () => {
    const brand = parseBrand({ ...base, handout: { writeIn: true, helpPhone: '+1 555 0100', privacy: true, interpreter: true } }, 'test');
    const { pptx, warnings } = await customize(template, brand);
    const { text, names } = slide(pptx);
    expect(text).toContain('Still can’t join? Call us at +1 555 0100.');
    expect(text).toContain('Your visit is private and is not recorded.');
    expect(text).toContain('Interpreters and live captions are available');
    expect(text).toContain('Your appointment');
    expect(names.some((n) => n.startsWith('va:when:handout.'))).toBe(true);
    expect(warnings.map((w) => w.code)).not.toContain('W_WHEN_UNKNOWN');
  });

  it('are removed, with their token, when the brand leaves them out', async () => {
    const { pptx, warnings } = await customize(template, parseBrand(base, 'test'));
    const { text, names } = slide(pptx);
    expect(text).not.toContain('{{helpPhone}}');
    expect(text).not.toContain('Call us at');
    expect(text).not.toContain('not recorded');
    expect(text).not.toContain('Interpreters');
    expect(text).not.toContain('Your appointment');
    expect(names.filter((n) => n.startsWith('va:when:handout.'))).toEqual([]);
    // The troubleshooting tip is the template's own text: it stays.
    expect(text).toContain('No picture or sound?');
    expect(warnings.map((w) => w.code)).not.toContain('W_WHEN_UNKNOWN');
  });

  it('are validated: a phone number, booleans, no unknown field', () => {
    expect(() => parseBrand({ ...base, handout: { helpPhone: 'call us' } }, 'brand.json')).toThrow(/handout\.helpPhone: expected a phone number/);
    expect(() => parseBrand({ ...base, handout: { writeIn: 'yes' } }, 'brand.json')).toThrow(/handout\.writeIn/);
    expect(() => parseBrand({ ...base, handout: { qr: true } }, 'brand.json')).toThrow(/handout: unknown field "qr"/);
  });
});
