/**
 * The batch worker (bundled to dist/worker.js): produces one deck per job message. The brand
 * engine, the renderer and its fonts load once per worker and stay warm; template files are
 * read once and kept in memory.
 */
import { parentPort } from 'node:worker_threads';
import { toVaError } from '../../errors.js';
import { FILE_LIMITS, readInputFile } from '../files.js';
import { preload, produce } from '../produce.js';
import type { JobMessage, ResultMessage, WarmMessage } from './protocol.js';

const templates = new Map<string, Promise<Uint8Array>>();

function template(file: string): Promise<Uint8Array> {
  let bytes = templates.get(file);
  if (!bytes) {
    bytes = readInputFile(file, 'the template', FILE_LIMITS.pptx);
    templates.set(file, bytes);
    // A failed read is not cached: the next job retries it.
    bytes.catch(() => templates.delete(file));
  }
  return bytes;
}

async function handle(job: JobMessage): Promise<ResultMessage> {
  const t0 = performance.now();
  try {
    const produced = await produce({
      template: await template(job.templateFile),
      what: job.what,
      brand: job.brand,
      assets: job.assets,
      formats: job.formats,
      renderer: job.renderer,
      replaceLinks: job.replaceLinks,
      ...(job.dpi !== undefined ? { dpi: job.dpi } : {}),
      ...(job.industry ? { industry: job.industry } : {}),
      ...(job.baseName ? { baseName: job.baseName } : {}),
      ...(job.pdfStandard ? { pdfStandard: job.pdfStandard } : {}),
      ...(job.embedFonts ? { embedFonts: job.embedFonts } : {}),
      ...(job.userDeck ? { userDeck: true } : {}),
    });
    return { type: 'result', id: job.id, ok: true, files: produced.files, warnings: produced.warnings, timings: { ...produced.timings, workMs: performance.now() - t0 } };
  } catch (e) {
    const error = toVaError(e);
    const cause = error.cause instanceof Error ? error.cause : error;
    return { type: 'result', id: job.id, ok: false, error: { code: error.code, kind: error.kind, message: error.message, ...(cause.stack ? { stack: cause.stack } : {}) } };
  }
}

if (!parentPort) throw new Error('the batch worker must run in a worker thread');
const port = parentPort;
port.on('message', (message: JobMessage | WarmMessage) => {
  if (message.type === 'warm') preload(message.formats, message.renderer);
  else void handle(message).then((result) => port.postMessage(result));
});
