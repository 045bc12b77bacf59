/**
 * `va-infographic render <file.pptx>`: any deck to PDF and/or PNG, no branding. Outputs are
 * `<deck name>.pdf` and `<deck name>.png` (`<deck name>-<page>.png` for several slides).
 * --strict fails a deck whose drawing has warnings (nothing is written); --watch draws it again
 * whenever the deck changes.
 */
import path from 'node:path';
import { checkOutputsFree, FILE_LIMITS, formatBytes, readInputFile } from '../files.js';
import type { Format, RendererName } from '../options.js';
import { json } from '../output.js';
import { outputFileName, renderFormats } from '../produce.js';
import type { RunContext } from '../context.js';
import { templateNameOfPath } from '../slug.js';
import { applyVerbosity, runSettings } from './common.js';
import { strictError, writeOutputs, type OutputRecord } from './customize.js';
import type { Warning } from '../../warnings.js';
import type { PdfStandard } from '../../render/options.js';

export interface RenderRequest {
  file: string;
  formats: Format[];
  renderer: RendererName;
  outDir: string;
  force: boolean;
  strict: boolean;
  dpi: number;
  /** Print-shop bleed in points (--bleed). */
  bleed: number;
  pdfStandard: PdfStandard;
  includeHidden: boolean;
}

export async function runRender(file: string, options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const started = performance.now();
  const s = await runSettings(options, ctx, ['pdf', 'png'], 'pdf');
  const request: RenderRequest = { file, formats: s.formats, renderer: s.renderer, outDir: s.outDir, force: Boolean(options.force), strict: s.strict, dpi: s.dpi, bleed: s.bleed, pdfStandard: s.pdfStandard, includeHidden: Boolean(options.includeHidden) };
  if (options.watch) {
    const { watchRender } = await import('../watch.js');
    return watchRender(request, ctx);
  }
  const result = await renderOnce(request, ctx);
  if (options.json) {
    ctx.reporter.result(json({ ok: true, file, outputs: result.outputs, warnings: result.warnings, timings: { wallMs: Math.round(performance.now() - started) } }).trimEnd());
  } else {
    for (const o of result.outputs) ctx.reporter.status(`${ctx.reporter.err.green('wrote')} ${o.file} (${formatBytes(o.bytes)})`);
  }
  return 0;
}

/** Reads, draws and writes the deck once; `overwrite` replaces earlier outputs (--watch). */
export async function renderOnce(request: RenderRequest, ctx: RunContext, overwrite = false): Promise<{ outputs: OutputRecord[]; warnings: Warning[] }> {
  const { io, reporter } = ctx;
  const force = request.force || overwrite;
  const base = templateNameOfPath(request.file);
  await checkOutputsFree(
    request.formats.map((format) => path.join(request.outDir, outputFileName(base, { format }))),
    force,
    io.cwd,
  );
  const bytes = await readInputFile(path.resolve(io.cwd, request.file), 'the deck', FILE_LIMITS.pptx, request.file);
  const rendered = await renderFormats(bytes, { formats: request.formats, renderer: request.renderer, what: request.file, userDeck: true, dpi: request.dpi, pdfStandard: request.pdfStandard, ...(request.bleed ? { bleed: request.bleed } : {}), ...(request.includeHidden ? { includeHidden: true } : {}) });
  for (const w of rendered.warnings) reporter.warning(w);
  if (request.strict && rendered.warnings.length > 0) throw strictError(rendered.warnings, request.file);
  const outputs = await writeOutputs(rendered.files, base, request.outDir, force, ctx);
  return { outputs, warnings: rendered.warnings };
}
