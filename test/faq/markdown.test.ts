/**
 * The Markdown version, rendered by a real CommonMark renderer (markdown-it, with raw HTML
 * allowed as many sites allow it): the brand's text never becomes markup, links go only where the
 * brand said, and the questions are headings.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/brand/schema.js';
import { parseBrand } from '../../src/brand/validate.js';
import { escapeMarkdown, escapeMarkdownLine, markdownDestination } from '../../src/faq/escape.js';
import { buildFaq } from '../../src/faq/index.js';
import { TEMPLATE_IDS } from '../../src/templates/catalog.js';
import { bareBrand, fullBrand, hostileBrand } from './brands.js';

const md = new MarkdownIt({ html: true, linkify: true });

describe('FAQ Markdown', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every brand and template renders to the same questions, no markup from the brand`, async () => {
      for (const make of [fullBrand, bareBrand, hostileBrand]) {
        for (const industry of TEMPLATE_IDS) {
          const faq = await buildFaq({ brand: parseBrand(make(locale), 'x'), industry, handout: { pdf: { file: 'a b.pdf', bytes: 1000 } } });
          const html = md.render(faq.markdown);
          const questions = faq.document.sections.flatMap((s) => s.questions.map((q) => q.question));
          const h3 = [...html.matchAll(/<h3>([\s\S]*?)<\/h3>/g)].map((m) => m[1]);
          expect(h3).toEqual(questions.map((q) => md.utils.escapeHtml(q)));
          expect(html).not.toMatch(/<script|<img|<b>|<!--/i);
          expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
          expect((html.match(/<h1>/g) ?? []).length).toBe(1);
          for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https:|http:|mailto:|tel:|\.\/)/);
          expect(html).toContain('href="./a%20b.pdf"');
        }
      }
    });
  }

  it('keeps the brand\'s text as it was typed', () => {
    for (const text of ['# not a heading', '1. not a list', '2) not a list', '- not a list', '+ not a list', '**not bold**', '<b>not html</b>', 'a & b', '&amp; stays', '`x`', '[x](y)', '![i](j)', 'a | b', '~~s~~', '> no quote', '=== no heading', '*** no rule']) {
      // At the start of a paragraph (block markers count there) and inside a line.
      expect(md.render(escapeMarkdownLine(text)).trim(), text).toBe(`<p>${md.utils.escapeHtml(text)}</p>`);
      expect(md.renderInline(`x ${escapeMarkdown(text)}`), text).toBe(`x ${md.utils.escapeHtml(text)}`);
    }
    expect(md.render(`[x](${markdownDestination('https://x.example/a b>c\\')})`)).toContain('href="https://x.example/a%20b%3Ec%5C"');
    // Inside a line a leading + stays as typed (no stray backslash in the Markdown source).
    expect(escapeMarkdown('+45 70 10 20 30')).toBe('+45 70 10 20 30');
  });
});
