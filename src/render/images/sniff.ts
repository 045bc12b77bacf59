/**
 * What a picture part really is, from its first bytes (content types in real decks lie), with
 * the content type or file name as a tie-breaker for SVG.
 */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'tiff' | 'bmp' | 'svg' | 'emf' | 'wmf' | 'unknown';

export function sniffImageFormat(bytes: Uint8Array, hint = ''): ImageFormat {
  const b = bytes;
  const at = (i: number) => b[i] ?? -1;
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  if (at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x38) return 'gif';
  if (at(0) === 0x52 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x46 && at(8) === 0x57 && at(9) === 0x45 && at(10) === 0x42 && at(11) === 0x50) return 'webp';
  if ((at(0) === 0x49 && at(1) === 0x49 && at(2) === 0x2a && at(3) === 0) || (at(0) === 0x4d && at(1) === 0x4d && at(2) === 0 && at(3) === 0x2a)) return 'tiff';
  if (at(0) === 0x42 && at(1) === 0x4d) return 'bmp';
  // EMF: record type 1 (EMR_HEADER) and the " EMF" signature at offset 40.
  if (at(0) === 1 && at(1) === 0 && at(2) === 0 && at(3) === 0 && at(40) === 0x20 && at(41) === 0x45 && at(42) === 0x4d && at(43) === 0x46) return 'emf';
  // WMF: placeable header, or a standard header (type 1/2, header size 9).
  if (at(0) === 0xd7 && at(1) === 0xcd && at(2) === 0xc6 && at(3) === 0x9a) return 'wmf';
  if ((at(0) === 1 || at(0) === 2) && at(1) === 0 && at(2) === 9 && at(3) === 0) return 'wmf';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, Math.min(b.length, 1024))).replace(/^\uFEFF/, '');
  if (/<svg[\s>]/i.test(head) || (/^\s*<\?xml/.test(head) && /svg/i.test(hint))) return 'svg';
  if (/\.(emf|emz)$/i.test(hint) || /x-emf/i.test(hint)) return 'emf';
  if (/\.(wmf|wmz)$/i.test(hint) || /x-wmf/i.test(hint)) return 'wmf';
  return 'unknown';
}
