/**
 * The website FAQ (issue 12): a branded, localised Q&A page about virtual appointments, made
 * from the same brand as the handout. Pure: bytes and strings in, strings out (fonts come from
 * the font registry the caller hands in, as for the renderer).
 *
 *   const faq = await buildFaq({ brand, assets, industry: 'healthcare', registry,
 *     handout: { pdf: { file: 'x.pdf', bytes: pdf.length }, png: { file: 'x.png', bytes: png } } });
 *   faq.page      // standalone HTML page
 *   faq.fragment  // HTML to paste into a CMS
 *   faq.markdown  // CommonMark
 */
import { createHash } from 'node:crypto';
import type { BrandAssets } from '../brand/assets.js';
import { brandLocale, type Brand } from '../brand/schema.js';
import { CJK_FAMILY } from '../fonts/catalog.js';
import { inspectFontFile } from '../fonts/inspect.js';
import { isCjkCodePoint } from '../fonts/script.js';
import type { FontRegistry } from '../fonts/types.js';
import type { TemplateId } from '../templates/catalog.js';
import { INDUSTRIES } from '../templates/source/industries/index.js';
import type { Warning } from '../warnings.js';
import { faqContent } from './content.js';
import { faqCss } from './css.js';
import { faqHtml } from './html.js';
import { faqJsonLd, type FaqJsonLd } from './jsonld.js';
import { pageLogo, type PageLogo } from './logo.js';
import { faqMarkdown } from './markdown.js';
import type { FaqDocument, Inline } from './model.js';
import { faqPalette, type FaqPalette } from './palette.js';
import { fragment, standalonePage, type PageParts } from './page.js';
import { webFonts, type WebFontSource, type WebFontSources } from './web-fonts.js';

export type { FaqDocument, FaqQuestion, FaqSection, Block, Inline } from './model.js';
export { QUESTION_IDS, SECTION_IDS } from './model.js';
export { faqContent } from './content.js';
export { faqPalette, contrastPairs } from './palette.js';
export { W_FAQ_FONT } from './web-fonts.js';

export interface FaqInput {
  brand: Brand;
  /** The brand's logo and font files. */
  assets?: BrandAssets;
  /** The built-in template the handout was made from ('generic' for a deck of one's own). */
  industry: TemplateId;
  /** The handout files written next to the page. */
  handout?: {
    pdf?: { file: string; bytes: number };
    png?: { file: string; bytes: Uint8Array };
  };
  /** Where the brand's font families are found. Without it the page uses the reader's fonts. */
  registry?: FontRegistry;
}

export interface FaqResult {
  page: string;
  fragment: string;
  markdown: string;
  jsonLd: FaqJsonLd;
  document: FaqDocument;
  palette: FaqPalette;
  /** The id of the page's root element (and prefix of its CSS). */
  id: string;
  warnings: Warning[];
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || png[12] !== 0x49 || png[13] !== 0x48 || png[14] !== 0x44 || png[15] !== 0x52) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.length);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Headings' text and all text: the characters the heading and body faces must draw. */
function pageTexts(doc: FaqDocument): { heading: string; body: string; strong: string } {
  const heading: string[] = [doc.organization, doc.title, doc.labels.handoutHeading, ...doc.links.map((l) => l.label)];
  const body: string[] = [doc.lede, doc.labels.handoutText, doc.labels.handoutDownload, doc.labels.handoutPreviewAlt, doc.note?.text ?? ''];
  const strong: string[] = doc.note ? [doc.note.label] : [];
  const runs = (content: readonly Inline[]) => {
    for (const run of content) {
      if (typeof run === 'string') body.push(run);
      else if ('strong' in run) strong.push(run.strong);
      else body.push(run.link.text);
    }
  };
  for (const s of doc.sections) {
    heading.push(s.title);
    for (const q of s.questions) {
      heading.push(q.question);
      for (const b of q.answer) {
        if (b.kind === 'p') runs(b.content);
        else b.items.forEach(runs);
      }
    }
  }
  // Digits and common punctuation too: a reader's browser may show them in places we do not
  // know about (find-in-page, selection), and they cost little.
  const extra = '0123456789.,:;!?()–-“”‘’"\'';
  return { heading: heading.join(' ') + extra, body: body.join(' ') + extra, strong: strong.join(' ') + extra };
}

