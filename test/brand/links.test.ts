import { describe, expect, it } from 'vitest';
import { linkMatchKey, readableLink, sameLink } from '../../src/brand/links.js';

describe('readableLink', () => {
  it.each([
    ['https://www.example.org/book/', 'www.example.org/book'],
    ['https://example.org/', 'example.org'],
    ['http://example.org/a/b', 'example.org/a/b'],
    ['https://example.org/?a=1', 'example.org/?a=1'],
    ['https://example.org/x#top', 'example.org/x#top'],
    ['https://bøger.dk/bestil/', 'bøger.dk/bestil'],
    ['https://example.org/caf%C3%A9', 'example.org/café'],
    ['mailto:desk@example.org', 'desk@example.org'],
    ['mailto:desk@example.org?subject=Hello', 'desk@example.org'],
    ['tel:+4512345678', '+4512345678'],
    ['tel:+1-555-0100', '+1-555-0100'],
  ])('%s → %s', (url, readable) => {
    expect(readableLink(url)).toBe(readable);
  });
});

describe('link matching', () => {
  it('ignores one trailing slash, scheme/host case and the default port', () => {
    expect(sameLink('https://Example.org/book/', 'https://example.org/book')).toBe(true);
    expect(sameLink('https://example.org', 'https://example.org/')).toBe(true);
    expect(sameLink('HTTPS://EXAMPLE.ORG:443/a', 'https://example.org/a')).toBe(true);
  });

  it('keeps paths, queries, schemes and hosts significant', () => {
    expect(sameLink('https://example.org/Book', 'https://example.org/book')).toBe(false);
    expect(sameLink('http://example.org/', 'https://example.org/')).toBe(false);
    expect(sameLink('https://www.example.org/', 'https://example.org/')).toBe(false);
    expect(sameLink('https://example.org/?a=1', 'https://example.org/?a=2')).toBe(false);
    expect(sameLink('https://example.org/a//', 'https://example.org/a')).toBe(false);
  });

  it('compares mailto case-insensitively and phone numbers without punctuation', () => {
    expect(sameLink('mailto:Desk@Example.org', 'mailto:desk@example.org')).toBe(true);
    expect(sameLink('tel:+1-555-0100', 'tel:+15550100')).toBe(true);
    expect(linkMatchKey('not a url ')).toBe('not a url');
  });
});
