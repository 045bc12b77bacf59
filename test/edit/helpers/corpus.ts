/**
 * The private test corpus (../shared/corpus relative to the repository): never copied into the
 * project; tests that use it skip, with a printed reason, when it is absent. VA_CORPUS names
 * another folder (a worktree outside the checkout's parent: VA_CORPUS=/work/shared/corpus).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CORPUS = process.env.VA_CORPUS ? path.resolve(process.env.VA_CORPUS) : path.resolve(REPO_ROOT, '../shared/corpus');
export const HAVE_CORPUS = existsSync(path.join(CORPUS, 'real'));

if (!HAVE_CORPUS) console.log(`[skip] corpus tests: ${CORPUS} is absent (the private real-world corpus is not part of the project)`);

export function corpusFiles(dir: 'real' | 'derived' | 'hostile-real'): string[] {
  if (!HAVE_CORPUS) return [];
  return readdirSync(path.join(CORPUS, dir))
    .filter((f) => /\.(pptx|pptm|potx|ppsx)$/i.test(f))
    .sort();
}

export function corpusPath(dir: string, file: string): string {
  return path.join(CORPUS, dir, file);
}
