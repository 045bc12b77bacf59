/** The process-wide font cache (src/fonts/file-cache.ts): what it does before any work on the bytes. */
import { describe, expect, it, vi } from 'vitest';

const hashed: number[] = [];
vi.mock('../../src/fonts/parse.js', async (importOriginal) => {
  const parse = await importOriginal<typeof import('../../src/fonts/parse.js')>();
  return {
    ...parse,
    sha256Hex: (bytes: Uint8Array) => {
      hashed.push(bytes.length);
      return parse.sha256Hex(bytes);
    },
  };
});

const { loadFontFromBytes } = await import('../../src/fonts/file-cache.js');
const { MAX_FONT_BYTES } = await import('../../src/fonts/parse.js');

describe('loadFontFromBytes', () => {
  it('refuses a file over the size limit, and an empty one, without hashing it', () => {
    const huge = new Uint8Array(MAX_FONT_BYTES + 1);
    huge.set([0, 1, 0, 0]);
    expect(() => loadFontFromBytes(huge, 'huge.ttf')).toThrow(/huge\.ttf is 40\.0 MB; fonts larger than 40 MB are refused/);
    expect(() => loadFontFromBytes(new Uint8Array(0), 'empty.ttf')).toThrow(/empty\.ttf is empty/);
    expect(hashed).toEqual([]);
  });

  it('hashes a file within the limit (its cache key) before parsing it', () => {
    expect(() => loadFontFromBytes(new Uint8Array(64), 'small.ttf')).toThrow(/small\.ttf is not a TrueType or OpenType font/);
    expect(hashed).toEqual([64]);
  });
});
