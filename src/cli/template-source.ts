/**
 * `--template <id or file.pptx>`: a built-in template id picks the variant for the brand's locale
 * and paper from the installed templates/ folder; anything else is a path to a deck.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { VaError } from '../errors.js';
import type { Locale, Paper } from '../brand/schema.js';
import { TEMPLATE_IDS, isTemplateId, templateRelativePath, type TemplateId } from '../templates/catalog.js';
import { FILE_LIMITS, readInputFile } from './files.js';
import { packageRoot } from './paths.js';
import { templateNameOfPath } from './slug.js';

export type TemplateRef = { kind: 'builtin'; id: TemplateId } | { kind: 'file'; file: string; name: string };

/** True for arguments that look like paths rather than ids. */
function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.(pptx|potx|ppsx|pptm|potm|ppsm|ppt|pdf|docx|key|odp)$/i.test(value);
}

export function parseTemplateRef(value: string, cwd: string): TemplateRef {
  const v = value.trim();
  if (v === '') throw new VaError('E_USAGE', `--template needs a template id (${TEMPLATE_IDS.join(', ')}) or a path to a .pptx file`);
  if (isTemplateId(v) && !existsSync(path.resolve(cwd, v))) return { kind: 'builtin', id: v };
  if (looksLikePath(v) || existsSync(path.resolve(cwd, v))) {
    const file = path.resolve(cwd, v);
    return { kind: 'file', file, name: templateNameOfPath(v) };
  }
  throw new VaError('E_USAGE', `unknown template "${v}": expected one of ${TEMPLATE_IDS.join(', ')}, or a path to a .pptx file`);
}

/**
 * `--template all`, one id or path, or a comma-separated list of them; duplicates dropped, sorted
 * (built-in ids first, then files) so that every run and every shard agrees on the order.
 */
export function parseTemplateList(value: string, cwd: string, label = '--template'): TemplateRef[] {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new VaError('E_USAGE', `${label}: no template given; expected "all", an id (${TEMPLATE_IDS.join(', ')}) or a .pptx file, or several separated by commas`);
  const unique = new Map<string, TemplateRef>();
  for (const p of parts) {
    const refs: TemplateRef[] = p === 'all' ? TEMPLATE_IDS.map((id) => ({ kind: 'builtin', id })) : [parseTemplateRef(p, cwd)];
    for (const r of refs) unique.set(r.kind === 'builtin' ? `0:${r.id}` : `1:${r.file}`, r);
  }
  const names = new Map<string, string>();
  for (const [key, r] of unique) {
    if (names.has(templateName(r))) throw new VaError('E_USAGE', `${label}: two templates would share the output name "${templateName(r)}"`);
    names.set(templateName(r), key);
  }
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

export function templateName(ref: TemplateRef): string {
  return ref.kind === 'builtin' ? ref.id : ref.name;
}

export function builtinTemplatePath(id: TemplateId, locale: Locale, paper: Paper): string {
  return path.join(packageRoot(), templateRelativePath(id, locale, paper));
}

export async function readTemplate(ref: TemplateRef, locale: Locale, paper: Paper): Promise<{ bytes: Uint8Array; file: string }> {
  if (ref.kind === 'file') return { bytes: await readInputFile(ref.file, 'the template', FILE_LIMITS.pptx), file: ref.file };
  const file = builtinTemplatePath(ref.id, locale, paper);
  try {
    return { bytes: await readInputFile(file, 'the template', FILE_LIMITS.pptx), file };
  } catch (e) {
    if (e instanceof VaError && e.code === 'E_FILE_NOT_FOUND') {
      throw new VaError('E_FILE_NOT_FOUND', `the built-in template ${ref.id} (${locale}, ${paper}) is missing from this installation: ${file}`, {
        kind: 'work',
        subject: file,
      });
    }
    throw e;
  }
}
