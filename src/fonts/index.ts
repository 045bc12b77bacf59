/**
 * The font subsystem's public surface. See docs/fonts.md.
 *
 *   const fonts = createFontRegistry({ brand: { heading: { family: 'Acme Sans', file } } });
 *   const { face, warnings } = fonts.resolve('Acme Sans', { bold: true, italic: false });
 *   face.measure('Book a video appointment', 14);            // points, kerning included
 *   const run = fonts.faceForChar(0x4e2d, face, style);       // Noto Sans SC for 中, null if none
 *   const pdfFont = embedFace(pdfDoc, face);                  // subset, deterministic name
 *   finishFonts(pdfDoc);                                      // writes the subsets, before save()
 */
export type { Face, FaceStyle, FontRegistry, FontSource, ResolvedFace, ShippedFamily } from './types.js';
export { createFontRegistry, W_FONT_MISSING, W_FONT_SUBSTITUTED } from './registry.js';
export { limitFamilies, MAX_FAMILIES_PER_DOCUMENT, W_FONT_LIMIT } from './family-limit.js';
export type { BrandFontInput, FontRegistryOptions } from './registry.js';
export { SHIPPED_FAMILIES, DEFAULT_FAMILY, CJK_FAMILY } from './catalog.js';
export { appendParts, embedFace, finishFonts } from './embed.js';
export type { EmbeddedFace, TextPart } from './embed.js';
export { inspectFontFile, missingCharacters } from './inspect.js';
export type { FontFileInfo } from './inspect.js';
export { MAX_FONT_BYTES } from './parse.js';
export { pptxLineBox } from './metrics.js';
export type { LineBox, LineSpacing } from './metrics.js';
export { isCjkCodePoint } from './script.js';
export { shippedFontDirectories } from './shipped.js';
export { fontconfigXml, writeFontconfigFile } from './fontconfig-file.js';
export type { SystemFontSource, SystemFontRef } from './system.js';
