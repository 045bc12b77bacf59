/**
 * One deck, start to finish, in memory: customize the template with the brand, then render the
 * formats asked for. Shared by `customize`, `render` and the batch worker.
 *
 * The heavy modules (brand engine, renderer with pdf-lib, sharp, fontkit) load on first use and
 * stay loaded. One font registry per set of brand font files is kept for the life of the
 * process and shared by the text fitting of `customize` and the renderer, so fonts are parsed
 * once per process (a batch worker keeps them warm across items).
 */
import { createHash } from 'node:crypto';
import type { BrandAssets } from '../brand/assets.js';
import type { Brand } from '../brand/schema.js';
import type { FontRegistry } from '../fonts/types.js';
import { VaError } from '../errors.js';
import { WarningSink, type Warning } from '../warnings.js';
import type { TemplateId } from '../templates/catalog.js';
import { FAQ_FORMATS, type EmbedFontsMode, type Format, type LinkReplacement, type RendererName } from './options.js';
import type { PdfStandard } from '../render/options.js';
import type { FontEmbeddingReport } from '../edit/embed-fonts.js';

export interface ProducedFile {
  format: Format;
  /** 1-based page for PNG outputs of multi-page decks, else undefined. */
  page?: number;
  /** File name ending when it is not `.<format>` (the FAQ: `.faq.html`, `.faq.fragment.html`, `.faq.md`). */
  suffix?: string;
  bytes: Uint8Array;
}

export interface Produced {
  files: ProducedFile[];
  warnings: Warning[];
  /** Milliseconds spent customizing and rendering. */
  timings: { customizeMs: number; renderMs: number };
  /** The fonts embedded in the PPTX, and those a licence kept out (empty without a PPTX). */
  fonts: FontEmbeddingReport;
}

export interface RenderRequest {
  formats: readonly Format[];
  renderer: RendererName;
  /** The brand and its files (font files are used for measuring and embedding). */
  brand?: Brand;
  assets?: BrandAssets;
  /** How to name the deck in messages. */
  what?: string;
  /** LibreOffice time limit. */
  timeoutMs?: number;
  /** Draw hidden slides (p:sld@show="0"); left out by default, as PowerPoint's PDF export does. */
  includeHidden?: boolean;
  /** PNG resolution (default 96 dpi). */
  dpi?: number;
  /** Print-shop bleed in points, with crop marks (render/bleed.ts); embedded renderer only. */
  bleed?: number;
  /** The standard the PDF follows (default pdfua-1; embedded renderer only). */
  pdfStandard?: PdfStandard;
  /** Fonts embedded in the PPTX (default full; only when the PPTX is one of the formats). */
  embedFonts?: EmbedFontsMode;
  /**
   * The deck is the user's own (`render`, `customize --template <their deck>`), not a built-in
   * template: a family of the deck found nowhere is drawn in the font fontconfig gives for it, as
   * LibreOffice does (FontRegistryOptions.missingFamilies 'system'), not in our default family.
   */
  userDeck?: boolean;
}

type CustomizeModule = typeof import('../edit/customize.js');
type RenderModule = typeof import('../render/render.js');
type LibreOfficeModule = typeof import('../render/libreoffice.js');
type FontsModule = typeof import('../fonts/index.js');
type FaqModule = typeof import('../faq/index.js');

let customizeModule: Promise<CustomizeModule> | undefined;
let renderModule: Promise<RenderModule> | undefined;
let libreOfficeModule: Promise<LibreOfficeModule> | undefined;
let fontsModule: Promise<FontsModule> | undefined;
let faqModule: Promise<FaqModule> | undefined;

const loadCustomize = () => (customizeModule ??= import('../edit/customize.js'));
const loadRender = () => (renderModule ??= import('../render/render.js'));
const loadLibreOffice = () => (libreOfficeModule ??= import('../render/libreoffice.js'));
const loadFonts = () => (fontsModule ??= import('../fonts/index.js'));
const loadFaq = () => (faqModule ??= import('../faq/index.js'));

/** Starts loading the modules the formats need (a batch worker does this while it waits). */
export function preload(formats: readonly Format[], renderer: RendererName): void {
  const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
  quiet(loadFonts());
  quiet(loadCustomize());
  if (formats.some((f) => f !== 'pptx')) quiet(renderer === 'libreoffice' ? loadLibreOffice() : loadRender());
  if (formats.some((f) => FAQ_FORMATS.includes(f))) quiet(loadFaq());
}

// Font registries by brand font files ('' = no brand files), brand families and kind of deck.
// Bounded: a batch of brands that each bring their own fonts keeps only the most recent ones.
// Registries share the parsed font files (fonts/file-cache.ts), so one more costs little.
const MAX_REGISTRIES = 8;
const registries = new Map<string, FontRegistry>();

