/**
 * The display list of one deck of the external corpus (read from the mirrored repositories,
 * test/helpers/external-corpus.ts), for the interop tests that assert renderer fixes on real decks.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { displayList } from '../../../src/render/render.js';
import type { Warning } from '../../../src/warnings.js';
import { withExternalCorpus } from '../../helpers/external-corpus.js';
import { registry } from './fixtures.js';

/** The display list and warnings of the external deck whose manifest file name is `file`. */
export async function externalDeckList(file: string) {
  return withExternalCorpus(
    async ({ decks }) => {
      expect(decks.length, `${file} is in the manifest and its mirror`).toBe(1);
      const warnings: Warning[] = [];
      const list = displayList(new Uint8Array(readFileSync(decks[0]!)), { registry, what: file }, warnings);
      return { list, warnings };
    },
    { filter: (e) => e.file === file },
  );
}
