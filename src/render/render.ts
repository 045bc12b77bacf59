/**
 * The renderer's public API: a PPTX in, a PDF (or PNG pages) out, with the warnings of what
 * could not be drawn exactly. Pure: bytes in, bytes out.
 *
 *   const { pdf, warnings, pages } = await render(pptxBytes, { fonts: [{ family: 'Acme', bytes, name: 'acme.ttf' }] });
 *   const { pngs } = await renderPng(pptxBytes, { dpi: 96 });
 */
import { createFontRegistry } from '../fonts/index.js';
import { withEmbeddedFonts, type EmbeddedFontInput } from '../fonts/embedded-registry.js';
import { readEmbeddedFonts } from '../presentation/embedded-fonts.js';
import type { FontRegistry } from '../fonts/types.js';
import { VaError, isVaError, oneLine } from '../errors.js';
import { OpcPackage } from '../package/opc-package.js';
import { WarningSink, type Warning } from '../warnings.js';
import { MAX_BLEED, withBleed } from './bleed.js';
import { buildDisplayList, type DisplayList } from './display-list.js';
import { prepareImages } from './images/prepare.js';
import { pdfMetadata } from './metadata.js';
import type { RenderOptions, RenderPngOptions, RenderPngResult, RenderResult } from './options.js';
import { writePdf } from './pdf/write-pdf.js';
import { elements, textOf } from './structure/builder.js';
import type { StructElem } from './structure/types.js';
import { PDF_STANDARDS } from './options.js';
import { rasterize } from './svg/rasterize.js';
import { writeSvg } from './svg/write-svg.js';

export type { RenderOptions, RenderPngOptions, RenderResult, RenderPngResult, RenderFontFile, RenderMetadata } from './options.js';

/** Renders every slide of a PPTX into one PDF page. */
export async function render(pptx: Uint8Array, options: RenderOptions = {}): Promise<RenderResult> {
  return guard('PDF', async () => {
    const warnings: Warning[] = [];
    const list = displayList(pptx, options, warnings);
    const images = await prepareImages(list.pages, warnings);
    const standard = options.pdfStandard ?? 'pdfua-1';
    if (!(PDF_STANDARDS as readonly string[]).includes(standard)) throw new VaError('E_USAGE', `unknown PDF standard "${standard}" (use ${PDF_STANDARDS.join(' or ')})`);
    const meta = pdfMetadata(list.props, list.text, options.metadata);
    // A PDF/UA document has a title: the deck's, else its first heading (or first text).
    meta.title ??= fallbackTitle(list.structure);
    const out = await writePdf(list.pages, images, meta, { structure: list.structure, standard });
    if (!out.pdfua) {
      const n = out.figuresWithoutAlt.length;
      const why = [
        ...(n > 0 ? [`${n} picture${n === 1 ? '' : 's'} or graphic${n === 1 ? '' : 's'} without alt text (see W_ALT_TEXT_MISSING)`] : []),
        ...(out.missing.includes('language') ? ['no text of the deck says its language (set the proofing language of the text in PowerPoint: Review › Language)'] : []),
        ...(out.missing.includes('title') ? ['the deck has no title and no text to take one from (File › Info › Title)'] : []),
      ];
      warnings.push({ code: 'W_PDFUA_NOT_CLAIMED', message: `the PDF is tagged but does not claim PDF/UA-1: ${why.join('; ')}` });
    }
    return { pdf: out.pdf, warnings: finish(warnings, list), pages: list.pages.length, pdfua: out.pdfua };
  });
}

/** Renders every slide of a PPTX as a PNG (for previews on a web page or a README). */
export async function renderPng(pptx: Uint8Array, options: RenderPngOptions = {}): Promise<RenderPngResult> {
  const dpi = options.dpi ?? 96;
  if (!(dpi >= 10 && dpi <= 600)) throw new VaError('E_USAGE', `the PNG resolution must be between 10 and 600 dpi (got ${dpi})`);
  return guard('PNG', async () => {
    const warnings: Warning[] = [];
    const list = displayList(pptx, options, warnings);
    const images = await prepareImages(list.pages, warnings, false, dpi);
    const pngs: Uint8Array[] = [];
    for (const page of list.pages) pngs.push(await rasterize(await writeSvg(page, images, dpi), page, dpi));
    return { pngs, warnings: finish(warnings, list) };
  });
}

