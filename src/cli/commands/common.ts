/**
 * Small helpers shared by the commands.
 */
import path from 'node:path';
import { VaError } from '../../errors.js';
import { booleanValue, listValue, loadConfig, pathValue, setting, type LoadedConfig } from '../config.js';
import type { RunContext } from '../context.js';
import { DEFAULT_DPI, FORMATS, parseBleedOption, parseEmbedFonts, type EmbedFontsMode, parseDpi, parseFormats, parsePdfStandard, parseRenderer, withFaqDependencies, type Format, type RendererName } from '../options.js';
import type { PdfStandard } from '../../render/options.js';

/** Applies --quiet / --verbose of a command to the run's reporter. */
export function applyVerbosity(options: Record<string, unknown>, ctx: RunContext): void {
  if (options.verbose) ctx.reporter.verbosity = 'verbose';
  else if (options.quiet) ctx.reporter.verbosity = 'quiet';
}

/** A string option's value, or undefined. */
export function str(options: Record<string, unknown>, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
}

/** The options most commands share, each from its flag, the config file, or its default. */
export interface RunSettings {
  config: LoadedConfig;
  formats: Format[];
  renderer: RendererName;
  outDir: string;
  strict: boolean;
  dpi: number;
  /** Print-shop bleed in points (0: none). */
  bleed: number;
  pdfStandard: PdfStandard;
  /** Fonts embedded in the PPTX (--embed-fonts, --no-embed-fonts): auto (default), full, subset or none. */
  embedFonts: EmbedFontsMode;
}

/**
 * Reads the shared options of a command (precedence: flag > config file > default). `allowed`
 * are the formats the command can write; formats in a config file that this command cannot
 * write (pptx for `render`) are left out rather than refused, since the file serves every command.
 */
export async function runSettings(options: Record<string, unknown>, ctx: RunContext, allowed: readonly Format[], defaultFormats: string): Promise<RunSettings> {
  const cwd = ctx.io.cwd;
  const config = await loadConfig(options.config, cwd);
  if (config.file) ctx.reporter.detail(`config file ${config.shown}`);
  const formats = setting(
    'format',
    options,
    config,
    cwd,
    (raw, source) => {
      const list = listValue(raw);
      if (source.from !== 'config') return parseFormats(list, allowed, source.label);
      const usable = list.split(',').filter((f) => (allowed as readonly string[]).includes(f.trim().toLowerCase()) || !(FORMATS as readonly string[]).includes(f.trim().toLowerCase()));
      return usable.length ? parseFormats(usable.join(','), allowed, source.label) : parseFormats(defaultFormats, allowed);
    },
    parseFormats(defaultFormats, allowed),
  );
  const renderer = setting('renderer', options, config, cwd, (raw, s) => parseRenderer(String(raw), s.label), 'embedded' as RendererName);
  if (renderer === 'libreoffice' && (options.bleed !== undefined || config.values.bleed !== undefined)) {
    throw new VaError('E_USAGE', '--bleed needs the embedded renderer (LibreOffice draws no bleed or crop marks)');
  }
  if (renderer === 'libreoffice' && formats.includes('png')) {
    throw new VaError('E_USAGE', '--format png needs the embedded renderer (LibreOffice output here is PDF only)');
  }
  return {
    config,
    // The website FAQ (html, md) also writes the handout PDF and PNG it links to.
    formats: withFaqDependencies(formats, renderer),
    renderer,
    outDir: setting('out', options, config, cwd, pathValue, path.resolve(cwd, './out')),
    strict: setting('strict', options, config, cwd, booleanValue, false),
    dpi: setting('dpi', options, config, cwd, (raw, s) => parseDpi(String(raw), s.label), DEFAULT_DPI),
    bleed: setting('bleed', options, config, cwd, (raw, s) => parseBleedOption(String(raw), s.label), 0),
    pdfStandard: setting('pdfStandard', options, config, cwd, (raw, s) => parsePdfStandard(String(raw), s.label), 'pdfua-1' as PdfStandard),
    embedFonts: setting('embedFonts', options, config, cwd, (raw, s) => parseEmbedFonts(raw, s.label), 'auto' as EmbedFontsMode),
  };
}
