/**
 * Fonts that travel: the fonts a branded deck uses, embedded in the PPTX as PowerPoint embeds
 * them ("File › Options › Save › Embed fonts in the file", all characters), so the editable file
 * looks the same on a computer that does not have them.
 *
 * Which faces: the regular face of every theme's major and minor Latin font (what new text typed
 * into the deck uses), and every face the renderer draws the slides' text with, under the
 * typeface the deck names (a:latin / a:ea of the runs, theme references resolved), in the slot of
 * what the file is (regular, bold, italic, boldItalic; a synthesised bold stays with PowerPoint).
 * A family the registry could not find (drawn with a substitute) is not embedded under its
 * name. Chinese fonts are embedded only when text is drawn with them (zh-CN handouts), never for
 * the empty a:ea slots of Latin decks.
 *
 * Licence: OS/2 fsType (src/fonts/embedding-permission.ts): restricted and bitmap-only fonts are
 * not embedded (W_FONT_NOT_EMBEDDED naming the family); installable, editable and
 * preview & print are. Full fonts, not subsets: the file is for editing, and new text needs every
 * glyph (PowerPoint's default too).
 *
 * Writes `ppt/fonts/fontN.fntdata` (EOT, src/fonts/eot.ts), the Default content type
 * `application/x-fontdata`, relationships of type `.../font` from the presentation part, and
 * `p:embeddedFontLst` at its schema position, with `p:presentation@embedTrueTypeFonts="1"` (and no
 * `saveSubsetFonts`, so that PowerPoint keeps whole fonts when it saves the file again). Entries
 * for the same typefaces that the deck already had are replaced; others are kept.
 */
import { buildDisplayList } from '../render/display-list.js';
import { EOT_FLAG_SUBSET, encodeEot } from '../fonts/eot.js';
import { embeddingPermission } from '../fonts/embedding-permission.js';
import { familyKey } from '../fonts/catalog.js';
import { W_FONT_LIMIT } from '../fonts/family-limit.js';
import { W_FONT_MISSING, W_FONT_SUBSTITUTED } from '../fonts/registry.js';
import { readSfntInfo, type SfntInfo } from '../fonts/sfnt-info.js';
import type { Face, FaceStyle, FontRegistry, ResolvedFace } from '../fonts/types.js';
import * as pako from 'pako';
import { crc32 } from 'node:zlib';
import type { OpcPackage } from '../package/opc-package.js';
import type { StoredEntry } from '../package/zip-write.js';
import type { Deck } from '../presentation/deck.js';
import {
  FONTDATA_CONTENT_TYPE,
  FONT_REL_TYPE,
  FONT_SLOTS,
  PRESENTATION_ORDER,
  readEmbeddedFonts,
  slotOf,
  type FontSlot,
} from '../presentation/embedded-fonts.js';
import type { Warning, WarningSink } from '../warnings.js';
import { NS } from '../xml/namespaces.js';

export type EmbedFontsMode = 'auto' | 'full' | 'subset' | 'none';
export const EMBED_FONTS_MODES: readonly EmbedFontsMode[] = ['auto', 'full', 'subset', 'none'];

/**
 * `auto` (the default) embeds a font file up to this size whole and a larger one as a subset:
 * the Latin families (Montserrat, Source Sans 3, Merriweather: 0.1-0.4 MB each) stay whole for
 * editing, the Chinese ones (Noto Sans SC: 10 MB a face) keep only the characters used plus
 * printable ASCII, so a Chinese handout is 0.2 MB instead of 13 MB.
 */
export const AUTO_WHOLE_MAX_BYTES = 2 * 1024 * 1024;

type SubsetFont = (font: Buffer, text: string, options?: { targetFormat?: 'truetype' | 'sfnt' }) => Promise<Buffer>;
let subsetModule: Promise<SubsetFont> | undefined;
/** HarfBuzz's hb-subset (subset-font, WebAssembly), loaded on first use: also used by the website FAQ. */
const loadSubset = () => (subsetModule ??= import('subset-font').then((m) => ((m as unknown as { default?: SubsetFont }).default ?? m) as unknown as SubsetFont));

