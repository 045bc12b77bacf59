/**
 * Parsers for option values that are more than a string: formats, link replacements, renderer,
 * concurrency, shard. Each throws a one-line E_USAGE error naming the option.
 */
import { availableParallelism } from 'node:os';
import { VaError } from '../errors.js';
import { parseBleed } from '../render/bleed.js';
import { PDF_STANDARDS, type PdfStandard } from '../render/options.js';

export const FORMATS = ['pdf', 'pptx', 'png', 'html', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** The website FAQ formats (src/faq): they link to the handout's PDF and show its PNG preview. */
export const FAQ_FORMATS: readonly Format[] = ['html', 'md'];

/**
 * The formats a run produces: `html` and `md` bring the handout files they link to, the PDF and
 * (with the embedded renderer, which draws PNG) the PNG preview, written next to the page.
 */
export function withFaqDependencies(formats: readonly Format[], renderer: RendererName): Format[] {
  if (!formats.some((f) => FAQ_FORMATS.includes(f))) return [...formats];
  const needed: Format[] = renderer === 'embedded' ? ['pdf', 'png'] : ['pdf'];
  return [...formats.filter((f) => !FAQ_FORMATS.includes(f)), ...needed.filter((f) => !formats.includes(f)), ...formats.filter((f) => FAQ_FORMATS.includes(f))];
}

export const RENDERERS = ['embedded', 'libreoffice'] as const;
export type RendererName = (typeof RENDERERS)[number];

/** `--format pdf,pptx` → ['pdf', 'pptx'] (order kept, duplicates dropped). */
export function parseFormats(value: string, allowed: readonly Format[] = FORMATS, label = '--format'): Format[] {
  const out: Format[] = [];
  for (const raw of value.split(',')) {
    const f = raw.trim().toLowerCase();
    if (f === '') continue;
    if (!(allowed as readonly string[]).includes(f)) {
      throw new VaError('E_USAGE', `${label}: unknown format "${raw.trim()}"; expected ${allowed.join(', ')} (comma-separated)`);
    }
    if (!out.includes(f as Format)) out.push(f as Format);
  }
  if (out.length === 0) throw new VaError('E_USAGE', `${label}: no format given; expected ${allowed.join(', ')} (comma-separated)`);
  return out;
}

export function parseRenderer(value: string, label = '--renderer'): RendererName {
  const v = value.trim().toLowerCase();
  if (!(RENDERERS as readonly string[]).includes(v)) {
    throw new VaError('E_USAGE', `${label}: unknown renderer "${value}"; expected embedded or libreoffice`);
  }
  return v as RendererName;
}

/** `--bleed 3mm` (also 0.125in, 9pt; a bare number is mm) → points, at most 10 mm. */
export function parseBleedOption(value: string, label = '--bleed'): number {
  const parsed = parseBleed(String(value));
  if ('error' in parsed) throw new VaError('E_USAGE', `${label}: ${parsed.error}`);
  return parsed.points;
}

/** The standard the PDF follows (docs/accessibility.md): pdfua-1 by default, or pdfa-2a. */
export function parsePdfStandard(value: string, label = '--pdf-standard'): PdfStandard {
  const v = value.trim().toLowerCase();
  if (!(PDF_STANDARDS as readonly string[]).includes(v)) {
    throw new VaError('E_USAGE', `${label}: unknown PDF standard "${value}"; expected ${PDF_STANDARDS.join(' or ')}`);
  }
  return v as PdfStandard;
}

/** PNG resolution: 10 to 600 dots per inch (96 is a screen's; 300 is print). */
export const DEFAULT_DPI = 96;

export function parseDpi(value: string, label = '--dpi'): number {
  const n = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(n) || n < 10 || n > 600) {
    throw new VaError('E_USAGE', `${label}: expected a resolution from 10 to 600 (dots per inch), got ${JSON.stringify(String(value))}`);
  }
  return n;
}

export interface LinkReplacement {
  from: string;
  to: string;
}

/** `--replace-link OLD=NEW`; the first "=" that is followed by a URL scheme splits (OLD may contain "="). */
export function parseReplaceLink(value: string): LinkReplacement {
  // Split at the "=" before NEW's scheme, so query strings with "=" in OLD still work.
  const m = /^(.+?)=((?:https?|mailto|tel):.*)$/is.exec(value.trim());
  const i = value.indexOf('=');
  const from = m ? m[1]! : i > 0 ? value.slice(0, i) : '';
  const to = m ? m[2]! : i > 0 ? value.slice(i + 1) : '';
  if (from.trim() === '' || to.trim() === '') {
    throw new VaError('E_USAGE', `--replace-link: expected OLD=NEW (two links separated by "="), got ${JSON.stringify(value)}`);
  }
  return { from: from.trim(), to: to.trim() };
}

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

export function parseConcurrency(value: string, label = '--concurrency'): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > 256) {
    throw new VaError('E_USAGE', `${label}: expected a whole number from 1 to 256, got ${JSON.stringify(value)}`);
  }
  return n;
}

export interface Shard {
  /** 1-based index of this shard. */
  index: number;
  count: number;
}

/** `--shard 2/4` → { index: 2, count: 4 }. */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count || count > 10_000) {
    throw new VaError('E_USAGE', `--shard: expected k/n with 1 <= k <= n (for example 1/4), got ${JSON.stringify(value)}`);
  }
  return { index, count };
}

/** `--embed-fonts auto|full|subset|none` (`--no-embed-fonts` is none): fonts embedded in the PPTX (docs/fonts.md). */
export const EMBED_FONTS = ['auto', 'full', 'subset', 'none'] as const;
export type EmbedFontsMode = (typeof EMBED_FONTS)[number];
export function parseEmbedFonts(value: unknown, label = '--embed-fonts'): EmbedFontsMode {
  if (value === false) return 'none';
  if (value === true) return 'auto';
  const v = String(value).trim().toLowerCase();
  if ((EMBED_FONTS as readonly string[]).includes(v)) return v as EmbedFontsMode;
  throw new VaError('E_USAGE', `${label} must be auto, full, subset or none (got "${String(value).slice(0, 40)}")`);
}
