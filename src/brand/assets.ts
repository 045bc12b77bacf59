/**
 * The files a brand refers to, read by the caller (the CLI) and handed to the pure core as bytes.
 * Nothing below the CLI reads the file system.
 */
export interface BrandFile {
  /** What to call the file in messages (its path as the user gave it). */
  name: string;
  bytes: Uint8Array;
}

export interface BrandAssets {
  logo?: BrandFile;
  headingFont?: BrandFile;
  bodyFont?: BrandFile;
}
