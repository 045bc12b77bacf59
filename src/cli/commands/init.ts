/**
 * `va-infographic init [brand.json]`: writes a starter brand file — the built-in sample brand
 * (without its inline logo, which is not a file) with any brand flags applied — validated, with
 * `$schema`, refusing to overwrite without --force.
 */
import path from 'node:path';
import { VaError } from '../../errors.js';
import { SAMPLE_BRAND_INPUT } from '../../brand/sample.js';
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
  const { logo: _sampleLogo, ...sample } = SAMPLE_BRAND_INPUT;
  void _sampleLogo;
  const merged = mergeBrandInput({ flags, cwd: io.cwd, sample: sample as Record<string, unknown> });
  const flagsGiven = new Set(FLAG_FIELDS.filter((f) => flags[f.flag] !== undefined).map((f) => f.option));
  // Validates the content (not the files it names: those may be added later).
  validateMerged(merged.input, merged.source, flagsGiven);
  for (const p of [merged.input.logo, (merged.input.fonts as Record<string, unknown> | undefined)?.headingFile, (merged.input.fonts as Record<string, unknown> | undefined)?.bodyFile]) {
    if (typeof p === 'string' && !(await exists(p))) reporter.warning(`${displayPath(io.cwd, p)} does not exist yet; the brand file names it`);
  }

  const text = brandFileText(merged.input, target, io.cwd);
  await ensureOutputDir(path.dirname(target));
  await writeFileAtomic(target, text);
  const shown = displayPath(io.cwd, target);
  if (options.json) reporter.result(json({ file: shown, brand: JSON.parse(text) as unknown }).trimEnd());
  else {
    reporter.status(`wrote ${shown}`);
    const hint = merged.input.logo === undefined ? ' (add "logo": "path/to/logo.png")' : '';
    reporter.status(`edit it${hint}, then: va-infographic customize --template healthcare --brand ${shown}`);
  }
  return 0;
}
