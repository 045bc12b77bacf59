/**
 * Writes brand files (`init`, and the answers saved by interactive mode): `$schema` first, the
 * fields in a fixed readable order, file paths relative to the brand file's folder when they
 * share a top-level folder (so the brand file and its logo can be committed and moved
 * together; system fonts stay absolute), two-space JSON.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot, BRAND_SCHEMA_REF } from './paths.js';

const ORDER = ['$schema', 'organization', 'locale', 'paper', 'colors', 'fonts', 'logo', 'links', 'additionalInfo'];
const COLOR_ORDER = ['primary', 'secondary', 'accent', 'text', 'background'];
const FONT_ORDER = ['heading', 'body', 'headingFile', 'bodyFile'];
const LINK_ORDER = ['booking', 'billing', 'homepage'];

/**
 * The `$schema` reference for a brand file in `dir`:
 * 1. the schema of a local install found walking up from `dir` (`node_modules/va-infographic`),
 *    as a relative path — what a project that installs va-infographic as a dependency gets;
 * 2. inside this package's own folder (a clone of the repository): the relative path to
 *    `schema/brand.schema.json`;
 * 3. otherwise `./node_modules/va-infographic/schema/brand.schema.json`, which works once the
 *    folder gets a local install (editors ignore a `$schema` they cannot find).
 */
export function schemaRefFor(dir: string): string {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules', 'va-infographic', 'schema', 'brand.schema.json');
    if (existsSync(candidate)) return toPosixRelative(dir, candidate);
    if (path.dirname(d) === d) break;
  }
  try {
    const root = packageRoot();
    const own = path.join(root, 'schema', 'brand.schema.json');
    const rel = path.relative(root, path.resolve(dir));
    if (!rel.startsWith('..') && !path.isAbsolute(rel) && !rel.split(path.sep).includes('node_modules')) return toPosixRelative(dir, own);
  } catch {
    // no package root: fall through
  }
  return BRAND_SCHEMA_REF;
}

function toPosixRelative(fromDir: string, file: string): string {
  const rel = path.relative(path.resolve(fromDir), file).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * How a brand file names a file it uses: relative to the brand file's folder when the two share
 * a folder below the file-system root (a project's logo and fonts move with it), absolute
 * otherwise (a system font in /usr/share/fonts is not "../../../usr/share/fonts/...").
 */
export function brandPathText(brandDir: string, file: string): string {
  const from = path.resolve(brandDir);
  const to = path.resolve(file);
  const root = path.parse(from).root;
  const [a, b] = [from.slice(root.length).split(path.sep)[0], to.slice(root.length).split(path.sep)[0]];
  if (path.parse(to).root !== root || !a || a !== b) return to.split(path.sep).join('/');
  return toPosixRelative(from, to);
}

function ordered(obj: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out) && obj[k] !== undefined) out[k] = obj[k];
  return out;
}

/**
 * The JSON text of a brand file at `file`. `input` is a brand (or brand input) whose file paths
 * are absolute or relative to `cwd`; they are written relative to the brand file's folder.
 */
export function brandFileText(input: Record<string, unknown>, file: string, cwd: string): string {
  const dir = path.dirname(path.resolve(cwd, file));
  const relative = (p: unknown) => (typeof p === 'string' && p !== '' ? brandPathText(dir, path.resolve(cwd, p)) : undefined);
  const data: Record<string, unknown> = { ...input, $schema: schemaRefFor(dir) };
  if (data.logo !== undefined) data.logo = relative(data.logo);
  if (data.colors && typeof data.colors === 'object') data.colors = ordered(withHash(data.colors as Record<string, unknown>), COLOR_ORDER);
  if (data.fonts && typeof data.fonts === 'object') {
    const fonts = { ...(data.fonts as Record<string, unknown>) };
    if (fonts.headingFile !== undefined) fonts.headingFile = relative(fonts.headingFile);
    if (fonts.bodyFile !== undefined) fonts.bodyFile = relative(fonts.bodyFile);
    data.fonts = ordered(fonts, FONT_ORDER);
  }
  if (data.links && typeof data.links === 'object') data.links = ordered(data.links as Record<string, unknown>, LINK_ORDER);
  return JSON.stringify(ordered(data, ORDER), null, 2) + '\n';
}

/** Validated brands store colours as RRGGBB; brand files read better as "#RRGGBB". */
function withHash(colors: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(colors)) out[k] = typeof v === 'string' && /^[0-9A-Fa-f]{6}$/.test(v) ? `#${v}` : v;
  return out;
}
