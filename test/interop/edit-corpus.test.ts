/**
 * The real-world corpus: every real deck rebrands (every slide-master theme changes, the package
 * reopens with the same slides), derived edge cases succeed or fail as MANIFEST.md says, and
 * every broken real file ends with a clear VaError.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleBrand } from '../../src/brand/sample.js';
import { readDeck } from '../../src/presentation/deck.js';
import { VaError } from '../../src/errors.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { NS } from '../../src/xml/namespaces.js';
import { run } from '../edit/helpers/brands.js';
import { consistency, newProblems } from '../edit/helpers/consistency.js';
import { corpusFiles, corpusPath, HAVE_CORPUS } from '../edit/helpers/corpus.js';

const { brand, assets } = sampleBrand();

function themeSummary(pptx: Uint8Array) {
  const pkg = OpcPackage.open(pptx);
  const deck = readDeck(pkg);
  return {
    slides: deck.slides.length,
    masters: deck.masters.length,
    themes: deck.themes.map((t) => {
      const root = pkg.xml(t).root;
      const clr = root.path(NS.a, 'themeElements', 'clrScheme');
      const font = root.path(NS.a, 'themeElements', 'fontScheme');
      return {
        part: t,
        clrName: clr?.attr('name'),
        accent1: clr?.child(NS.a, 'accent1')?.child(NS.a, 'srgbClr')?.attr('val'),
        sysClr: [...(clr?.descendants(NS.a, 'sysClr') ?? [])].length,
        slots: [...(clr?.elements() ?? [])].map((e) => e.localName).join(','),
        fontName: font?.attr('name'),
        major: font?.path(NS.a, 'majorFont', 'latin')?.attr('typeface'),
        minor: font?.path(NS.a, 'minorFont', 'latin')?.attr('typeface'),
      };
    }),
  };
}

const SLOTS = 'dk1,lt1,dk2,lt2,accent1,accent2,accent3,accent4,accent5,accent6,hlink,folHlink';

describe.skipIf(!HAVE_CORPUS)('corpus: real decks', () => {
  it.each(corpusFiles('real'))('%s rebrands every slide-master theme and reopens', async (file) => {
    const input = readFileSync(corpusPath('real', file));
    const before = themeSummary(input);
    const { pptx } = await run(input, brand, assets, { source: file, fitText: true });
    const after = themeSummary(pptx);
    expect(after.slides).toBe(before.slides);
    expect(after.masters).toBe(before.masters);
    expect(after.themes.length).toBe(before.themes.length);
    expect(after.themes.length).toBeGreaterThan(0);
    for (const t of after.themes) {
      expect(t).toMatchObject({ clrName: 'Harbour & Co.', accent1: '0B6E69', sysClr: 0, fontName: 'Harbour & Co.', major: 'Montserrat', minor: 'Source Sans 3' });
      expect(t.slots.startsWith(SLOTS)).toBe(true);
    }
    expect(newProblems(consistency(input), consistency(pptx))).toEqual([]);
    const pkg = OpcPackage.open(pptx);
    const core = pkg.rels('').all().find((r) => /\/metadata\/core-properties$/i.test(r.type))!;
    expect(new TextDecoder().decode(pkg.get(core.target.replace(/^\//, '')))).toContain('<dc:creator>Harbour &amp; Co.</dc:creator>');
  });
});

describe.skipIf(!HAVE_CORPUS)('corpus: replace-link on real decks', () => {
  const targets = (pptx: Uint8Array) => {
    const pkg = OpcPackage.open(pptx);
    const all: string[] = [];
    for (const name of pkg.partNames()) if (/^ppt\/slides\/_rels\//.test(name)) for (const m of new TextDecoder().decode(pkg.get(name)).matchAll(/Target="([^"]*)"/g)) all.push(m[1]!);
    return all;
  };

  it('rewrites the 7 links to http://ohio.gov/ (matched without the trailing slash) and nothing else', async () => {
    const input = readFileSync(corpusPath('real', 'poi__customGeo-30-hyperlinks.pptx'));
    const { pptx, warnings } = await run(input, brand, assets, { replaceLinks: [{ from: 'http://OHIO.gov', to: 'https://ohio.example/' }] });
    expect(warnings.map((w) => w.code)).not.toContain('W_LINK_NOT_FOUND');
    const before = targets(input);
    const after = targets(pptx);
    expect(before.filter((t) => t === 'http://ohio.gov/')).toHaveLength(7);
    expect(after.filter((t) => t === 'https://ohio.example/')).toHaveLength(7);
    expect(after.filter((t) => t !== 'https://ohio.example/')).toEqual(before.filter((t) => t !== 'http://ohio.gov/'));
    expect(newProblems(consistency(input), consistency(pptx))).toEqual([]);
  });

  it('leaves slide jumps with r:id="" (ONLYOFFICE) as they are', async () => {
    const input = readFileSync(corpusPath('real', 'onlyoffice__hyperlink-empty-rid.pptx'));
    const { pptx } = await run(input, brand, assets, { replaceLinks: [{ from: 'https://nothing.example', to: 'https://x.example' }] });
    const slide = (b: Uint8Array) => new TextDecoder().decode(OpcPackage.open(b).get('ppt/slides/slide15.xml'));
    expect(slide(pptx)).toContain('<a:hlinkClick r:id="" action="ppaction://hlinksldjump">');
  });
});

describe.skipIf(!HAVE_CORPUS)('corpus: Strict OOXML with contract shapes', () => {
  it('places logo, link and QR code with Strict namespaces and relationship types', async () => {
    const pkg = OpcPackage.open(readFileSync(corpusPath('real', 'openxmlsdk__strict-charts.pptx')));
    const slide = 'ppt/slides/slide1.xml';
    const xml = new TextDecoder().decode(pkg.get(slide)).replace(/^\ufeff/, '');
    const sp = (id: number, name: string, y: number, body = '') =>
      `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="${y}"/><a:ext cx="1828800" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>${body}</p:sp>`;
    const link = '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>{{bookingLink}}</a:t></a:r></a:p></p:txBody>';
    pkg.set(slide, new TextEncoder().encode(xml.replace('</p:spTree>', sp(10, 'va:logo', 0) + sp(11, 'va:link:booking', 914400, link) + sp(12, 'va:qr:booking', 1828800) + '</p:spTree>')));
    const { pptx } = await run(await pkg.save(), brand, assets);
    const out = OpcPackage.open(pptx);
    const rels = new TextDecoder().decode(out.get('ppt/slides/_rels/slide1.xml.rels'));
    expect(rels).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/image" Target="../media/va-logo1.png"');
    expect(rels).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink" Target="https://example.org/book" TargetMode="External"');
    const slideOut = new TextDecoder().decode(out.get(slide));
    expect(slideOut).not.toContain('schemas.openxmlformats.org');
    expect(slideOut).toContain('<a:blip r:embed=');
    expect(slideOut).toContain('name="QR code"');
    expect(slideOut).toContain('<a:t>example.org/book</a:t>');
  });
});

describe.skipIf(!HAVE_CORPUS)('corpus: derived edge cases (MANIFEST.md)', () => {
  const rebrand = async (file: string) => run(readFileSync(corpusPath('derived', file)), brand, assets, { source: file });

  it('theme with the namespace prefix d: is rewritten through the prefix in use', async () => {
    const { pptx } = await rebrand('derived__theme-ns-prefix-d.pptx');
    const xml = new TextDecoder().decode(OpcPackage.open(pptx).get('ppt/theme/theme1.xml'));
    expect(xml).toContain('<d:accent1><d:srgbClr val="0B6E69"/></d:accent1>');
    expect(themeSummary(pptx).themes[0]).toMatchObject({ accent1: '0B6E69', major: 'Montserrat' });
  });

  it('UTF-16 theme is decoded and written as valid UTF-8 with a matching declaration', async () => {
    const { pptx } = await rebrand('derived__theme-utf16.pptx');
    const bytes = OpcPackage.open(pptx).get('ppt/theme/theme1.xml')!;
    const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(themeSummary(pptx).themes[0]).toMatchObject({ accent1: '0B6E69' });
  });

  it.each(['derived__theme-without-clrScheme.pptx', 'derived__theme-without-fontScheme.pptx'])('%s gets a complete scheme, with a warning', async (file) => {
    const { pptx, warnings } = await rebrand(file);
    expect(warnings.map((w) => w.code)).toContain('W_THEME_REPAIRED');
    const t = themeSummary(pptx).themes[0]!;
    expect(t.slots).toBe(SLOTS);
    expect(t).toMatchObject({ accent1: '0B6E69', major: 'Montserrat', minor: 'Source Sans 3' });
    const xml = new TextDecoder().decode(OpcPackage.open(pptx).get('ppt/theme/theme1.xml'));
    expect(xml.indexOf('clrScheme')).toBeLessThan(xml.indexOf('fontScheme'));
    expect(xml.indexOf('fontScheme')).toBeLessThan(xml.indexOf('fmtScheme'));
    expect(xml).toMatch(/<a:majorFont><a:latin typeface="Montserrat"\/><a:ea typeface="[^"]*"\/><a:cs typeface="[^"]*"\/>/);
  });

  it('RTL text keeps its complex-script (a:cs) theme fonts and its hyperlink', async () => {
    const input = readFileSync(corpusPath('derived', 'derived__rtl-arabic-hebrew-text.pptx'));
    const cs = (bytes: Uint8Array) => /<a:minorFont>.*?<a:cs typeface="([^"]*)"/.exec(new TextDecoder().decode(OpcPackage.open(bytes).get('ppt/theme/theme1.xml')))?.[1];
    const { pptx } = await run(input, brand, assets);
    expect(cs(pptx)).toBe(cs(input));
    const rels = (bytes: Uint8Array) => new TextDecoder().decode(OpcPackage.open(bytes).get('ppt/slides/_rels/slide1.xml.rels'));
    expect(rels(pptx)).toBe(rels(input));
  });
});

describe.skipIf(!HAVE_CORPUS)('corpus: broken real files', () => {
  const expected: Record<string, string> = {
    'real__docx-renamed.pptx': 'E_WRONG_PACKAGE',
    'real__docx-with-xxe-renamed.pptx': 'E_WRONG_PACKAGE',
    'real__encrypted-password.pptx': 'E_OLE_FILE',
    'real__fuzz-poi-5205835528404992.pptx': 'E_ZIP_ENTRY_NAME',
    'real__fuzz-poi-5463285576892416.pptx': 'E_ZIP_CORRUPT',
    'real__fuzz-poi-5471515212382208.pptx': 'E_ZIP_CORRUPT',
    'real__fuzz-poi-6254434927378432.pptx': 'E_ZIP_TRUNCATED',
    'real__malformed-xml-slide-layouts.pptx': 'E_XML_MALFORMED',
    'real__truncated-no-central-directory.pptx': 'E_ZIP_TRUNCATED',
  };
  it.each(corpusFiles('hostile-real'))('%s ends with a clear VaError', async (file) => {
    const err = await run(readFileSync(corpusPath('hostile-real', file)), brand, assets, { source: file }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(VaError);
    expect((err as VaError).code).toBe(expected[file] ?? '(unlisted file)');
    expect((err as VaError).message).not.toMatch(/\n|\bat \w+ \(/);
  });
});
