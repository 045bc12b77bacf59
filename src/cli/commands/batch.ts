/**
 * `va-infographic batch <brand files or folders...>`: every brand × every template asked for,
 * each in the brand's own locale and paper, produced by a pool of worker threads; outputs in
 * `<out>/<brand file name>/<org-slug>-<template>-<locale>.<ext>`.
 *
 * `batch --data locations.csv --brand base.json`: one brand per spreadsheet row (CSV, XLSX or
 * JSON lines; see data/), outputs in `<out>/<row name>/...`.
 *
 * Exit 0 when every item succeeded, 1 when any failed (each failure is reported and the batch
 * goes on, unless --fail-fast), 2 for usage errors found before any work (bad shard spec, no
 * brand files, existing outputs without --force).
 */
import path from 'node:path';
import { VaError, oneLine, toVaError } from '../../errors.js';
import { brandLocale, brandPaper } from '../../brand/schema.js';
import type { Warning } from '../../warnings.js';
import { loadBrandFile } from '../brand-input.js';
import { resolveBrand, type ResolvedBrand } from '../brand-resolve.js';
import type { RowBrand } from '../data/row-brands.js';
import { strictError } from './customize.js';
import type { RunContext } from '../context.js';
import { checkOutputsFree, displayPath, ensureOutputDir, writeFileAtomic } from '../files.js';
import { defaultConcurrency, parseConcurrency, parseShard, type EmbedFontsMode, type Format, type RendererName, type Shard } from '../options.js';
import { listValue, pathValue, setting, type LoadedConfig } from '../config.js';
import type { LoadedBrandFile } from '../brand-input.js';
import { formatWarning, json } from '../output.js';
import { outputFileName, plannedFileNames } from '../produce.js';
import { outputBaseName } from '../slug.js';
import { builtinTemplatePath, parseTemplateList, templateName, type TemplateRef } from '../template-source.js';
import { buildJobs, discoverBrandFiles, shardJobs, type BrandEntry, type Job } from '../batch/jobs.js';
import { WorkerPool } from '../batch/pool.js';
import { createProgress } from '../batch/progress.js';
import { applyVerbosity, runSettings, str } from './common.js';
import type { PdfStandard } from '../../render/options.js';

export interface BatchItemReport {
  /** Position in the full (unsharded) job list. */
  index: number;
  /** The brand file, or the data file of a --data row. */
  brandFile: string;
  /** --data: the row (as the spreadsheet numbers it) and its output folder name. */
  row?: number;
  name?: string;
  template: string;
  /** The template file used (the brand's locale and paper variant for a built-in id). */
  templateFile: string | null;
  organization: string | null;
  locale: string | null;
  paper: string | null;
  status: 'ok' | 'failed' | 'skipped';
  outputs: { format: Format; file: string; bytes: number }[];
  warnings: Warning[];
  error: { code: string; message: string } | null;
  /** Time the item took in its worker plus writing its files (queue time not included). */
  timeMs: number;
  /** Where that time went (absent for items that did not reach a worker). */
  timings?: { customizeMs: number; renderMs: number; writeMs: number };
}

export interface BatchReport {
  /** True when every item succeeded. */
  ok: boolean;
  tool: 'va-infographic';
  shard: Shard | null;
  concurrency: number;
  formats: Format[];
  renderer: RendererName;
  templates: string[];
  brandFiles: number;
  /** --data: the data file and its row count. */
  data?: { file: string; rows: number };
  strict: boolean;
  summary: { jobs: number; ok: number; failed: number; skipped: number; wallMs: number; decksPerSecond: number };
  items: BatchItemReport[];
}

interface Settings {
  formats: Format[];
  renderer: RendererName;
  shard: Shard | undefined;
  workers: number;
  templates: TemplateRef[];
  outDir: string;
  reportFile: string | undefined;
  force: boolean;
  failFast: boolean;
  json: boolean;
  strict: boolean;
  dpi: number;
  pdfStandard: PdfStandard;
  embedFonts: EmbedFontsMode;
  brands: BrandEntry[];
  config: LoadedConfig;
  /** --data: the data file and the brand input of each row (by BrandEntry.file). */
  data?: { shown: string; rows: Map<string, RowBrand> };
}

