/**
 * Fonts embedded in a presentation as PowerPoint stores them: `p:embeddedFontLst` in the
 * presentation part, one `p:embeddedFont` per typeface (`p:font@typeface`) with up to four faces
 * (`p:regular`, `p:bold`, `p:italic`, `p:boldItalic`), each an `r:id` of a relationship of type
 * `.../relationships/font` to an EOT part (`ppt/fonts/fontN.fntdata`, `application/x-fontdata`).
 * Read here for the renderer (src/fonts/embedded-registry.ts) and written by src/edit/embed-fonts.ts.
 */
import type { OpcPackage } from '../package/opc-package.js';
import { NS } from '../xml/namespaces.js';
import { decodeEot } from '../fonts/eot.js';

export const FONT_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';
export const FONTDATA_CONTENT_TYPE = 'application/x-fontdata';
export const FONT_SLOTS = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontSlot = (typeof FONT_SLOTS)[number];

/** p:presentation's children in schema order (CT_Presentation). */
export const PRESENTATION_ORDER = [
  'sldMasterIdLst',
  'notesMasterIdLst',
  'handoutMasterIdLst',
  'sldIdLst',
  'sldSz',
  'notesSz',
  'smartTags',
  'embeddedFontLst',
  'custShowLst',
  'photoAlbum',
  'custDataLst',
  'kinsoku',
  'defaultTextStyle',
  'modifyVerifier',
  'extLst',
] as const;

export interface EmbeddedFontRef {
  typeface: string;
  slot: FontSlot;
  /** The EOT part, resolved through the presentation's relationships (undefined when missing). */
  part: string | undefined;
}

/** At most so many faces are read from a deck's list (a hostile list could name thousands). */
export const MAX_EMBEDDED_FACES = 64;

export function slotOf(style: { bold: boolean; italic: boolean }): FontSlot {
  return style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
}

/** The faces listed in p:embeddedFontLst, in document order. */
export function readEmbeddedFonts(pkg: OpcPackage): EmbeddedFontRef[] {
  const main = pkg.mainPart;
  const list = pkg.xml(main).root.child(NS.p, 'embeddedFontLst');
  if (!list) return [];
  const rels = pkg.rels(main);
  const out: EmbeddedFontRef[] = [];
  for (const font of list.childrenNamed(NS.p, 'embeddedFont')) {
    const typeface = font.child(NS.p, 'font')?.attr('typeface')?.trim();
    if (!typeface) continue;
    for (const slot of FONT_SLOTS) {
      const id = font.child(NS.p, slot)?.attrNS(NS.r, 'id');
      if (!id) continue;
      const rel = rels.get(id);
      const part = rel && !rel.external ? rels.targetPart(id) : undefined;
      out.push({ typeface, slot, part: part === undefined ? undefined : pkg.canonicalName(part) });
      if (out.length >= MAX_EMBEDDED_FACES) return out;
    }
  }
  return out;
}

/**
 * The font files a deck embeds that can be read (uncompressed or XOR-obfuscated EOT; not
 * PowerPoint's MicroType Express), one per part, for tools that cannot read PPTX embedded fonts
 * themselves (LibreOffice 7.4: src/render/libreoffice.ts gives them to it through fontconfig).
 */
export function embeddedFontFiles(pkg: OpcPackage): { typeface: string; slot: FontSlot; part: string; font: Uint8Array }[] {
  const out: { typeface: string; slot: FontSlot; part: string; font: Uint8Array }[] = [];
  const seen = new Set<string>();
  for (const ref of readEmbeddedFonts(pkg)) {
    if (!ref.part || seen.has(ref.part)) continue;
    seen.add(ref.part);
    const bytes = pkg.get(ref.part);
    const decoded = bytes ? decodeEot(bytes) : undefined;
    if (decoded?.ok) out.push({ typeface: ref.typeface, slot: ref.slot, part: ref.part, font: decoded.font });
  }
  return out;
}
