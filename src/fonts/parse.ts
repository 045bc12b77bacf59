/**
 * Opening font files, trusted (shipped, system) or not (a brand's file): magic bytes, size limit,
 * parsing with fontkit inside try/catch, a check that every table lies inside the file and a
 * smoke test (measure and subset a few glyphs), so that a bad file fails here with one line
 * instead of somewhere in the renderer.
 */
import { createHash } from 'node:crypto';
import type * as fontkitTypes from 'fontkit';
import { VaError, oneLine } from '../errors.js';
import { createFace } from './face.js';
import { FontFile } from './font-file.js';
import { fontkit } from './fontkit-loader.js';
import { readTableDirectory, type TableDirectory } from './table-directory.js';

/** Largest font file accepted (the biggest shipped file, Noto Sans SC, is 10.5 MB). */
export const MAX_FONT_BYTES = 40 * 1024 * 1024;

export type FontFormat = 'truetype' | 'opentype-cff' | 'collection' | 'woff' | 'woff2' | 'unknown';

/** Identifies a font file by its first four bytes. */
export function sniffFontFormat(bytes: Uint8Array): FontFormat {
  if (bytes.length < 4) return 'unknown';
  const tag = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (tag === '\u0000\u0001\u0000\u0000' || tag === 'true') return 'truetype';
  if (tag === 'OTTO') return 'opentype-cff';
  if (tag === 'ttcf') return 'collection';
  if (tag === 'wOFF') return 'woff';
  if (tag === 'wOF2') return 'woff2';
  return 'unknown';
}

function invalid(name: string, problem: string, cause?: unknown): VaError {
  return new VaError('E_FONT_INVALID', oneLine(`Font file ${name} ${problem}`), { subject: name, cause });
}

export interface OpenOptions {
  /** What to call the file in messages. */
  name: string;
  /** Accept TrueType collections (system fonts); brand files must be single fonts. */
  allowCollection?: boolean;
  /** Face index inside a collection (from fontconfig). */
  collectionIndex?: number;
  /**
   * Skip the smoke test (measuring and subsetting a few glyphs): only for the font files that
   * ship with the package, which the test suite renders; every other file is tested.
   */
  trusted?: boolean;
}

/** Refuses an empty file or one over MAX_FONT_BYTES: the first check, before any work on the bytes. */
export function checkFontSize(bytes: Uint8Array, name: string): void {
  if (bytes.length === 0) throw invalid(name, 'is empty');
  if (bytes.length > MAX_FONT_BYTES) {
    throw invalid(name, `is ${(bytes.length / 1048576).toFixed(1)} MB; fonts larger than ${MAX_FONT_BYTES / 1048576} MB are refused`);
  }
}

/**
 * Validates and parses font bytes. Throws VaError('E_FONT_INVALID') with a one-line message
 * naming the file.
 */
export function openFontBytes(bytes: Uint8Array, options: OpenOptions): FontFile {
  const { name } = options;
  checkFontSize(bytes, name);
  const format = sniffFontFormat(bytes);
  switch (format) {
    case 'woff':
    case 'woff2':
      throw invalid(name, `is a ${format.toUpperCase()} web font, which cannot be embedded in a PDF; use the TTF or OTF file of the font`);
    case 'collection':
      if (!options.allowCollection) {
        throw invalid(name, 'is a font collection (.ttc) holding several styles; give the TTF or OTF file of one style');
      }
      break;
    case 'unknown':
      throw invalid(name, 'is not a TrueType or OpenType font (TTF/OTF)');
    default:
      break;
  }
  if (bytes.length < 12) throw invalid(name, 'is truncated');

  let font: fontkitTypes.Font;
  try {
    const parsed = fontkit().create(bytes);
    if ('fonts' in parsed) {
      const index = options.collectionIndex ?? 0;
      const face = parsed.fonts[index];
      if (!face) throw new Error(`has no face number ${index}`);
      font = face;
    } else {
      font = parsed;
    }
  } catch (error) {
    throw invalid(name, `could not be read as a font (${describe(error)})`, error);
  }

  let problem: string | null;
  let tables: TableDirectory;
  try {
    tables = readTableDirectory(bytes, format === 'collection' ? (options.collectionIndex ?? 0) : 0);
    problem = tableProblem(font, tables, bytes.length);
  } catch (error) {
    throw invalid(name, `is damaged (${describe(error)})`, error);
  }
  if (problem) throw invalid(name, problem);
  const file = new FontFile(font, bytes, name, tables);
  try {
    if (!options.trusted) smokeTest(file);
  } catch (error) {
    throw invalid(name, `is damaged (${describe(error)})`, error);
  }
  return file;
}

/** The tables every embeddable font needs, and a check that each lies inside the file. */
function tableProblem(font: fontkitTypes.Font, tables: TableDirectory, size: number): string | null {
  for (const [tag, entry] of Object.entries(tables)) {
    if (entry.offset + entry.length > size) return `is truncated (its ${tag.trim()} table ends past the end of the file)`;
  }
  for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'cmap']) {
    if (!(tag in tables)) return `is damaged (it has no ${tag} table)`;
  }
  if (!('glyf' in tables && 'loca' in tables) && !('CFF ' in tables)) {
    return 'CFF2' in tables
      ? 'has variable CFF2 outlines, which cannot be embedded in a PDF; use a static TTF or OTF'
      : 'has no TrueType or CFF outlines (a bitmap or colour-only font), which cannot be embedded in a PDF';
  }
  if (!(font.unitsPerEm >= 16 && font.unitsPerEm <= 16384)) return `is damaged (unitsPerEm ${font.unitsPerEm})`;
  if (!(font.numGlyphs > 0)) return 'is damaged (it has no glyphs)';
  return null;
}

/** Touches what the renderer and pdf-lib will use: names, metrics, measurement and subsetting. */
function smokeTest(file: FontFile): void {
  void file.familyName;
  void file.names;
  createFace(file, { key: 'smoke-test', family: 'smoke test', source: 'brand', style: { bold: false, italic: false } });
  const font = file.font;
  void [font.bbox.minX, font.italicAngle, font.post.isFixedPitch, font.head.macStyle.italic, font['OS/2']?.sFamilyClass];
  file.measureUnits('Aa0 ');
  const subset = file.font.createSubset();
  void file.font.getGlyph(0).advanceWidth;
  for (const cp of [0x41, 0x61, 0x30]) {
    if (file.hasGlyph(cp)) subset.includeGlyph(file.font.glyphForCodePoint(cp));
  }
  const encoded = subset.encode();
  if (!(encoded.length > 0)) throw new Error('empty subset');
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(message).slice(0, 160) || 'unknown error';
}

/** SHA-256 of bytes, hex (the cache key of brand files). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
