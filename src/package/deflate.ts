/**
 * Deflate in the zlib format (RFC 1950), for PDF streams (`/FlateDecode`): pako, pure JavaScript,
 * so the same input gives the same bytes on every Node build and CPU (Node's zlib may differ
 * between builds). The ZIP writer uses the same library (raw deflate).
 */
import * as pako from 'pako';

export function zlibDeflate(data: Uint8Array): Uint8Array {
  return pako.deflate(data, { level: 6 });
}
