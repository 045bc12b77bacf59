/**
 * EMF/WMF pictures of real decks: the decks of the external corpus that hold metafiles
 * (fixtures/external-corpus/manifest.json, `emf` > 0; read from the mirrored repositories,
 * test/helpers/external-corpus.ts). Every metafile part is played on its own (most must draw
 * something; none may be refused for its header), and every deck renders to a PDF that
 * `qpdf --check` accepts, with no EMF/WMF picture reported as not drawn. Skips with a printed
 * reason when the mirrors or qpdf are absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { readEmfHeader } from '../../src/render/emf/emf.js';
import { drawMetafile } from '../../src/render/emf/metafile.js';
import { sniffImageFormat } from '../../src/render/images/sniff.js';
import { render } from '../../src/render/render.js';
import { newTextStats } from '../../src/render/text/stats.js';
import type { Warning } from '../../src/warnings.js';
import { unavailableReason, withExternalCorpus } from '../helpers/external-corpus.js';
import { registry } from '../render/helpers/fixtures.js';
import { needTools, qpdfCheck, withTempAsync, writePdf } from '../render/helpers/tools.js';

const reason = unavailableReason() ?? needTools('render-metafiles-corpus', 'qpdf');
if (reason) console.log(`skipped: the metafile decks of the external corpus: ${reason}`);

describe.skipIf(reason !== undefined)('EMF/WMF pictures of the external corpus', () => {
  it('plays every metafile and renders every deck that has one', async () => {
    await withExternalCorpus(
      async ({ decks }) => {
        expect(decks.length).toBeGreaterThanOrEqual(30);
        let parts = 0;
        let drawn = 0;
        let empty = 0;
        const blank: string[] = [];
        const refused: string[] = [];
        const notDrawn: string[] = [];
        await withTempAsync(async (dir) => {
          for (const file of decks) {
            const f = path.basename(file);
            const bytes = new Uint8Array(readFileSync(file));
            const pkg = OpcPackage.open(bytes);
            for (const name of pkg.partNames()) {
              const data = pkg.get(name);
              if (!data || !/\.(emf|wmf|emz|wmz)$/i.test(name)) continue;
              const format = sniffImageFormat(data, name);
              if (format !== 'emf' && format !== 'wmf') continue;
              parts++;
              const warnings: Warning[] = [];
              const box = { x: 0, y: 0, w: 300, h: 200 };
              const ops = drawMetafile({ key: name, bytes: data, format, name }, { box, visible: box, m: [1, 0, 0, 1, 0, 0], alpha: 1 }, { fonts: registry, stats: newTextStats(), warnings, slide: 1, part: name, shapeName: f });
              if (warnings.some((w) => w.code === 'W_IMAGE_UNSUPPORTED')) refused.push(`${f} ${name}`);
              // An EMF of a header and EMR_EOF only is an empty picture (LibreOffice draws nothing either).
              if (format === 'emf' && (readEmfHeader(data)?.records ?? 0) <= 2) empty++;
              else if (ops.length > 0) drawn++;
              else blank.push(`${f} ${name}`);
            }
            const out = await render(bytes, { registry, what: f });
            for (const w of out.warnings) if (w.code === 'W_IMAGE_UNSUPPORTED' && /EMF|WMF/.test(w.message)) notDrawn.push(`${f}: ${w.message}`);
            const check = qpdfCheck(writePdf(dir, f, out.pdf));
            expect(check.ok, `${f}: ${check.output}`).toBe(true);
          }
        });
        console.log(`metafiles: ${drawn} of ${parts} parts in ${decks.length} decks draw something; ${empty} are empty pictures`);
        expect(refused).toEqual([]);
        expect(notDrawn).toEqual([]);
        expect(blank).toEqual([]);
        expect(drawn).toBeGreaterThanOrEqual(50);
      },
      { filter: (e) => e.emf > 0 },
    );
  }, 900_000);
});
