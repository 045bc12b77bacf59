/**
 * `va-infographic customize`: one brand, one or more templates, written to --out as
 * `<org-slug>-<template>-<locale>.<ext>`.
 *
 * Interactive mode (prompts) runs with --interactive, or by default when stdin is a terminal and
 * neither --template nor --brand (flag or config file) says what to do. Without a terminal
 * nothing is ever asked: a missing value is a usage error (exit 2) that names it.
 *
 * --dry-run does all the work in memory and lists what would be written; --strict fails a
 * template whose handout has warnings (nothing of it is written); --watch builds again whenever
 * an input file changes.
 */
import type { FontEmbeddingReport } from '../../edit/embed-fonts.js';
import path from 'node:path';
import { VaError, oneLine, toVaError } from '../../errors.js';
import { brandLocale, brandPaper, checkLink } from '../../brand/schema.js';
import { TEMPLATE_IDS } from '../../templates/catalog.js';
import type { Warning } from '../../warnings.js';
import { FLAG_FIELDS, identityFlagsGiven, type BrandFlags } from '../brand-input.js';
import { resolveBrand, type ResolvedBrand } from '../brand-resolve.js';
import { listValue, setting, type LoadedConfig } from '../config.js';
import { checkOutputsFree, displayPath, ensureOutputDir, exists, formatBytes, writeFileAtomic } from '../files.js';
import { FORMATS, parseReplaceLink, type EmbedFontsMode, type Format, type LinkReplacement, type RendererName } from '../options.js';
import { formatWarning, json, markJsonPrinted } from '../output.js';
import { outputFileName, plannedFileNames, produce, type ProducedFile } from '../produce.js';
import type { RunContext } from '../context.js';
import { outputBaseName } from '../slug.js';
import { parseTemplateList, readTemplate, templateName, type TemplateRef } from '../template-source.js';
import { applyVerbosity, runSettings } from './common.js';
import type { PdfStandard } from '../../render/options.js';

/** Everything a customize run needs, from flags, the config file or the prompts. */
export interface CustomizePlan {
  template: TemplateRef;
  resolved: ResolvedBrand;
  formats: Format[];
  renderer: RendererName;
  replaceLinks: LinkReplacement[];
  outDir: string;
  force: boolean;
  strict?: boolean;
  dpi?: number;
  /** Print-shop bleed in points (--bleed). */
  bleed?: number;
  /** --pdf-standard (default pdfua-1). */
  pdfStandard?: PdfStandard;
  /** --embed-fonts (default full). */
  embedFonts?: EmbedFontsMode;
  /** Produce everything in memory, write nothing. */
  dryRun?: boolean;
  /** --include-hidden: draw hidden slides in the PDF/PNG. */
  includeHidden?: boolean;
}

export interface OutputRecord {
  format: Format;
  file: string;
  bytes: number;
  /** --dry-run: true when a file is already there (the run would need --force). */
  exists?: boolean;
}

export interface CustomizeResult {
  outputs: OutputRecord[];
  warnings: Warning[];
  template: string;
  locale: string;
  paper: string;
  organization: string;
  brandSource: string;
  timings: { customizeMs: number; renderMs: number; totalMs: number };
  /** Fonts embedded in the PPTX (typeface, faces, bytes) and refused (typeface, why). */
  fonts: FontEmbeddingReport;
  /** --dry-run: the files that would have been written, in memory (for preview). */
  files?: ProducedFile[];
}

export function parseReplaceLinks(values: readonly string[]): LinkReplacement[] {
  return values.map((v) => {
    const r = parseReplaceLink(v);
    const problem = checkLink(r.to);
    if (problem) throw new VaError('E_USAGE', `--replace-link: the new link ${JSON.stringify(r.to)} ${problem}`);
    return r;
  });
}

const TEMPLATE_HINT = `all|${TEMPLATE_IDS.join('|')}|file.pptx`;

