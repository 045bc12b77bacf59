/**
 * `va-infographic validate <brand files or folders...>`: checks brands without making anything,
 * for CI and editors. For each brand file (or each row of `--data`):
 * - it is JSON (comments allowed) and follows the brand schema (every problem, named by field);
 * - links use an allowed scheme (part of the schema);
 * - the files it names exist and are readable within their limits;
 * - the logo is an image the brand engine can place (format by content, decoded in full);
 * - each font file is a usable TTF/OTF (parsed and smoke-tested like the renderer does).
 * Exit 0 when every brand is valid, 2 otherwise; `--json` prints one entry per brand.
 */
import path from 'node:path';
import { oneLine, toVaError, VaError } from '../../errors.js';
import type { BrandAssets } from '../../brand/assets.js';
import { discoverBrandFiles } from '../batch/jobs.js';
import { loadBrandFile, type LoadedBrandFile } from '../brand-input.js';
import { resolveBrand } from '../brand-resolve.js';
import type { RunContext } from '../context.js';
import { displayPath } from '../files.js';
import { json } from '../output.js';
import { applyVerbosity, str } from './common.js';

export interface ValidateEntry {
  /** The brand file, or "<data file> row N". */
  brand: string;
  ok: boolean;
  organization: string | null;
  error: { code: string; message: string } | null;
}

/** Decodes the logo and parses the font files, as customize would. */
async function checkAssets(assets: BrandAssets): Promise<void> {
  if (assets.logo) {
    const { readLogo, DEFAULT_LOGO_LIMITS } = await import('../../edit/logo-image.js');
    const logo = await readLogo(assets.logo.bytes, assets.logo.name);
    const { default: sharp } = await import('sharp');
    try {
      await sharp(logo.bytes, { limitInputPixels: DEFAULT_LOGO_LIMITS.maxPixels }).resize(8, 8, { fit: 'inside' }).png().toBuffer();
    } catch {
      throw new VaError('E_LOGO_INVALID', `the logo ${assets.logo.name} is damaged: it cannot be decoded`, { subject: assets.logo.name });
    }
  }
  const { openFontBytes } = await import('../../fonts/parse.js');
  for (const font of [assets.headingFont, assets.bodyFont]) if (font) openFontBytes(font.bytes, { name: font.name });
}

async function check(label: string, load: () => Promise<{ loaded: LoadedBrandFile; labels?: Map<string, string> }>, cwd: string): Promise<ValidateEntry> {
  try {
    const { loaded, labels } = await load();
    const resolved = await resolveBrand({ flags: {}, cwd, preloaded: loaded, ...(labels ? { labels } : {}) });
    await checkAssets(resolved.assets);
    return { brand: label, ok: true, organization: resolved.brand.organization, error: null };
  } catch (e) {
    const error = toVaError(e);
    return { brand: label, ok: false, organization: null, error: { code: error.code, message: oneLine(error.message) } };
  }
}

export async function runValidate(brandArgs: string[], options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const { io, reporter } = ctx;
  const cwd = io.cwd;
  const entries: ValidateEntry[] = [];
  const dataArg = str(options, 'data');
  if (dataArg !== undefined) {
    if (brandArgs.length) throw new VaError('E_USAGE', `--data checks one brand per row: give the base brand with --brand, not as arguments (got ${brandArgs.join(' ')})`);
    const { readTable } = await import('../data/read-table.js');
    const { mapColumns, rowBrands } = await import('../data/row-brands.js');
    const file = path.resolve(cwd, dataArg);
    const shown = displayPath(cwd, file);
    const table = await readTable(file, shown);
    const base = str(options, 'brand');
    const baseBrand = base === undefined ? undefined : await loadBrandFile(base, cwd);
    for (const row of rowBrands(table, mapColumns(table, shown, str(options, 'nameColumn')), baseBrand, file, shown)) {
      entries.push(await check(row.shown, async () => ({ loaded: { file: row.shown, input: row.input }, labels: row.labels }), cwd));
    }
  } else {
    if (options.brand !== undefined) throw new VaError('E_USAGE', '--brand is the base brand of --data; without --data, give brand files as arguments');
    if (brandArgs.length === 0) throw new VaError('E_USAGE', 'no brand files given: validate <brand files or folders...>, or validate --data <spreadsheet> --brand <base brand>');
    for (const b of await discoverBrandFiles(brandArgs, cwd)) {
      entries.push(
        await check(
          b.shown,
          async () => {
            const loaded = await loadBrandFile(b.file, cwd);
            loaded.file = b.shown;
            return { loaded };
          },
          cwd,
        ),
      );
    }
  }
  const invalid = entries.filter((e) => !e.ok);
  if (options.json) {
    reporter.result(json({ ok: invalid.length === 0, valid: entries.length - invalid.length, invalid: invalid.length, brands: entries }).trimEnd());
  } else {
    for (const e of entries) {
      if (e.ok) reporter.status(`${reporter.err.green('ok')} ${e.brand} (${e.organization})`);
      else io.stderr.write(`${reporter.err.red('✗')} ${e.brand}: ${e.error!.message} ${reporter.err.dim(`[${e.error!.code}]`)}\n`);
    }
    reporter.status(`${entries.length} brand${entries.length === 1 ? '' : 's'}: ${entries.length - invalid.length} valid, ${invalid.length} invalid`);
  }
  return invalid.length ? 2 : 0;
}
