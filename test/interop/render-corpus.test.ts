/**
 * Real-world decks (../shared/corpus, never copied into the project): every real deck renders
 * to a PDF with one page per slide, no slide or shape fails, what was not drawn is reported;
 * derived decks render; hostile files end with a result or a clear VaError. The PDFs pass
 * `qpdf --check` when qpdf is there. Skips with a printed reason when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVaError } from '../../src/errors.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { NS } from '../../src/xml/namespaces.js';
import { displayList, render } from '../../src/render/render.js';
import { toHex } from '../../src/render/color/rgba.js';
import type { PathOp, TextOp } from '../../src/render/ops.js';
import { ROOT, registry } from '../render/helpers/fixtures.js';
import { needTools, qpdfCheck, withTemp, writePdf } from '../render/helpers/tools.js';

// ../shared/corpus, or VA_CORPUS (test/edit/helpers/corpus.ts: a worktree outside the checkout's parent).
const CORPUS = process.env.VA_CORPUS ? path.resolve(process.env.VA_CORPUS) : path.resolve(ROOT, '../shared/corpus');
const present = existsSync(path.join(CORPUS, 'real'));
if (!present) console.log(`skipped: the corpus is not at ${CORPUS}`);
const HAVE_QPDF = present && needTools('render-corpus: qpdf --check of every PDF', 'qpdf') === undefined;
const files = (sub: string) => (present && existsSync(path.join(CORPUS, sub)) ? readdirSync(path.join(CORPUS, sub)).sort() : []);

/** Slides listed in p:sldIdLst (what the PDF must have one page each for). */
function slideCount(bytes: Uint8Array): { slides: number; charts: boolean; diagrams: boolean } {
  const pkg = OpcPackage.open(bytes);
  const root = pkg.xml(pkg.mainPart).root;
  const slides = root.child(NS.p, 'sldIdLst')?.childrenNamed(NS.p, 'sldId').length ?? 0;
  const names = pkg.partNames();
  return { slides, charts: names.some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)), diagrams: names.some((n) => /^ppt\/diagrams\/data/.test(n)) };
}

describe.skipIf(!present)('the real decks of the corpus', () => {
  for (const f of files('real')) {
    it(f, async () => {
      const bytes = new Uint8Array(readFileSync(path.join(CORPUS, 'real', f)));
      const expected = slideCount(bytes);
      const { pdf, pages, warnings } = await render(bytes, { registry, what: f });
      expect(pages).toBe(Math.max(1, expected.slides));
      const failed = warnings.filter((w) => w.code === 'W_RENDER_SLIDE_FAILED' || w.code === 'W_RENDER_SHAPE_FAILED');
      expect(failed, failed.map((w) => w.message).join('\n')).toEqual([]);
      if (expected.slides === 0) expect(warnings.map((w) => w.code)).toContain('W_RENDER_NO_SLIDES');
      for (const w of warnings) {
        expect(w.message, `${w.code} is one line`).not.toMatch(/\n/);
        if (w.code === 'W_RENDER_SKIPPED') expect(w.slide).toBeGreaterThan(0);
      }
      if (HAVE_QPDF) {
        withTemp((dir) => {
          const r = qpdfCheck(writePdf(dir, 'deck', pdf));
          expect(r.ok, r.output).toBe(true);
        });
      }
    });
  }

  it('reports charts and SmartArt it cannot draw, once per kind and slide', async () => {
    for (const f of files('real')) {
      const bytes = new Uint8Array(readFileSync(path.join(CORPUS, 'real', f)));
      const { charts } = slideCount(bytes);
      if (!charts) continue;
      const { warnings } = await render(bytes, { registry, what: f });
      const skipped = warnings.filter((w) => w.code === 'W_RENDER_SKIPPED');
      const keys = skipped.map((w) => `${w.slide}:${w.message.replace(/^slide \d+: \d+ /, '')}`);
      expect(new Set(keys).size, f).toBe(keys.length);
    }
  });
});

describe.skipIf(!present)('derived and hostile files', () => {
  for (const f of files('derived')) {
    it(`derived ${f}`, async () => {
      const { pages, warnings } = await render(new Uint8Array(readFileSync(path.join(CORPUS, 'derived', f))), { registry, what: f });
      expect(pages).toBeGreaterThan(0);
      expect(warnings.filter((w) => w.code === 'W_RENDER_SLIDE_FAILED')).toEqual([]);
    });
  }
  for (const f of files('hostile-real')) {
    it(`hostile ${f}`, async () => {
      try {
        const { pdf } = await render(new Uint8Array(readFileSync(path.join(CORPUS, 'hostile-real', f))), { registry, what: f });
        expect(pdf.length).toBeGreaterThan(0);
      } catch (error) {
        expect(isVaError(error), String(error)).toBe(true);
        if (isVaError(error)) {
          expect(error.message).not.toMatch(/\n|at .*\.ts:/);
          expect(error.code).toMatch(/^E_/);
        }
      }
    });
  }
});