interface BrandState {
  resolved?: ResolvedBrand;
  error?: VaError;
  /** Items of this brand in the shard (its error is printed once for all of them). */
  items?: number;
}

interface PlannedItem {
  job: Job<TemplateRef>;
  state: BrandState;
  /** Output base name and folder (empty for a brand that failed to load). */
  base: string;
  dir: string;
}

export async function runBatch(brandArgs: string[], options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const started = performance.now();
  const cwd = ctx.io.cwd;
  // Everything about usage is checked before any work starts.
  const common = await runSettings(options, ctx, ['pdf', 'pptx', 'png', 'html', 'md'], 'pdf,pptx');
  const { config } = common;
  const shard = options.shard === undefined ? undefined : parseShard(String(options.shard));
  const concurrency = setting('concurrency', options, config, cwd, (raw, s) => parseConcurrency(String(raw), s.label), defaultConcurrency());
  const templates = setting('template', options, config, cwd, (raw, s) => parseTemplateList(listValue(raw), s.base, s.label), parseTemplateList('all', cwd));
  const report = str(options, 'report');
  const dataArg = str(options, 'data');
  let brands: BrandEntry[];
  let data: Settings['data'];
  if (dataArg !== undefined) {
    if (brandArgs.length) throw new VaError('E_USAGE', `--data makes one brand per row: give the base brand with --brand, not as arguments (got ${brandArgs.join(' ')})`);
    const base = setting('brand', options, config, cwd, pathValue, undefined as string | undefined);
    const loaded = await loadDataRows(path.resolve(cwd, dataArg), base, str(options, 'nameColumn'), cwd);
    brands = loaded.brands;
    data = { shown: loaded.shown, rows: loaded.rows };
  } else {
    if (options.brand !== undefined) throw new VaError('E_USAGE', '--brand is the base brand of --data; without --data, give brand files as arguments');
    if (options.nameColumn !== undefined) throw new VaError('E_USAGE', '--name-column needs --data');
    if (brandArgs.length === 0) throw new VaError('E_USAGE', 'no brand files given: batch <brand files or folders...>, or batch --data <spreadsheet> --brand <base brand>');
    brands = await discoverBrandFiles(brandArgs, cwd);
  }
  const jobs = shardJobs(buildJobs(brands, templates), shard);
  const formats = common.formats;
  const renderer = common.renderer;
  const settings: Settings = {
    formats,
    renderer,
    shard,
    workers: Math.min(concurrency, Math.max(1, jobs.length)),
    templates,
    outDir: common.outDir,
    reportFile: report === undefined ? undefined : path.resolve(cwd, report),
    force: Boolean(options.force),
    failFast: Boolean(options.failFast),
    json: Boolean(options.json),
    strict: common.strict,
    dpi: common.dpi,
    pdfStandard: common.pdfStandard,
    embedFonts: common.embedFonts,
    brands,
    config,
    ...(data ? { data } : {}),
  };
  // The workers start now and load the engine while the brand files are read.
  const pool = jobs.length > 0 ? new WorkerPool(settings.workers, { formats, renderer }) : undefined;
  try {
    return await execute(settings, jobs, pool, ctx, started);
  } finally {
    await pool?.close();
  }
}

