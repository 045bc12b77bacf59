/**
 * `va-infographic customize`: one template, one brand, written to --out as
 * `<org-slug>-<template>-<locale>.<ext>`.
 *
 * Interactive mode (prompts) runs with --interactive, or by default when stdin is a terminal and
 * neither --template nor --brand says what to do. Without a terminal nothing is ever asked: a
 * missing value is a usage error (exit 2) that names it.
 */
import path from 'node:path';
import { VaError } from '../../errors.js';
import { brandLocale, brandPaper, checkLink } from '../../brand/schema.js';
import { TEMPLATE_IDS } from '../../templates/catalog.js';
import type { Warning } from '../../warnings.js';
import { FLAG_FIELDS, type BrandFlags } from '../brand-input.js';
import { resolveBrand, type ResolvedBrand } from '../brand-resolve.js';
import { checkOutputsFree, displayPath, ensureOutputDir, formatBytes, writeFileAtomic } from '../files.js';
import { parseFormats, parseRenderer, parseReplaceLink, type Format, type LinkReplacement, type RendererName } from '../options.js';
import { json } from '../output.js';
import { outputFileName, produce, type ProducedFile } from '../produce.js';
import type { RunContext } from '../context.js';
import { outputBaseName } from '../slug.js';
import { parseTemplateRef, readTemplate, templateName, type TemplateRef } from '../template-source.js';
import { applyVerbosity, str } from './common.js';

/** Everything a customize run needs, from flags or from the prompts. */
export interface CustomizePlan {
  template: TemplateRef;
  resolved: ResolvedBrand;
  formats: Format[];
  renderer: RendererName;
  replaceLinks: LinkReplacement[];
  outDir: string;
  force: boolean;
  /** --include-hidden: draw hidden slides in the PDF/PNG. */
  includeHidden?: boolean;
}

export interface CustomizeResult {
  outputs: { format: Format; file: string; bytes: number }[];
  warnings: Warning[];
  template: string;
  locale: string;
  paper: string;
  organization: string;
  brandSource: string;
  timings: { customizeMs: number; renderMs: number; totalMs: number };
}

export function parseReplaceLinks(values: readonly string[]): LinkReplacement[] {
  return values.map((v) => {
    const r = parseReplaceLink(v);
    const problem = checkLink(r.to);
    if (problem) throw new VaError('E_USAGE', `--replace-link: the new link ${JSON.stringify(r.to)} ${problem}`);
    return r;
  });
}

const TEMPLATE_HINT = `${TEMPLATE_IDS.join('|')}|file.pptx`;

function brandFlagsGiven(options: Record<string, unknown>): boolean {
  return FLAG_FIELDS.some((f) => options[f.flag] !== undefined);
}

export async function runCustomize(options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const { io, reporter } = ctx;
  const started = performance.now();
  const templateArg = str(options, 'template');
  const brandArg = str(options, 'brand');
  const isTTY = io.stdin.isTTY === true;

  // Validate the plain options first: a typo fails before any question is asked.
  const formats = parseFormats(str(options, 'format') ?? 'pdf,pptx');
  const renderer = parseRenderer(str(options, 'renderer') ?? 'embedded');
  if (renderer === 'libreoffice' && formats.includes('png')) {
    throw new VaError('E_USAGE', '--format png needs the embedded renderer (LibreOffice output here is PDF only)');
  }
  const replaceLinks = parseReplaceLinks((options.replaceLink as string[] | undefined) ?? []);
  const outDir = path.resolve(io.cwd, str(options, 'out') ?? './out');
  const force = Boolean(options.force);

  const interactive = Boolean(options.interactive) || (isTTY && templateArg === undefined && brandArg === undefined);
  if (interactive) {
    if (!isTTY) {
      // Never prompt without a terminal: say what a run with flags needs instead.
      const missing = templateArg === undefined ? `; missing: --template <${TEMPLATE_HINT}>` : '';
      throw new VaError(
        'E_USAGE',
        `--interactive needs a terminal, and stdin is not one; give the values as flags instead (--template, and --brand <brand.json> or brand flags such as --org and --primary)${missing}`,
      );
    }
    const { runInteractive } = await import('../interactive/session.js');
    return runInteractive({ options, ctx, formats, renderer, replaceLinks, outDir, force, brandFlagsGiven: brandFlagsGiven(options) });
  }

  if (templateArg === undefined) {
    throw new VaError('E_USAGE', `missing --template <${TEMPLATE_HINT}>${isTTY ? '' : '; stdin is not a terminal, so nothing was asked'}`);
  }
  const template = parseTemplateRef(templateArg, io.cwd);
  const resolved = await resolveBrand({ flags: options as BrandFlags, brandPath: brandArg, cwd: io.cwd });
  if (!brandArg) {
    if (brandFlagsGiven(options) && resolved.sampleFields.length) {
      reporter.warning(`no --brand given: ${resolved.sampleFields.join(', ')} come from the built-in sample brand; pass --brand (see va-infographic init) or flags for them`);
    } else if (!brandFlagsGiven(options)) {
      reporter.status(`using the built-in sample brand (${resolved.brand.organization}); pass --brand brand.json for your own`);
    }
  }
  const plan: CustomizePlan = { template, resolved, formats, renderer, replaceLinks, outDir, force, includeHidden: Boolean(options.includeHidden) };
  const result = await executePlan(plan, ctx);
  reportResult(result, Boolean(options.json), ctx, started);
  return 0;
}

