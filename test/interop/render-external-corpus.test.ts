/**
 * The external real-deck corpus (decks from other projects' public test suites, named in
 * fixtures/external-corpus/manifest.json and read from mirrored repositories into a temporary
 * folder that is deleted afterwards: test/helpers/external-corpus.ts): every deck renders, or is
 * refused with one of our VaErrors; never another exception. The pixel comparison with
 * LibreOffice is `npm run fidelity -- --external` (docs/renderer.md). Skips with a printed reason
 * when the mirrors are absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVaError } from '../../src/errors.js';
import { render } from '../../src/render/render.js';
import { loadManifest, unavailableReason, withExternalCorpus } from '../helpers/external-corpus.js';
import { registry } from '../render/helpers/fixtures.js';

const reason = unavailableReason();
if (reason) console.log(`skipped: the external corpus cannot be read: ${reason}`);

describe.skipIf(reason !== undefined)('the external real-deck corpus', () => {
  it('every deck renders or ends in a VaError', async () => {
    expect(loadManifest().length).toBeGreaterThanOrEqual(200);
    await withExternalCorpus(async ({ decks, skipped }) => {
      for (const s of skipped) console.log(`skipped ${s.file}: ${s.reason}`);
      expect(decks.length).toBeGreaterThanOrEqual(200);
      const other: string[] = [];
      let rendered = 0;
      for (const file of decks) {
        const f = path.basename(file);
        try {
          const { pages } = await render(new Uint8Array(readFileSync(file)), { registry, what: f });
          expect(pages).toBeGreaterThan(0);
          rendered++;
        } catch (e) {
          if (!isVaError(e)) other.push(`${f}: ${(e as Error).message}`);
        }
      }
      expect(other).toEqual([]);
      expect(rendered).toBeGreaterThan(decks.length * 0.95);
    });
  }, 1_800_000);
});