/** Characters every subset keeps besides those drawn: printable ASCII, so a small edit in a Latin font still shows. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

export interface EmbeddedFamily {
  /** The typeface as the deck names it (p:font@typeface). */
  typeface: string;
  slots: FontSlot[];
  /** Bytes of its EOT parts, before ZIP compression. */
  bytes: number;
}

export interface FontEmbeddingReport {
  embedded: EmbeddedFamily[];
  /** Families not embedded, and why (each also a W_FONT_NOT_EMBEDDED warning). */
  refused: { typeface: string; reason: string }[];
}

/** Codes of a resolution that did not find the family asked for. */
const NOT_FOUND = new Set([W_FONT_MISSING, W_FONT_SUBSTITUTED, W_FONT_LIMIT]);

/** The faces the deck's slides are drawn with, by the typeface the deck names. */
function usedFaces(deck: Deck, registry: FontRegistry): { byTypeface: Map<string, { typeface: string; faces: Face[] }>; chars: Map<Face, Set<string>> } {
  const asked = new Map<Face, Set<string>>();
  const recording: FontRegistry = {
    resolve(family: string, style: FaceStyle): ResolvedFace {
      const r = registry.resolve(family, style);
      const name = family.trim();
      if (name && !name.startsWith('+') && !r.warnings.some((w) => NOT_FOUND.has(w.code))) {
        let set = asked.get(r.face);
        if (!set) asked.set(r.face, (set = new Set()));
        set.add(name);
      }
      return r;
    },
    faceForChar: (cp, preferred, style) => registry.faceForChar(cp, preferred, style),
    shippedFamilies: () => registry.shippedFamilies(),
  };
  const byTypeface = new Map<string, { typeface: string; faces: Face[] }>();
  const add = (typeface: string, face: Face) => {
    const key = familyKey(typeface);
    let entry = byTypeface.get(key);
    if (!entry) byTypeface.set(key, (entry = { typeface, faces: [] }));
    if (!entry.faces.includes(face)) entry.faces.push(face);
  };
  // The theme fonts, regular: what text typed into the deck gets.
  for (const theme of deck.themes) {
    const scheme = deck.pkg.xml(theme).root.path(NS.a, 'themeElements', 'fontScheme');
    for (const which of ['majorFont', 'minorFont']) {
      const typeface = scheme?.path(NS.a, which, 'latin')?.attr('typeface')?.trim();
      if (typeface) recording.resolve(typeface, { bold: false, italic: false });
    }
  }
  const themeFaces = [...asked.entries()];
  const ignored: Warning[] = []; // the renderer reports what it cannot draw; here only faces count
  const list = buildDisplayList(deck.pkg, recording, ignored, { includeHidden: true });
  const drawn = new Set<Face>();
  const chars = new Map<Face, Set<string>>();
  for (const page of list.pages) {
    for (const op of page.ops) {
      if (op.kind !== 'text') continue;
      drawn.add(op.face);
      let set = chars.get(op.face);
      if (!set) chars.set(op.face, (set = new Set()));
      for (const c of op.text) set.add(c);
    }
  }
  for (const [face, names] of themeFaces) for (const n of names) add(n, face);
  for (const face of drawn) for (const n of asked.get(face) ?? []) add(n, face);
  return { byTypeface, chars };
}

function isCollection(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x74 && bytes[1] === 0x74 && bytes[2] === 0x63 && bytes[3] === 0x66; // ttcf
}

/** p:font@pitchFamily: variable pitch, and the family class from PANOSE (sans → swiss, serif → roman). */
function pitchFamily(panose: Uint8Array): number | undefined {
  if (panose[0] !== 2) return undefined; // not Latin text: leave it to the reader
  const serif = panose[1]!;
  return (serif >= 11 && serif <= 13 ? 0x20 : serif >= 2 ? 0x10 : 0) | 0x02;
}

