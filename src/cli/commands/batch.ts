/**
 * `va-infographic batch <brand files or folders...>`: every brand × every template asked for,
 * each in the brand's own locale and paper, produced by a pool of worker threads; outputs in
 * `<out>/<brand file name>/<org-slug>-<template>-<locale>.<ext>`.
 *
 * Exit 0 when every item succeeded, 1 when any failed (each failure is reported and the batch
 * goes on, unless --fail-fast), 2 for usage errors found before any work (bad shard spec, no
 * brand files, existing outputs without --force).
 */
import path from 'node:path';
import { VaError, oneLine, toVaError } from '../../errors.js';
import { brandLocale, brandPaper } from '../../brand/schema.js';
import { TEMPLATE_IDS } from '../../templates/catalog.js';
import type { Warning } from '../../warnings.js';
import { loadBrandFile } from '../brand-input.js';
import { resolveBrand, type ResolvedBrand } from '../brand-resolve.js';
import type { RunContext } from '../context.js';
import { checkOutputsFree, displayPath, ensureOutputDir, writeFileAtomic } from '../files.js';
import { defaultConcurrency, parseConcurrency, parseFormats, parseRenderer, parseShard, type Format, type RendererName, type Shard } from '../options.js';
import { formatWarning, json } from '../output.js';
import { outputFileName } from '../produce.js';
import { outputBaseName } from '../slug.js';
import { builtinTemplatePath, parseTemplateRef, templateName, type TemplateRef } from '../template-source.js';
import { buildJobs, compareCodeUnits, discoverBrandFiles, shardJobs, type BrandEntry, type Job } from '../batch/jobs.js';
import { WorkerPool } from '../batch/pool.js';
import { createProgress } from '../batch/progress.js';
import { applyVerbosity, str } from './common.js';

export interface BatchItemReport {
  /** Position in the full (unsharded) job list. */
  index: number;
  brandFile: string;
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
  tool: 'va-infographic';
  shard: Shard | null;
  concurrency: number;
  formats: Format[];
  renderer: RendererName;
  templates: string[];
  brandFiles: number;
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
  brands: BrandEntry[];
}

interface BrandState {
  resolved?: ResolvedBrand;
  error?: VaError;
}

interface PlannedItem {
  job: Job<TemplateRef>;
  state: BrandState;
  /** Output base name and folder (empty for a brand that failed to load). */
  base: string;
  dir: string;
}

/** `--template all` or a comma list of ids and .pptx paths; sorted so every shard agrees. */
export function parseTemplateList(value: string, cwd: string): TemplateRef[] {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new VaError('E_USAGE', '--template: no template given; expected "all" or ids separated by commas');
  const unique = new Map<string, TemplateRef>();
  for (const p of parts) {
    const refs: TemplateRef[] = p === 'all' ? TEMPLATE_IDS.map((id) => ({ kind: 'builtin', id })) : [parseTemplateRef(p, cwd)];
    for (const r of refs) unique.set(r.kind === 'builtin' ? `0:${r.id}` : `1:${r.file}`, r);
  }
  const names = new Map<string, string>();
  for (const [key, r] of unique) {
    const other = names.get(templateName(r));
    if (other !== undefined) throw new VaError('E_USAGE', `--template: two templates would share the output name "${templateName(r)}"`);
    names.set(templateName(r), key);
  }
  return [...unique.entries()].sort(([a], [b]) => compareCodeUnits(a, b)).map(([, r]) => r);
}

export async function runBatch(brandArgs: string[], options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const started = performance.now();
  // Everything about usage is checked before any work starts.
  const formats = parseFormats(str(options, 'format') ?? 'pdf,pptx');
  const renderer = parseRenderer(str(options, 'renderer') ?? 'embedded');
  if (renderer === 'libreoffice' && formats.includes('png')) {
    throw new VaError('E_USAGE', '--format png needs the embedded renderer (LibreOffice output here is PDF only)');
  }
  const shard = options.shard === undefined ? undefined : parseShard(String(options.shard));
  const concurrency = options.concurrency === undefined ? defaultConcurrency() : parseConcurrency(String(options.concurrency));
  const templates = parseTemplateList(str(options, 'template') ?? 'all', ctx.io.cwd);
  const report = str(options, 'report');
  const brands = await discoverBrandFiles(brandArgs, ctx.io.cwd);
  const jobs = shardJobs(buildJobs(brands, templates), shard);
  const settings: Settings = {
    formats,
    renderer,
    shard,
    workers: Math.min(concurrency, Math.max(1, jobs.length)),
    templates,
    outDir: path.resolve(ctx.io.cwd, str(options, 'out') ?? './out'),
    reportFile: report === undefined ? undefined : path.resolve(ctx.io.cwd, report),
    force: Boolean(options.force),
    failFast: Boolean(options.failFast),
    json: Boolean(options.json),
    brands,
  };
  // The workers start now and load the engine while the brand files are read.
  const pool = jobs.length > 0 ? new WorkerPool(settings.workers, { formats, renderer }) : undefined;
  try {
    return await execute(settings, jobs, pool, ctx, started);
  } finally {
    await pool?.close();
  }
}