function fontKey(brand: Brand | undefined, assets: BrandAssets | undefined, userDeck: boolean): string {
  const parts: string[] = [userDeck ? 'user' : 'template'];
  // A user's deck keeps the default family for the brand's own families only: they are part of the key.
  if (userDeck) parts.push(JSON.stringify([brand?.fonts?.heading ?? '', brand?.fonts?.body ?? '']));
  for (const [role, file, family] of [
    ['heading', assets?.headingFont, brand?.fonts?.heading],
    ['body', assets?.bodyFont, brand?.fonts?.body],
  ] as const) {
    if (file) parts.push(`${role}:${family ?? ''}:${createHash('sha256').update(file.bytes).digest('hex')}`);
  }
  return parts.join('|');
}

/**
 * The font registry for a brand's font files, created once and reused. For a user's deck
 * (`userDeck`), a family of the deck found nowhere is drawn in fontconfig's answer for it, as
 * LibreOffice does; the brand's families and our templates keep the default family.
 */
export async function fontRegistry(brand: Brand | undefined, assets: BrandAssets | undefined, userDeck = false): Promise<FontRegistry> {
  const key = fontKey(brand, assets, userDeck);
  const cached = registries.get(key);
  if (cached) {
    // Most recently used last.
    registries.delete(key);
    registries.set(key, cached);
    return cached;
  }
  const { createFontRegistry } = await loadFonts();
  const registry = createFontRegistry({
    brand: {
      ...(assets?.headingFont ? { heading: { ...(brand?.fonts?.heading ? { family: brand.fonts.heading } : {}), file: assets.headingFont } } : {}),
      ...(assets?.bodyFont ? { body: { ...(brand?.fonts?.body ? { family: brand.fonts.body } : {}), file: assets.bodyFont } } : {}),
    },
    // Google Fonts families installed in the user's project (npm install @expo-google-fonts/<family>).
    projectDir: process.cwd(),
    ...(userDeck
      ? { missingFamilies: 'system' as const, brandFamilies: [brand?.fonts?.heading, brand?.fonts?.body].filter((f): f is string => typeof f === 'string') }
      : {}),
  });
  registries.set(key, registry);
  if (registries.size > MAX_REGISTRIES) registries.delete(registries.keys().next().value!);
  return registry;
}

/** The brand's font files with the families they stand for. */
function brandFontFiles(brand: Brand | undefined, assets: BrandAssets | undefined): { family?: string; bytes: Uint8Array; name: string }[] {
  const files: { family?: string; bytes: Uint8Array; name: string }[] = [];
  if (assets?.headingFont) files.push({ ...(brand?.fonts?.heading ? { family: brand.fonts.heading } : {}), bytes: assets.headingFont.bytes, name: assets.headingFont.name });
  if (assets?.bodyFont) files.push({ ...(brand?.fonts?.body ? { family: brand.fonts.body } : {}), bytes: assets.bodyFont.bytes, name: assets.bodyFont.name });
  return files;
}

/** Renders a deck (branded or not) to the non-PPTX formats asked for. */
export async function renderFormats(pptx: Uint8Array, request: RenderRequest): Promise<{ files: ProducedFile[]; warnings: Warning[] }> {
  const files: ProducedFile[] = [];
  const warnings: Warning[] = [];
  const wantsPdf = request.formats.includes('pdf');
  const wantsPng = request.formats.includes('png');
  if (!wantsPdf && !wantsPng) return { files, warnings };
  if (request.renderer === 'libreoffice') {
    if (wantsPng) throw new VaError('E_USAGE', '--format png needs the embedded renderer (LibreOffice output here is PDF only)');
    if (request.pdfStandard && request.pdfStandard !== 'pdfua-1') throw new VaError('E_USAGE', '--pdf-standard needs the embedded renderer');
    const { renderWithLibreOffice } = await loadLibreOffice();
    const result = await renderWithLibreOffice(pptx, {
      timeoutMs: request.timeoutMs ?? 120_000,
      fonts: brandFontFiles(request.brand, request.assets),
      ...(request.what ? { what: request.what } : {}),
      ...(request.includeHidden ? { includeHidden: true } : {}),
    });
    files.push({ format: 'pdf', bytes: result.pdf });
    warnings.push(...result.warnings);
    return { files, warnings };
  }
  const [{ render, renderPng }, registry] = await Promise.all([loadRender(), fontRegistry(request.brand, request.assets, request.userDeck === true)]);
  const options = {
    registry,
    ...(request.what ? { what: request.what } : {}),
    ...(request.includeHidden ? { includeHidden: true } : {}),
    ...(request.bleed ? { bleed: request.bleed } : {}),
  };
  if (wantsPdf) {
    const result = await render(pptx, { ...options, ...(request.pdfStandard ? { pdfStandard: request.pdfStandard } : {}) });
    files.push({ format: 'pdf', bytes: result.pdf });
    warnings.push(...result.warnings);
  }
  if (wantsPng) {
    const result = await renderPng(pptx, { ...options, ...(request.dpi !== undefined ? { dpi: request.dpi } : {}) });
    result.pngs.forEach((bytes, i) => files.push({ format: 'png', ...(result.pngs.length > 1 ? { page: i + 1 } : {}), bytes }));
    // The same deck gives the same warnings twice: keep the PDF's.
    if (!wantsPdf) warnings.push(...result.warnings);
  }
  return { files, warnings };
}

