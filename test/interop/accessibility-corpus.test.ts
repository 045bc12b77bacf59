/**
 * The tagged PDF of every real deck of the corpus (../shared/corpus/real, never copied into the
 * project; VA_CORPUS names another folder): the claim is honest. Each PDF is tagged and passes
 * qpdf --check; a PDF that claims PDF/UA-1 passes every machine check of our checker
 * (test/render/helpers/pdf-ua.ts; reading order excepted: for a deck that is not ours the
 * shape order is the reading order, as in PowerPoint's export, and `inspect` reports where it
 * disagrees with the page); one that does not claim it says why (W_PDFUA_NOT_CLAIMED), and a
 * figure without alt text is always reported (W_ALT_TEXT_MISSING). Skips with a printed reason
 * when the corpus is absent. docs/accessibility.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/render.js';
import { registry, ROOT } from '../render/helpers/fixtures.js';
import { checkPdfUa, elementsOf } from '../render/helpers/pdf-ua.js';
import { needTools, qpdfCheck, withTemp, writePdf } from '../render/helpers/tools.js';

const corpus = path.join(process.env.VA_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus'), 'real');
const skip = needTools('accessibility-corpus', 'qpdf');
const decks = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.pptx')).sort() : [];
if (decks.length === 0) console.log(`skipped: the corpus is not at ${corpus}`);

describe.skipIf(skip !== undefined || decks.length === 0)('tagged PDF of the real decks', () => {
  it.each(decks)('%s', async (f) => {
    const { pdf, warnings, pdfua } = await render(readFileSync(path.join(corpus, f)), { registry, what: f });
    const report = await checkPdfUa(pdf);
    expect(report.root, f).toBeDefined();
    const codes = warnings.map((w) => w.code);
    if (pdfua) expect(report.problems, f).toEqual([]);
    else {
      expect(codes, f).toContain('W_PDFUA_NOT_CLAIMED');
      expect(report.xmp, f).not.toContain('pdfuaid:part');
    }
    const unlabelled = elementsOf(report.root!, 'Figure').filter((fig) => !fig.alt);
    if (unlabelled.length > 0) expect(codes, f).toContain('W_ALT_TEXT_MISSING');
    withTemp((dir) => {
      const q = qpdfCheck(writePdf(dir, 'deck', pdf));
      expect(q.ok, `${f}: qpdf --check\n${q.output}`).toBe(true);
    });
  });
});
