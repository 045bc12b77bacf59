/**
 * Our renderer reads the fonts a deck embeds (p:embeddedFontLst, EOT parts): a branded PPTX
 * whose brand font file is not available where it is rendered is drawn with the font it carries;
 * PowerPoint's MTX-compressed fonts (../shared/corpus) fall back with a warning, never a crash.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFDict, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { customize } from '../../src/edit/customize.js';
import { render } from '../../src/render/render.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { createFontRegistry } from '../../src/fonts/registry.js';
import { withEmbeddedFonts } from '../../src/fonts/embedded-registry.js';
import { readEmbeddedFonts } from '../../src/presentation/embedded-fonts.js';
import { shippedBytes } from '../fonts/helpers.js';
import { brand } from '../edit/helpers/brands.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS_DECK = path.join(process.env.VA_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus'), 'real', 'phppres__embedded-fonts-invalid-image.pptx');

/** The BaseFont names of a PDF's fonts, subset tags removed. */
async function pdfFonts(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const names = new Set<string>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('Font')) {
      const base = obj.get(PDFName.of('BaseFont'));
      if (base instanceof PDFName) names.add(base.decodeText().replace(/^[A-Z]{6}\+/, ''));
    }
  }
  return [...names].sort();
}

describe('render draws text with the fonts the deck embeds', () => {
  it('a branded PPTX rendered where its brand font file is not available', async () => {
    // The brand's heading font is a file only the brand has (Lora under the name "Acme Serif").
    const b = brand({ fonts: { heading: 'Acme Serif', headingFile: 'acme.ttf', body: 'Source Sans 3' } });
    const template = new Uint8Array(readFileSync(path.join(ROOT, 'templates/healthcare/en.letter.pptx')));
    const { pptx, fonts } = await customize(template, b, { headingFont: { name: 'acme.ttf', bytes: shippedBytes('Lora', 400) } });
    expect(fonts.embedded.map((f) => f.typeface)).toContain('Acme Serif');

    // Rendered elsewhere: no brand files given. The deck's own font draws "Acme Serif".
    const withFonts = await render(pptx);
    expect(withFonts.warnings.filter((w) => /Acme Serif/.test(w.message))).toEqual([]);
    expect(await pdfFonts(withFonts.pdf)).toContain('Lora-Regular');

    // The same deck without its embedded fonts: the family is missing, drawn in the default.
    const pkg = OpcPackage.open(pptx, { what: 'x' });
    const root = pkg.xml('ppt/presentation.xml').root;
    root.children.splice(0, root.children.length, ...root.children.filter((c) => !(c.kind === 'element' && c.localName === 'embeddedFontLst')));
    pkg.touch('ppt/presentation.xml');
    const without = await render(await pkg.save());
    expect(without.warnings).toContainEqual(expect.objectContaining({ code: 'W_FONT_MISSING', message: expect.stringContaining('"Acme Serif"') }));
    expect(await pdfFonts(without.pdf)).not.toContain('Lora-Regular');
  });

  it('a damaged embedded font part falls back with W_FONT_EMBEDDED_UNREADABLE', async () => {
    const b = brand({ fonts: { heading: 'Acme Serif', headingFile: 'acme.ttf' } });
    const template = new Uint8Array(readFileSync(path.join(ROOT, 'templates/generic/en.letter.pptx')));
    const { pptx } = await customize(template, b, { headingFont: { name: 'acme.ttf', bytes: shippedBytes('Lora', 400) } });
    const pkg = OpcPackage.open(pptx, { what: 'x' });
    for (const part of pkg.partNames().filter((p) => p.endsWith('.fntdata'))) pkg.set(part, pkg.get(part)!.slice(0, 500));
    const { warnings, pdf } = await render(await pkg.save());
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'W_FONT_EMBEDDED_UNREADABLE', message: expect.stringMatching(/^the deck embeds the font "Acme Serif" \(regular\), but its header says \d+ bytes but the part has 500; drawn with "Source Sans 3" instead$/) }));
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it.skipIf(!existsSync(CORPUS_DECK))('PowerPoint deck with MTX-compressed fonts (Open Sans): a warning and the default face, never a crash', async () => {
    const bytes = new Uint8Array(readFileSync(CORPUS_DECK));
    const { pages } = await render(bytes);
    expect(pages).toBe(1);
    // Its slide draws no text in Open Sans: ask the deck's registry for it as a run would.
    const pkg = OpcPackage.open(bytes, { what: 'deck' });
    const refs = readEmbeddedFonts(pkg);
    expect(refs.map((r) => `${r.typeface}:${r.slot}`)).toEqual([
      'Open Sans:regular', 'Open Sans:bold', 'Open Sans:italic', 'Open Sans:boldItalic', 'Overpass Black:bold', 'Overpass Black:boldItalic',
    ]);
    const registry = withEmbeddedFonts(
      createFontRegistry({ systemFonts: false }),
      refs.map((r) => ({ typeface: r.typeface, style: { bold: r.slot.startsWith('bold'), italic: /italic/i.test(r.slot) }, read: () => pkg.get(r.part!) })),
    );
    const { face, warnings } = registry.resolve('Open Sans', { bold: true, italic: false });
    expect(face.family).toBe('Source Sans 3');
    expect(warnings.map((w) => w.code)).toEqual(['W_FONT_MISSING', 'W_FONT_EMBEDDED_UNREADABLE']);
    expect(warnings[1]!.message).toBe(
      'the deck embeds the font "Open Sans" (bold), but it is stored MicroType Express compressed (as PowerPoint writes embedded fonts), which this renderer cannot read; drawn with "Source Sans 3" instead',
    );
  });
});
