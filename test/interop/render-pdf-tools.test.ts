/**
 * Our PDFs through the standard tools: `qpdf --check` finds no errors, `pdffonts` shows every
 * font embedded as a subset with a Unicode map, `pdfinfo -url` lists the links, `pdftotext`
 * returns the text in reading order. For every template, branded copies (three brands) and
 * the renderer's fixture decks. Skips with a printed reason when a tool is missing.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { render } from '../../src/render/render.js';
import { fixture, registry } from '../render/helpers/fixtures.js';
import { customizeAvailable, templateDecks, testBrands, type Deck } from '../render/helpers/decks.js';
import { needTools, pdffonts, pdftotext, pdfUrls, qpdfCheck, withTemp, writePdf } from '../render/helpers/tools.js';

const skip = needTools('render-pdf-tools', 'qpdf', 'pdffonts', 'pdfinfo', 'pdftotext');
const templates = templateDecks();

function checkStructure(name: string, pdf: Uint8Array, hasText = true): { text: string; urls: string[] } {
  return withTemp((dir) => {
    const file = writePdf(dir, name.replace(/\W+/g, '_'), pdf);
    const q = qpdfCheck(file);
    expect(q.ok, `${name}: qpdf --check\n${q.output}`).toBe(true);
    const fonts = pdffonts(file);
    if (hasText) expect(fonts.length, `${name}: no fonts`).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.emb && f.sub && f.uni, `${name}: font ${f.name} emb=${f.emb} sub=${f.sub} uni=${f.uni}`).toBe(true);
      expect(f.name, `${name}: subset tag`).toMatch(/^[A-Z]{6}\+/);
    }
    return { text: pdftotext(file), urls: pdfUrls(file).map((u) => u.url) };
  });
}

/** Asserts that `parts` occur in `text` in this order. */
function inOrder(text: string, parts: string[], what: string): void {
  let at = 0;
  const flat = text.replace(/\s+/g, ' ');
  for (const p of parts) {
    const i = flat.indexOf(p, at);
    expect(i, `${what}: "${p}" after position ${at} in: ${flat.slice(0, 400)}`).toBeGreaterThanOrEqual(0);
    at = i + p.length;
  }
}

describe.skipIf(skip !== undefined || templates.length === 0)('templates: PDF structure, fonts, links, text order', () => {
  for (const deck of templates) {
    it(deck.name, async () => {
      const { pdf, warnings } = await render(deck.bytes, { registry });
      expect(warnings.filter((w) => w.code.startsWith('W_RENDER')), deck.name).toEqual([]);
      const { text, urls } = checkStructure(deck.name, pdf);
      // Header, then the steps and the booking call to action, then the organisation's note,
      // then the links on the bottom margin (the page stack of every design).
      inOrder(text, ['{{organization}}', '{{bookingLink}}', '{{additionalInfo}}', '{{billingLink}}', '{{homepageLink}}'], deck.name);
      expect(urls.length).toBeGreaterThanOrEqual(3);
    });
  }
});

describe.skipIf(skip !== undefined || templates.length === 0 || !customizeAvailable())('branded templates: the brand\'s links, fonts and text', () => {
  const branded: { name: string; deck: Deck; pptx: Uint8Array; brand: Awaited<ReturnType<typeof testBrands>>[number] }[] = [];
  beforeAll(async () => {
    const { customize } = await import('../../src/edit/customize.js');
    const brands = await testBrands();
    for (const brand of brands) {
      const locale = brand.brand.locale ?? 'en';
      for (const deck of templates.filter((d) => d.locale === locale)) {
        const { pptx } = await customize(deck.bytes, brand.brand, brand.assets);
        branded.push({ name: `${brand.key}:${deck.name}`, deck, pptx, brand });
      }
    }
  });

  it('renders every branded variant with its links as annotations and the organisation first', async () => {
    expect(branded.length).toBeGreaterThanOrEqual(3 * 4 * 2 - 8);
    for (const b of branded) {
      const { pdf } = await render(b.pptx, { registry });
      const { text, urls } = checkStructure(b.name, pdf);
      for (const link of b.brand.links) expect(urls, `${b.name}: ${link}`).toContain(link);
      expect(urls.every((u) => /^(https?:|mailto:|tel:)/.test(u)), b.name).toBe(true);
      inOrder(text, [b.brand.brand.organization], b.name);
      expect(text, b.name).not.toMatch(/\{\{/);
    }
  });
});

describe.skipIf(skip !== undefined)('fixture decks', () => {
  for (const name of ['shapes-fills-lines', 'text-layout', 'text-cjk-kinsoku', 'text-overflow', 'pictures', 'groups-transforms', 'colors-transforms', 'unsupported-content', 'placeholders-inheritance', 'backgrounds']) {
    it(name, async () => {
      const { pdf } = await render(fixture(name), { registry });
      checkStructure(name, pdf, name !== 'pictures' && name !== 'colors-transforms');
    });
  }

  it('links: exactly the allowed links, one annotation per line fragment, the slide jump internal', async () => {
    const { pdf } = await render(fixture('links'), { registry });
    const { urls, text } = checkStructure('links', pdf);
    expect([...new Set(urls)].sort()).toEqual(
      ['https://www.example.org/a/very/long/path/that/wraps', 'https://www.example.org/book', 'https://www.example.org/shape', 'mailto:care@example.org', 'tel:+4512345678'].sort(),
    );
    expect(urls.filter((u) => u.endsWith('/wraps')).length).toBe(2);
    inOrder(text, ['Book online:', 'www.example.org/book', 'Email', 'care@example.org', 'Call', '+45 12 34 56 78', 'Go to', 'slide 2', 'Slide two'], 'links');
  });

  it('text-layout: paragraphs come out in reading order', async () => {
    const { pdf } = await render(fixture('text-layout'), { registry });
    const { text } = checkStructure('text-layout', pdf);
    inOrder(text, ['Bullets', 'Second bullet that is long enough to wrap', 'Numbered one', 'Numbered two', 'Indented level'], 'bullets');
    inOrder(text, ['Bold', 'italic', 'underline', 'strike'], 'run styles');
  });

  it('text-cjk-kinsoku: Chinese text is extractable and in order', async () => {
    const { pdf } = await render(fixture('text-cjk-kinsoku'), { registry });
    const { text } = checkStructure('text-cjk-kinsoku', pdf);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('视频问诊指南：无需到院，通过视频即可与您的医护团队面对面交流。');
  });
});