export interface ProduceRequest extends RenderRequest {
  template: Uint8Array;
  brand: Brand;
  assets: BrandAssets;
  replaceLinks: readonly LinkReplacement[];
  /** For the FAQ (`html`, `md`): the built-in template's industry ('generic' for a deck of one's own)… */
  industry?: TemplateId;
  /** …and the output base name, so the page can link the handout files written next to it. */
  baseName?: string;
}

/** The website FAQ files (page, fragment, Markdown) for the formats asked for. */
async function produceFaq(request: ProduceRequest, rendered: readonly ProducedFile[]): Promise<{ files: ProducedFile[]; warnings: Warning[] }> {
  const base = request.baseName ?? 'handout';
  const pdf = rendered.find((f) => f.format === 'pdf');
  const png = rendered.find((f) => f.format === 'png');
  const [{ buildFaq }, registry] = await Promise.all([loadFaq(), fontRegistry(request.brand, request.assets)]);
  const faq = await buildFaq({
    brand: request.brand,
    assets: request.assets,
    industry: request.industry ?? 'generic',
    registry,
    handout: {
      ...(pdf ? { pdf: { file: outputFileName(base, pdf), bytes: pdf.bytes.length } } : {}),
      ...(png ? { png: { file: outputFileName(base, png), bytes: png.bytes } } : {}),
    },
  });
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: ProducedFile[] = [];
  if (request.formats.includes('html')) {
    files.push({ format: 'html', suffix: '.faq.html', bytes: encode(faq.page) }, { format: 'html', suffix: '.faq.fragment.html', bytes: encode(faq.fragment) });
  }
  if (request.formats.includes('md')) files.push({ format: 'md', suffix: '.faq.md', bytes: encode(faq.markdown) });
  return { files, warnings: faq.warnings };
}

export async function produce(request: ProduceRequest): Promise<Produced> {
  const t0 = performance.now();
  const [{ customize }, fonts] = await Promise.all([loadCustomize(), fontRegistry(request.brand, request.assets, request.userDeck === true)]);
  const branded = await customize(request.template, request.brand, request.assets, {
    replaceLinks: [...request.replaceLinks],
    fonts,
    ...(request.what ? { source: request.what } : {}),
    // Fonts go into the PPTX only when a PPTX is written (the renderer does not need them).
    embedFonts: request.formats.includes('pptx') ? (request.embedFonts ?? 'auto') : 'none',
  });
  const t1 = performance.now();
  const rendered = await renderFormats(branded.pptx, request);
  const faq = request.formats.some((f) => FAQ_FORMATS.includes(f)) ? await produceFaq(request, rendered.files) : { files: [], warnings: [] };
  const t2 = performance.now();
  const files: ProducedFile[] = [];
  // Files in the order the formats were asked for.
  for (const format of request.formats) {
    if (format === 'pptx') files.push({ format, bytes: branded.pptx });
    else files.push(...[...rendered.files, ...faq.files].filter((f) => f.format === format));
  }
  // The brand engine and the renderer may report the same thing (a missing font): once is enough.
  const warnings = new WarningSink();
  warnings.addAll(branded.warnings);
  warnings.addAll(rendered.warnings);
  warnings.addAll(faq.warnings);
  return { files, warnings: warnings.list, timings: { customizeMs: t1 - t0, renderMs: t2 - t1 }, fonts: branded.fonts };
}

/** `<base>.<ext>`, `<base>-<page>.png` for the pages of a multi-page deck, `<base><suffix>` for the FAQ. */
export function outputFileName(base: string, file: Pick<ProducedFile, 'format' | 'page' | 'suffix'>): string {
  if (file.suffix !== undefined) return `${base}${file.suffix}`;
  return file.page === undefined ? `${base}.${file.format}` : `${base}-${file.page}.${file.format}`;
}

/** The file names a list of formats produces (before rendering: PNG pages are known only later). */
export function plannedFileNames(base: string, formats: readonly Format[]): string[] {
  return formats.flatMap((format) => {
    if (format === 'html') return [`${base}.faq.html`, `${base}.faq.fragment.html`];
    if (format === 'md') return [`${base}.faq.md`];
    return [outputFileName(base, { format })];
  });
}
