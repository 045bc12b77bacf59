/**
 * Fixed safety limits for packages a user hands us. A package that breaks one is refused before
 * any XML is parsed or any picture decoded. The numbers leave room for real decks (the largest in
 * our corpus: 48 slides, ~700 entries, ~12 MB inflated) and stop zip bombs early.
 */
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
}

export const DEFAULT_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxInputBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxXmlBytes: 32 * 1024 * 1024,
});

export function withLimits(overrides: Partial<PackageLimits> | undefined): PackageLimits {
  return { ...DEFAULT_LIMITS, ...(overrides ?? {}) };
}
