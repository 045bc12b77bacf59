import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream, type PDFString } from '@cantoo/pdf-lib';
import * as pako from 'pako';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { render, renderPng } from '../../src/render/render.js';
import { FIXED_DATE } from '../../src/render/metadata.js';
import { fixture, registry, ROOT } from './helpers/fixtures.js';

async function load(pdf: Uint8Array) {
  return PDFDocument.load(pdf, { updateMetadata: false });
}

describe('render()', () => {
  it('writes one page per slide at the slide size', async () => {
    const { pdf, pages, warnings } = await render(fixture('backgrounds'), { registry });
    expect(pages).toBe(2);
    expect(warnings).toEqual([]);
    const doc = await load(pdf);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
  });

  it('gives the same bytes for the same input', async () => {
    const deck = fixture('text-layout');
    const a = await render(deck, { registry });
    const b = await render(deck, { registry });
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0);
  });

  it('compresses every stream it writes with pako, so the bytes do not depend on the Node build', async () => {
    // Node's zlib differs between builds (and from pako: Chromium's zlib); pako is pure JavaScript.
    let checked = 0;
    for (const name of ['pictures', 'text-cjk-kinsoku', 'links']) {
      const doc = await load((await render(fixture(name), { registry })).pdf);
      for (const [, obj] of doc.context.enumerateIndirectObjects()) {
        if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) continue;
        // Object and cross-reference streams are pdf-lib's own (fflate, also pure JavaScript).
        const type = obj.dict.get(PDFName.of('Type'));
        if (type === PDFName.of('ObjStm') || type === PDFName.of('XRef')) continue;
        const stored = obj.getContents();
        expect(Buffer.from(pako.deflate(pako.inflate(stored), { level: 6 })).equals(Buffer.from(stored))).toBe(true);
        checked++;
      }
    }
    // Content streams, images and soft masks, font programs and ToUnicode maps.
    expect(checked).toBeGreaterThan(15);
  });

  it('sets title, author, subject, language, creator, producer and the deck\'s dates', async () => {
    const deck = fixture('links');
    const core = new TextDecoder().decode(OpcPackage.open(deck).get('docProps/core.xml')!);
    const created = /<dcterms:created[^>]*>([^<]+)</.exec(core)![1]!;
    const doc = await load((await render(deck, { registry })).pdf);
    expect(doc.getTitle()).toBe('Renderer fixture');
    expect(doc.getAuthor()).toBe('Fixture Org');
    expect(doc.getCreator()).toBe('va-infographic');
    expect(doc.getProducer()).toMatch(/^va-infographic/);
    expect(doc.getCreationDate()?.toISOString()).toBe(new Date(created).toISOString());
    expect((doc.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('en-US');
  });

  it('takes the language most of the text is in, and metadata overrides', async () => {
    const zh = await load((await render(fixture('text-cjk-kinsoku'), { registry })).pdf);
    expect((zh.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('zh-CN');
    const when = new Date(Date.UTC(2024, 4, 1));
    const over = await load(
      (await render(fixture('links'), { registry, metadata: { title: 'Handout', author: 'Acme Clinic', language: 'da-DK', creationDate: when, subject: 'Video' } })).pdf,
    );
    expect(over.getTitle()).toBe('Handout');
    expect(over.getAuthor()).toBe('Acme Clinic');
    expect(over.getSubject()).toBe('Video');
    expect(over.getCreationDate()?.toISOString()).toBe(when.toISOString());
    expect((over.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('da-DK');
  });

  it('uses a fixed date when the deck has none (Google Slides exports have no docProps), and its first text as the title', async () => {
    const pkg = OpcPackage.open(fixture('text-overflow'));
    pkg.delete('docProps/core.xml');
    pkg.delete('docProps/app.xml');
    const doc = await load((await render(await pkg.save(), { registry })).pdf);
    expect(doc.getCreationDate()?.toISOString()).toBe(FIXED_DATE.toISOString());
    // A PDF/UA document has a title: without one in the deck, its first heading or paragraph.
    expect(doc.getTitle()).toBe('This text is far too long for the small box it was given, so it runs out of the box at the bottom.');
  });

  it('draws text in a brand font file given as bytes', async () => {
    const pkg = OpcPackage.open(fixture('text-overflow'));
    const theme = new TextDecoder().decode(pkg.get('ppt/theme/theme1.xml')!).replace(/(<a:minorFont><a:latin typeface=")[^"]*"/, '$1Acme Sans"');
    pkg.set('ppt/theme/theme1.xml', new TextEncoder().encode(theme));
    const lora = new Uint8Array(readFileSync(path.join(ROOT, 'node_modules/@expo-google-fonts/lora/400Regular/Lora_400Regular.ttf')));
    const { pdf, warnings } = await render(await pkg.save(), { fonts: [{ family: 'Acme Sans', bytes: lora, name: 'acme.ttf' }], systemFonts: false });
    expect(warnings.some((w) => w.code === 'W_FONT_MISSING')).toBe(false);
    const doc = await load(pdf);
    const names = doc.context.enumerateIndirectObjects().map(([, o]) => String((o as { get?: (n: PDFName) => unknown }).get?.(PDFName.of('BaseFont')) ?? ''));
    expect(names.some((n) => /\/[A-Z]{6}\+Lora-Regular/.test(n))).toBe(true);
  });

  it('fails with a clear VaError for what is not a presentation', async () => {
    await expect(render(new TextEncoder().encode('not a zip at all'))).rejects.toMatchObject({ code: 'E_NOT_ZIP' });
    await expect(render(new Uint8Array())).rejects.toBeInstanceOf(VaError);
    await expect(render(new Uint8Array(0))).rejects.toMatchObject({ code: 'E_EMPTY_FILE' });
    const three = Array.from({ length: 3 }, (_, i) => ({ name: `f${i}.ttf`, bytes: new Uint8Array(4) }));
    await expect(render(fixture('links'), { fonts: three })).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});

describe('renderPng()', () => {
  it('renders each page at the asked resolution, text as outlines', async () => {
    const { pngs, warnings } = await renderPng(fixture('shapes-fills-lines'), { registry, dpi: 36 });
    expect(warnings).toEqual([]);
    expect(pngs.length).toBe(1);
    const meta = await sharp(pngs[0]!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 306, 396]);
    // The first rectangle (accent1) at 0.5–2.0 in × 1.1–2.2 in.
    const { data, info } = await sharp(pngs[0]!).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (xIn: number, yIn: number) => {
      const i = (Math.round(yIn * 36) * info.width + Math.round(xIn * 36)) * 3;
      return [data[i], data[i + 1], data[i + 2]];
    };
    expect(at(1.25, 1.6)).toEqual([0x44, 0x72, 0xc4]);
    expect(at(8.3, 10.8)).toEqual([255, 255, 255]);
  });

  it('refuses a resolution out of range', async () => {
    await expect(renderPng(fixture('links'), { dpi: 5 })).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});
