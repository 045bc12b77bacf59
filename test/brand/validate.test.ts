import { describe, expect, it } from 'vitest';
import { parseBrand } from '../../src/brand/validate.js';
import { readableLink } from '../../src/brand/links.js';
import { VaError } from '../../src/errors.js';

function problem(input: unknown): string {
  try {
    parseBrand(input, 'brand.json');
  } catch (err) {
    expect(err).toBeInstanceOf(VaError);
    expect((err as VaError).code).toBe('E_BRAND_INVALID');
    expect((err as VaError).message).not.toContain('\n');
    return (err as VaError).message;
  }
  throw new Error('expected a VaError');
}

describe('parseBrand', () => {
  it('normalises colours and accepts the minimal brand', () => {
    const b = parseBrand({ organization: ' Acme ', colors: { primary: '#0a5' } }, 'x');
    expect(b).toEqual({ organization: 'Acme', colors: { primary: '00AA55' } });
  });

  it('names every bad field on one line', () => {
    const msg = problem({ organization: '', colors: { primary: 'teal', secondary: '#12345' }, links: { booking: 'javascript:alert(1)' }, extra: 1 });
    expect(msg).toMatch(/^invalid brand \(brand\.json\): /);
    expect(msg).toContain('organization: expected the organisation name');
    expect(msg).toContain('colors.primary: expected a hex colour');
    expect(msg).toContain('colors.secondary: expected a hex colour');
    expect(msg).toContain('links.booking: expected an https:, http:, mailto: or tel: link; this one uses the scheme "javascript:"');
    expect(msg).toContain('unknown field "extra"');
  });

  it('refuses links with spaces, no host, or a bad mailto/tel', () => {
    expect(problem({ organization: 'A', colors: { primary: '#000' }, links: { booking: 'https://exa mple.org' } })).toContain('contains spaces');
    expect(problem({ organization: 'A', colors: { primary: '#000' }, links: { billing: 'mailto:nobody' } })).toContain('not a mailto: link with an e-mail address');
    expect(problem({ organization: 'A', colors: { primary: '#000' }, links: { homepage: 'tel:call-us' } })).toContain('not a tel: link with a phone number');
  });

  it('accepts a tel: link written with spaces, and keeps them for the printed number', () => {
    const brand = parseBrand({ organization: 'A', colors: { primary: '#000' }, links: { homepage: 'tel:+86 21 5555 0100' } }, 'b.json');
    expect(brand.links?.homepage).toBe('tel:+86%2021%205555%200100');
    expect(readableLink(brand.links!.homepage!)).toBe('+86 21 5555 0100');
    // Spaces stay refused everywhere else.
    expect(problem({ organization: 'A', colors: { primary: '#000' }, links: { homepage: 'https://a.example/x y' } })).toContain('contains spaces');
  });

  it('refuses font names that could break XML or PDF names, and too long texts', () => {
    expect(problem({ organization: 'A', colors: { primary: '#000' }, fonts: { heading: 'Evil"<x>' } })).toContain('fonts.heading');
    expect(problem({ organization: 'A', colors: { primary: '#000' }, additionalInfo: 'x'.repeat(1201) })).toContain('additionalInfo: expected at most 1200 characters');
  });
});
