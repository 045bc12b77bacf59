import { describe, expect, it } from 'vitest';
import { outputBaseName, slugify, templateNameOfPath } from '../../src/cli/slug.js';

describe('slugify', () => {
  it.each([
    ['Harbour & Co.', 'harbour-and-co'],
    ['Fjord Klinik Århus', 'fjord-klinik-aarhus'],
    ['Sønderborg Sundhed', 'soenderborg-sundhed'],
    ['Blæksprutte ApS', 'blaeksprutte-aps'],
    ['Müller Straße GmbH', 'mueller-strasse-gmbh'],
    ['Café Crème', 'cafe-creme'],
    ['Łódź Bank', 'lodz-bank'],
    ['  --Weird___Name--  ', 'weird-name'],
    ['24/7 Care+', '24-7-care-plus'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('gives names without Latin letters a stable hash slug', () => {
    const a = slugify('北京协和医院');
    expect(a).toMatch(/^org-[0-9a-f]{8}$/);
    expect(slugify('北京协和医院')).toBe(a);
    expect(slugify('上海银行')).not.toBe(a);
    // NFC and NFD spellings are the same name.
    expect(slugify('Ca\u0301fe\u0301')).toBe(slugify('Café'));
  });

  it('appends a hash when characters were dropped, so mixed names stay distinct', () => {
    const a = slugify('北京 Clinic');
    const b = slugify('上海 Clinic');
    expect(a).toMatch(/^clinic-[0-9a-f]{6}$/);
    expect(b).toMatch(/^clinic-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
  });

  it('is ASCII, lowercase and at most 48 characters plus a hash when cut', () => {
    const long = slugify('The Very Long Name Of A Regional Healthcare Cooperative Of Southern Jutland');
    expect(long).toMatch(/^[a-z0-9-]+$/);
    expect(long.length).toBeLessThanOrEqual(48 + 7);
    expect(long).toMatch(/-[0-9a-f]{6}$/);
  });

  it('names outputs <slug>-<template>-<locale>', () => {
    expect(outputBaseName('Fjord Klinik', 'healthcare', 'da-DK')).toBe('fjord-klinik-healthcare-da-DK');
    expect(templateNameOfPath('/x/y/Our Deck (v2).pptx')).toBe('our-deck-v2');
  });
});
