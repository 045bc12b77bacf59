/**
 * `customize`: rebrands a PPTX — bytes in, bytes out, no file system.
 *
 *   const { pptx, warnings } = await customize(templateBytes, brand, { logo: { name, bytes } });
 *
 * The steps, each in its own module and each working on the OpcPackage:
 *   1. checks before any work: options, the brand's files, the logo (format by content, limits,
 *      SVG sanitising), brand font files; then the package (ZIP and OPC limits, a PowerPoint
 *      presentation, no DOCTYPE in any XML part it reads);
 *   2. optional content: va:when:<field> shapes of missing fields (optional.ts); replaceLinks
 *      for any deck (replace-links.ts), on the links the deck has, before step 3 changes them;
 *   3. link shapes va:link:<role> (links.ts); text tokens (tokens.ts);
 *   4. the QR code of the booking link (qr.ts) and the logo (logo.ts);
 *   5. every slide-master theme: colour scheme from the brand (brand/colors.ts), fonts (theme.ts);
 *   6. long values shrunk to fit their boxes (text-fit.ts);
 *   7. document properties (docprops.ts);
 *   8. the fonts the deck uses, embedded as PowerPoint embeds them (embed-fonts.ts).
 * Untouched parts keep their bytes; the same input gives the same output bytes.
 */
import type { BrandAssets } from '../brand/assets.js';
import { deriveScheme } from '../brand/colors.js';
import { brandPaper, type Brand } from '../brand/schema.js';
import { VaError, toVaError } from '../errors.js';
import { createFontRegistry } from '../fonts/registry.js'; // not the index: it loads pdf-lib
import { limitFamilies } from '../fonts/family-limit.js';
import { createTextMeasure } from '../render/scene/measure-text.js';
import type { FontRegistry } from '../fonts/types.js';
import { OpcPackage } from '../package/opc-package.js';
import { WarningSink, type Warning } from '../warnings.js';
import { NS } from '../xml/namespaces.js';
import { brandFontFacts, checkBrandFiles } from './brand-fonts.js';
import { createContext, type EditContext } from './context.js';
import { readDeck, type Deck } from '../presentation/deck.js';
import { applyDocProps } from './docprops.js';
import { EMBED_FONTS_MODES, embedFonts, type FontEmbeddingReport } from './embed-fonts.js';
import { applyLinkShapes } from './links.js';
import { applyLogo } from './logo.js';
import { DEFAULT_LOGO_LIMITS, readLogo, type LogoLimits, type LogoSource } from './logo-image.js';
import { applyWhen } from './optional.js';
import type { CustomizeOptions } from './options.js';
import { captureStacks, layoutStacks } from './layout.js';
import { applyQr } from './qr.js';
import { applyReadableColors } from './readable-colors.js';
import { applyReplaceLinks, checkReplacements } from './replace-links.js';
import { refuseDoctypes } from './scan.js';
import { checkText } from './text-check.js';
import { fitText } from './text-fit.js';
import { applyTheme, fontPlan } from './theme.js';
import { checkTemplateNames } from './template-check.js';
import { applyTokens, textParts } from './tokens.js';

export type { CustomizeOptions } from './options.js';

export interface CustomizeResult {
  pptx: Uint8Array;
  warnings: Warning[];
  /** The fonts embedded in the PPTX and those refused (empty with embedFonts: 'none'). */
  fonts: FontEmbeddingReport;
}

/** Paper sizes in EMU (contract section 7). */
const PAPER_EMU = { letter: { cx: 7772400, cy: 10058400 }, a4: { cx: 7560000, cy: 10692000 } } as const;

function deckText(ctx: EditContext): string {
  let text = '';
  for (const part of textParts(ctx)) for (const t of ctx.pkg.xml(part).root.descendants(NS.a, 't')) text += t.textContent();
  return text + ctx.brand.organization;
}

/** W_PAPER_MISMATCH: the brand asks for a paper size and the deck is the other one. */
function checkPaper(deck: Deck, brand: Brand, warnings: WarningSink): void {
  if (!brand.paper) return;
  const size = deck.pkg.xml(deck.main).root.child(NS.p, 'sldSz');
  const cx = Number(size?.attr('cx'));
  const cy = Number(size?.attr('cy'));
  const wanted = PAPER_EMU[brandPaper(brand)];
  const other = brand.paper === 'a4' ? PAPER_EMU.letter : PAPER_EMU.a4;
  if (cx === other.cx && cy === other.cy && !(cx === wanted.cx && cy === wanted.cy)) {
    warnings.add({
      code: 'W_PAPER_MISMATCH',
      message: `the brand asks for ${brand.paper === 'a4' ? 'A4' : 'Letter'} paper but the deck is ${brand.paper === 'a4' ? 'Letter' : 'A4'}; use the ${brand.paper} variant of the template`,
    });
  }
}

export async function customize(pptx: Uint8Array, brand: Brand, assets: BrandAssets = {}, options: CustomizeOptions = {}): Promise<CustomizeResult> {
  try {
    return await run(pptx, brand, assets, options);
  } catch (err) {
    throw toVaError(err, 'E_INTERNAL');
  }
}

