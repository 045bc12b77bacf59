/** External tools of the interop tests (poppler-utils, qpdf, LibreOffice): presence and runs. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export { hasTool, needTools } from '../../helpers/tools.js';

/** Runs `fn` with a temporary folder that is removed afterwards. */
export function withTemp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'va-render-test-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Like withTemp, for async work: the folder is removed once `fn` has settled. */
export async function withTempAsync<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'va-render-test-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function writePdf(dir: string, name: string, pdf: Uint8Array): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** `qpdf --check`: exit 0 (clean) or 3 (warnings only) with its output. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf-8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export interface FontRow {
  name: string;
  type: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

/** The rows of `pdffonts`. */
export function pdffonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf-8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name, type words..., encoding, emb, sub, uni, object, id
      const n = cols.length;
      return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), emb: cols[n - 5] === 'yes', sub: cols[n - 4] === 'yes', uni: cols[n - 3] === 'yes' };
    });
}

/** The link URLs `pdfinfo -url` lists, per page. */
export function pdfUrls(file: string): { page: number; url: string }[] {
  const out = execFileSync('pdfinfo', ['-url', file], { encoding: 'utf-8' });
  return out
    .split('\n')
    .slice(1)
    .map((l) => /^\s*(\d+)\s+\S+\s+(.*\S)\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ page: Number(m[1]), url: m[2]! }));
}

export function pdftotext(file: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf-8' });
}

/** Page `page` (1-based) of a PDF as a PNG at `dpi`, with pdftoppm. */
export function rasterizePage(file: string, page: number, dpi: number, dir: string): string {
  const base = path.join(dir, `${path.basename(file, '.pdf')}-p${page}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, base]);
  return `${base}.png`;
}

export function pageCount(file: string): number {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf-8' });
  return Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0);
}

export { existsSync, readdirSync };
