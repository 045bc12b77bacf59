import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBrand, preview } from '../../src/brand/validate.js';
import { readableLink } from '../../src/brand/links.js';
import { VaError } from '../../src/errors.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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
    // A Chinese note: 1,200 characters, as in every locale (the templates' compact forms give it room).
    expect(problem({ organization: 'A', locale: 'zh-CN', colors: { primary: '#000' }, additionalInfo: '请'.repeat(1201) })).toContain('additionalInfo: expected at most 1200 characters');
    expect(parseBrand({ organization: 'A', locale: 'zh-CN', colors: { primary: '#000' }, additionalInfo: '请'.repeat(1200) }, 'b.json').additionalInfo).toHaveLength(1200);
    expect(parseBrand({ organization: 'A', locale: 'da-DK', colors: { primary: '#000' }, additionalInfo: 'ø'.repeat(1200) }, 'b.json').additionalInfo).toHaveLength(1200);
  });
});

describe('parseBrand on hostile values', () => {
  it('a value nested 20,000 arrays deep is a one-line VaError, not a stack overflow (fixtures/hostile/brand-deep-nesting.json)', () => {
    const text = readFileSync(path.join(ROOT, 'fixtures', 'hostile', 'brand-deep-nesting.json'), 'utf8');
    const msg = problem(JSON.parse(text));
    expect(msg).toMatch(/^invalid brand \(brand\.json\): colors\.primary: expected string, got \[\[\[+\.\.\.$/);
    expect(msg.length).toBeLessThan(200);
  });

  it('deep objects, 200,000 unknown fields and a megabyte-long field name stay short', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(problem({ organization: deep, colors: { primary: '#000' } })).toMatch(/organization: expected string, got \{"a":\{"a":/);
    const some: Record<string, unknown> = { organization: 'A', colors: { primary: '#000' } };
    for (let i = 0; i < 50; i++) some[`k${i}`] = i;
    expect(problem(some)).toMatch(/unknown fields "k0", "k1", "k2", "k3", "k4" and 45 more$/);
    const many: Record<string, unknown> = { organization: 'A', colors: { primary: '#000' } };
    for (let i = 0; i < 200_000; i++) many[`k${i}`] = i;
    expect(problem(many)).toBe('invalid brand (brand.json): has more than 100 fields');
    expect(problem({ organization: 'A', colors: many })).toBe('invalid brand (brand.json): colors has more than 100 fields');
    const long = problem({ organization: 'A', colors: { primary: '#000' }, ['x'.repeat(1_000_000)]: 1 });
    expect(long.length).toBeLessThan(200);
  });

  it('preview cuts at the budget and marks the cut', () => {
    expect(preview([1, 'a', { b: null }], 60)).toBe('[1,"a",{"b":null}]');
    expect(preview('x'.repeat(100), 10)).toBe('"xxxxxx...');
    expect(preview({ a: undefined, b: 1 }, 60)).toBe('{"b":1}');
  });
});