const SERIF = /serif|merriweather|lora|georgia|times|garamond|playfair|baskerville|caslon/i;

/** The font files for the page's faces, from the brand (or the template's defaults) through the registry. */
function fontSources(brand: Brand, assets: BrandAssets | undefined, industry: TemplateId, registry: FontRegistry | undefined, cjk: boolean, warnings: Warning[]): WebFontSources {
  if (!registry) return {};
  const defaults = INDUSTRIES[industry].fonts;
  const family = (role: 'heading' | 'body'): string => {
    const named = brand.fonts?.[role];
    if (named) return named;
    const file = role === 'heading' ? assets?.headingFont : assets?.bodyFont;
    if (file) {
      try {
        return inspectFontFile(file).family;
      } catch {
        // A bad file was reported by the handout already; use the template's font here.
      }
    }
    return defaults[role];
  };
  const source = (name: string, bold: boolean, what: string): WebFontSource => {
    const { face, warnings: w } = registry.resolve(name, { bold, italic: false });
    warnings.push(...w);
    return { what: `${what} ${face.family}`, bytes: face.bytes, weight: face.native.bold ? 700 : 400, serif: SERIF.test(face.family) };
  };
  const sources: WebFontSources = {
    heading: source(family('heading'), true, 'the heading font'),
    body: source(family('body'), false, 'the body font'),
    bodyBold: source(family('body'), true, 'the body font'),
  };
  if (cjk) {
    sources.cjk = source(CJK_FAMILY, false, 'the Chinese font');
    sources.cjkBold = source(CJK_FAMILY, true, 'the Chinese font');
  }
  return sources;
}

/** "<title> – <organisation>", or the title alone when that is too long for a browser tab or a search result. */
export function pageTitle(doc: FaqDocument): string {
  const full = `${doc.title} – ${doc.organization}`;
  return [...full].length <= 60 ? full : doc.title;
}

export async function buildFaq(input: FaqInput): Promise<FaqResult> {
  const { brand, assets, industry } = input;
  const locale = brandLocale(brand);
  const warnings: Warning[] = [];

  const png = input.handout?.png;
  const size = png ? pngSize(png.bytes) : null;
  const doc = faqContent({
    brand,
    locale,
    industry,
    handout: {
      ...(input.handout?.pdf ? { pdf: input.handout.pdf } : {}),
      ...(png && size ? { png: { file: png.file, ...size } } : {}),
    },
  });

  const id = `vafaq-${createHash('sha256').update(`${brand.organization}\u0000${industry}\u0000${locale}`).digest('hex').slice(0, 8)}`;
  const texts = pageTexts(doc);
  const cjk = [...texts.body].some((ch) => isCjkCodePoint(ch.codePointAt(0)!));
  const [fonts, logo] = await Promise.all([
    webFonts(id, fontSources(brand, assets, industry, input.registry, cjk, warnings), texts, cjk),
    assets?.logo ? pageLogo(assets.logo) : Promise.resolve(undefined as PageLogo | undefined),
  ]);
  warnings.push(...fonts.warnings);

  const palette = faqPalette(brand.colors);
  const jsonLd = faqJsonLd(doc);
  const parts = (titleLevel: 1 | 2): PageParts => ({
    lang: doc.lang,
    title: pageTitle(doc),
    description: doc.lede,
    css: faqCss(id, palette, fonts.css, locale === 'zh-CN'),
    background: palette.background,
    body: faqHtml(doc, { id, titleLevel, ...(logo ? { logo } : {}) }),
    jsonLd,
  });
  return {
    page: standalonePage(parts(1)),
    fragment: fragment(parts(2)),
    markdown: faqMarkdown(doc),
    jsonLd,
    document: doc,
    palette,
    id,
    warnings,
  };
}
