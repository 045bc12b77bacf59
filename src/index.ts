/**
 * The va-infographic library: bytes in, bytes out, no file system.
 *
 *   import { customize, parseBrand } from 'va-infographic';
 *   const brand = parseBrand(JSON.parse(brandJson), 'brand.json');
 *   const { pptx, warnings } = await customize(templateBytes, brand, { logo: { name: 'logo.svg', bytes } });
 *
 * Sections below are owned by the engineers of each area; add exports in your own section.
 */

// ── Errors and warnings ─────────────────────────────────────────────────────────────────────────
export { VaError, isVaError, toVaError } from './errors.js';
export type { ErrorCode, ErrorKind } from './errors.js';
export type { Warning } from './warnings.js';

// ── Brand: model, validation, JSON Schema, sample, colours, links ───────────────────────────────
export {
  brandSchema,
  LOCALES,
  PAPERS,
  LINK_ROLES,
  ALLOWED_LINK_SCHEMES,
  checkLink,
  normalizeHex,
  defaultPaper,
  brandLocale,
  brandPaper,
} from './brand/schema.js';
export type { Brand, BrandInput, Locale, Paper, LinkRole } from './brand/schema.js';
export { parseBrand } from './brand/validate.js';
export { brandJsonSchema, brandJsonSchemaText } from './brand/json-schema.js';
export { sampleBrand, sampleBrandInput, SAMPLE_BRAND_INPUT, SAMPLE_ADDITIONAL_INFO, SAMPLE_LOGO_SVG } from './brand/sample.js';
export type { BrandAssets, BrandFile } from './brand/assets.js';
export { deriveScheme, deriveSecondary, deriveAccent, contrastRatio, luminance, CONTRAST, SCHEME_SLOTS } from './brand/colors.js';
export { AA, requiredRatio, lumVariant, pickReadable, onColor, applyLum } from './brand/contrast.js';
export type { LumVariant, ColorCandidate, ReadableChoice } from './brand/contrast.js';
export type { ColorScheme, SchemeSlot, DerivedScheme } from './brand/colors.js';
export { readableLink, displayLink, linkMatchKey, sameLink } from './brand/links.js';

// ── Brand engine: customize ─────────────────────────────────────────────────────────────────────
export { customize } from './edit/customize.js';
export type { CustomizeResult } from './edit/customize.js';
export type { CustomizeOptions } from './edit/options.js';
export type { LinkReplacement } from './edit/replace-links.js';
export { DEFAULT_LOGO_LIMITS } from './edit/logo-image.js';
export type { LogoLimits } from './edit/logo-image.js';
export { WARNING_CODES } from './edit/warning-codes.js';
export type { WarningCode } from './edit/warning-codes.js';

// ── Templates catalogue ─────────────────────────────────────────────────────────────────────────
export { TEMPLATES, TEMPLATE_IDS, isTemplateId, templateRelativePath, templateVariants } from './templates/catalog.js';
export type { TemplateId, TemplateInfo } from './templates/catalog.js';

// ── Rendering (src/render: render, renderPng, renderWithLibreOffice) ────────────────────────────
export { render, renderPng } from './render/render.js';
export type { RenderOptions, RenderPngOptions, RenderResult, RenderPngResult, RenderFontFile, RenderMetadata } from './render/render.js';
export { renderWithLibreOffice, findSoffice } from './render/libreoffice.js';
export type { LibreOfficeOptions, LibreOfficeResult } from './render/libreoffice.js';

// ── Inspection (src/inspect: contract check of a deck) ──────────────────────────────────────────
export { inspect, inspectPackage } from './inspect/inspect.js';
export type { InspectReport, SlideSize } from './inspect/inspect.js';
export type { ThemeInfo, ThemeColour, ThemeFonts } from './inspect/themes.js';
export type { LinkInfo, LinkKind } from './inspect/links.js';
export type { PlaceholderInfo, TokenInfo } from './inspect/placeholders.js';
export type { UnsupportedItem, UnsupportedKind, Treatment } from './inspect/unsupported.js';
export type { ContractFinding, ContractRule } from './inspect/contract.js';
export type { BrandFitLint, LintFinding, LintLocation, ColourUse } from './inspect/lint.js';

// ── Fonts (src/fonts) ───────────────────────────────────────────────────────────────────────────
// (exports added by the font subsystem)
// The registry that resolves families to font files (the FAQ page embeds its fonts from it).
export { createFontRegistry } from './fonts/registry.js';
export type { FontRegistry } from './fonts/types.js';

// ── Website FAQ (src/faq: page, fragment, Markdown, FAQPage JSON-LD; owner: faq) ───────────────
export { buildFaq, faqContent, faqPalette, contrastPairs, pageTitle, QUESTION_IDS, SECTION_IDS, W_FAQ_FONT } from './faq/index.js';
export type { FaqInput, FaqResult, FaqDocument, FaqQuestion, FaqSection, Block, Inline } from './faq/index.js';
export { policySchema } from './brand/schema.js';
export type { Policy } from './brand/schema.js';