/** The rows of a data file as brand entries (one output folder each) and their brand input. */
async function loadDataRows(file: string, base: string | undefined, nameColumn: string | undefined, cwd: string): Promise<{ brands: BrandEntry[]; rows: Map<string, RowBrand>; shown: string }> {
  const { readTable } = await import('../data/read-table.js');
  const { mapColumns, rowBrands } = await import('../data/row-brands.js');
  const shown = displayPath(cwd, file);
  const table = await readTable(file, shown);
  const columns = mapColumns(table, shown, nameColumn);
  let baseBrand: LoadedBrandFile | undefined;
  if (base !== undefined) {
    baseBrand = await loadBrandFile(base, cwd);
    baseBrand.file = displayPath(cwd, base);
  }
  const list = rowBrands(table, columns, baseBrand, file, shown);
  if (list.length === 0) throw new VaError('E_DATA_INVALID', `the data file ${shown} has a header but no rows`, { subject: shown });
  const rows = new Map<string, RowBrand>();
  const brands = list.map((r) => {
    const key = `${file}#${String(r.row).padStart(6, '0')}`;
    rows.set(key, r);
    return { file: key, shown: r.shown, folder: r.folder, row: r.row };
  });
  return { brands, rows, shown };
}

/** Reads and validates each brand (file or data row) of the shard once. A bad brand fails its items only. */
async function loadBrands(jobs: readonly Job<TemplateRef>[], s: Settings, cwd: string): Promise<Map<string, BrandState>> {
  const states = new Map<string, BrandState>();
  const config = s.config.file ? { label: s.config.shown, ...pick(s.config.values, 'locale'), ...pick(s.config.values, 'paper') } : undefined;
  for (const job of jobs) {
    const known = states.get(job.brand.file);
    if (known) {
      known.items = (known.items ?? 0) + 1;
      continue;
    }
    try {
      const row = s.data?.rows.get(job.brand.file);
      let resolved: ResolvedBrand;
      if (row) {
        resolved = await resolveBrand({ flags: {}, cwd, preloaded: { file: row.shown, input: row.input }, labels: row.labels, ...(config ? { config } : {}) });
      } else {
        const preloaded = await loadBrandFile(job.brand.file, cwd);
        preloaded.file = job.brand.shown;
        resolved = await resolveBrand({ flags: {}, cwd, preloaded, ...(config ? { config } : {}) });
      }
      states.set(job.brand.file, { resolved, items: 1 });
    } catch (e) {
      states.set(job.brand.file, { error: toVaError(e), items: 1 });
    }
  }
  return states;
}

function pick(values: Readonly<Record<string, unknown>>, key: 'locale' | 'paper'): { locale?: string } | { paper?: string } {
  return typeof values[key] === 'string' ? { [key]: values[key] as string } : {};
}

function plan(jobs: readonly Job<TemplateRef>[], states: Map<string, BrandState>, s: Settings): PlannedItem[] {
  return jobs.map((job) => {
    const state = states.get(job.brand.file)!;
    if (!state.resolved) return { job, state, base: '', dir: '' };
    const brand = state.resolved.brand;
    return { job, state, base: outputBaseName(brand.organization, templateName(job.template), brandLocale(brand)), dir: path.join(s.outDir, job.brand.folder) };
  });
}

