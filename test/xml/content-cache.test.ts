import { beforeEach, describe, expect, it } from 'vitest';
import { customize } from '../../src/edit/customize.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { render } from '../../src/render/render.js';
import { clearSharedXml, cloneDocument, rememberSerialized, SHARED_MAX_BYTES, sharedXml } from '../../src/xml/content-cache.js';
import { parseXml } from '../../src/xml/parse.js';
import { serializeXml } from '../../src/xml/serialize.js';
import { registry } from '../render/helpers/fixtures.js';
import { templateDecks, testBrands } from '../render/helpers/decks.js';

const enc = new TextEncoder();
const big = (n: number) =>
  enc.encode(`<?xml version="1.0" encoding="UTF-8"?><!-- c --><p:sld xmlns:p="urn:p" xmlns:a="urn:a"><a:t x="1">${'<a:r>é &amp; x</a:r>'.repeat(n)}</a:t><![CDATA[<raw>]]></p:sld>`);

describe('shared XML by content', () => {
  beforeEach(() => clearSharedXml());

  it('parses a large part once and returns the same read-only document for the same bytes', () => {
    const bytes = big(400);
    const a = sharedXml(bytes, 'ppt/slides/slide1.xml');
    const b = sharedXml(bytes.slice(), 'ppt/slides/slide1.xml');
    expect(b).toBe(a);
    // Another part name with the same bytes is another document (messages name the part).
    expect(sharedXml(bytes, 'ppt/slides/slide2.xml')).not.toBe(a);
  });

  it('does not share small parts, nor very large ones', () => {
    const small = big(2);
    expect(sharedXml(small, 'x.xml')).not.toBe(sharedXml(small, 'x.xml'));
    const huge = big(Math.ceil((SHARED_MAX_BYTES + 1) / 20));
    expect(huge.length).toBeGreaterThan(SHARED_MAX_BYTES);
    expect(sharedXml(huge, 'x.xml')).not.toBe(sharedXml(huge, 'x.xml'));
  });

  it('clones deeply: same serialisation, no shared elements, attributes or parents', () => {
    const doc = parseXml(big(300), 'p.xml');
    const copy = cloneDocument(doc);
    expect(Buffer.from(serializeXml(copy)).equals(Buffer.from(serializeXml(doc)))).toBe(true);
    expect(copy.root).not.toBe(doc.root);
    const first = copy.root.children[0]!;
    expect(first.kind === 'element' && first.parent).toBe(copy.root);
    copy.root.attrs.set('changed', '1');
    expect(doc.root.attrs.has('changed')).toBe(false);
  });

  it('a serialised document is found again by its bytes, and later edits of the original do not leak in', () => {
    const doc = parseXml(big(300), 'p.xml');
    const bytes = serializeXml(doc);
    rememberSerialized(bytes, doc);
    doc.root.attrs.set('late', 'edit');
    const found = sharedXml(bytes, 'p.xml');
    expect(found.root.attrs.has('late')).toBe(false);
    expect(Buffer.from(serializeXml(found)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('OpcPackage.xml() hands out a copy: editing one package does not change another', () => {
    const deck = templateDecks()[0]!;
    const a = OpcPackage.open(deck.bytes);
    const b = OpcPackage.open(deck.bytes);
    a.xml('ppt/slides/slide1.xml').root.attrs.set('edited', 'yes');
    expect(b.xml('ppt/slides/slide1.xml').root.attrs.has('edited')).toBe(false);
  });

  it('rendering a branded deck gives the same PDF bytes with the brand engine\'s trees as from parsing', async () => {
    const [sample] = await testBrands();
    const decks = templateDecks().filter((d) => d.paper === 'letter');
    expect(decks.length).toBeGreaterThan(0);
    for (const deck of decks) {
      const branded = await customize(deck.bytes, { ...sample!.brand, locale: deck.locale as 'en' }, sample!.assets);
      const shared = await render(branded.pptx, { registry }); // the trees customize remembered
      clearSharedXml();
      const parsed = await render(branded.pptx, { registry }); // parsed from the bytes
      expect(Buffer.from(shared.pdf).equals(Buffer.from(parsed.pdf)), deck.name).toBe(true);
    }
  });
});

describe('shared XML and size limits', () => {
  it('a part over the caller\'s XML limit is refused even when another package cached it', () => {
    clearSharedXml();
    const bytes = big(400);
    expect(sharedXml(bytes, 'p.xml')).toBeTruthy();
    expect(() => sharedXml(bytes, 'p.xml', { maxBytes: 5000 })).toThrow(expect.objectContaining({ code: 'E_XML_LIMIT' }));
  });
});
