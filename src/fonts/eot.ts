/**
 * Embedded OpenType (EOT, W3C Member Submission 2008): the container PowerPoint stores embedded
 * fonts in (`ppt/fonts/fontN.fntdata`, p:embeddedFont). Little-endian header, then the font.
 *
 *   ULONG EOTSize, FontDataSize, Version, Flags; BYTE PANOSE[10], Charset, Italic; ULONG Weight;
 *   USHORT fsType, MagicNumber (0x504C); ULONG UnicodeRange1-4, CodePageRange1-2,
 *   CheckSumAdjustment, Reserved1-4; then (USHORT Padding, USHORT Size, UTF-16LE bytes) for
 *   FamilyName, StyleName, VersionName, FullName; version 0x00020001 adds RootString; 0x00020002
 *   adds RootStringCheckSum, EUDCCodePage, Signature, EUDCFlags, EUDCFontData; then FontData.
 *
 * We write version 0x00020002 (what PowerPoint writes) with uncompressed, unobfuscated font data
 * (Flags 0): the spec requires every reader to accept it; MicroType Express compression (Flags
 * 0x4, what PowerPoint writes) would need an MTX encoder, and the XOR "encryption" (0x10000000,
 * key 0x50) protects nothing, costs readers a step and some readers (older libeot) get it wrong.
 *
 * The decoder treats its input as untrusted: every size is checked against the buffer and the
 * header's own totals; MTX-compressed data is reported as not supported, never guessed at.
 */
import type { SfntInfo } from './sfnt-info.js';

export const EOT_MAGIC = 0x504c;
export const EOT_FLAG_SUBSET = 0x00000001;
export const EOT_FLAG_COMPRESSED = 0x00000004;
export const EOT_FLAG_XOR = 0x10000000;
const XOR_KEY = 0x50;
const VERSION_1 = 0x00010000;
const VERSION_2_1 = 0x00020001;
const VERSION_2_2 = 0x00020002;
const FIXED = 80; // bytes before Padding1
/** RootStringCheckSum = (sum of the RootString bytes) XOR this. */
const ROOT_CHECKSUM_XOR = 0x50475342;

export interface EotHeader {
  version: number;
  flags: number;
  panose: Uint8Array;
  charset: number;
  italic: boolean;
  weight: number;
  fsType: number;
  familyName: string;
  styleName: string;
  versionName: string;
  fullName: string;
}

export type EotDecodeResult =
  | { ok: true; font: Uint8Array; header: EotHeader }
  | { ok: false; reason: 'compressed' | 'invalid'; message: string; header?: EotHeader };

/** A copy (never a view: a Node Buffer's slice() shares memory, and XOR must not touch the input). */
function copy(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(bytes.subarray(start, end));
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}

/**
 * Wraps a TrueType/OpenType font in an EOT (version 0x00020002, Flags 0, or TTEMBED_SUBSET for a
 * subset: the font bytes follow the header unchanged). `info` comes from readSfntInfo(font).
 */
export function encodeEot(font: Uint8Array, info: SfntInfo, flags = 0): Uint8Array {
  // Names are capped so that their sizes fit a USHORT (real names are a few dozen characters).
  const names = [info.familyName, info.styleName, info.versionName, info.fullName].map((n) => utf16le(n.slice(0, 16_000)));
  const headerSize = FIXED + names.reduce((n, b) => n + 4 + b.length, 0) + 4 /* Padding5, RootStringSize */ + 4 + 4 + 2 + 2 + 4 + 4;
  const out = new Uint8Array(headerSize + font.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, out.length, true);
  view.setUint32(4, font.length, true);
  view.setUint32(8, VERSION_2_2, true);
  view.setUint32(12, flags & EOT_FLAG_SUBSET, true); // only TTEMBED_SUBSET may be set: the data is never compressed or XORed
  out.set(info.panose.subarray(0, 10), 16);
  out[26] = 1; // DEFAULT_CHARSET
  out[27] = info.italic ? 1 : 0;
  view.setUint32(28, info.weight, true);
  view.setUint16(32, info.fsType, true);
  view.setUint16(34, EOT_MAGIC, true);
  info.unicodeRange.forEach((r, i) => view.setUint32(36 + 4 * i, r >>> 0, true));
  info.codePageRange.forEach((r, i) => view.setUint32(52 + 4 * i, r >>> 0, true));
  view.setUint32(60, info.checkSumAdjustment >>> 0, true);
  // Reserved1-4 stay 0.
  let at = FIXED;
  for (const bytes of names) {
    view.setUint16(at, 0, true); // padding
    view.setUint16(at + 2, bytes.length, true);
    out.set(bytes, at + 4);
    at += 4 + bytes.length;
  }
  view.setUint16(at, 0, true); // Padding5
  view.setUint16(at + 2, 0, true); // RootStringSize: no root string (any document may use the font)
  at += 4;
  view.setUint32(at, ROOT_CHECKSUM_XOR, true); // RootStringCheckSum of the empty root string
  view.setUint32(at + 4, 0, true); // EUDCCodePage
  view.setUint16(at + 8, 0, true); // Padding6
  view.setUint16(at + 10, 0, true); // SignatureSize
  view.setUint32(at + 12, 0, true); // EUDCFlags
  view.setUint32(at + 16, 0, true); // EUDCFontSize
  at += 20;
  out.set(font, at);
  return out;
}

