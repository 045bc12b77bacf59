/**
 * Builds the brand of a run from three layers, field by field:
 *
 *   1. a flag (`--primary`, `--logo`, ...), when given;
 *   2. the brand file (`--brand brand.json`), when given;
 *   3. without a brand file and without any brand flag other than --locale and --paper: the
 *      built-in sample brand (its note for clients in the locale's language). Brand flags alone
 *      make the whole brand: nothing is borrowed from the sample (no sailboat logo, no example.org
 *      links, no sample phone number on a real organisation's handout). With a brand file, a field
 *      it leaves out stays out: the template's optional-value rules apply
 *      (docs/template-contract.md).
 *
 * A flag given as an empty string removes the field (`--billing-url ""`). Relative paths in a
 * brand file resolve against the brand file's folder; relative paths in flags against the
 * working folder. The merged input is validated once with `parseBrand`.
 */
import path from 'node:path';
import { VaError } from '../errors.js';
import type { BrandAssets, BrandFile } from '../brand/assets.js';
import type { Brand } from '../brand/schema.js';
import { FILE_LIMITS, readInputFile } from './files.js';
import { readJsonFile } from './json-file.js';

/** The flags that mirror brand fields (commander's camelCase names). */
export interface BrandFlags {
  org?: string;
  primary?: string;
  secondary?: string;
  accent?: string;
  textColor?: string;
  background?: string;
  headingFont?: string;
  bodyFont?: string;
  headingFontFile?: string;
  bodyFontFile?: string;
  logo?: string;
  bookingUrl?: string;
  billingUrl?: string;
  homepageUrl?: string;
  info?: string;
  locale?: string;
  paper?: string;
}

/** Flag name → brand field path. Also the order fields are listed in messages. */
export const FLAG_FIELDS: readonly { flag: keyof BrandFlags; option: string; field: readonly string[]; path?: boolean }[] = [
  { flag: 'org', option: '--org', field: ['organization'] },
  { flag: 'locale', option: '--locale', field: ['locale'] },
  { flag: 'paper', option: '--paper', field: ['paper'] },
  { flag: 'primary', option: '--primary', field: ['colors', 'primary'] },
  { flag: 'secondary', option: '--secondary', field: ['colors', 'secondary'] },
  { flag: 'accent', option: '--accent', field: ['colors', 'accent'] },
  { flag: 'textColor', option: '--text-color', field: ['colors', 'text'] },
  { flag: 'background', option: '--background', field: ['colors', 'background'] },
  { flag: 'headingFont', option: '--heading-font', field: ['fonts', 'heading'] },
  { flag: 'bodyFont', option: '--body-font', field: ['fonts', 'body'] },
  { flag: 'headingFontFile', option: '--heading-font-file', field: ['fonts', 'headingFile'], path: true },
  { flag: 'bodyFontFile', option: '--body-font-file', field: ['fonts', 'bodyFile'], path: true },
  { flag: 'logo', option: '--logo', field: ['logo'], path: true },
  { flag: 'bookingUrl', option: '--booking-url', field: ['links', 'booking'] },
  { flag: 'billingUrl', option: '--billing-url', field: ['links', 'billing'] },
  { flag: 'homepageUrl', option: '--homepage-url', field: ['links', 'homepage'] },
  { flag: 'info', option: '--info', field: ['additionalInfo'] },
];

export const PATH_FIELDS: readonly (readonly string[])[] = [['logo'], ['fonts', 'headingFile'], ['fonts', 'bodyFile']];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function getPath(obj: Json, field: readonly string[]): unknown {
  let v: unknown = obj;
  for (const k of field) {
    if (!isObject(v)) return undefined;
    v = v[k];
  }
  return v;
}

export function setPath(obj: Json, field: readonly string[], value: unknown): void {
  let o = obj;
  for (const k of field.slice(0, -1)) {
    if (!isObject(o[k])) o[k] = {};
    o = o[k] as Json;
  }
  const last = field[field.length - 1]!;
  if (value === undefined) delete o[last];
  else o[last] = value;
}

/** Deep copy of plain JSON data (brand inputs are small). */
export function copy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Drops empty sub-objects left behind by removed fields (`"links": {}` is fine, but tidy). */
export function prune(obj: Json): Json {
  for (const key of ['colors', 'fonts', 'links']) {
    const v = obj[key];
    if (isObject(v) && Object.keys(v).length === 0 && key !== 'colors') delete obj[key];
  }
  return obj;
}

export interface LoadedBrandFile {
  file: string;
  /** The parsed JSON object with its relative paths made absolute. */
  input: Json;
}

