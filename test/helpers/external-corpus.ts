/**
 * The external real-deck corpus: decks from other projects' public test suites, named in
 * fixtures/external-corpus/manifest.json (repository, commit, path, size, SHA-256, licence) and
 * read on the fly from mirrored repositories, never stored in this repository nor kept on disk.
 *
 * Mirrors are bare git directories as the `fetch` tool of the development machine leaves them:
 * <mirrors>/<owner>+<repo>/repo (or …/repo/.git, or the folder itself). The mirrors folder is
 * VA_MIRRORS, else the nearest `.mirror` folder above the checkout. `materialize` writes the decks
 * into a folder the caller deletes afterwards (`withExternalCorpus` does both).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MANIFEST = path.join(ROOT, 'fixtures/external-corpus/manifest.json');

export interface ExternalDeck {
  /** File name the deck gets when materialised (unique; used in reports). */
  file: string;
  /** GitHub owner/name. */
  repo: string;
  commit: string;
  path: string;
  size: number;
  sha256: string;
  licence: string;
  producer: string;
  slides: number;
  charts: number;
  emf: number;
  smartart: number;
}

export function loadManifest(file = MANIFEST): ExternalDeck[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { decks: ExternalDeck[] }).decks;
}

export const PAIRS_MANIFEST = path.join(ROOT, 'fixtures/powerpoint-reference/manifest.json');

/** A deck and the PDF Microsoft PowerPoint exported of it, both in one public repository. */
export interface PowerPointPair {
  /** File name the deck gets when materialised; its PDF gets the same name with `.pdf`. */
  file: string;
  repo: string;
  commit: string;
  licence: string;
  deck: { path: string; size: number; sha256: string };
  pdf: { path: string; size: number; sha256: string; pages: number; fonts: string[] };
  /** Which PowerPoint made the PDF, and how that is known. */
  exporter: string;
}

export function loadPairs(file = PAIRS_MANIFEST): PowerPointPair[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { pairs: PowerPointPair[] }).pairs;
}

const entryOf = (p: PowerPointPair, file: string, part: { path: string; size: number; sha256: string }): ExternalDeck => ({
  file,
  repo: p.repo,
  commit: p.commit,
  path: part.path,
  size: part.size,
  sha256: part.sha256,
  licence: p.licence,
  producer: p.exporter,
  slides: p.pdf.pages,
  charts: 0,
  emf: 0,
  smartart: 0,
});
/** The deck of a pair, as an entry `materialize` writes. */
export const pairDeck = (p: PowerPointPair): ExternalDeck => entryOf(p, p.file, p.deck);
/** PowerPoint's PDF of a pair, as an entry `materialize` writes (named like the deck, `.pdf`). */
export const pairPdf = (p: PowerPointPair): ExternalDeck => entryOf(p, p.file.replace(/\.pptx$/i, '.pdf'), p.pdf);

/** The folder of mirrored repositories: VA_MIRRORS, else the nearest `.mirror` above ROOT. */
export function findMirrors(from = ROOT): string | undefined {
  if (process.env.VA_MIRRORS) return existsSync(process.env.VA_MIRRORS) ? process.env.VA_MIRRORS : undefined;
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '.mirror');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The git directory of a mirrored repository, or undefined when it is not there. */
export function gitDirOf(mirrors: string, repo: string): string | undefined {
  const base = path.join(mirrors, repo.replace('/', '+'));
  for (const dir of [path.join(base, 'repo', '.git'), path.join(base, 'repo'), base]) {
    if (existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects'))) return dir;
  }
  return undefined;
}

export interface Materialized {
  dir: string;
  /** Absolute paths of the decks written, in manifest order. */
  decks: string[];
  /** Decks not written, with the reason (mirror missing, object missing, different content). */
  skipped: { file: string; reason: string }[];
}

/**
 * Writes the decks of `entries` from the mirrors into `dir` (created if needed), each checked
 * against its size and SHA-256.
 */
export function materialize(dir: string, entries: ExternalDeck[], mirrors: string): Materialized {
  const out: Materialized = { dir, decks: [], skipped: [] };
  for (const e of entries) {
    const gitDir = gitDirOf(mirrors, e.repo);
    if (!gitDir) {
      out.skipped.push({ file: e.file, reason: `no mirror of ${e.repo} in ${mirrors}` });
      continue;
    }
    const r = spawnSync('git', ['--git-dir', gitDir, 'show', `${e.commit}:${e.path}`], { maxBuffer: 512 * 1024 * 1024 });
    if (r.status !== 0 || !r.stdout) {
      out.skipped.push({ file: e.file, reason: `${e.repo}@${e.commit.slice(0, 12)}:${e.path} cannot be read (${String(r.stderr ?? r.error).trim().split('\n')[0]})` });
      continue;
    }
    const bytes = r.stdout as Buffer;
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== e.size || sha !== e.sha256) {
      out.skipped.push({ file: e.file, reason: `${e.repo}:${e.path} differs from the manifest (size ${bytes.length}, sha256 ${sha.slice(0, 12)})` });
      continue;
    }
    const file = path.join(dir, e.file);
    writeFileSync(file, bytes);
    out.decks.push(file);
  }
  return out;
}

/** Why the corpus (or `entries`) cannot be read here (no git, no mirrors), or undefined when it can. */
export function unavailableReason(entries: ExternalDeck[] = loadManifest()): string | undefined {
  if (spawnSync('git', ['--version'], { stdio: 'ignore' }).status !== 0) return 'git is not installed';
  const mirrors = findMirrors();
  if (!mirrors) return 'no folder of mirrored repositories (.mirror above the checkout, or VA_MIRRORS)';
  const repos = new Set(entries.map((e) => e.repo));
  const missing = [...repos].filter((r) => !gitDirOf(mirrors, r));
  if (missing.length === repos.size) return `none of the ${repos.size} mirrored repositories is in ${mirrors}`;
  return undefined;
}

/**
 * Materialises the corpus (or the entries `filter` keeps) into a new temporary folder under
 * `parent`, runs `fn` on it and deletes the folder, also when `fn` throws.
 */
export async function withExternalCorpus<T>(fn: (m: Materialized) => Promise<T>, opts: { parent?: string; filter?: (e: ExternalDeck) => boolean } = {}): Promise<T> {
  const mirrors = findMirrors();
  if (!mirrors) throw new Error('no mirrors folder');
  const dir = mkdtempSync(path.join(opts.parent ?? tmpdir(), 'va-external-corpus-'));
  try {
    const entries = loadManifest().filter(opts.filter ?? (() => true));
    return await fn(materialize(dir, entries, mirrors));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