/** Output base name and the files it would produce (before rendering: one file per format). */
export function plannedOutputs(plan: CustomizePlan): { base: string; files: string[] } {
  const locale = brandLocale(plan.resolved.brand);
  const base = outputBaseName(plan.resolved.brand.organization, templateName(plan.template), locale);
  return { base, files: plan.formats.map((format) => path.join(plan.outDir, outputFileName(base, { format }))) };
}

/** Reads the template, produces every format, writes the outputs atomically. */
export async function executePlan(plan: CustomizePlan, ctx: RunContext): Promise<CustomizeResult> {
  const { io, reporter } = ctx;
  const { brand, assets } = plan.resolved;
  const locale = brandLocale(brand);
  const paper = brandPaper(brand);
  const { base, files } = plannedOutputs(plan);
  // Refuse early, before any work, when an output exists.
  await checkOutputsFree(files, plan.force, io.cwd);

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
    ...(plan.includeHidden ? { includeHidden: true } : {}),
  });
  const outputs = await writeOutputs(produced.files, base, plan.outDir, plan.force, ctx);
  for (const w of produced.warnings) reporter.warning(w);
  return {
    outputs,
    warnings: produced.warnings,
    template: templateName(plan.template),
    locale,
    paper,
    organization: brand.organization,
    brandSource: plan.resolved.source,
    timings: { ...produced.timings, totalMs: performance.now() - t0 },
  };
}

/** Writes produced files as `<base>.<ext>` into `outDir` (checked again: PNG pages are known only now). */
export async function writeOutputs(
  files: readonly ProducedFile[],
  base: string,
  outDir: string,
  force: boolean,
  ctx: RunContext,
): Promise<{ format: Format; file: string; bytes: number }[]> {
  const targets = files.map((f) => ({ f, file: path.join(outDir, outputFileName(base, f)) }));
  await checkOutputsFree(
    targets.map((t) => t.file),
    force,
    ctx.io.cwd,
  );
  await ensureOutputDir(outDir);
  const out: { format: Format; file: string; bytes: number }[] = [];
  for (const { f, file } of targets) {
    await writeFileAtomic(file, f.bytes);
    out.push({ format: f.format, file: displayPath(ctx.io.cwd, file), bytes: f.bytes.length });
  }
  return out;
}

export function reportResult(result: CustomizeResult, asJson: boolean, ctx: RunContext, started: number): void {
  const { reporter } = ctx;
  if (asJson) {
    const t = result.timings;
    const timings = { customizeMs: Math.round(t.customizeMs), renderMs: Math.round(t.renderMs), totalMs: Math.round(t.totalMs), commandMs: Math.round(performance.now() - started) };
    reporter.result(json({ ok: true, ...result, timings }).trimEnd());
    return;
  }
  for (const o of result.outputs) reporter.status(`${reporter.err.green('wrote')} ${o.file} (${formatBytes(o.bytes)})`);
  reporter.detail(`customize ${result.timings.customizeMs.toFixed(0)} ms, render ${result.timings.renderMs.toFixed(0)} ms`);
}
