/**
 * The project config file: defaults for a project's runs, so that `va-infographic customize -t
 * healthcare` in a project folder writes where and what the project wants.
 *
 * - Found by walking up from the working folder: the first folder holding
 *   `va-infographic.config.json` or `.va-infographicrc` (both JSON with comments) wins;
 *   `--config <file>` names one instead, `--no-config` ignores any.
 * - Each option is taken from the first of: its flag, the config file, the brand file (locale
 *   and paper only), the built-in default (`setting()` below). Relative paths in the config file
 *   resolve against the config file's folder.
 *
 * Adding an option to the config: one entry in CONFIG_KEYS (its JSON type and help text), then
 * `setting(...)` where the command reads it. Unknown keys are refused, so a typo never silently
 * does nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { VaError } from '../errors.js';
import { displayPath, FILE_LIMITS } from './files.js';
import { readJsonFile } from './json-file.js';

export const CONFIG_FILE_NAMES = ['va-infographic.config.json', '.va-infographicrc'] as const;

type JsonKind = 'string' | 'boolean' | 'integer' | 'number' | 'list';

/** Every key a config file may hold: its JSON type and what it sets. */
export const CONFIG_KEYS: Readonly<Record<string, { kind: JsonKind; doc: string }>> = {
  $schema: { kind: 'string', doc: 'ignored (for editors)' },
  out: { kind: 'string', doc: 'output folder (--out)' },
  format: { kind: 'list', doc: 'output formats (--format), a list or a comma-separated string' },
  template: { kind: 'list', doc: 'templates for customize and batch (--template)' },
  brand: { kind: 'string', doc: 'brand file for customize, preview and the base brand of batch --data (--brand)' },
  locale: { kind: 'string', doc: 'handout language (--locale); over the brand file' },
  paper: { kind: 'string', doc: 'paper size (--paper); over the brand file' },
  strict: { kind: 'boolean', doc: 'any warning fails the item (--strict)' },
  concurrency: { kind: 'integer', doc: 'batch worker threads (--concurrency)' },
  renderer: { kind: 'string', doc: 'embedded or libreoffice (--renderer)' },
  dpi: { kind: 'number', doc: 'PNG resolution (--dpi)' },
  bleed: { kind: 'string', doc: 'print-shop bleed with crop marks, e.g. "3mm" (--bleed)' },
  pdfStandard: { kind: 'string', doc: 'pdfua-1 or pdfa-2a (--pdf-standard)' },
  embedFonts: { kind: 'string', doc: 'fonts embedded in the PPTX: auto, full, subset or none (--embed-fonts, --no-embed-fonts)' },
};

export interface LoadedConfig {
  /** Absolute path of the config file, or undefined when there is none. */
  file: string | undefined;
  /** How messages name it (relative to the working folder when inside it). */
  shown: string;
  /** Folder that relative paths in it resolve against. */
  dir: string;
  values: Readonly<Record<string, unknown>>;
}

const NO_CONFIG = (cwd: string): LoadedConfig => ({ file: undefined, shown: '', dir: cwd, values: {} });

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function checkKind(key: string, value: unknown, kind: JsonKind, shown: string): void {
  const ok =
    kind === 'string'
      ? typeof value === 'string'
      : kind === 'boolean'
        ? typeof value === 'boolean'
        : kind === 'integer'
          ? Number.isSafeInteger(value)
          : kind === 'number'
            ? typeof value === 'number' && Number.isFinite(value)
            : typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
  if (!ok) {
    const expected = kind === 'list' ? 'a list of strings or a comma-separated string' : kind === 'integer' ? 'a whole number' : `a ${kind}`;
    throw new VaError('E_CONFIG_INVALID', `the config file ${shown}: "${key}" must be ${expected}, got ${kindOf(value)}`, { subject: shown });
  }
}

/** The config file for a run in `cwd`: `--config`, else the first one found walking up. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const found = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).filter((f) => existsSync(f));
    if (found.length > 1) {
      throw new VaError('E_CONFIG_INVALID', `two config files in ${displayPath(cwd, dir)}: ${CONFIG_FILE_NAMES.join(' and ')}; keep one`, { subject: dir });
    }
    if (found.length === 1) return found[0];
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Loads the config of a run. `option` is the value of --config / --no-config as commander gives
 * it: a path, `false` (--no-config), or undefined (search).
 */
export async function loadConfig(option: unknown, cwd: string): Promise<LoadedConfig> {
  if (option === false) return NO_CONFIG(cwd);
  const file = typeof option === 'string' ? path.resolve(cwd, option) : findConfigFile(cwd);
  if (file === undefined) return NO_CONFIG(cwd);
  const shown = displayPath(cwd, file);
  const data = await readJsonFile(file, 'the config file', FILE_LIMITS.brand, shown, 'E_CONFIG_INVALID');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new VaError('E_CONFIG_INVALID', `the config file ${shown} must contain a JSON object, like { "out": "handouts", "strict": true }`, { subject: shown });
  }
  const values = data as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    const spec = Object.hasOwn(CONFIG_KEYS, key) ? CONFIG_KEYS[key] : undefined;
    if (!spec) {
      const known = Object.keys(CONFIG_KEYS).filter((k) => k !== '$schema');
      throw new VaError('E_CONFIG_INVALID', `the config file ${shown}: unknown key "${key}"; known keys: ${known.join(', ')}`, { subject: shown });
    }
    checkKind(key, value, spec.kind, shown);
  }
  return { file, shown, dir: path.dirname(file), values };
}

/** Where a setting's value came from; `label` names it in messages ("--out", "out in va-infographic.config.json"). */
export interface SettingSource {
  from: 'flag' | 'config' | 'default';
  label: string;
  /** Folder that a relative path in the value resolves against. */
  base: string;
}

/**
 * One option's value: the flag (commander's attribute `key`, flag `--<flag>`), else the config
 * file's `key`, else `fallback`. `parse` turns the raw value (a string or boolean from the flag,
 * JSON from the config) into the setting, throwing a one-line error that uses `source.label`.
 */
export function setting<T>(
  key: string,
  options: Record<string, unknown>,
  config: LoadedConfig,
  cwd: string,
  parse: (raw: unknown, source: SettingSource) => T,
  fallback: T,
  flag: string = '--' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()),
): T {
  if (options[key] !== undefined) return parse(options[key], { from: 'flag', label: flag, base: cwd });
  if (Object.hasOwn(config.values, key) && config.values[key] !== undefined) {
    return parse(config.values[key], { from: 'config', label: `"${key}" in ${config.shown}`, base: config.dir });
  }
  return fallback;
}

/** A list value: a JSON list, or a comma-separated string (as on the command line). */
export function listValue(raw: unknown): string {
  return Array.isArray(raw) ? raw.join(',') : String(raw);
}

/** A path value, resolved against where it was written. */
export function pathValue(raw: unknown, source: SettingSource): string {
  return path.resolve(source.base, String(raw));
}

/** A boolean value (flags give true/false, the config a JSON boolean). */
export function booleanValue(raw: unknown): boolean {
  return raw === true;
}
