/**
 * Turns the flags and brand file of a run into a validated Brand and its assets (the files it
 * names, read as bytes). See brand-input.ts for the precedence rules.
 */
import { VaError } from '../errors.js';
import type { BrandAssets } from '../brand/assets.js';
import { sampleBrand, sampleBrandInput } from '../brand/sample.js';
import { brandSchema, type Brand } from '../brand/schema.js';
import { formatIssue } from '../brand/validate.js';
import { FLAG_FIELDS, identityFlagsGiven, loadBrandFile, mergeBrandInput, readBrandAssets, type BrandFlags, type LoadedBrandFile } from './brand-input.js';

export interface ResolvedBrand {
  brand: Brand;
  assets: BrandAssets;
  /** Where the brand came from, for messages. */
  source: string;
  /** Fields that came from the built-in sample brand (empty with a brand file). */
  sampleFields: string[];
  brandFile?: string;
}

/**
 * Validates merged brand input like `parseBrand` (same messages), naming the flag (or config
 * file) next to each field that one set (`labels`: field path → label): `colors.primary (--primary): expected a hex colour ..., got "blue"`.
 */
export function validateMerged(input: unknown, source: string, labels: ReadonlyMap<string, string>): Brand {
  const result = brandSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const text = formatIssue(issue, input);
    const field = issue.path.map(String).join('.');
    const label = labels.get(field);
    return label ? text.replace(`${field}:`, `${field} (${label}):`) : text;
  });
  throw new VaError('E_BRAND_INVALID', `invalid brand (${source}): ${problems.join('; ')}`, { subject: source });
}

/**
 * Defaults for brand fields from the project config file (locale, paper): under the flags, over
 * the brand file. `label` names the config file in messages.
 */
export interface ConfigBrandDefaults {
  locale?: string;
  paper?: string;
  label: string;
}

export async function resolveBrand(options: {
  flags: BrandFlags;
  brandPath?: string;
  cwd: string;
  preloaded?: LoadedBrandFile;
  config?: ConfigBrandDefaults;
  /** Labels for fields set by something other than a flag (a spreadsheet column). */
  labels?: ReadonlyMap<string, string>;
}): Promise<ResolvedBrand> {
  const brandFile = options.preloaded ?? (options.brandPath !== undefined ? await loadBrandFile(options.brandPath, options.cwd) : undefined);
  const flags: BrandFlags = { ...options.flags };
  const labels = new Map<string, string>(options.labels ?? []);
  for (const f of FLAG_FIELDS) if (options.flags[f.flag] !== undefined) labels.set(f.field.join('.'), f.option);
  for (const key of ['locale', 'paper'] as const) {
    const value = options.config?.[key];
    if (flags[key] === undefined && value !== undefined) {
      flags[key] = value;
      labels.set(key, options.config!.label);
    }
  }
  if (!brandFile && identityFlagsGiven(flags)) {
    const missing = [flags.org === undefined || flags.org.trim() === '' ? '--org' : '', flags.primary === undefined || flags.primary.trim() === '' ? '--primary' : ''].filter(Boolean);
    if (missing.length) {
      throw new VaError(
        'E_USAGE',
        `brand flags without --brand make the whole brand, and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing; give ${missing.join(' and ')}, or a brand file with --brand (see va-infographic init); the built-in sample brand is used only when no brand flag other than --locale and --paper is given`,
      );
    }
  }
  const merged = mergeBrandInput({
    flags,
    cwd: options.cwd,
    brandFile,
    // Without a brand file the locale can only come from --locale (or the config file).
    sample: sampleBrandInput(flags.locale) as unknown as Record<string, unknown>,
  });
  const brand = validateMerged(merged.input, merged.source, labels);
  let assets: BrandAssets;
  try {
    if (merged.usesSampleLogo) {
      // The sample's logo is inline (no file); its other files, if any, are read normally.
      const { logo, ...rest } = brand;
      assets = { ...(await readBrandAssets(rest as Brand)), logo: sampleBrand().assets.logo! };
      void logo;
    } else {
      assets = await readBrandAssets(brand);
    }
  } catch (e) {
    // Name what set the file: the flag ("(--logo)"), or the brand and its field ("brands/a.json:
    // ...", "locations.csv row 7: ... (logo, column F)").
    if (!(e instanceof VaError) || e.subject === undefined) throw e;
    const field = (['logo', 'fonts.headingFile', 'fonts.bodyFile'] as const).find((f) => {
      const v = f === 'logo' ? brand.logo : f === 'fonts.headingFile' ? brand.fonts?.headingFile : brand.fonts?.bodyFile;
      return v !== undefined && v === e.subject;
    });
    if (!field) throw e;
    const label = labels.get(field);
    const message = label?.startsWith('--') ? `${e.message} (${label})` : `${brandFile?.file ?? merged.source}: ${e.message}${label ? ` (${field}, ${label})` : ''}`;
    throw new VaError(e.code, message, { kind: e.kind, subject: e.subject, cause: e });
  }
  return { brand, assets, source: merged.source, sampleFields: merged.sampleFields, brandFile: brandFile?.file };
}