function brandFlagsGiven(options: Record<string, unknown>): boolean {
  return FLAG_FIELDS.some((f) => options[f.flag] !== undefined);
}

/** The error of a run that --strict fails: its warnings, in short. */
export function strictError(warnings: readonly Warning[], what: string): VaError {
  const first = warnings[0]!;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more warning${warnings.length > 2 ? 's' : ''})` : '';
  return new VaError('E_STRICT', `--strict: ${what} has ${warnings.length} warning${warnings.length > 1 ? 's' : ''}, so nothing was written: ${formatWarning(first)}${more}`);
}

/** What customize was asked to do, once the options are read. */
export interface CustomizeRequest {
  templates: TemplateRef[];
  brandPath: string | undefined;
  flags: BrandFlags;
  config: LoadedConfig;
  formats: Format[];
  renderer: RendererName;
  replaceLinks: LinkReplacement[];
  outDir: string;
  force: boolean;
  strict: boolean;
  dpi: number;
  bleed: number;
  pdfStandard: PdfStandard;
  embedFonts: EmbedFontsMode;
  dryRun: boolean;
  includeHidden: boolean;
}

/** Reads customize's options (flag > config file > default) without touching any input file. */
export async function customizeRequest(options: Record<string, unknown>, ctx: RunContext): Promise<CustomizeRequest & { templateGiven: boolean }> {
  const cwd = ctx.io.cwd;
  const s = await runSettings(options, ctx, FORMATS, 'pdf,pptx');
  const templates = setting('template', options, s.config, cwd, (raw, src) => parseTemplateList(listValue(raw), src.base, src.label), undefined as TemplateRef[] | undefined);
  const brandPath = setting('brand', options, s.config, cwd, (raw, src) => (src.from === 'flag' ? String(raw) : displayPath(cwd, path.resolve(src.base, String(raw)))), undefined as string | undefined);
  const flags: BrandFlags = { ...(options as BrandFlags) };
  // locale and paper from the config file: under the flags, over the brand file.
  for (const key of ['locale', 'paper'] as const) {
    if (flags[key] === undefined && typeof s.config.values[key] === 'string') flags[key] = s.config.values[key] as string;
  }
  return {
    templates: templates ?? [],
    templateGiven: templates !== undefined,
    brandPath,
    flags,
    config: s.config,
    formats: s.formats,
    renderer: s.renderer,
    replaceLinks: parseReplaceLinks((options.replaceLink as string[] | undefined) ?? []),
    outDir: s.outDir,
    force: Boolean(options.force),
    strict: s.strict,
    dpi: s.dpi,
    bleed: s.bleed,
    pdfStandard: s.pdfStandard,
    embedFonts: s.embedFonts,
    dryRun: Boolean(options.dryRun),
    includeHidden: Boolean(options.includeHidden),
  };
}

export async function runCustomize(options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const { io } = ctx;
  const started = performance.now();
  const isTTY = io.stdin.isTTY === true;

  // Validate the plain options first: a typo fails before any question is asked.
  const request = await customizeRequest(options, ctx);
  const watch = Boolean(options.watch);

  const interactive = Boolean(options.interactive) || (isTTY && !request.templateGiven && request.brandPath === undefined && !watch && !request.dryRun);
  if (interactive) {
    if (!isTTY) {
      // Never prompt without a terminal: say what a run with flags needs instead.
      const missing = !request.templateGiven ? `; missing: --template <${TEMPLATE_HINT}>` : '';
      throw new VaError(
        'E_USAGE',
        `--interactive needs a terminal, and stdin is not one; give the values as flags instead (--template, and --brand <brand.json> or brand flags such as --org and --primary)${missing}`,
      );
    }
    if (watch || request.dryRun) throw new VaError('E_USAGE', `--interactive cannot be combined with ${watch ? '--watch' : '--dry-run'}`);
    const { runInteractive } = await import('../interactive/session.js');
    return runInteractive({
      options,
      ctx,
      formats: request.formats,
      formatsGiven: options.format !== undefined || request.config.values.format !== undefined,
      renderer: request.renderer,
      replaceLinks: request.replaceLinks,
      outDir: request.outDir,
      force: request.force,
      brandFlagsGiven: brandFlagsGiven(options),
    });
  }

  if (!request.templateGiven) {
    throw new VaError('E_USAGE', `missing --template <${TEMPLATE_HINT}>${isTTY ? '' : '; stdin is not a terminal, so nothing was asked'}`);
  }
  if (watch) {
    const { watchCustomize } = await import('../watch.js');
    return watchCustomize(options, ctx);
  }
  const run = await customizeOnce(request, ctx, { announce: true });
  reportRun(run, Boolean(options.json), ctx, started, request.dryRun);
  if (run.failures.length) throw options.json ? markJsonPrinted(combinedFailure(run.failures)) : combinedFailure(run.failures);
  return 0;
}

export interface CustomizeRun {
  results: CustomizeResult[];
  failures: { template: string; error: VaError }[];
  /** Every input file the run read (for --watch). */
  inputs: string[];
}

/**
 * One pass: resolve the brand (reading its files), then each template in turn. A failing template
 * is recorded and the others go on; a brand that cannot be resolved fails the pass.
 */
export async function customizeOnce(request: CustomizeRequest, ctx: RunContext, o: { announce?: boolean; overwrite?: boolean } = {}): Promise<CustomizeRun> {
  const { io, reporter } = ctx;
  const cwd = io.cwd;
  const resolved = await resolveBrand({
    flags: request.flags,
    cwd,
    ...(request.brandPath !== undefined ? { brandPath: request.brandPath } : {}),
    ...(request.config.file ? { config: { label: request.config.shown } } : {}),
  });
  if (o.announce && !request.brandPath && !identityFlagsGiven(request.flags)) {
    reporter.status(`using the built-in sample brand (${resolved.brand.organization}); pass --brand brand.json for your own`);
  }
  const inputs = inputFiles(request, resolved, cwd);
  const plans: CustomizePlan[] = request.templates.map((template) => ({
    template,
    resolved,
    formats: request.formats,
    renderer: request.renderer,
    replaceLinks: request.replaceLinks,
    outDir: request.outDir,
    force: request.force || o.overwrite === true,
    strict: request.strict,
    dpi: request.dpi,
    bleed: request.bleed,
    pdfStandard: request.pdfStandard,
    embedFonts: request.embedFonts,
    dryRun: request.dryRun,
    includeHidden: request.includeHidden,
  }));
  // Refuse early, before any work, when an output exists.
  if (!request.dryRun) await checkOutputsFree(plans.flatMap((p) => plannedOutputs(p).files), plans[0]?.force ?? false, cwd);
  const results: CustomizeResult[] = [];
  const failures: CustomizeRun['failures'] = [];
  for (const plan of plans) {
    try {
      results.push(await executePlan(plan, ctx));
    } catch (e) {
      const error = toVaError(e);
      if (plans.length === 1) throw error;
      failures.push({ template: templateName(plan.template), error });
      reporter.error(new VaError(error.code, `${templateName(plan.template)}: ${error.message}`, { kind: error.kind }));
    }
  }
  return { results, failures, inputs };
}

/** The files a run reads: brand file, config file, logo, font files, template decks. */
function inputFiles(request: CustomizeRequest, resolved: ResolvedBrand, cwd: string): string[] {
  const files = new Set<string>();
  if (request.brandPath !== undefined) files.add(path.resolve(cwd, request.brandPath));
  if (request.config.file) files.add(request.config.file);
  const b = resolved.brand;
  // The sample brand's logo is built in, not a file.
  if (b.logo && !resolved.sampleFields.includes('logo')) files.add(path.resolve(cwd, b.logo));
  for (const f of [b.fonts?.headingFile, b.fonts?.bodyFile]) if (f) files.add(path.resolve(cwd, f));
  for (const t of request.templates) if (t.kind === 'file') files.add(t.file);
  return [...files];
}

function combinedFailure(failures: CustomizeRun['failures']): VaError {
  const first = failures[0]!.error;
  return new VaError(first.code, `${failures.length} template${failures.length > 1 ? 's' : ''} failed: ${failures.map((f) => `${f.template} (${f.error.code})`).join(', ')}`, {
    kind: first.kind,
  });
}

/** Output base name and the files it would produce (before rendering: one file per format). */
export function plannedOutputs(plan: CustomizePlan): { base: string; files: string[] } {
  const locale = brandLocale(plan.resolved.brand);
  const base = outputBaseName(plan.resolved.brand.organization, templateName(plan.template), locale);
  return { base, files: plannedFileNames(base, plan.formats).map((name) => path.join(plan.outDir, name)) };
}

/** Reads the template, produces every format, writes the outputs atomically (not with dryRun). */
export async function executePlan(plan: CustomizePlan, ctx: RunContext): Promise<CustomizeResult> {
  const { io, reporter } = ctx;
  const { brand, assets } = plan.resolved;
  const locale = brandLocale(brand);
  const paper = brandPaper(brand);
  const { base, files } = plannedOutputs(plan);
  // Refuse early, before any work, when an output exists.
  if (!plan.dryRun) await checkOutputsFree(files, plan.force, io.cwd);

  const t0 = performance.now();
  const template = await readTemplate(plan.template, locale, paper);
  reporter.detail(`template ${displayPath(io.cwd, template.file)}; brand from ${plan.resolved.source}`);
  const produced = await produce({
    template: template.bytes,
    what: plan.template.kind === 'file' ? displayPath(io.cwd, template.file) : `the template ${plan.template.id} (${locale}, ${paper})`,
    brand,
    assets,
    formats: plan.formats,
    renderer: plan.renderer,
    replaceLinks: plan.replaceLinks,
    ...(plan.dpi !== undefined ? { dpi: plan.dpi } : {}),
    ...(plan.bleed ? { bleed: plan.bleed } : {}),
    ...(plan.pdfStandard ? { pdfStandard: plan.pdfStandard } : {}),
    ...(plan.embedFonts ? { embedFonts: plan.embedFonts } : {}),
    ...(plan.includeHidden ? { includeHidden: true } : {}),
    industry: plan.template.kind === 'builtin' ? plan.template.id : 'generic',
    ...(plan.template.kind === 'file' ? { userDeck: true } : {}),
    baseName: base,
  });
  for (const w of produced.warnings) reporter.warning(w);
  if (plan.strict && produced.warnings.length > 0) throw strictError(produced.warnings, `the ${templateName(plan.template)} handout`);
  const outputs = plan.dryRun ? await dryRunOutputs(produced.files, base, plan.outDir, ctx) : await writeOutputs(produced.files, base, plan.outDir, plan.force, ctx);
  return {
    outputs,
    warnings: produced.warnings,
    template: templateName(plan.template),
    locale,
    paper,
    organization: brand.organization,
    brandSource: plan.resolved.source,
    fonts: produced.fonts,
    timings: { ...produced.timings, totalMs: performance.now() - t0 },
    ...(plan.dryRun ? { files: produced.files } : {}),
  };
}

async function dryRunOutputs(files: readonly ProducedFile[], base: string, outDir: string, ctx: RunContext): Promise<OutputRecord[]> {
  const out: OutputRecord[] = [];
  for (const f of files) {
    const file = path.join(outDir, outputFileName(base, f));
    out.push({ format: f.format, file: displayPath(ctx.io.cwd, file), bytes: f.bytes.length, exists: await exists(file) });
  }
  return out;
}

/**
 * Writes produced files as `<base>.<ext>` into `outDir`. Without `force`, each name is claimed
 * exclusively: an output that appeared since the first check (another run) is never replaced.
 */
export async function writeOutputs(files: readonly ProducedFile[], base: string, outDir: string, force: boolean, ctx: RunContext): Promise<OutputRecord[]> {
  const targets = files.map((f) => ({ f, file: path.join(outDir, outputFileName(base, f)) }));
  // Checked again: PNG pages are known only now.
  await checkOutputsFree(
    targets.map((t) => t.file),
    force,
    ctx.io.cwd,
  );
  await ensureOutputDir(outDir);
  const out: OutputRecord[] = [];
  for (const { f, file } of targets) {
    await writeFileAtomic(file, f.bytes, { overwrite: force });
    out.push({ format: f.format, file: displayPath(ctx.io.cwd, file), bytes: f.bytes.length });
  }
  return out;
}

function roundTimings(t: CustomizeResult['timings']) {
  return { customizeMs: Math.round(t.customizeMs), renderMs: Math.round(t.renderMs), totalMs: Math.round(t.totalMs) };
}

/** The JSON document of a customize run (also the interactive session's). */
export function resultJson(results: readonly CustomizeResult[], started: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const first = results[0];
  const sum = (k: keyof CustomizeResult['timings']) => results.reduce((n, r) => n + r.timings[k], 0);
  return {
    ok: true,
    ...extra,
    outputs: results.flatMap((r) => r.outputs),
    warnings: results.flatMap((r) => r.warnings),
    template: first?.template ?? null,
    templates: results.map((r) => ({ template: r.template, outputs: r.outputs, warnings: r.warnings, fonts: r.fonts, timings: roundTimings(r.timings) })),
    locale: first?.locale ?? null,
    paper: first?.paper ?? null,
    organization: first?.organization ?? null,
    brandSource: first?.brandSource ?? null,
    timings: { customizeMs: Math.round(sum('customizeMs')), renderMs: Math.round(sum('renderMs')), totalMs: Math.round(sum('totalMs')), commandMs: Math.round(performance.now() - started) },
  };
}

export function reportResult(result: CustomizeResult, asJson: boolean, ctx: RunContext, started: number): void {
  reportRun({ results: [result], failures: [], inputs: [] }, asJson, ctx, started, false);
}

function reportRun(run: CustomizeRun, asJson: boolean, ctx: RunContext, started: number, dryRun: boolean): void {
  const { reporter } = ctx;
  if (asJson) {
    const extra: Record<string, unknown> = dryRun ? { dryRun: true } : {};
    if (run.failures.length) {
      extra.ok = false;
      extra.failed = run.failures.map((f) => ({ template: f.template, error: { code: f.error.code, message: oneLine(f.error.message), exitCode: f.error.exitCode } }));
    }
    reporter.result(json(resultJson(run.results, started, extra)).trimEnd());
    return;
  }
  for (const result of run.results) {
    for (const o of result.outputs) {
      if (dryRun) reporter.status(`${reporter.err.green('would write')} ${o.file} (${formatBytes(o.bytes)})${o.exists ? reporter.err.yellow(' — exists: needs --force') : ''}`);
      else reporter.status(`${reporter.err.green('wrote')} ${o.file} (${formatBytes(o.bytes)})`);
    }
    reporter.detail(`${result.template}: customize ${result.timings.customizeMs.toFixed(0)} ms, render ${result.timings.renderMs.toFixed(0)} ms`);
    const embedded = result.fonts.embedded.map((f) => `${f.typeface} (${f.slots.join(', ')}; ${(f.bytes / 1024).toFixed(0)} KB)`);
    if (embedded.length > 0) reporter.detail(`${result.template}: fonts embedded in the PPTX: ${embedded.join(', ')}`);
  }
  if (dryRun) reporter.status('dry run: nothing was written');
}

