/**
 * The batch job list: every brand file × every template asked for, sorted, then sharded.
 *
 * - Brand arguments are files (any name) or folders; a folder contributes the `*.json` files
 *   directly inside it (not recursively; pass `brands/*\/` to the shell for sub-folders).
 * - Each brand file gets its own output sub-folder named after the file (without `.json`); two
 *   brand files with the same name in different folders are a usage error (rename one).
 * - Jobs are sorted by brand file path (as given, then resolved) and template order; shard k/n
 *   takes jobs k, k+n, k+2n, ... (1-based), so the union over k = 1..n is the whole list with no
 *   overlap, and slow brands (Chinese fonts, big logos) spread over the shards.
 * The list depends only on the arguments and the file names, never on file contents, so every
 * machine of a CI matrix computes the same list.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { VaError } from '../../errors.js';
import { displayPath as shownPath } from '../files.js';
import type { Shard } from '../options.js';

export interface BrandEntry {
  /** Absolute path (for a --data row: the data file's path with "#<row>", a unique key). */
  file: string;
  /** As shown to the user (relative to the working folder when inside it). */
  shown: string;
  /** Output sub-folder name. */
  folder: string;
  /** --data: the spreadsheet row. */
  row?: number;
}

export interface Job<T = string> {
  /** 0-based index in the full (unsharded) sorted list. */
  index: number;
  brand: BrandEntry;
  template: T;
}


/** Expands brand arguments into brand files, sorted and de-duplicated. */
export async function discoverBrandFiles(args: readonly string[], cwd: string): Promise<BrandEntry[]> {
  const files = new Set<string>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new VaError('E_FILE_NOT_FOUND', `the brand file or folder ${arg} does not exist`, { subject: arg });
    }
    if (info.isDirectory()) {
      const entries = await readdir(absolute, { withFileTypes: true });
      const found = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.json$/i.test(e.name) && !e.name.startsWith('.'));
      if (found.length === 0) throw new VaError('E_USAGE', `the folder ${arg} contains no brand files (*.json)`, { subject: arg });
      for (const e of found) files.add(path.join(absolute, e.name));
    } else if (info.isFile()) {
      files.add(absolute);
    } else {
      throw new VaError('E_FILE_UNREADABLE', `${arg} is neither a file nor a folder`, { subject: arg });
    }
  }
  if (files.size === 0) throw new VaError('E_USAGE', 'no brand files given');
  const sorted = [...files].sort(compareCodeUnits);
  const byFolder = new Map<string, string>();
  return sorted.map((file) => {
    const folder = path.basename(file).replace(/\.json$/i, '') || 'brand';
    const other = byFolder.get(folder);
    if (other !== undefined) {
      throw new VaError('E_USAGE', `two brand files would write to the same output folder "${folder}": ${shownPath(cwd, other)} and ${shownPath(cwd, file)}; rename one`);
    }
    byFolder.set(folder, file);
    return { file, shown: shownPath(cwd, file), folder };
  });
}

/** Locale-independent ordering (the same on every machine, unlike localeCompare). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every brand × every template, in a stable order. Templates keep the order given. */
export function buildJobs<T>(brands: readonly BrandEntry[], templates: readonly T[]): Job<T>[] {
  const jobs: Job<T>[] = [];
  for (const brand of brands) for (const template of templates) jobs.push({ index: jobs.length, brand, template });
  return jobs;
}

/** The jobs of shard k/n: indexes k-1, k-1+n, k-1+2n, ... */
export function shardJobs<J extends { index: number }>(jobs: readonly J[], shard: Shard | undefined): J[] {
  if (!shard) return [...jobs];
  return jobs.filter((j) => j.index % shard.count === shard.index - 1);
}
