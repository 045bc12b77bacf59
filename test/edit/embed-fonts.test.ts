/**
 * Fonts that travel (src/edit/embed-fonts.ts): customize embeds the fonts a branded deck uses as
 * PowerPoint does (ppt/fonts/fontN.fntdata EOT parts, application/x-fontdata, font
 * relationships, p:embeddedFontLst in schema order), honours OS/2 fsType, and keeps a deck's own
 * embedded fonts it does not replace (a real PowerPoint deck of ../shared/corpus).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { customize } from '../../src/edit/customize.js';
import { decodeEot } from '../../src/fonts/eot.js';
import { loadFontFromBytes } from '../../src/fonts/file-cache.js';
import { readTableDirectory } from '../../src/fonts/table-directory.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { readEmbeddedFonts } from '../../src/presentation/embedded-fonts.js';
import { shippedBytes } from '../fonts/helpers.js';
import { brand } from './helpers/brands.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const template = (id: string, variant: string) => new Uint8Array(readFileSync(path.join(ROOT, 'templates', id, `${variant}.pptx`)));
const CORPUS_DECK = path.join(process.env.VA_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus'), 'real', 'phppres__embedded-fonts-invalid-image.pptx');

const open = (pptx: Uint8Array) => OpcPackage.open(pptx, { what: 'out' });
const text = (pkg: OpcPackage, part: string) => new TextDecoder().decode(pkg.get(part)!);

/** A copy of a font with OS/2 fsType set (the checksums are not corrected: nothing we use checks them). */
function withFsType(font: Uint8Array, fsType: number): Uint8Array {
  const copy = font.slice();
  const os2 = readTableDirectory(copy)['OS/2']!;
  new DataView(copy.buffer).setUint16(os2.offset + 8, fsType);
  return copy;
}

