#!/usr/bin/env node
// One deck of `npm run fidelity`, in its own process (so its time and peak memory are its own, and
// a crash or a hang cannot take the measurement with it): renders DECK with the built library
// (dist/) into OUT.pdf and prints one JSON line: { ok, ms, pages, warnings, maxRssMB } or
// { ok: false, code, message, stack? } (stack only for an error that is not our own VaError).
//
//   node scripts/fidelity-worker.mjs deck.pptx out.pdf [dist folder]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [deck, out, dist = path.join(root, 'dist')] = process.argv.slice(2);

const t0 = performance.now();
const lib = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const loaded = performance.now();
const report = (r) => process.stdout.write(`${JSON.stringify({ ...r, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
try {
  const bytes = new Uint8Array(readFileSync(deck));
  // System fonts as the CLI's `render` uses them (fontconfig, and its answer for a family installed
  // nowhere), so decks made elsewhere get their installed fonts and LibreOffice's substitutes.
  const r = await lib.render(bytes, { what: path.basename(deck), systemFonts: true, missingFamilies: 'system' });
  const ms = performance.now() - loaded;
  writeFileSync(out, r.pdf);
  report({ ok: true, ms: Math.round(ms), loadMs: Math.round(loaded - t0), pages: r.pages, warnings: r.warnings.map((w) => ({ code: w.code, message: w.message })) });
} catch (error) {
  const ours = lib.isVaError(error);
  report({ ok: false, code: ours ? error.code : 'CRASH', message: String(error?.message ?? error).slice(0, 300), ...(ours ? {} : { stack: String(error?.stack ?? '').slice(0, 2000) }) });
}