/** Reads and validates each brand file of the shard once. A bad brand fails its items only. */
async function loadBrands(jobs: readonly Job<TemplateRef>[], cwd: string): Promise<Map<string, BrandState>> {
  const states = new Map<string, BrandState>();
  for (const job of jobs) {
    if (states.has(job.brand.file)) continue;
    try {
      const preloaded = await loadBrandFile(job.brand.file, cwd);
      preloaded.file = job.brand.shown;
      states.set(job.brand.file, { resolved: await resolveBrand({ flags: {}, cwd, preloaded }) });
    } catch (e) {
      states.set(job.brand.file, { error: toVaError(e) });
    }
  }
  return states;
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
  const items = plan(jobs, await loadBrands(jobs, io.cwd), s);
  // Existing outputs are refused up front (PNG pages are checked again once known).
  await checkOutputsFree(
    items.filter((p) => p.base).flatMap((p) => s.formats.map((format) => path.join(p.dir, outputFileName(p.base, { format })))),
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
  const record = (item: BatchItemReport) => {
    results.push(item);
    const label = `${item.brandFile} × ${item.template}`;
    if (item.status === 'ok') {
      progress.item({ ok: true, label, detail: `${item.outputs.map((o) => path.basename(o.file)).join(', ')} (${Math.round(item.timeMs)} ms)` });
      if (!reporter.quiet) for (const w of item.warnings) progress.log(`warning: ${label}: ${formatWarning(w)}`);
    } else if (item.status === 'failed') {
      progress.item({ ok: false, label, detail: `${item.error!.message} [${item.error!.code}]` });
      if (s.failFast && !stopped) {
        stopped = true;
        pool?.cancelQueued();
      }
    }
  };

  const runOne = async ({ job, state, base, dir }: PlannedItem): Promise<void> => {
    const brand = state.resolved?.brand;
    const item = {
      index: job.index,
      brandFile: job.brand.shown,
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
    if (stopped) return record({ ...item, status: 'skipped' });
    if (!state.resolved) return record({ ...item, status: 'failed', error: errorOf(state.error!) });
    const result = await pool!.run({
      templateFile: templateFileOf(job.template, state.resolved),
      what: job.template.kind === 'file' ? displayPath(io.cwd, job.template.file) : `the template ${job.template.id} (${item.locale}, ${item.paper})`,
      brand: state.resolved.brand,
      assets: state.resolved.assets,
      formats: s.formats,
      renderer: s.renderer,
      replaceLinks: [],
    });
    if (result.type === 'skipped') return record({ ...item, status: 'skipped' });
    if (!result.ok) {
      if (reporter.verbose && result.error.stack) progress.log(result.error.stack);
      return record({ ...item, status: 'failed', error: { code: result.error.code, message: oneLine(result.error.message) } });
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
        await writeFileAtomic(file, f.bytes);
        item.outputs.push({ format: f.format, file: displayPath(io.cwd, file), bytes: f.bytes.length });
      }
      const writeMs = performance.now() - writeStart;
      record({
        ...item,
        status: 'ok',
        warnings: result.warnings,
        timeMs: result.timings.workMs + writeMs,
        timings: { customizeMs: result.timings.customizeMs, renderMs: result.timings.renderMs, writeMs },
      });
    } catch (e) {
      record({ ...item, status: 'failed', warnings: result.warnings, error: errorOf(toVaError(e)), timeMs: result.timings.workMs + (performance.now() - writeStart) });
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
    tool: 'va-infographic',
    shard: s.shard ?? null,
    concurrency: s.workers,
    formats: s.formats,
    renderer: s.renderer,
    templates: s.templates.map(templateName),
    brandFiles: new Set(results.map((i) => i.brandFile)).size,
    summary: { jobs: jobCount, ok, failed, skipped, wallMs: Math.round(wallMs), decksPerSecond: round1(ok / (wallMs / 1000)) },
    items: results.map((i) => ({
      ...i,
      timeMs: Math.round(i.timeMs),
      ...(i.timings ? { timings: { customizeMs: Math.round(i.timings.customizeMs), renderMs: Math.round(i.timings.renderMs), writeMs: Math.round(i.timings.writeMs) } } : {}),
    })),
  };
  if (s.reportFile) {
    await ensureOutputDir(path.dirname(s.reportFile));
    await writeFileAtomic(s.reportFile, json(report));
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
