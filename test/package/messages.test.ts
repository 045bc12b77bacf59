/**
 * Names and values from a file appear in messages cut to a readable length: a hostile package
 * can carry a content type of 5,000 characters or ZIP entry names of 1,000 (found by the
 * fuzzer: the whole content type was printed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VaError, clip } from '../../src/errors.js';
import { OpcPackage } from '../../src/package/opc-package.js';

const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'hostile');

function refusal(name: string): VaError {
  try {
    OpcPackage.open(readFileSync(path.join(HOSTILE, name)), { what: 'deck.pptx' });
  } catch (e) {
    expect(e).toBeInstanceOf(VaError);
    return e as VaError;
  }
  throw new Error('expected a refusal');
}

describe('messages about hostile packages', () => {
  it('a 5,000-character content type is cut to 60 characters', () => {
    const e = refusal('content-type-5000.pptx');
    expect(e.code).toBe('E_WRONG_PACKAGE');
    expect(e.message).toBe(`deck.pptx is not a PowerPoint presentation (its main part has the content type "${'x'.repeat(59)}…")`);
  });

  it('a 1,000-character entry name is cut to 120 characters', () => {
    const e = refusal('entry-name-1000-twice.pptx');
    expect(e.code).toBe('E_ZIP_DUPLICATE');
    expect(e.message.length).toBeLessThan(320);
    expect(e.message).toMatch(/^deck\.pptx is corrupt or hostile: the entry PPT\/N{115}… appears twice \(as ppt\/n{115}…\)$/);
  });

  it('clip flattens control characters and line breaks', () => {
    expect(clip('a\nb\u0000c\u2028d')).toBe('a b c d');
    expect(clip('short')).toBe('short');
    expect(clip('x'.repeat(10), 5)).toBe('xxxx…');
  });
});