async function execute(s: Settings, jobs: Job<TemplateRef>[], pool: WorkerPool | undefined, ctx: RunContext, started: number): Promise<number> {
  const { io, reporter } = ctx;
  const total = s.brands.length * s.templates.length;
  const items = plan(jobs, await loadBrands(jobs, s, io.cwd), s);
  // Existing outputs are refused up front (PNG pages are checked again once known).
  await checkOutputsFree(
    items.filter((p) => p.base).flatMap((p) => plannedFileNames(p.base, s.formats).map((name) => path.join(p.dir, name))),
    s.force,
    io.cwd,
  );
  if (jobs.length === 0 && s.shard) reporter.status(`shard ${s.shard.index}/${s.shard.count} has no jobs (${total} jobs in all)`);
  reporter.detail(
    `${jobs.length} job(s)${s.shard ? ` (shard ${s.shard.index}/${s.shard.count} of ${total})` : ''}: ${s.brands.length} brand file(s) × ${s.templates.length} template(s), ${s.formats.join('+')}, ${s.workers} worker(s)`,
  );
  await ensureOutputDir(s.outDir);

  const results: BatchItemReport[] = [];
  const progress = await createProgress(jobs.length, reporter);
  let stopped = false;
  // A brand that cannot be read fails all its items: said once, not once per template.
  const brandReported = new Set<string>();
  const record = (item: BatchItemReport, brandKey: string, brandError?: BrandState) => {
    results.push(item);
    const label = `${item.row !== undefined ? `${s.data!.shown} row ${item.row}` : item.brandFile} × ${item.template}`;
    if (item.status === 'ok') {
      progress.item({ ok: true, label, detail: `${item.outputs.map((o) => path.basename(o.file)).join(', ')} (${Math.round(item.timeMs)} ms)` });
      if (!reporter.quiet) for (const w of item.warnings) progress.log(`warning: ${label}: ${formatWarning(w)}`);
    } else if (item.status === 'failed') {
      if (brandError) {
        const first = !brandReported.has(brandKey);
        brandReported.add(brandKey);
        const n = brandError.items ?? 1;
        const brandLabel = item.row !== undefined ? `${s.data!.shown} row ${item.row}` : item.brandFile;
        // "invalid brand (locations.csv row 7): ..." already names the brand.
        const shownLabel = item.error!.message.includes(brandLabel) ? '' : brandLabel;
        progress.item({ ok: false, label: shownLabel, detail: `${item.error!.message} [${item.error!.code}]${n > 1 ? ` (all ${n} of its items)` : ''}`, silent: !first });
      } else {
        progress.item({ ok: false, label, detail: `${item.error!.message} [${item.error!.code}]` });
      }
      if (s.failFast && !stopped) {
        stopped = true;
        pool?.cancelQueued();
      }
    } else {
      progress.item({ ok: true, label, detail: 'skipped', silent: true });
    }
  };

  const runOne = async ({ job, state, base, dir }: PlannedItem): Promise<void> => {
    const brand = state.resolved?.brand;
    const key = job.brand.file;
    const item = {
      index: job.index,
      brandFile: job.brand.row !== undefined ? s.data!.shown : job.brand.shown,
      ...(job.brand.row !== undefined ? { row: job.brand.row, name: job.brand.folder } : {}),
      template: templateName(job.template),
      templateFile: state.resolved ? displayPath(io.cwd, templateFileOf(job.template, state.resolved)) : null,
      organization: brand?.organization ?? null,
      locale: brand ? brandLocale(brand) : null,
      paper: brand ? brandPaper(brand) : null,
      outputs: [] as BatchItemReport['outputs'],
      warnings: [] as Warning[],
      error: null,
      timeMs: 0,
    };
    if (stopped) return record({ ...item, status: 'skipped' }, key);
    if (!state.resolved) return record({ ...item, status: 'failed', error: errorOf(state.error!) }, key, state);
    const result = await pool!.run({
      templateFile: templateFileOf(job.template, state.resolved),
      what: job.template.kind === 'file' ? displayPath(io.cwd, job.template.file) : `the template ${job.template.id} (${item.locale}, ${item.paper})`,
      brand: state.resolved.brand,
      assets: state.resolved.assets,
      formats: s.formats,
      renderer: s.renderer,
      replaceLinks: [],
      dpi: s.dpi,
      industry: job.template.kind === 'builtin' ? job.template.id : 'generic',
      ...(job.template.kind === 'file' ? { userDeck: true } : {}),
      baseName: base,
      pdfStandard: s.pdfStandard,
      embedFonts: s.embedFonts,
    });
    if (result.type === 'skipped') return record({ ...item, status: 'skipped' }, key);
    if (!result.ok) {
      if (reporter.verbose && result.error.stack) progress.log(result.error.stack);
      return record({ ...item, status: 'failed', error: { code: result.error.code, message: oneLine(result.error.message) } }, key);
    }
    if (s.strict && result.warnings.length > 0) {
      return record({ ...item, status: 'failed', warnings: result.warnings, error: errorOf(strictError(result.warnings, 'the handout')), timeMs: result.timings.workMs }, key);
    }
    const writeStart = performance.now();
    try {
      await ensureOutputDir(dir);
      const targets = result.files.map((f) => ({ f, file: path.join(dir, outputFileName(base, f)) }));
      await checkOutputsFree(
        targets.filter((t) => t.f.page !== undefined).map((t) => t.file),
        s.force,
        io.cwd,
      );
      for (const { f, file } of targets) {
        // Claimed exclusively (unless --force): a concurrent run into the same folder cannot overwrite it.
        await writeFileAtomic(file, f.bytes, { overwrite: s.force });
        item.outputs.push({ format: f.format, file: displayPath(io.cwd, file), bytes: f.bytes.length });
      }
      const writeMs = performance.now() - writeStart;
      record({
        ...item,
        status: 'ok',
        warnings: result.warnings,
        timeMs: result.timings.workMs + writeMs,
        timings: { customizeMs: result.timings.customizeMs, renderMs: result.timings.renderMs, writeMs },
      }, key);
    } catch (e) {
      record({ ...item, status: 'failed', warnings: result.warnings, error: errorOf(toVaError(e)), timeMs: result.timings.workMs + (performance.now() - writeStart) }, key);
    }
  };

  try {
    await Promise.all(items.map(runOne));
  } finally {
    progress.stop();
  }
  return finish(s, jobs.length, results, ctx, started);
}