async function run(pptx: Uint8Array, brand: Brand, assets: BrandAssets, options: CustomizeOptions): Promise<CustomizeResult> {
  // 1. Everything that can be refused is checked before the deck is edited.
  const replacements = checkReplacements(options.replaceLinks ?? []);
  if (options.embedFonts !== undefined && !EMBED_FONTS_MODES.includes(options.embedFonts)) {
    throw new VaError('E_USAGE', `embedFonts must be ${EMBED_FONTS_MODES.join(' or ')} (got ${String(options.embedFonts).slice(0, 40)})`);
  }
  checkBrandFiles(brand, assets);
  const logoLimits: LogoLimits = { ...DEFAULT_LOGO_LIMITS, ...(options.logoLimits ?? {}) };
  const logo: LogoSource | undefined = assets.logo ? await readLogo(assets.logo.bytes, assets.logo.name, logoLimits) : undefined;
  // Fonts measure text: the page layout always needs them, fitting long values too.
  const fonts: FontRegistry =
    options.fonts ??
        createFontRegistry({
          brand: {
            ...(assets.headingFont ? { heading: { ...(brand.fonts?.heading ? { family: brand.fonts.heading } : {}), file: assets.headingFont } } : {}),
            ...(assets.bodyFont ? { body: { ...(brand.fonts?.body ? { family: brand.fonts.body } : {}), file: assets.bodyFont } } : {}),
          },
        });
  const pkg = OpcPackage.open(pptx, { what: options.source ?? 'the deck', limits: options.limits ?? {} });
  refuseDoctypes(pkg);
  const deck = readDeck(pkg);
  if (deck.themes.length === 0) {
    throw new VaError('E_THEME', `${pkg.what} has no slide master with a theme, so its colours and fonts cannot be rebranded`);
  }
  const warnings = new WarningSink();
  const ctx = createContext(deck, brand, warnings);
  if (logo && logo.removed.length > 0) {
    const shown = [...new Set(logo.removed)];
    warnings.add({
      code: 'W_LOGO_SANITIZED',
      message: `the SVG logo ${logo.name} contained content that was removed: ${shown.slice(0, 5).join(', ')}${shown.length > 5 ? `, and ${shown.length - 5} more` : ''}`,
    });
  }

  // The filled stacks as designed, before any value or removal changes them (layout.ts).
  const stacks = captureStacks(ctx);

  // 2–4. Shapes and text. --replace-link first: it works on the links the deck has (the ones
  // `inspect` lists), before va:link shapes take the brand's links.
  checkTemplateNames(ctx);
  applyWhen(ctx, logo !== undefined);
  applyReplaceLinks(deck, replacements, warnings);
  applyLinkShapes(ctx);
  applyTokens(ctx);
  applyQr(ctx);
  // The brand's colour scheme (written in step 5) decides whether the logo needs its card.
  const { scheme, adjusted } = deriveScheme(brand.colors);
  await applyLogo(ctx, logo, logoLimits, scheme);

  // 5. Themes.
  for (const a of adjusted) {
    const message =
      a.field === 'colors.primary'
        ? `${a.field} #${a.from} is drawn as its shade #${a.to} where it is text, an icon or a line on the page: ${a.why}; brand fills such as the header keep #${a.from}`
        : `${a.field} #${a.from} was changed to #${a.to}: ${a.why}`;
    warnings.add({ code: 'W_COLOR_ADJUSTED', message });
  }
  const facts = brandFontFacts(brand, assets, deckText(ctx));
  const theme = applyTheme(deck, scheme, fontPlan(brand, facts), warnings);
  // 6. The page follows its content (contract section 9): filled stacks laid out again, with the
  // renderer's own text measurement.
  // At most 64 families are looked up per document (fonts/family-limit.ts), as when rendering.
  const measureFonts = limitFamilies(fonts);
  const measure = createTextMeasure(pkg, measureFonts);
  layoutStacks(ctx, stacks, measure, { template: options.source ?? 'the deck' });

  // Long values shrunk to fit their boxes. Brand families the registry cannot find are reported
  // (the text was measured with a substitute, and a reader without the family sees that
  // substitute too).
  const fitted = options.fitText !== false ? fitText(ctx, measureFonts, theme.fonts, measure) : undefined;
  for (const family of new Set([facts.heading, facts.body])) {
    if (family) warnings.addAll(fonts.resolve(family, { bold: false, italic: false }).warnings);
  }
  // Text and lines drawn on the brand's colours reach WCAG AA (contract section 1).
  applyReadableColors(ctx, scheme);
  // Nothing overlaps, ever, silently: brand text that does not fit is an error (E_TEXT_OVERFLOW).
  if (fitted) checkText(ctx, measure, options.source ?? 'the deck', fitted.unmeasured);

  // 7. Document properties, paper.
  applyDocProps(deck, brand.organization);
  checkPaper(deck, brand, warnings);

  // 8. The fonts the deck uses, embedded where their licence allows (embed-fonts.ts).
  const report = options.embedFonts === 'none' ? { embedded: [], refused: [] } : await embedFonts(deck, fonts, warnings, options.embedFonts ?? 'auto');

  return { pptx: await pkg.save(), warnings: warnings.list, fonts: report };
}
