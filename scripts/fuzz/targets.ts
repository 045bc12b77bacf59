/**
 * Runs one case through the library the way the CLI does (render, renderPng, inspect, or
 * customize followed by rendering the branded deck) and sorts the outcome:
 *   ok       – outputs were produced (they are checked next, check.ts);
 *   refused  – a VaError with a specific code: the input was rejected cleanly;
 *   crash    – anything else: an exception that is not a VaError, or a VaError that only wraps
 *              one (E_INTERNAL, or E_RENDER around a TypeError), or a recovered exception that
 *              the renderer turned into a warning (src/diagnostics.ts).
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { BrandAssets } from '../../src/brand/assets.js';
import { parseBrand } from '../../src/brand/validate.js';
import { parseJsonText } from '../../src/cli/json-file.js';
import { fontRegistry, renderFormats } from '../../src/cli/produce.js';
import { RECOVERED_CHANNEL, type RecoveredError } from '../../src/diagnostics.js';
import { customize } from '../../src/edit/customize.js';
import { VaError } from '../../src/errors.js';
import { inspect } from '../../src/inspect/inspect.js';
import type { Warning } from '../../src/warnings.js';
import type { FuzzCase } from './case.js';

export interface Outputs {
  pdf?: Uint8Array;
  pptx?: Uint8Array;
  pngs?: Uint8Array[];
}

export interface Outcome {
  status: 'ok' | 'refused' | 'crash';
  code?: string;
  message?: string;
  /** Stack of the exception (crash only). */
  stack?: string;
  warnings: Warning[];
  outputs: Outputs;
  /** Exceptions the renderer recovered from (each one is a crash finding). */
  recovered: { where: string; message: string; stack: string }[];
}

function errorInfo(error: unknown): { name: string; message: string; stack: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack ?? `${error.name}: ${error.message}` };
  return { name: typeof error, message: String(error), stack: String(error) };
}

/** A VaError that only wraps an unexpected exception is a crash, not a refusal. */
export function isCrash(error: unknown): boolean {
  if (!(error instanceof VaError)) return true;
  if (error.code === 'E_INTERNAL') return true;
  const cause = error.cause;
  return error.code === 'E_RENDER' && cause instanceof Error && !(cause instanceof VaError);
}

function assetsFor(c: FuzzCase, brand: { logo?: string; fonts?: { headingFile?: string; bodyFile?: string } }): BrandAssets {
  const assets: BrandAssets = {};
  if (brand.logo && c.logo) assets.logo = { name: `logo-${c.logo.name.split('/').pop()}`, bytes: c.logo.bytes };
  if (brand.fonts?.headingFile && c.font) assets.headingFont = { name: 'font.ttf', bytes: c.font.bytes };
  if (brand.fonts?.bodyFile && c.font) assets.bodyFont = { name: 'font.ttf', bytes: c.font.bytes };
  return assets;
}

async function execute(c: FuzzCase, outputs: Outputs, warnings: Warning[]): Promise<void> {
  const what = 'deck.pptx';
  switch (c.target) {
    case 'render': {
      const r = await renderFormats(c.deck, { formats: ['pdf'], renderer: 'embedded', what });
      outputs.pdf = r.files[0]!.bytes;
      warnings.push(...r.warnings);
      return;
    }
    case 'png': {
      const r = await renderFormats(c.deck, { formats: ['png'], renderer: 'embedded', what });
      outputs.pngs = r.files.map((f) => f.bytes);
      warnings.push(...r.warnings);
      return;
    }
    case 'inspect': {
      inspect(c.deck, { what });
      return;
    }
    case 'customize': {
      const brand = parseBrand(parseJsonText(c.brandText ?? '{}', 'brand.json', 'the brand file'), 'brand.json');
      const assets = assetsFor(c, brand);
      const fonts = await fontRegistry(brand, assets);
      const branded = await customize(c.deck, brand, assets, { fonts, source: what });
      outputs.pptx = branded.pptx;
      warnings.push(...branded.warnings);
      const r = await renderFormats(branded.pptx, { formats: ['pdf'], renderer: 'embedded', brand, assets, what: 'the branded deck' });
      outputs.pdf = r.files[0]!.bytes;
      warnings.push(...r.warnings);
      return;
    }
  }
}

export async function runCase(c: FuzzCase): Promise<Outcome> {
  const outputs: Outputs = {};
  const warnings: Warning[] = [];
  const recovered: Outcome['recovered'] = [];
  const listener = (message: unknown) => {
    const m = message as RecoveredError;
    const info = errorInfo(m.error);
    recovered.push({ where: m.where, message: `${info.name}: ${info.message}`, stack: info.stack });
  };
  subscribe(RECOVERED_CHANNEL, listener);
  try {
    await execute(c, outputs, warnings);
    if (recovered.length > 0) {
      const first = recovered[0]!;
      return { status: 'crash', code: `recovered ${first.where}`, message: first.message, stack: first.stack, warnings, outputs, recovered };
    }
    return { status: 'ok', warnings, outputs, recovered };
  } catch (error) {
    if (!isCrash(error)) {
      const e = error as VaError;
      return { status: 'refused', code: e.code, message: e.message, warnings, outputs, recovered };
    }
    const inner = error instanceof VaError && error.cause instanceof Error ? error.cause : error;
    const info = errorInfo(inner);
    return { status: 'crash', code: error instanceof VaError ? `${error.code} around ${info.name}` : info.name, message: info.message, stack: info.stack, warnings, outputs, recovered };
  } finally {
    unsubscribe(RECOVERED_CHANNEL, listener);
  }
}
