/**
 * Output file names: `<organization-slug>-<template>-<locale>.<ext>`.
 *
 * The slug is ASCII, lowercase, words joined by "-", at most 48 characters:
 * - Nordic and German letters are transliterated the way their languages do it
 *   (æ → ae, ø → oe, å → aa, ä → ae, ö → oe, ü → ue, ß → ss), other accented Latin letters
 *   lose their accents (é → e, ł → l);
 * - anything else (Chinese, Cyrillic, emoji, punctuation) separates words;
 * - when characters were dropped, a short hash of the full name is appended so that two names
 *   that differ only in those characters still get different files ("北京 Clinic" →
 *   "clinic-3f2a9c"; a name cut at 48 characters gets the hash too); a name with no Latin letters or digits at all becomes `org-<8 hex>`.
 * The hash is the start of the SHA-256 of the NFC-normalised name: stable across runs and machines.
 */
import { createHash } from 'node:crypto';

const TRANSLITERATION: Record<string, string> = {
  æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', œ: 'oe', þ: 'th', ð: 'd', đ: 'd', ł: 'l', ı: 'i', ĳ: 'ij',
  Æ: 'ae', Ø: 'oe', Å: 'aa', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss', Œ: 'oe', Þ: 'th', Ð: 'd', Đ: 'd', Ł: 'l', Ĳ: 'ij',
  '&': ' and ', '+': ' plus ', '@': ' at ',
};

const MAX_SLUG = 48;

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex').slice(0, length);
}

export function slugify(name: string): string {
  const nfc = name.normalize('NFC').trim();
  let out = '';
  let dropped = false;
  for (const ch of nfc) {
    const mapped = TRANSLITERATION[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Strip accents: decompose and keep the base letter if it is ASCII.
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (/^[A-Za-z0-9]+$/.test(base)) out += base;
    else if (/^[\p{L}\p{N}]/u.test(ch)) {
      dropped = true;
      out += ' ';
    } else out += ' ';
  }
  let slug = out
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return `org-${shortHash(nfc, 8)}`;
  if (slug.length > MAX_SLUG) {
    slug = slug.slice(0, MAX_SLUG).replace(/-+$/, '');
    dropped = true;
  }
  return dropped ? `${slug}-${shortHash(nfc, 6)}` : slug;
}

/** The base name (no extension) of an output: `<slug>-<template>-<locale>`. */
export function outputBaseName(organization: string, template: string, locale: string): string {
  return `${slugify(organization)}-${template}-${locale}`;
}

/** The template part of an output name for a .pptx path: its base name, slugged. */
export function templateNameOfPath(file: string): string {
  const base = file.replace(/\\/g, '/').split('/').pop() ?? file;
  const stem = base.replace(/\.(pptx|potx|ppsx|pptm|potm|ppsm)$/i, '');
  const slug = slugify(stem);
  return slug;
}