/** The display list of a deck (exported for tests and tools). */
export function displayList(pptx: Uint8Array, options: RenderOptions, warnings: Warning[]): DisplayList {
  const bleed = options.bleed ?? 0;
  if (!(bleed >= 0 && bleed <= MAX_BLEED + 1e-9)) throw new VaError('E_USAGE', `the bleed must be between 0 and 10 mm (got ${bleed} pt)`);
  const pkg = OpcPackage.open(pptx, { what: options.what ?? 'the presentation', ...(options.limits ? { limits: options.limits } : {}) });
  // The deck's own embedded fonts (p:embeddedFontLst) draw families found nowhere else.
  const registry = withEmbeddedFonts(registryFor(options), deckFonts(pkg));
  const list = buildDisplayList(pkg, registry, warnings, { includeHidden: options.includeHidden === true });
  return bleed > 0 ? { ...list, pages: list.pages.map((p) => withBleed(p, bleed)) } : list;
}

/** The faces p:embeddedFontLst lists, read from their parts only when text asks for them. */
function deckFonts(pkg: OpcPackage): EmbeddedFontInput[] {
  return readEmbeddedFonts(pkg).map((ref) => ({
    typeface: ref.typeface,
    style: { bold: ref.slot === 'bold' || ref.slot === 'boldItalic', italic: ref.slot === 'italic' || ref.slot === 'boldItalic' },
    read: () => (ref.part ? pkg.get(ref.part) : undefined),
  }));
}

function registryFor(options: RenderOptions): FontRegistry {
  if (options.registry) return options.registry;
  const files = options.fonts ?? [];
  if (files.length > 2) throw new VaError('E_USAGE', `at most two brand font files can be given (heading and body), got ${files.length}`);
  const input = (f: (typeof files)[number] | undefined) => (f ? { ...(f.family ? { family: f.family } : {}), file: { name: f.name, bytes: f.bytes } } : undefined);
  const heading = input(files[0]);
  const body = input(files[1]);
  return createFontRegistry({
    brand: { ...(heading ? { heading } : {}), ...(body ? { body } : {}) },
    systemFonts: options.systemFonts ?? false,
    ...(options.missingFamilies ? { missingFamilies: options.missingFamilies } : {}),
  });
}

/** The text of the first heading of the structure, else its first text (at most 200 characters). */
function fallbackTitle(root: StructElem): string | undefined {
  let first: string | undefined;
  for (const el of elements(root)) {
    if (!/^(H[1-6]|P|Lbl|LBody|TH|TD)$/.test(el.type)) continue;
    const text = textOf(el).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (el.type.startsWith('H')) return text.slice(0, 200);
    first ??= text.slice(0, 200);
  }
  return first;
}

/** De-duplicates warnings and adds the characters no font could draw. */
function finish(warnings: Warning[], list: DisplayList): Warning[] {
  const sink = new WarningSink();
  sink.addAll(warnings);
  if (list.text.missing.size > 0) {
    const chars = [...list.text.missing.keys()].slice(0, 20).map((cp) => `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
    const more = list.text.missing.size > 20 ? ` and ${list.text.missing.size - 20} more` : '';
    sink.add({ code: 'W_FONT_GLYPH_MISSING', message: `no available font has the characters ${chars.join(', ')}${more}; they are drawn as empty boxes` });
  }
  const system = new Set<string>();
  for (const page of list.pages) for (const op of page.ops) if (op.kind === 'text' && op.face.source === 'system') system.add(op.face.family);
  if (system.size > 0) {
    const names = [...system].sort();
    sink.add({
      code: 'W_FONT_SYSTEM',
      message: `text was drawn with font(s) installed on this machine (${names.slice(0, 8).join(', ')}${names.length > 8 ? ', ...' : ''}): the PDF depends on the fonts of the machine that renders it`,
    });
  }
  return sink.list;
}

async function guard<T>(what: 'PDF' | 'PNG', work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isVaError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new VaError('E_RENDER', oneLine(`the ${what} could not be rendered: ${message}`), { cause: error });
  }
}