describe('customize embeds the fonts the deck uses', () => {
  it('en: Montserrat and Source Sans 3, regular and bold, as PowerPoint stores them; each part is the exact font file', async () => {
    const b = brand({ fonts: { heading: 'Montserrat', body: 'Source Sans 3' } });
    const { pptx, fonts, warnings } = await customize(template('healthcare', 'en.letter'), b);
    expect(warnings.filter((w) => w.code === 'W_FONT_NOT_EMBEDDED')).toEqual([]);
    // The healthcare design sets headings bold and regular, body text regular only.
    expect(fonts.embedded.map((f) => [f.typeface, f.slots])).toEqual([
      ['Montserrat', ['regular', 'bold']],
      ['Source Sans 3', ['regular']],
    ]);
    const pkg = open(pptx);
    const ct = text(pkg, '[Content_Types].xml');
    expect(ct).toContain('<Default Extension="fntdata" ContentType="application/x-fontdata"/>');
    const pres = text(pkg, 'ppt/presentation.xml');
    expect(pres).toMatch(/<p:presentation [^>]*embedTrueTypeFonts="1"/);
    expect(pres).not.toContain('saveSubsetFonts'); // whole fonts, kept whole when PowerPoint saves again
    expect(pres).not.toMatch(/<p:(font|regular|bold) xmlns/);
    // CT_Presentation order: ... sldSz, notesSz, smartTags?, embeddedFontLst, ..., defaultTextStyle
    expect(pres).toMatch(/<\/p:sldIdLst><p:sldSz [^>]*\/>(<p:notesSz [^>]*\/>)?<p:embeddedFontLst><p:embeddedFont><p:font typeface="Montserrat"[^>]* charset="0"\/><p:regular r:id="rId\d+"\/><p:bold r:id="rId\d+"\/><\/p:embeddedFont>/);
    expect(pres.indexOf('</p:embeddedFontLst>')).toBeLessThan(pres.indexOf('<p:defaultTextStyle'));
    const refs = readEmbeddedFonts(pkg);
    expect(refs.map((r) => `${r.typeface}:${r.slot}`)).toEqual(['Montserrat:regular', 'Montserrat:bold', 'Source Sans 3:regular']);
    const rels = text(pkg, 'ppt/_rels/presentation.xml.rels');
    const expected = [shippedBytes('Montserrat', 400), shippedBytes('Montserrat', 700), shippedBytes('Source Sans 3', 400)];
    refs.forEach((r, i) => {
      expect(r.part).toMatch(/^ppt\/fonts\/font\d+\.fntdata$/);
      expect(rels).toContain(`Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="${r.part!.slice(4)}"`);
      const decoded = decodeEot(pkg.get(r.part!)!);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(Buffer.compare(decoded.font, expected[i]!)).toBe(0);
    });
    // Not Chinese: the theme's a:ea Noto Sans SC draws nothing in an English handout.
    expect(pres).not.toContain('Noto Sans SC');
  });

  it('zh-CN, by default (auto): Noto Sans SC as a subset, with the Chinese charset; the Latin fonts whole', async () => {
    const { pptx, fonts } = await customize(template('generic', 'zh-CN.a4'), brand({ locale: 'zh-CN' }));
    const noto = fonts.embedded.find((f) => f.typeface === 'Noto Sans SC');
    expect(noto?.slots).toContain('regular');
    expect(noto!.bytes).toBeLessThan(300_000);
    const pkg = open(pptx);
    const pres = text(pkg, 'ppt/presentation.xml');
    expect(pres).toMatch(/<p:font typeface="Noto Sans SC"[^>]* charset="-122"\/>/);
    expect(pres).not.toContain('saveSubsetFonts'); // the Latin fonts stay whole when PowerPoint saves again
    const flags = (typeface: string) =>
      readEmbeddedFonts(pkg)
        .filter((r) => r.typeface === typeface)
        .map((r) => new DataView(pkg.get(r.part!)!.buffer, pkg.get(r.part!)!.byteOffset).getUint32(12, true));
    expect(new Set(flags('Noto Sans SC'))).toEqual(new Set([0x1])); // TTEMBED_SUBSET
    const latin = fonts.embedded.filter((f) => f.typeface !== 'Noto Sans SC');
    expect(latin.length).toBeGreaterThan(0);
    for (const f of latin) expect(new Set(flags(f.typeface)), f.typeface).toEqual(new Set([0]));
  });

  it('zh-CN with embedFonts: full: Noto Sans SC whole (10 MB a face)', async () => {
    const { fonts } = await customize(template('generic', 'zh-CN.a4'), brand({ locale: 'zh-CN' }), {}, { embedFonts: 'full' });
    expect(fonts.embedded.find((f) => f.typeface === 'Noto Sans SC')!.bytes).toBeGreaterThan(10_000_000);
  });

  it('embedFonts: subset keeps only the characters drawn (and printable ASCII): zh-CN in kilobytes, not megabytes', async () => {
    const { pptx, fonts } = await customize(template('generic', 'zh-CN.a4'), brand({ locale: 'zh-CN' }), {}, { embedFonts: 'subset' });
    const noto = fonts.embedded.find((f) => f.typeface === 'Noto Sans SC')!;
    expect(noto.bytes).toBeLessThan(300_000);
    const pkg = open(pptx);
    expect(text(pkg, 'ppt/presentation.xml')).toMatch(/<p:presentation [^>]*saveSubsetFonts="1"/);
    const ref = readEmbeddedFonts(pkg).find((r) => r.typeface === 'Noto Sans SC' && r.slot === 'regular')!;
    const eot = pkg.get(ref.part!)!;
    expect(new DataView(eot.buffer, eot.byteOffset).getUint32(12, true)).toBe(0x1); // TTEMBED_SUBSET
    const decoded = decodeEot(eot);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    // A usable font that has the handout's characters and ASCII, and not the rest of Chinese.
    const file = loadFontFromBytes(decoded.font, 'subset');
    for (const c of '预约视频ABCxyz{}0') expect(file.hasGlyph(c.codePointAt(0)!), c).toBe(true);
    expect(file.hasGlyph('龘'.codePointAt(0)!)).toBe(false);
  });

  it('embedFonts: none writes no font parts, and an unknown mode is a usage error', async () => {
    const { pptx, fonts } = await customize(template('healthcare', 'en.letter'), brand(), {}, { embedFonts: 'none' });
    expect(fonts).toEqual({ embedded: [], refused: [] });
    const pkg = open(pptx);
    expect(pkg.partNames().filter((p) => p.startsWith('ppt/fonts/'))).toEqual([]);
    expect(text(pkg, 'ppt/presentation.xml')).not.toContain('embeddedFontLst');
    await expect(customize(template('healthcare', 'en.letter'), brand(), {}, { embedFonts: 'subsets' as never })).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('a font whose licence is restricted (OS/2 fsType 0x0002) is not embedded, with a warning naming it', async () => {
    const restricted = withFsType(shippedBytes('Lora', 400), 0x0002);
    const b = brand({ fonts: { heading: 'Acme Serif', headingFile: 'acme.ttf', body: 'Source Sans 3' } });
    const { pptx, fonts, warnings } = await customize(template('healthcare', 'en.letter'), b, { headingFont: { name: 'acme.ttf', bytes: restricted } });
    expect(fonts.refused).toEqual([{ typeface: 'Acme Serif', reason: expect.stringContaining('fsType 0x0002') }]);
    expect(warnings).toContainEqual({ code: 'W_FONT_NOT_EMBEDDED', message: expect.stringMatching(/^font "Acme Serif" was not embedded in the PPTX: its licence does not allow embedding/) });
    expect(fonts.embedded.map((f) => f.typeface)).toEqual(['Source Sans 3']);
    expect(text(open(pptx), 'ppt/presentation.xml')).not.toContain('Acme Serif"');
    // The same file with fsType 0x0008 (editable) is embedded, under the brand's name for it.
    const editable = await customize(template('healthcare', 'en.letter'), b, { headingFont: { name: 'acme.ttf', bytes: withFsType(shippedBytes('Lora', 400), 0x0008) } });
    expect(editable.fonts.embedded.map((f) => f.typeface)).toEqual(['Acme Serif', 'Source Sans 3']);
    // Bitmap-only (0x0200) is refused too.
    const bitmap = await customize(template('healthcare', 'en.letter'), b, { headingFont: { name: 'acme.ttf', bytes: withFsType(shippedBytes('Lora', 400), 0x0200) } });
    expect(bitmap.fonts.refused[0]?.reason).toContain('bitmaps only');
  });

  it('the same input gives the same bytes', async () => {
    const a = await customize(template('retail', 'da-DK.a4'), brand({ locale: 'da-DK' }));
    const b = await customize(template('retail', 'da-DK.a4'), brand({ locale: 'da-DK' }));
    expect(Buffer.compare(a.pptx, b.pptx)).toBe(0);
  });

  it.skipIf(!existsSync(CORPUS_DECK))('a PowerPoint deck keeps its own embedded fonts (Open Sans, Overpass Black) next to ours', async () => {
    const { pptx, fonts } = await customize(new Uint8Array(readFileSync(CORPUS_DECK)), brand(), {}, { fitText: false });
    const pkg = open(pptx);
    const refs = readEmbeddedFonts(pkg);
    const typefaces = [...new Set(refs.map((r) => r.typeface))];
    expect(typefaces.slice(0, 2)).toEqual(['Open Sans', 'Overpass Black']);
    expect(typefaces).toEqual(expect.arrayContaining(fonts.embedded.map((f) => f.typeface)));
    for (const r of refs) expect(r.part && pkg.has(r.part)).toBeTruthy();
    expect(new Set(refs.map((r) => r.part)).size).toBe(refs.length);
  });
});
