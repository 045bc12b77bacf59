/**
 * Fixed safety limits for packages a user hands us. A package that breaks one is refused before
 * any XML is parsed or any picture decoded. The numbers leave room for real decks (the largest in
 * our corpus: 48 slides, ~700 entries, ~12 MB inflated) and stop zip bombs early.
 */
import { MAX_XML_ELEMENTS } from '../xml/parse.js';

export interface PackageLimits {
  /** Largest input file, in bytes. */
  maxInputBytes: number;
  /** Most entries in the central directory (directories included). */
  maxEntries: number;
  /** Largest inflated size of one entry, counted while inflating. */
  maxEntryBytes: number;
  /** Largest inflated size of all entries together, counted while inflating. */
  maxTotalBytes: number;
  /** Largest inflated size of one XML part. */
  maxXmlBytes: number;
  /** Most elements in one XML part (counted before it is parsed). */
  maxXmlElements: number;
  /** Most elements in all the XML parts of one package that are parsed, together. */
  maxPackageXmlElements: number;
}

export const DEFAULT_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxInputBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxXmlBytes: 32 * 1024 * 1024,
  // The largest of 379 real decks: 79,410 elements in one part, 312,650 in a whole deck (a
  // parsed element costs about 500 bytes of memory and 5-10 µs): see MAX_XML_ELEMENTS.
  maxXmlElements: MAX_XML_ELEMENTS,
  maxPackageXmlElements: 1_500_000,
});

export function withLimits(overrides: Partial<PackageLimits> | undefined): PackageLimits {
  return { ...DEFAULT_LIMITS, ...(overrides ?? {}) };
}
