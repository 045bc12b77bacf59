/**
 * `va-infographic render <file.pptx>`: any deck to PDF and/or PNG, no branding. Outputs are
 * `<deck name>.pdf` and `<deck name>.png` (`<deck name>-<page>.png` for several slides).
 */
import path from 'node:path';
import { VaError } from '../../errors.js';
import { checkOutputsFree, FILE_LIMITS, formatBytes, readInputFile } from '../files.js';
import { parseFormats, parseRenderer } from '../options.js';
import { json } from '../output.js';
import { outputFileName, renderFormats } from '../produce.js';
import type { RunContext } from '../context.js';
import { templateNameOfPath } from '../slug.js';
import { applyVerbosity, str } from './common.js';
import { writeOutputs } from './customize.js';

export async function runRender(file: string, options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const { io, reporter } = ctx;
  const started = performance.now();
  const formats = parseFormats(str(options, 'format') ?? 'pdf', ['pdf', 'png']);
  const renderer = parseRenderer(str(options, 'renderer') ?? 'embedded');
  if (renderer === 'libreoffice' && formats.includes('png')) {
    throw new VaError('E_USAGE', '--format png needs the embedded renderer (LibreOffice output here is PDF only)');
  }
  const outDir = path.resolve(io.cwd, str(options, 'out') ?? './out');
  const force = Boolean(options.force);
  const base = templateNameOfPath(file);
  await checkOutputsFree(
    formats.map((format) => path.join(outDir, outputFileName(base, { format }))),
    force,
    io.cwd,
  );
  const bytes = await readInputFile(path.resolve(io.cwd, file), 'the deck', FILE_LIMITS.pptx, file);
  const rendered = await renderFormats(bytes, { formats, renderer, what: file, includeHidden: Boolean(options.includeHidden) });
  const outputs = await writeOutputs(rendered.files, base, outDir, force, ctx);
  for (const w of rendered.warnings) reporter.warning(w);
  if (options.json) {
    reporter.result(json({ ok: true, file, outputs, warnings: rendered.warnings, timings: { wallMs: Math.round(performance.now() - started) } }).trimEnd());
  } else {
    for (const o of outputs) reporter.status(`${reporter.err.green('wrote')} ${o.file} (${formatBytes(o.bytes)})`);
  }
  return 0;
}