/** Reads an EOT: the font it carries (uncompressed or XOR-obfuscated), or why not. */
export function decodeEot(bytes: Uint8Array): EotDecodeResult {
  const invalid = (message: string, header?: EotHeader): EotDecodeResult => ({ ok: false, reason: 'invalid', message, ...(header ? { header } : {}) });
  if (bytes.length < FIXED + 2) return invalid(`it is ${bytes.length} bytes long, shorter than an EOT header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eotSize = view.getUint32(0, true);
  const fontDataSize = view.getUint32(4, true);
  const version = view.getUint32(8, true);
  const flags = view.getUint32(12, true);
  if (view.getUint16(34, true) !== EOT_MAGIC) return invalid('it has no EOT magic number (0x504C)');
  if (version !== VERSION_1 && version !== VERSION_2_1 && version !== VERSION_2_2) {
    return invalid(`its EOT version 0x${version.toString(16).padStart(8, '0')} is unknown`);
  }
  if (eotSize > bytes.length) return invalid(`its header says ${eotSize} bytes but the part has ${bytes.length}`);
  const end = eotSize; // bytes past EOTSize are ignored
  let at = FIXED;
  const u16 = (): number | undefined => {
    if (at + 2 > end) return undefined;
    const v = view.getUint16(at, true);
    at += 2;
    return v;
  };
  const u32 = (): number | undefined => {
    if (at + 4 > end) return undefined;
    const v = view.getUint32(at, true);
    at += 4;
    return v;
  };
  const block = (): Uint8Array | undefined => {
    if (u16() === undefined) return undefined; // padding
    const size = u16();
    if (size === undefined || at + size > end) return undefined;
    const b = bytes.subarray(at, at + size);
    at += size;
    return b;
  };
  const text = (b: Uint8Array): string => {
    let s = '';
    for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i]! | (b[i + 1]! << 8));
    return s.replace(/\0+$/, '');
  };
  const names: string[] = [];
  for (const what of ['family name', 'style name', 'version name', 'full name']) {
    const b = block();
    if (!b) return invalid(`its ${what} runs past the end of the EOT`);
    names.push(text(b));
  }
  const header: EotHeader = {
    version,
    flags,
    panose: copy(bytes, 16, 26),
    charset: bytes[26]!,
    italic: bytes[27] === 1,
    weight: view.getUint32(28, true),
    fsType: view.getUint16(32, true),
    familyName: names[0]!,
    styleName: names[1]!,
    versionName: names[2]!,
    fullName: names[3]!,
  };
  if (version >= VERSION_2_1 && !block()) return invalid('its root string runs past the end of the EOT', header);
  if (version === VERSION_2_2) {
    if (u32() === undefined || u32() === undefined) return invalid('its header is truncated after the root string', header);
    if (!block()) return invalid('its signature runs past the end of the EOT', header);
    if (u32() === undefined) return invalid('its header is truncated before the EUDC font', header);
    const eudcSize = u32();
    if (eudcSize === undefined || at + eudcSize > end) return invalid('its EUDC font runs past the end of the EOT', header);
    at += eudcSize;
  }
  if (fontDataSize === 0 || at + fontDataSize > end) {
    return invalid(`its font data (${fontDataSize} bytes from offset ${at}) does not fit in the ${end} bytes of the EOT`, header);
  }
  if (flags & EOT_FLAG_COMPRESSED) {
    return { ok: false, reason: 'compressed', message: 'its font data is MicroType Express compressed, which is not supported', header };
  }
  let font = copy(bytes, at, at + fontDataSize);
  if (flags & EOT_FLAG_XOR) for (let i = 0; i < font.length; i++) font[i] = font[i]! ^ XOR_KEY;
  const tag = font.length >= 4 ? new DataView(font.buffer).getUint32(0) : 0;
  if (tag !== 0x00010000 && tag !== 0x4f54544f && tag !== 0x74727565) {
    font = new Uint8Array(0);
    return invalid('its font data is not a TrueType or OpenType font', header);
  }
  return { ok: true, font, header };
}