async function finish(s: Settings, jobCount: number, results: BatchItemReport[], ctx: RunContext, started: number): Promise<number> {
  const { io, reporter } = ctx;
  results.sort((a, b) => a.index - b.index);
  const wallMs = performance.now() - started;
  const count = (status: BatchItemReport['status']) => results.filter((i) => i.status === status).length;
  const ok = count('ok');
  const failed = count('failed');
  const skipped = count('skipped');
  const report: BatchReport = {
    ok: failed === 0,
    tool: 'va-infographic',
    shard: s.shard ?? null,
    concurrency: s.workers,
    formats: s.formats,
    renderer: s.renderer,
    templates: s.templates.map(templateName),
    brandFiles: s.data ? 0 : new Set(results.map((i) => i.brandFile)).size,
    ...(s.data ? { data: { file: s.data.shown, rows: s.data.rows.size } } : {}),
    strict: s.strict,
    summary: { jobs: jobCount, ok, failed, skipped, wallMs: Math.round(wallMs), decksPerSecond: round1(ok / (wallMs / 1000)) },
    items: results.map((i) => ({
      ...i,
      timeMs: Math.round(i.timeMs),
      ...(i.timings ? { timings: { customizeMs: Math.round(i.timings.customizeMs), renderMs: Math.round(i.timings.renderMs), writeMs: Math.round(i.timings.writeMs) } } : {}),
    })),
  };
  if (s.reportFile) {
    await ensureOutputDir(path.dirname(s.reportFile));
    await writeFileAtomic(s.reportFile, json(report), { overwrite: true });
  }
  if (s.json) reporter.result(json(report).trimEnd());
  reporter.status(
    `${jobCount} deck(s): ${ok} ok, ${failed} failed${skipped ? `, ${skipped} skipped (--fail-fast)` : ''} in ${(wallMs / 1000).toFixed(1)} s (${report.summary.decksPerSecond} decks/s, ${s.workers} worker(s))${s.reportFile ? `; report: ${displayPath(io.cwd, s.reportFile)}` : ''}`,
  );
  if (failed > 0) {
    throw new VaError('E_BATCH_FAILED', `${failed} of ${jobCount} item(s) failed${s.failFast ? ' (stopped at the first failure: --fail-fast)' : ''}`);
  }
  return 0;
}

function errorOf(e: VaError): { code: string; message: string } {
  return { code: e.code, message: oneLine(e.message) };
}

function templateFileOf(t: TemplateRef, resolved: ResolvedBrand): string {
  return t.kind === 'file' ? t.file : builtinTemplatePath(t.id, brandLocale(resolved.brand), brandPaper(resolved.brand));
}

function round1(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 10) / 10 : 0;
}
