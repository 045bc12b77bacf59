/**
 * inspect, customize and render see the same deck: on every real deck of the corpus, the slides
 * and masters that `inspect` reports are the ones the Deck reader (src/presentation/deck.ts)
 * finds, `render` draws one page per slide (hidden ones included on request), and `customize`
 * keeps the slides and masters and rebrands the theme of every master inspect reports.
 * Skips with a printed reason when ../shared/corpus is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleBrand } from '../../src/brand/sample.js';
import { customize } from '../../src/edit/customize.js';
import { isVaError } from '../../src/errors.js';
import { inspect } from '../../src/inspect/inspect.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { readDeck } from '../../src/presentation/deck.js';
import { render } from '../../src/render/render.js';
import { corpusFiles, corpusPath, HAVE_CORPUS } from '../edit/helpers/corpus.js';

const { brand, assets } = sampleBrand();

describe.skipIf(!HAVE_CORPUS)('inspect, customize and render report the same slides and masters', () => {
  it('on every deck of ../shared/corpus/real', async () => {
    const files = corpusFiles('real');
    expect(files.length).toBeGreaterThan(0);
    let customized = 0;
    for (const file of files) {
      const bytes = readFileSync(corpusPath('real', file));
      const deck = readDeck(OpcPackage.open(bytes, { what: file }));
      const seen = { file, slides: deck.slides.length, masters: deck.masters.length, themes: deck.themes };

      const report = inspect(bytes, { what: file });
      expect({ file, slides: report.slideCount, masters: report.masters, themes: report.themes.map((t) => t.part) }).toEqual(seen);

      const drawn = await render(bytes, { systemFonts: false, includeHidden: true, what: file });
      // An empty deck is one blank page (W_RENDER_NO_SLIDES).
      expect({ file, pages: drawn.pages }).toEqual({ file, pages: Math.max(1, deck.slides.length) });

      let out: Uint8Array;
      try {
        out = (await customize(bytes, brand, assets, { fitText: false, source: file })).pptx;
      } catch (error) {
        // Decks customize refuses (no theme, ...) must say why; they have nothing to compare.
        expect(isVaError(error), `${file}: ${String(error)}`).toBe(true);
        continue;
      }
      customized++;
      const after = inspect(out, { what: file });
      expect({ file, slides: after.slideCount, masters: after.masters, themes: after.themes.map((t) => t.part) }).toEqual(seen);
      // Every master's theme took the brand's colours (accent1 is the primary's slot).
      const accents = new Set(after.themes.map((t) => JSON.stringify(t.colors.accent1)));
      expect({ file, accents: accents.size }).toEqual({ file, accents: after.themes.length > 0 ? 1 : 0 });
    }
    expect(customized).toBeGreaterThan(files.length / 2);
  }, 600_000);
});
