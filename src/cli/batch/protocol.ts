/**
 * Messages between the batch's main thread and its workers (structured-cloned).
 */
import type { BrandAssets } from '../../brand/assets.js';
import type { Brand } from '../../brand/schema.js';
import type { ErrorCode, ErrorKind } from '../../errors.js';
import type { TemplateId } from '../../templates/catalog.js';
import type { Warning } from '../../warnings.js';
import type { EmbedFontsMode, Format, LinkReplacement, RendererName } from '../options.js';
import type { ProducedFile } from '../produce.js';
import type { PdfStandard } from '../../render/options.js';

/** Sent once after start: lets the worker load the modules it will need before the first job. */
export interface WarmMessage {
  type: 'warm';
  formats: Format[];
  renderer: RendererName;
}

export interface JobMessage {
  type: 'job';
  id: number;
  /** Absolute path of the template file (the worker caches its bytes). */
  templateFile: string;
  /** How to name the template in messages. */
  what: string;
  brand: Brand;
  assets: BrandAssets;
  formats: Format[];
  renderer: RendererName;
  replaceLinks: LinkReplacement[];
  /** PNG resolution. */
  dpi?: number;
  /** For the website FAQ (html, md): the template's industry and the output base name. */
  industry?: TemplateId;
  baseName?: string;
  /** The standard the PDF follows. */
  pdfStandard?: PdfStandard;
  /** Fonts embedded in the PPTX (default full). */
  embedFonts?: EmbedFontsMode;
  /** The template is the user's own deck (RenderRequest.userDeck). */
  userDeck?: boolean;
}

export interface SerializedError {
  code: ErrorCode;
  kind: ErrorKind;
  message: string;
  stack?: string;
}

export type ResultMessage =
  | { type: 'result'; id: number; ok: true; files: ProducedFile[]; warnings: Warning[]; timings: { customizeMs: number; renderMs: number; workMs: number } }
  | { type: 'result'; id: number; ok: false; error: SerializedError };
