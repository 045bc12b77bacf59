/**
 * The process-wide cache of parsed font files: each file is read and parsed once, lazily, and
 * shared by every registry (a batch worker renders hundreds of decks in one process). Files on
 * disk are keyed by path and collection index; brand files by the SHA-256 of their bytes, with a
 * small LRU bound because a batch may bring a new brand font for every deck.
 */
import { readFileSync } from 'node:fs';
import { VaError } from '../errors.js';
import type { FontFile } from './font-file.js';
import { checkFontSize, openFontBytes, sha256Hex } from './parse.js';

const onDisk = new Map<string, FontFile>();
const fromBytes = new Map<string, FontFile>();
const BRAND_CACHE_LIMIT = 16;

/**
 * Reads and parses a font file from disk once per process (shipped and system fonts). `trusted`
 * is for the package's own font files only (no smoke test).
 */
export function loadFontFromPath(path: string, index = 0, trusted = false): FontFile {
  const key = `${path}#${index}`;
  let file = onDisk.get(key);
  if (!file) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new VaError('E_FILE_UNREADABLE', `Cannot read the font file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
        subject: path,
        cause: error,
      });
    }
    file = openFontBytes(bytes, { name: path, allowCollection: true, collectionIndex: index, trusted });
    file.cacheKey = key;
    onDisk.set(key, file);
  }
  return file;
}

/** Validates and parses font bytes a user gave (brand files), cached by content. */
export function loadFontFromBytes(bytes: Uint8Array, name: string): FontFile {
  // Size first: a 40 MB file is refused without being hashed.
  checkFontSize(bytes, name);
  const key = sha256Hex(bytes);
  const cached = fromBytes.get(key);
  if (cached) {
    // Refresh the LRU position.
    fromBytes.delete(key);
    fromBytes.set(key, cached);
    return cached;
  }
  const file = openFontBytes(bytes, { name });
  file.cacheKey = `sha256:${key}`;
  fromBytes.set(key, file);
  if (fromBytes.size > BRAND_CACHE_LIMIT) fromBytes.delete(fromBytes.keys().next().value!);
  return file;
}

/** True when the file at `path` has been parsed in this process (for tests of laziness). */
export function isFontLoaded(path: string, index = 0): boolean {
  return onDisk.has(`${path}#${index}`);
}