/** What a subset changes in the header: its checksum (hb-subset rewrites head). */
const pick = (i: SfntInfo) => ({ checkSumAdjustment: i.checkSumAdjustment });

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase();

interface EotEntry {
  eot: Uint8Array;
  info: SfntInfo;
  /** Only the characters used (EOT TTEMBED_SUBSET), not the whole font. */
  subset: boolean;
  /** The EOT deflated as the ZIP writer would (pako, level 6): Noto Sans SC takes 1.4 s to deflate. */
  zipped: StoredEntry;
}

/** EOTs per font file (by face key), deflated: a batch embeds the same fonts again and again. */
const eotCache = new Map<string, EotEntry>();
const MAX_CACHED = 16;

export async function embedFonts(deck: Deck, registry: FontRegistry, warnings: WarningSink, mode: 'auto' | 'full' | 'subset' = 'auto'): Promise<FontEmbeddingReport> {
  const pkg: OpcPackage = deck.pkg;
  const report: FontEmbeddingReport = { embedded: [], refused: [] };
  const planned: { typeface: string; slots: Map<FontSlot, EotEntry> }[] = [];
  const used = usedFaces(deck, registry);
  let subsets = 0;
  for (const { typeface, faces } of used.byTypeface.values()) {
    const slots = new Map<FontSlot, EotEntry>();
    let refusal: string | undefined;
    for (const face of faces) {
      const slot = slotOf(face.native);
      if (slots.has(slot)) continue;
      const subset = mode === 'subset' || (mode === 'auto' && face.bytes.length > AUTO_WHOLE_MAX_BYTES);
      const text = subset ? ASCII + [...(used.chars.get(face) ?? [])].sort().join('') : '';
      const cacheKey = subset ? `${face.key}\u0000${text}` : face.key;
      const cached = eotCache.get(cacheKey);
      if (cached) {
        slots.set(slot, cached);
        if (cached.subset) subsets++;
        continue;
      }
      const bytes = face.bytes;
      if (isCollection(bytes)) {
        refusal = 'its file is a font collection (.ttc), which PowerPoint cannot embed';
        continue;
      }
      let info: SfntInfo;
      try {
        info = readSfntInfo(bytes);
      } catch (error) {
        refusal = `its file could not be read (${error instanceof Error ? error.message : String(error)})`;
        continue;
      }
      const permission = embeddingPermission(info.fsType);
      if (!permission.allowed) {
        refusal =
          permission.rule === 'restricted'
            ? `its licence does not allow embedding (OS/2 fsType 0x${info.fsType.toString(16).padStart(4, '0')}: restricted licence)`
            : `its licence allows embedding bitmaps only (OS/2 fsType 0x${info.fsType.toString(16).padStart(4, '0')})`;
        continue;
      }
      // A subset (PowerPoint's "embed only the characters used"), unless the licence says no
      // subsetting (fsType 0x0100): then the whole font.
      let eot: Uint8Array | undefined;
      if (subset && !(info.fsType & 0x0100)) {
        try {
          const font = new Uint8Array(await (await loadSubset())(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), text, { targetFormat: 'truetype' }));
          eot = encodeEot(font, { ...info, ...pick(readSfntInfo(font)) }, EOT_FLAG_SUBSET);
        } catch {
          eot = undefined; // hb-subset refused the file: the whole font, as in full mode
        }
      }
      const isSubset = eot !== undefined;
      eot ??= encodeEot(bytes, info);
      if (isSubset) subsets++;
      const entry: EotEntry = { eot, info, subset: isSubset, zipped: { method: 8, compressed: pako.deflateRaw(eot, { level: 6 }), crc32: crc32(eot) } };
      eotCache.set(cacheKey, entry);
      if (eotCache.size > MAX_CACHED) eotCache.delete(eotCache.keys().next().value!);
      slots.set(slot, entry);
    }
    if (refusal) {
      report.refused.push({ typeface, reason: refusal });
      warnings.add({
        code: 'W_FONT_NOT_EMBEDDED',
        message: `font "${typeface}" was not embedded in the PPTX: ${refusal}; a computer without it shows another font there`,
      });
    }
    if (slots.size > 0) planned.push({ typeface, slots });
  }
  if (planned.length === 0) return report;

  // p:presentation: replace entries for these typefaces (their parts and relationships go too).
  const main = pkg.mainPart;
  const root = pkg.xml(main).root;
  const rels = pkg.rels(main);
  const keys = new Set(planned.map((p) => familyKey(p.typeface)));
  const oldParts = new Set(readEmbeddedFonts(pkg).filter((r) => keys.has(familyKey(r.typeface)) && r.part).map((r) => r.part!));
  let list = root.child(NS.p, 'embeddedFontLst');
  if (list) {
    for (const font of list.childrenNamed(NS.p, 'embeddedFont')) {
      if (!keys.has(familyKey(font.child(NS.p, 'font')?.attr('typeface')?.trim() ?? ''))) continue;
      for (const slot of FONT_SLOTS) {
        const id = font.child(NS.p, slot)?.attrNS(NS.r, 'id');
        if (id) rels.remove(id);
      }
      font.remove();
    }
    const stillUsed = new Set(readEmbeddedFonts(pkg).map((r) => r.part));
    for (const part of oldParts) if (!stillUsed.has(part)) pkg.delete(part);
  } else {
    list = root.insertInOrder(root.make(NS.p, 'embeddedFontLst'), PRESENTATION_ORDER);
  }
  const rPrefix = root.ensurePrefix(NS.r);
  pkg.contentTypes.ensureDefault('fntdata', FONTDATA_CONTENT_TYPE);
  for (const { typeface, slots } of planned) {
    const first = [...slots.values()][0]!.info;
    const attrs: Record<string, string> = { typeface };
    if (first.panose.some((b) => b !== 0)) attrs.panose = hex(first.panose);
    const pf = pitchFamily(first.panose);
    if (pf !== undefined) attrs.pitchFamily = String(pf);
    // GB2312_CHARSET for a font whose code pages include Simplified Chinese (936), else ANSI.
    attrs.charset = first.codePageRange[0] & (1 << 18) ? '-122' : '0';
    const el = list.make(NS.p, 'embeddedFont');
    list.append(el);
    el.append(el.make(NS.p, 'font', attrs));
    let bytes = 0;
    for (const slot of FONT_SLOTS) {
      const entry = slots.get(slot);
      if (!entry) continue;
      const part = pkg.freePartName('ppt/fonts/font', 'fntdata');
      pkg.set(part, entry.eot, undefined, entry.zipped);
      // Relative to the presentation part when it sits in ppt/ (as in every deck), else absolute.
      const id = rels.add(FONT_REL_TYPE, /^ppt\/[^/]+$/.test(main) ? part.slice(4) : `/${part}`);
      el.append(el.make(NS.p, slot, { [`${rPrefix}:id`]: id }));
      bytes += entry.eot.length;
    }
    report.embedded.push({ typeface, slots: FONT_SLOTS.filter((s) => slots.has(s)), bytes });
  }
  root.setAttr('embedTrueTypeFonts', '1');
  // Whole fonts: PowerPoint keeps them whole when it saves the file again ("Embed all characters");
  // subsets: it saves subsets too ("Embed only the characters used"). In auto mode, whole unless
  // every font had to be a subset.
  if (mode === 'subset' || (subsets > 0 && subsets === planned.reduce((n, p) => n + p.slots.size, 0))) root.setAttr('saveSubsetFonts', '1');
  else root.removeAttr('saveSubsetFonts');
  pkg.touch(main);
  return report;
}