/** Reads a brand file: size-limited JSON object; relative file paths resolved against its folder. */
export async function loadBrandFile(file: string, cwd: string): Promise<LoadedBrandFile> {
  const absolute = path.resolve(cwd, file);
  const parsed = await readJsonFile(absolute, 'the brand file', FILE_LIMITS.brand, file);
  if (!isObject(parsed)) {
    throw new VaError('E_BRAND_INVALID', `the brand file ${file} must contain a JSON object ({ "organization": ..., "colors": { "primary": ... } })`, {
      subject: file,
    });
  }
  const input = copy(parsed);
  const dir = path.dirname(absolute);
  for (const field of PATH_FIELDS) {
    const v = getPath(input, field);
    if (typeof v === 'string' && v.trim() !== '') setPath(input, field, path.resolve(dir, v.trim()));
  }
  return { file, input };
}

/** The brand input the flags describe ('' = remove the field, undefined = not given). */
export function brandFlagValues(flags: BrandFlags, cwd: string): { field: readonly string[]; option: string; value: string | undefined }[] {
  const out: { field: readonly string[]; option: string; value: string | undefined }[] = [];
  for (const f of FLAG_FIELDS) {
    const raw = flags[f.flag];
    if (raw === undefined) continue;
    const trimmed = f.flag === 'info' ? raw : raw.trim();
    if (trimmed.trim() === '') out.push({ field: f.field, option: f.option, value: undefined });
    else out.push({ field: f.field, option: f.option, value: f.path ? path.resolve(cwd, trimmed) : f.flag === 'info' ? unescapeInfo(trimmed) : trimmed });
  }
  return out;
}

/** `--info` accepts "\n" for a line break, since a shell argument is awkward to break. */
function unescapeInfo(value: string): string {
  return value.replace(/\\n/g, '\n');
}

export interface MergedBrandInput {
  input: Json;
  /** Human description of where the brand came from, for messages ("brand.json and flags"). */
  source: string;
  /** Fields taken from the built-in sample brand (no brand file given). */
  sampleFields: string[];
  /** True when the sample's inline logo is the logo. */
  usesSampleLogo: boolean;
}

/**
 * Merges flags over a brand file, or over the sample brand when there is none. `sample` is the
 * sample brand input (passed in so that this module stays free of the sample's imports).
 */
/** Flags that only choose the handout's language and paper (the sample brand still applies). */
const LAYOUT_FLAGS: readonly (keyof BrandFlags)[] = ['locale', 'paper'];

/** True when a flag names a brand field other than locale and paper (the flags then make the brand). */
export function identityFlagsGiven(flags: BrandFlags): boolean {
  return FLAG_FIELDS.some((f) => !LAYOUT_FLAGS.includes(f.flag) && flags[f.flag] !== undefined);
}

/**
 * Merges flags over a brand file; without one, over the sample brand when no identity flag is
 * given, else over nothing. `sample` is the sample brand input (passed in so that this module
 * stays free of the sample's imports); `alwaysSample` keeps it under any flags (init's starter
 * file, which the user edits).
 */
export function mergeBrandInput(options: {
  flags: BrandFlags;
  cwd: string;
  brandFile?: LoadedBrandFile;
  sample: Json;
  alwaysSample?: boolean;
}): MergedBrandInput {
  const flagValues = brandFlagValues(options.flags, options.cwd);
  const useSample = !options.brandFile && (options.alwaysSample === true || !identityFlagsGiven(options.flags));
  const base = options.brandFile ? copy(options.brandFile.input) : useSample ? copy(options.sample) : {};
  for (const { field, value } of flagValues) setPath(base, field, value);
  prune(base);

  const sampleFields: string[] = [];
  if (useSample) {
    const given = new Set(flagValues.map((v) => v.field.join('.')));
    for (const field of leafFields(options.sample)) if (!given.has(field)) sampleFields.push(field);
  }
  const usesSampleLogo = useSample && options.flags.logo === undefined && options.sample.logo !== undefined;
  const source = options.brandFile
    ? flagValues.length
      ? `${options.brandFile.file} and the flags`
      : options.brandFile.file
    : useSample
      ? flagValues.length
        ? 'the built-in sample brand and the flags'
        : 'the built-in sample brand'
      : 'the flags';
  return { input: base, source, sampleFields, usesSampleLogo };
}

function leafFields(obj: Json, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (k === '$schema') continue;
    if (isObject(v)) out.push(...leafFields(v, `${prefix}${k}.`));
    else out.push(prefix + k);
  }
  return out;
}

/** Reads the files a validated brand names (logo, font files) into BrandAssets. */
export async function readBrandAssets(brand: Brand): Promise<BrandAssets> {
  const assets: BrandAssets = {};
  if (brand.logo) assets.logo = await readAsset(brand.logo, 'the logo', FILE_LIMITS.logo);
  if (brand.fonts?.headingFile) assets.headingFont = await readAsset(brand.fonts.headingFile, 'the heading font file', FILE_LIMITS.font);
  if (brand.fonts?.bodyFile) assets.bodyFont = await readAsset(brand.fonts.bodyFile, 'the body font file', FILE_LIMITS.font);
  return assets;
}

async function readAsset(file: string, what: string, limit: number): Promise<BrandFile> {
  return { name: path.basename(file), bytes: await readInputFile(file, what, limit) };
}
