import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { parseBrand } from '../../src/brand/validate.js';
import { customize } from '../../src/edit/customize.js';
import { asciiUri } from '../../src/brand/links.js';
import { render } from '../../src/render/render.js';
import { externalLink } from '../../src/render/text/links.js';
import { templateDecks } from './helpers/decks.js';
import { registry } from './helpers/fixtures.js';

function check(target: string): { kept: string | undefined; why: string | undefined } {
  let why: string | undefined;
  const t = externalLink(target, { dropped: (_t, w) => (why = w) });
  return { kept: t?.kind === 'uri' ? t.uri : undefined, why };
}

describe('link policy', () => {
  it('keeps http, https, mailto and tel links', () => {
    for (const t of ['https://www.example.org/book', 'http://example.org', 'mailto:care@example.org', 'tel:+4512345678', 'HTTPS://EXAMPLE.ORG']) {
      expect(check(t).kept).toBe(t);
    }
  });

  it('drops every other scheme with a reason', () => {
    for (const t of ['javascript:alert(1)', 'file:///etc/passwd', 'vbscript:x', 'data:text/html,x', 'smb://host/share', 'ms-word:ofe|u|x']) {
      const r = check(t);
      expect(r.kept, t).toBeUndefined();
      expect(r.why, t).toMatch(/not allowed/);
    }
  });

  it('is not fooled by control characters, spaces or missing hosts', () => {
    expect(check('java\tscript:alert(1)').kept).toBeUndefined();
    expect(check(' javascript:alert(1)').kept).toBeUndefined();
    expect(check('https:///path').kept).toBeUndefined();
    expect(check('book/now').why).toMatch(/not an absolute link/);
    expect(check('').kept).toBeUndefined();
  });
});

describe('URI actions in the PDF', () => {
  it('are 7-bit ASCII: IRIs percent-encoded in UTF-8, hosts in punycode, ASCII links unchanged', () => {
    expect(asciiUri('https://example.cn/预约?x=1&y=<2>')).toBe('https://example.cn/%E9%A2%84%E7%BA%A6?x=1&y=%3C2%3E');
    expect(asciiUri('https://bücher.example/a')).toBe('https://xn--bcher-kva.example/a');
    expect(asciiUri('mailto:søren@eksempel.dk')).toBe('mailto:s%C3%B8ren@eksempel.dk');
    expect(asciiUri('tel:+86%2021%205555%200100')).toBe('tel:+86%2021%205555%200100');
    expect(asciiUri('https://www.example.org/book?a=1#top')).toBe('https://www.example.org/book?a=1#top');
  });

  it('a branded handout with a Chinese booking link writes it encoded, and the PDF keeps it clickable', async () => {
    const template = templateDecks().find((d) => d.locale === 'zh-CN')!;
    const brand = parseBrand({ organization: '港湾诊所', locale: 'zh-CN', colors: { primary: '#0B6E69' }, links: { booking: 'https://example.cn/预约' } }, 'test');
    const { pptx } = await customize(template.bytes, brand, {});
    const { pdf } = await render(pptx, { registry });
    const doc = await PDFDocument.load(pdf);
    const uris: string[] = [];
    for (const ref of doc.getPage(0).node.Annots()?.asArray() ?? []) {
      const action = doc.context.lookup(doc.context.lookup(ref, PDFDict).get(PDFName.of('A')), PDFDict);
      uris.push(doc.context.lookup(action.get(PDFName.of('URI')), PDFString).asString());
    }
    expect(uris).toContain('https://example.cn/%E9%A2%84%E7%BA%A6');
    for (const u of uris) expect(u).toMatch(/^[\x21-\x7e]+$/);
  });
});
