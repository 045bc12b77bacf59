/**
 * Turns the flags and brand file of a run into a validated Brand and its assets (the files it
 * names, read as bytes). See brand-input.ts for the precedence rules.
 */
import { VaError } from '../errors.js';
import type { BrandAssets } from '../brand/assets.js';
import { sampleBrand, sampleBrandInput } from '../brand/sample.js';
import { brandSchema, type Brand } from '../brand/schema.js';
import { formatIssue } from '../brand/validate.js';
import { FLAG_FIELDS, loadBrandFile, mergeBrandInput, readBrandAssets, type BrandFlags, type LoadedBrandFile } from './brand-input.js';

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
 * Validates merged brand input like `parseBrand` (same messages), naming the flag next to each
 * field that a flag set: `colors.primary (--primary): expected a hex colour ..., got "blue"`.
 */
export function validateMerged(input: unknown, source: string, flagsGiven: ReadonlySet<string>): Brand {
  const result = brandSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const text = formatIssue(issue, input);
    const field = issue.path.map(String).join('.');
    const flag = FLAG_FIELDS.find((f) => f.field.join('.') === field && flagsGiven.has(f.option));
    return flag ? text.replace(`${field}:`, `${field} (${flag.option}):`) : text;
  });
  throw new VaError('E_BRAND_INVALID', `invalid brand (${source}): ${problems.join('; ')}`, { subject: source });
}

export async function resolveBrand(options: { flags: BrandFlags; brandPath?: string; cwd: string; preloaded?: LoadedBrandFile }): Promise<ResolvedBrand> {
  const brandFile = options.preloaded ?? (options.brandPath !== undefined ? await loadBrandFile(options.brandPath, options.cwd) : undefined);
  const merged = mergeBrandInput({
    flags: options.flags,
    cwd: options.cwd,
    brandFile,
    // Without a brand file the locale can only come from --locale.
    sample: sampleBrandInput(options.flags.locale) as unknown as Record<string, unknown>,
  });
  const flagsGiven = new Set(FLAG_FIELDS.filter((f) => options.flags[f.flag] !== undefined).map((f) => f.option));
  const brand = validateMerged(merged.input, merged.source, flagsGiven);
  let assets: BrandAssets;
  if (merged.usesSampleLogo) {
    // The sample's logo is inline (no file); its other files, if any, are read normally.
    const { logo, ...rest } = brand;
    assets = { ...(await readBrandAssets(rest as Brand)), logo: sampleBrand().assets.logo! };
    void logo;
  } else {
    assets = await readBrandAssets(brand);
  }
  return { brand, assets, source: merged.source, sampleFields: merged.sampleFields, brandFile: brandFile?.file };
}
