/** Shared helpers of the font tests: shipped font bytes, PGM pixels. */
import { readFileSync } from 'node:fs';
import { findShippedFamily, type Weight } from '../../src/fonts/catalog.js';
import { shippedFontPath } from '../../src/fonts/shipped.js';
import type { BrandFile } from '../../src/brand/assets.js';

export function shippedPath(family: string, weight: Weight = 400, italic = false): string {
  return shippedFontPath(findShippedFamily(family)!, weight, italic);
}

export function shippedBytes(family: string, weight: Weight = 400, italic = false): Uint8Array {
  return new Uint8Array(readFileSync(shippedPath(family, weight, italic)));
}

export function brandFile(name: string, bytes: Uint8Array): BrandFile {
  return { name, bytes };
}

export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Parses a binary PGM (P5) image as written by `pdftoppm -gray`. */
export function parsePgm(bytes: Uint8Array): Gray {
  const header: string[] = [];
  let pos = 0;
  while (header.length < 4) {
    while (bytes[pos] === 0x20 || bytes[pos] === 0x0a || bytes[pos] === 0x0d || bytes[pos] === 0x09) pos++;
    if (bytes[pos] === 0x23) {
      while (bytes[pos] !== 0x0a) pos++;
      continue;
    }
    let token = '';
    while (pos < bytes.length && ![0x20, 0x0a, 0x0d, 0x09].includes(bytes[pos]!)) token += String.fromCharCode(bytes[pos++]!);
    header.push(token);
  }
  pos++;
  if (header[0] !== 'P5') throw new Error(`not a binary PGM: ${header[0]}`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(pos, pos + width * height) };
}

/** Dark pixels (value < 128) inside a rectangle of the image. */
export function inkIn(img: Gray, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) if (img.pixels[y * img.width + x]! < 128) n++;
  }
  return n;
}
