/**
 * What a logo file is, from its first bytes (never from its name): PNG, JPEG, GIF, WebP or SVG.
 * Anything else is refused with a message that says what it looks like.
 */
import { VaError } from '../errors.js';

export type LogoFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg';

export const ACCEPTED_LOGO_FORMATS = 'PNG, JPEG, WebP, GIF or SVG';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}

/** The start of a text file, decoded by its BOM (UTF-8 or UTF-16), for markup sniffing. */
export function textHead(bytes: Uint8Array, max = 4096): string {
  const head = bytes.subarray(0, max);
  try {
    if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head.subarray(2));
    if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head.subarray(2));
    return new TextDecoder('utf-8').decode(startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head);
  } catch {
    return '';
  }
}

/** Markup that is an SVG document: optional declaration, comments and PIs, then an <svg> root. */
const SVG_START = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*)*(?:<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?svg[\s>/]/;

/** A description of common non-logo files, for the error message. */
function describe(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF document';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'a TIFF image';
  if (startsWith(bytes, [0x42, 0x4d])) return 'a BMP image';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return 'an icon (.ico) file';
  if (ascii(bytes, 4, 8) === 'ftyp') return /avif|heic|heix|mif1/.test(ascii(bytes, 8, 12)) ? 'a HEIC/AVIF image' : 'a video or ISO media file';
  if (startsWith(bytes, [0x50, 0x4b])) return 'a ZIP archive (an Office document?)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'a legacy Office document';
  if (startsWith(bytes, [0x25, 0x21])) return 'a PostScript/EPS file';
  const text = textHead(bytes, 512).trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return 'an HTML page';
  if (text.startsWith('<')) return 'an XML file without an <svg> root';
  return 'not an image format va-infographic recognises';
}

/** The format of a logo by its content. Throws E_LOGO_INVALID (naming the file) for anything else. */
export function sniffLogo(bytes: Uint8Array, name: string): LogoFormat {
  if (bytes.length === 0) throw new VaError('E_LOGO_INVALID', `the logo ${name} is empty`, { subject: name });
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  const six = ascii(bytes, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (SVG_START.test(textHead(bytes))) return 'svg';
  throw new VaError('E_LOGO_INVALID', `the logo ${name} is ${describe(bytes)}; use a ${ACCEPTED_LOGO_FORMATS} file`, { subject: name });
}
