/**
 * The page and the fragment for every template × locale and three brands (every policy field,
 * none, hostile text): valid HTML (html-validate), JSON-LD that parses and has one Question per
 * question shown with its answer, and nothing the brand typed left unescaped.
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { sampleBrand } from '../../src/brand/sample.js';
import { LOCALES } from '../../src/brand/schema.js';
import { parseBrand } from '../../src/brand/validate.js';
import { buildFaq } from '../../src/faq/index.js';
import { answerText } from '../../src/faq/jsonld.js';
import { TEMPLATE_IDS } from '../../src/templates/catalog.js';
import { bareBrand, fullBrand, HOSTILE, hostileBrand } from './brands.js';

const page = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:document'] });
const fragmentRules = new HtmlValidate({ extends: ['html-validate:recommended'] });

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** A tiny PNG (1 × 1) standing in for the handout preview. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

const HOSTILE_SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" onload="window.__pwned=3"><script>window.__pwned=4</script><rect width="100" height="40" fill="#123456"/><image href="https://tracker.example/x.png" width="10" height="10"/></svg>',
);

async function messages(validator: HtmlValidate, html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
}

function jsonLd(html: string): { mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[] } {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]![1]!);
}

const BRANDS = { full: fullBrand, bare: bareBrand, hostile: hostileBrand } as const;

describe('FAQ HTML', () => {
  for (const locale of LOCALES) {
    for (const [kind, make] of Object.entries(BRANDS)) {
      it(`${kind} brand, ${locale}: page and fragment are valid for every template, JSON-LD matches the questions`, async () => {
        for (const industry of TEMPLATE_IDS) {
          const brand = parseBrand(make(locale), kind);
          const logo = kind === 'full' ? sampleBrand().assets.logo : kind === 'hostile' ? { name: 'evil.svg', bytes: HOSTILE_SVG } : undefined;
          const faq = await buildFaq({
            brand,
            assets: logo ? { logo } : {},
            industry,
            handout: { pdf: { file: 'org-healthcare-en.pdf', bytes: 12345 }, png: { file: 'org-healthcare-en.png', bytes: PNG } },
          });
          const where = `${kind} ${industry} ${locale}`;
          expect(await messages(page, faq.page), `${where} page`).toEqual([]);
          expect(await messages(fragmentRules, faq.fragment), `${where} fragment`).toEqual([]);
          expect(faq.fragment).not.toMatch(/<html|<head|<body|<!DOCTYPE/i);
          expect(faq.page).toContain(`<html lang="${locale}"`);

          for (const html of [faq.page, faq.fragment]) {
            const ld = jsonLd(html);
            const questions = faq.document.sections.flatMap((s) => s.questions);
            const summaries = [...html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)].map((m) => decodeEntities(m[1]!));
            expect(ld.mainEntity.map((q) => q.name)).toEqual(summaries);
            expect(ld.mainEntity).toHaveLength(questions.length);
            ld.mainEntity.forEach((q, i) => {
              expect(q['@type']).toBe('Question');
              expect(q.acceptedAnswer['@type']).toBe('Answer');
              expect(q.acceptedAnswer.text).toBe(answerText(questions[i]!.answer));
            });
            // One script element, the JSON-LD; no event handler attribute on any tag; links only
            // to the allowed schemes or our own files.
            expect(html.match(/<script/g)).toHaveLength(1);
            expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
            for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(decodeEntities(href!)).toMatch(/^(https:|http:|mailto:|tel:|\.\/|data:text\/css;base64,)/);
            for (const [, src] of html.matchAll(/\ssrc="([^"]*)"/g)) expect(src).toMatch(/^(\.\/|data:image\/(png|svg\+xml);base64,)/);
            if (kind === 'hostile') {
              expect(html).not.toContain(HOSTILE);
              expect(html).not.toContain('<script>');
              expect(html).not.toContain('<img src=x');
              expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
              expect(html).toContain('A&amp;B &quot;Quotes&quot; &lt;script&gt;x&lt;/script&gt;');
              expect(html).toContain('href="https://x.example/a&quot;b&#39;c&lt;d&gt;"');
              // The SVG logo: sanitised, so its data URL has no script and no outside reference.
              const svg = /src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html);
              const decoded = Buffer.from(svg![1]!, 'base64').toString('utf8');
              expect(decoded).not.toMatch(/script|onload|tracker\.example/);
            }
          }
        }
      });
    }
  }

  it('the page allows no script and no request to another site (Content-Security-Policy)', async () => {
    const faq = await buildFaq({ brand: parseBrand(fullBrand('en'), 'x'), industry: 'generic' });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(faq.page)![1]!.replace(/&#39;/g, "'");
    expect(csp).toMatch(/^default-src 'none'; img-src 'self' data:; font-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/);
    expect(faq.page).not.toMatch(/https?:\/\/[^"\s]*\.(css|js|woff2?)\b/);
  });

  it('the fragment\'s style sheet carries its integrity hash and scopes every rule to the page id', async () => {
    const faq = await buildFaq({ brand: parseBrand(fullBrand('da-DK'), 'x'), industry: 'retail' });
    const [, b64, sri] = /<link rel="stylesheet" href="data:text\/css;base64,([^"]+)" integrity="sha384-([^"]+)">/.exec(faq.fragment)!;
    const css = Buffer.from(b64!, 'base64').toString('utf8');
    const { createHash } = await import('node:crypto');
    expect(createHash('sha384').update(css).digest('base64')).toBe(sri);
    // Every selector of every rule starts with the page's id.
    const selectors = css
      .replace(/@font-face\{[^}]*\}/g, '')
      .replace(/@(media|container)[^{]*\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]!.trim())
      .filter(Boolean);
    expect(selectors.length).toBeGreaterThan(30);
    for (const list of selectors) for (const sel of list.split(',')) expect(sel.trim().startsWith(`#${faq.id}`), sel).toBe(true);
  });
});
