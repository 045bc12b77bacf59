/**
 * The external real-deck corpus (decks from other projects' public test suites, kept outside the
 * repository: ../corpus-ext/decks next to the checkout, or VA_EXTERNAL_CORPUS; its MANIFEST.md
 * names each file's repository, path and licence): every deck renders, or is refused with one of
 * our VaErrors; never another exception. The pixel comparison with LibreOffice is
 * `npm run fidelity -- <folder>` (docs/renderer.md). Skips with a printed reason when absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVaError } from '../../src/errors.js';
import { render } from '../../src/render/render.js';
import { ROOT, registry } from '../render/helpers/fixtures.js';

const DIR = process.env.VA_EXTERNAL_CORPUS ?? path.resolve(ROOT, '../corpus-ext/decks');
const present = existsSync(DIR);
if (!present) console.log(`skipped: the external corpus is not at ${DIR} (set VA_EXTERNAL_CORPUS)`);

describe.skipIf(!present)('the external real-deck corpus', () => {
  it('every deck renders or ends in a VaError', async () => {
    const files = readdirSync(DIR).filter((f) => f.toLowerCase().endsWith('.pptx')).sort();
    expect(files.length).toBeGreaterThanOrEqual(200);
    const other: string[] = [];
    let rendered = 0;
    for (const f of files) {
      try {
        const { pages } = await render(new Uint8Array(readFileSync(path.join(DIR, f))), { registry, what: f });
        expect(pages).toBeGreaterThan(0);
        rendered++;
      } catch (e) {
        if (!isVaError(e)) other.push(`${f}: ${(e as Error).message}`);
      }
    }
    expect(other).toEqual([]);
    expect(rendered).toBeGreaterThan(files.length * 0.95);
  }, 1_800_000);
});
