/**
 * `va-infographic init [brand.json]`: writes a starter brand file — the built-in sample brand
 * (without its inline logo, which is not a file) with any brand flags applied — validated, with
 * `$schema`, refusing to overwrite without --force.
 */
import path from 'node:path';
import { VaError } from '../../errors.js';
import { sampleBrandInput } from '../../brand/sample.js';
import { FLAG_FIELDS, mergeBrandInput, type BrandFlags } from '../brand-input.js';
import { brandFileText } from '../brand-file.js';
import { validateMerged } from '../brand-resolve.js';
import { checkOutputsFree, displayPath, ensureOutputDir, exists, writeFileAtomic } from '../files.js';
import { json } from '../output.js';
import type { RunContext } from '../context.js';
import { applyVerbosity } from './common.js';

export async function runInit(file: string, options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const { io, reporter } = ctx;
  const target = path.resolve(io.cwd, file);
  if (!/\.json$/i.test(target)) throw new VaError('E_USAGE', `init: the brand file name should end in .json, got ${file}`);
  await checkOutputsFree([target], Boolean(options.force), io.cwd);

  const flags = options as BrandFlags;
  // The starter: the sample brand in the locale's language (its note for clients too), without
  // its inline logo, and with one colour: secondary and accent are then derived from the primary
  // colour, rather than keeping the sample's orange next to the user's own primary.
  const { logo: _sampleLogo, colors, ...sample } = sampleBrandInput(flags.locale);
  void _sampleLogo;
  const starter = { ...sample, colors: { primary: colors.primary } };
  const merged = mergeBrandInput({ flags, cwd: io.cwd, sample: starter as Record<string, unknown>, alwaysSample: true });
  const labels = new Map(FLAG_FIELDS.filter((f) => flags[f.flag] !== undefined).map((f) => [f.field.join('.'), f.option] as const));
  // Validates the content (not the files it names: those may be added later).
  validateMerged(merged.input, merged.source, labels);
  for (const p of [merged.input.logo, (merged.input.fonts as Record<string, unknown> | undefined)?.headingFile, (merged.input.fonts as Record<string, unknown> | undefined)?.bodyFile]) {
    if (typeof p === 'string' && !(await exists(p))) reporter.warning(`${displayPath(io.cwd, p)} does not exist yet; the brand file names it`);
  }

  const text = brandFileText(merged.input, target, io.cwd);
  await ensureOutputDir(path.dirname(target));
  await writeFileAtomic(target, text, { overwrite: Boolean(options.force) });
  const shown = displayPath(io.cwd, target);
  if (options.json) reporter.result(json({ ok: true, file: shown, brand: JSON.parse(text) as unknown }).trimEnd());
  else {
    reporter.status(`wrote ${shown}`);
    const placeholders = [
      merged.input.logo === undefined ? 'add "logo": "path/to/logo.png"' : '',
      merged.sampleFields.some((f) => f.startsWith('links.')) ? 'replace the example.org links' : '',
      merged.sampleFields.includes('additionalInfo') ? 'write your own note for clients' : '',
    ].filter(Boolean);
    reporter.status(`edit it${placeholders.length ? ` (${placeholders.join('; ')})` : ''}, then: va-infographic customize --template healthcare --brand ${shown}`);
  }
  return 0;
}