describe.skipIf(!present)('what the corpus taught us', () => {
  const deck = (f: string) => new Uint8Array(readFileSync(path.join(CORPUS, 'real', f)));
  const list = (f: string) => {
    const warnings: import('../../src/warnings.js').Warning[] = [];
    return { list: displayList(deck(f), { registry }, warnings), warnings };
  };

  it('draws SmartArt from the drawing PowerPoint saved with it', () => {
    const { list: l, warnings } = list('poi__SmartArt.pptx');
    expect(warnings.filter((w) => w.code === 'W_RENDER_SKIPPED')).toEqual([]);
    const boxes = l.pages[0]!.ops.filter((o): o is PathOp => o.kind === 'path' && o.fill?.kind === 'solid');
    expect(boxes.length).toBeGreaterThanOrEqual(5);
  });

  it('lets a shape\'s own p:style beat the fill its layout placeholder inherits (title of slide 41)', () => {
    const { list: l } = list('poi__customGeo-30-hyperlinks.pptx');
    const page = l.pages[40]!;
    const title = page.ops.find((o): o is TextOp => o.kind === 'text' && o.text.includes('Decision'))!;
    expect(toHex(title.color)).toBe('#ffffff');
    const behind = page.ops.slice(0, page.ops.indexOf(title)).filter((o): o is PathOp => o.kind === 'path' && o.fill !== undefined && o.fill.kind !== 'solid');
    expect(behind.length).toBeGreaterThan(0);
  });

  it('knows PowerPoint\'s default table style when the deck only names it, and draws vertical cell text', () => {
    const { list: l } = list('poi__customGeo-30-hyperlinks.pptx');
    const header = l.pages[29]!.ops.find((o): o is PathOp => o.kind === 'path' && o.fill?.kind === 'solid' && toHex(o.fill.color) === '#4f81bd');
    expect(header).toBeDefined();
    const grade = l.pages[27]!.ops.find((o): o is TextOp => o.kind === 'text' && o.text.includes('Grade Five'))!;
    // Turned a quarter: the text's x axis points up or down the page.
    expect(Math.abs(grade.transform[1])).toBeCloseTo(1, 5);
  });

  it('draws hyperlinked runs in the theme\'s hyperlink colour, underlined unless the run says otherwise', () => {
    const { list: l } = list('automizer__SlideWithLink.pptx');
    const link = l.pages[0]!.ops.find((o): o is TextOp => o.kind === 'text' && o.text.includes('external'))!;
    expect(toHex(link.color)).toBe('#0563c1');
    const jump = l.pages[0]!.ops.find((o): o is TextOp => o.kind === 'text' && o.text.includes('Jump'))!;
    expect(toHex(jump.color)).toBe('#0563c1');
    // The external link ("Link ", "to", " external Repository": three runs) is underlined, one
    // bar per run; the jump's two runs have u="none" and add none.
    const bars = l.pages[0]!.ops.filter((o): o is PathOp => o.kind === 'path' && o.fill?.kind === 'solid' && toHex(o.fill.color) === '#0563c1');
    expect(bars.length).toBe(3);
  });

  it('tiles texture fills (a:tile) and recolours theme textures (a:duotone)', () => {
    const { list: l } = list('poi__themes.pptx');
    // Slide 5: a 128 px texture tiled over the slide at the 75 dpi its JPEG states (JFIF density):
    // 122.88 pt, as PowerPoint sizes a tile (see docs/renderer.md, "Tiles at the picture's own resolution").
    const tiles = l.pages[4]!.ops.filter((o) => o.kind === 'image' && o.image.name.endsWith('image4.jpeg'));
    expect(tiles.length).toBeGreaterThan(20);
    for (const t of tiles) if (t.kind === 'image') expect([t.w, t.h]).toEqual([122.88, 122.88]);
    // Slide 9: the theme's background picture recoloured with the placeholder colour.
    expect(l.pages[8]!.ops.some((o) => o.kind === 'image' && o.image.effects?.duotone !== undefined)).toBe(true);
});
});
