/**
 * The ZIP reader and bytes after the end-of-central-directory record: real decks with one byte
 * (or a block of padding) appended open, as they do in unzip, Python's zipfile and LibreOffice;
 * every other check still applies to the directory found.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/package/limits.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { readZipDirectory } from '../../src/package/zip-read.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const deck = new Uint8Array(readFileSync(path.join(root, 'templates/healthcare/en.letter.pptx')));

const append = (bytes: Uint8Array, extra: Uint8Array) => {
  const out = new Uint8Array(bytes.length + extra.length);
  out.set(bytes);
  out.set(extra, bytes.length);
  return out;
};

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('bytes after the end-of-central-directory record', () => {
  it('one trailing byte: the deck opens with every part', () => {
    const plain = OpcPackage.open(deck);
    const padded = OpcPackage.open(append(deck, new Uint8Array([0x0a])));
    expect(padded.partNames().sort()).toEqual(plain.partNames().sort());
    expect(padded.get('ppt/presentation.xml')).toEqual(plain.get('ppt/presentation.xml'));
  });

  it('a block of zeros, or text, after the record: opens', () => {
    expect(readZipDirectory(append(deck, new Uint8Array(4096)), DEFAULT_LIMITS).length).toBe(readZipDirectory(deck, DEFAULT_LIMITS).length);
    expect(readZipDirectory(append(deck, new TextEncoder().encode('garbage\r\n')), DEFAULT_LIMITS).length).toBeGreaterThan(10);
  });

  it('still refused: a truncated file, a file without a directory, and trailing bytes past the 64 KiB window', () => {
    expect(code(() => OpcPackage.open(deck.slice(0, deck.length - 10)))).toBe('E_ZIP_TRUNCATED');
    expect(code(() => OpcPackage.open(deck.slice(0, Math.floor(deck.length / 2))))).toBe('E_ZIP_TRUNCATED');
    expect(code(() => OpcPackage.open(append(deck, new Uint8Array(70_000))))).toBe('E_ZIP_TRUNCATED');
  });

  it('limits apply to the directory found after trailing bytes', () => {
    const few = { ...DEFAULT_LIMITS, maxEntries: 3 };
    expect(code(() => readZipDirectory(append(deck, new Uint8Array([1, 2, 3])), few))).toBe('E_ZIP_LIMIT');
    const small = { ...DEFAULT_LIMITS, maxInputBytes: deck.length };
    expect(code(() => readZipDirectory(append(deck, new Uint8Array([1])), small))).toBe('E_ZIP_LIMIT');
  });

  it('an EOCD-like record whose directory does not end at it is not taken', () => {
    // A fake record in the trailing bytes pointing at nothing: the real one is still found.
    const fake = new Uint8Array(22 + 5);
    new DataView(fake.buffer).setUint32(0, 0x06054b50, true);
    new DataView(fake.buffer).setUint16(10, 1, true);
    new DataView(fake.buffer).setUint32(16, 7, true);
    expect(readZipDirectory(append(deck, fake), DEFAULT_LIMITS).length).toBe(readZipDirectory(deck, DEFAULT_LIMITS).length);
  });
});
