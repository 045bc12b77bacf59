// `npm run fidelity -- <folder>`: how close our PDFs are to LibreOffice's on a folder of real decks.
// `npm run fidelity -- --external`: the same on the external corpus (fixtures/external-corpus/
// manifest.json), whose decks are read from the mirrored repositories (git show <commit>:<path>)
// into a temporary folder under <out> that is deleted when the run ends (test/helpers/external-corpus.ts).
//
// For every *.pptx under <folder> (recursively, in name order):
//   1. our renderer (the built library, dist/) in a new process per deck (scripts/fidelity-worker.mjs):
//      outcome (rendered / refused with a VaError code / crash = any other exception / timeout),
//      time of the render call, peak memory (max RSS) of the process, warnings;
//   2. LibreOffice (sanitised copies as renderWithLibreOffice makes them, private profile, the shipped
//      fonts plus the system's; 15 decks per soffice call), cached by the deck's SHA-256 under
//      <out>/lo/ (LibreOffice's answer does not change when our renderer does; delete that folder
//      after installing fonts);
//   3. both PDFs rasterised by pdftoppm at --dpi (default 40) and compared page by page with the
//      measure of test/render/helpers/pixel-diff.ts (a pixel differs when no pixel within 1 px in
//      the other image is within 48/255 on every channel). Pages one side has and the other lacks
//      count as 100 % different.
//      A deck without slides is not compared (both write one blank page, LibreOffice's at its own
//      default size): it is counted apart.
//
// Writes <out>/fidelity.json (every deck and page) and <out>/fidelity.md (the distribution, the
// worst pages, the warnings by code, time and memory). Options:
//   --out DIR        results and caches (default /tmp/va-fidelity)
//   --dpi N          rasterisation resolution (default 40)
//   --timeout S      per deck, ours and LibreOffice's (default 60 / 120 s)
//   --only TEXT      only decks whose path contains TEXT (repeatable)
//   --limit N        the first N decks
//   --sample N       a random sample of N decks, the same for the same --seed (default 1): decks
//                    ordered by SHA-256 of "<seed>:<file name>", the first N taken (after --only)
//   --images N       keep side-by-side pictures (ours | LibreOffice | difference) of the N worst pages
//   --jobs N         decks rendered at once by our renderer (default 1; LibreOffice runs one at a time)
//   --dist DIR       the built library to measure (default: this checkout's dist/), e.g. an older build
//   --external       the external corpus instead of a folder (--only and --limit pick its decks)
//   --resume         keep the results of <out>/fidelity.json and measure only decks not in it (or that crashed);
//                    the results are saved after every deck, so an interrupted run resumes where it stopped
//   --again TEXT     with --resume: measure again the decks whose name contains TEXT (repeatable), e.g.
//                    after a renderer change that concerns them; the other decks keep their results
//   --reference DIR  a second reference: PDFs that PowerPoint exported of the decks, named like them
//                    (<deck name>.pdf). For every deck that has one, our PDF and LibreOffice's are
//                    each measured against it, per page: the share of differing pixels (the same
//                    measure) and where the text sits (test/render/helpers/text-layout.ts: words paired
//                    by text: how much the distance between lines differs from PowerPoint's, in points,
//                    the share of line breaks in the same places, the median vertical offset of a word).
//                    PowerPoint draws the deck's own fonts, which we do not have: the layout figures
//                    are the ones to read.
//                    With --images, every page of a deck with a reference is also pictured as
//                    ours | LibreOffice | reference (<out>/pages/<deck>-p<N>-reference.png).
//   --thumbnails     for every deck whose docProps/app.xml names PowerPoint and that has a JPEG or PNG
//                    docProps/thumbnail (the first slide as PowerPoint drew it when it last saved the
//                    deck, 256 px wide), picture page 1 as ours | LibreOffice | that thumbnail
//                    (<out>/pages/<deck>-p1-thumbnail.png). A deck another program changed after
//                    PowerPoint saved it keeps a stale thumbnail: check the slide is the same.
//                    Both page 1s are also measured against the thumbnail (fidelity-thumbnails.mts).
//   --powerpoint     the pairs of fixtures/powerpoint-reference/manifest.json (decks and the PDFs
//                    PowerPoint exported of them, read from the mirrored repositories like --external's)
//                    instead of a folder, measured with --reference
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { fontconfigXml, shippedFontDirectories } from '../src/fonts/index.js';
import { sanitizeForLibreOffice } from '../src/render/libreoffice.js';
import { findMirrors, loadManifest, loadPairs, materialize, pairDeck, pairPdf, unavailableReason } from '../test/helpers/external-corpus.js';
import { decodeRgb, diffImage, pixelDifference } from '../test/render/helpers/pixel-diff.js';
import { STALE_ABOVE, summarizeThumbnails, type ThumbnailDistances, thumbnailDistances } from './fidelity-thumbnails.mjs';
import { compareLayout, readTextPages, type LayoutAgreement } from '../test/render/helpers/text-layout.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const opt = (name: string, fallback?: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const all = (name: string): string[] => argv.flatMap((a, i) => (a === name && argv[i + 1] !== undefined ? [argv[i + 1]!] : []));
const flags = new Set(['--out', '--dpi', '--timeout', '--only', '--limit', '--sample', '--seed', '--images', '--jobs', '--dist', '--again', '--reference']);
const positional = argv.filter((a, i) => !a.startsWith('--') && !flags.has(argv[i - 1] ?? ''));
const EXTERNAL = argv.includes('--external');
const POWERPOINT = argv.includes('--powerpoint');
const THUMBNAILS = argv.includes('--thumbnails');
let folder = positional[0];
let REFERENCE = opt('--reference') === undefined ? undefined : path.resolve(opt('--reference')!);
if (EXTERNAL || POWERPOINT) {
  const why = unavailableReason(POWERPOINT ? loadPairs().map(pairDeck) : undefined);
  if (why) {
    console.error(`the ${POWERPOINT ? 'PowerPoint reference pairs' : 'external corpus'} cannot be read: ${why}`);
    process.exit(2);
  }
} else if (!folder || !existsSync(folder)) {
  console.error('usage: npm run fidelity -- <folder of .pptx files> | --external | --powerpoint [--out DIR] [--dpi 40] [--only TEXT] [--limit N] [--sample N [--seed S]] [--images N] [--jobs N] [--dist DIR] [--resume [--again TEXT]] [--reference DIR] [--thumbnails]');
  process.exit(2);
}
if (REFERENCE !== undefined && !existsSync(REFERENCE)) {
  console.error(`--reference ${REFERENCE}: no such folder`);
  process.exit(2);
}
const OUT = path.resolve(opt('--out', '/tmp/va-fidelity')!);
const DPI = Number(opt('--dpi', '40'));
const TIMEOUT_S = Number(opt('--timeout', '60'));
const LIMIT = Number(opt('--limit', '0'));
const SAMPLE = Number(opt('--sample', '0'));
const SEED = opt('--seed', '1')!;
/** A seeded random sample of `n` names (stable: ordered by a hash of seed and base name). */
function sample<T>(items: T[], name: (t: T) => string, n: number): T[] {
  if (!(n > 0)) return items;
  const key = (t: T) => createHash('sha256').update(`${SEED}:${path.basename(name(t))}`).digest('hex');
  return items
    .map((t) => ({ t, k: key(t) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, n)
    .map((x) => x.t);
}
const IMAGES = Number(opt('--images', '0'));
const JOBS = Math.max(1, Number(opt('--jobs', '1')) | 0);
const ONLY = all('--only');
const RESUME = argv.includes('--resume');
const AGAIN = all('--again');
const DIST = path.resolve(opt('--dist', path.join(root, 'dist'))!);

for (const tool of ['pdftoppm', ...(REFERENCE !== undefined || POWERPOINT ? ['pdftotext'] : []), ...(THUMBNAILS ? ['unzip'] : [])]) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`${tool} is not installed (poppler-utils)`);
    process.exit(2);
  }
}
if (!existsSync(path.join(DIST, 'index.js'))) {
  console.error(`${DIST}/index.js is missing: run npm run build first`);
  process.exit(2);
}
const lib = await import(pathToFileURL(path.join(DIST, 'index.js')).href);
if (!lib.findSoffice()) {
  console.error('LibreOffice (soffice) is not installed: nothing to compare with');
  process.exit(2);
}

function decksIn(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...decksIn(p));
    else if (/\.pptx$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

const loDir = path.join(OUT, 'lo');
const oursDir = path.join(OUT, 'ours');
const imgDir = path.join(OUT, 'pages');
for (const d of [loDir, oursDir]) mkdirSync(d, { recursive: true });
const scratch = mkdtempSync(path.join(OUT, 'tmp-'));
// The scratch folder (and with it the materialised external decks) goes whatever ends the run.
const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });

let decks: string[];
if (EXTERNAL) {
  let entries = loadManifest();
  if (ONLY.length > 0) entries = entries.filter((e) => ONLY.some((o) => e.file.includes(o)));
  if (LIMIT > 0) entries = entries.slice(0, LIMIT);
  entries = sample(entries, (e) => e.file, SAMPLE);
  folder = path.join(scratch, 'decks');
  mkdirSync(folder);
  const m = materialize(folder, entries, findMirrors()!);
  for (const s of m.skipped) process.stdout.write(`not measured: ${s.file}: ${s.reason}\n`);
  decks = m.decks.sort();
} else if (POWERPOINT) {
  let pairs = loadPairs();
  if (ONLY.length > 0) pairs = pairs.filter((e) => ONLY.some((o) => e.file.includes(o)));
  if (LIMIT > 0) pairs = pairs.slice(0, LIMIT);
  folder = path.join(scratch, 'decks');
  REFERENCE = path.join(scratch, 'reference');
  mkdirSync(folder);
  mkdirSync(REFERENCE);
  const mirrors = findMirrors()!;
  const m = materialize(folder, pairs.map(pairDeck), mirrors);
  const r = materialize(REFERENCE, pairs.map(pairPdf), mirrors);
  for (const s of [...m.skipped, ...r.skipped]) process.stdout.write(`not measured: ${s.file}: ${s.reason}\n`);
  decks = m.decks.sort();
} else {
  decks = decksIn(folder!);
  if (ONLY.length > 0) decks = decks.filter((d) => ONLY.some((o) => d.includes(o)));
  if (LIMIT > 0) decks = decks.slice(0, LIMIT);
  decks = sample(decks, (d) => d, SAMPLE).sort();
}
interface Ours {
  outcome: 'rendered' | 'refused' | 'crash' | 'timeout';
  ms?: number;
  wallMs: number;
  maxRssMB?: number;
  pages?: number;
  code?: string;
  message?: string;
  stack?: string;
  warnings: { code: string; message: string }[];
}
interface DeckResult {
  file: string;
  sha: string;
  /** The deck has no slides (not compared). */
  noSlides?: boolean;
  ours: Ours;
  lo: { ok: boolean; pages?: number; error?: string };
  /** Share of differing pixels per page (pages of the longer document). */
  pages: number[];
  /** With --reference, for a deck that has a reference PDF: ours and LibreOffice's against it, per page of the reference. */
  reference?: { pdf: string; pages: number; ours: ReferencePage[]; lo: ReferencePage[] };
  /** With --thumbnails: page 1 was pictured beside PowerPoint's thumbnail. */
  thumbnail?: boolean;
  /** With --thumbnails: page 1 of ours and LibreOffice's against the thumbnail (fidelity-thumbnails.mts). */
  thumbnailDiff?: ThumbnailDistances;
}
/** One page against the reference PDF's page: pixels (1 when the page is missing) and where the text sits. */
interface ReferencePage {
  pixels: number;
  layout?: LayoutAgreement;
}

const log = (s: string) => process.stdout.write(`${s}\n`);

/** LibreOffice's PDF of a deck (cached by content under <out>/lo/), or why there is none. */
function libreOffice(sha: string): { pdf?: string; error?: string } {
  const pdf = path.join(loDir, `${sha}.pdf`);
  const err = path.join(loDir, `${sha}.err`);
  if (existsSync(pdf)) return { pdf };
  if (existsSync(err)) return { error: readFileSync(err, 'utf8') };
  return { error: 'not converted' };
}

/**
 * Converts the decks LibreOffice has not seen yet, BATCH per soffice call (a call costs ~1 s to
 * start, each further deck ~0.3 s): each deck sanitised as renderWithLibreOffice does (no external
 * relationship is followed), one private profile per call, the shipped fonts and the system's
 * through a private fontconfig file, a time limit per call after which the process group is
 * killed and the batch's decks are converted one by one.
 */
async function convertWithLibreOffice(items: { deck: string; sha: string }[]): Promise<void> {
  const todo = items.filter((i) => !existsSync(path.join(loDir, `${i.sha}.pdf`)) && !existsSync(path.join(loDir, `${i.sha}.err`)));
  if (todo.length === 0) return;
  const soffice = lib.findSoffice() as string;
  log(`LibreOffice: converting ${todo.length} deck(s) (cached afterwards in ${loDir})`);
  const BATCH = 15;
  const convert = async (batch: typeof todo, timeoutMs: number): Promise<boolean> => {
    const dir = mkdtempSync(path.join(scratch, 'lo-'));
    try {
      const inputs: string[] = [];
      for (const item of batch) {
        const input = path.join(dir, `${item.sha}.pptx`);
        try {
          const { pptx } = await sanitizeForLibreOffice(new Uint8Array(readFileSync(item.deck)), path.basename(item.deck));
          writeFileSync(input, pptx);
        } catch {
          // A deck our package reader refuses goes to LibreOffice as it is (it is not fetched from).
          writeFileSync(input, readFileSync(item.deck));
        }
        inputs.push(input);
      }
      mkdirSync(path.join(dir, 'cache'));
      writeFileSync(path.join(dir, 'fonts.conf'), fontconfigXml(shippedFontDirectories(), path.join(dir, 'cache')));
      const args = ['--headless', '--norestore', '--nolockcheck', '--nodefault', '--nologo', `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', path.join(dir, 'out'), ...inputs];
      const ok = await new Promise<boolean>((resolve) => {
        const child = spawn(soffice, args, { env: { ...process.env, FONTCONFIG_FILE: path.join(dir, 'fonts.conf'), HOME: dir }, detached: true, stdio: 'ignore' });
        const kill = () => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // gone
          }
        };
        const timer = setTimeout(() => {
          kill();
          resolve(false);
        }, timeoutMs);
        child.on('close', () => {
          clearTimeout(timer);
          kill();
          resolve(true);
        });
      });
      for (const item of batch) {
        const out = path.join(dir, 'out', `${item.sha}.pdf`);
        if (existsSync(out)) writeFileSync(path.join(loDir, `${item.sha}.pdf`), readFileSync(out));
        else if (ok || batch.length === 1) writeFileSync(path.join(loDir, `${item.sha}.err`), ok ? 'LibreOffice produced no PDF' : `LibreOffice did not finish within ${timeoutMs / 1000} s`);
      }
      return ok;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  for (let i = 0; i < todo.length; i += BATCH) {
    const batch = todo.slice(i, i + BATCH);
    if (!(await convert(batch, 60_000 + 20_000 * batch.length))) {
      for (const item of batch) if (!existsSync(path.join(loDir, `${item.sha}.pdf`))) await convert([item], 120_000);
    }
    log(`LibreOffice: ${Math.min(i + BATCH, todo.length)}/${todo.length}`);
  }
}

function ours(deck: string, sha: string): Promise<Ours> {
  const out = path.join(oursDir, `${sha}.pdf`);
  const args = [path.join(root, 'scripts', 'fidelity-worker.mjs'), deck, out, DIST];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_S * 1000);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Math.round(performance.now() - t0);
      if (timedOut) return resolve({ outcome: 'timeout', wallMs, warnings: [] });
      const line = stdout.trim().split('\n').pop() ?? '';
      let r: Record<string, unknown>;
      try {
        r = JSON.parse(line);
      } catch {
        return resolve({ outcome: 'crash', wallMs, code: `exit ${code ?? signal}`, message: stderr.trim().split('\n').slice(-3).join(' | '), stack: stderr.slice(-2000), warnings: [] });
      }
      const base = { wallMs, maxRssMB: r.maxRssMB as number, warnings: (r.warnings as Ours['warnings']) ?? [] };
      if (r.ok) resolve({ ...base, outcome: 'rendered', ms: r.ms as number, pages: r.pages as number });
      else resolve({ ...base, outcome: r.code === 'CRASH' ? 'crash' : 'refused', code: r.code as string, message: r.message as string, ...(r.stack ? { stack: r.stack as string } : {}) });
    });
  });
}

function rasterize(pdf: string, prefix: string): string[] {
  const r = spawnSync('pdftoppm', ['-r', String(DPI), '-png', pdf, prefix], { encoding: 'utf8' });
  if (r.status !== 0) return [];
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
    .map((f) => path.join(dir, f));
}

const worst: { ratio: number; file: string; page: number; image?: string }[] = [];

async function compare(deck: DeckResult, oursPdf: string, loPdf: string): Promise<void> {
  const dir = mkdtempSync(path.join(scratch, 'd-'));
  try {
    const a = rasterize(oursPdf, path.join(dir, 'ours'));
    const b = rasterize(loPdf, path.join(dir, 'lo'));
    deck.lo.pages = b.length;
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!a[i] || !b[i]) {
        deck.pages.push(1);
        continue;
      }
      const ia = await decodeRgb(a[i]!);
      const ib = await decodeRgb(b[i]!);
      const d = pixelDifference(ia, ib);
      deck.pages.push(d.ratio);
      if (IMAGES > 0) {
        const entry: (typeof worst)[number] = { ratio: d.ratio, file: deck.file, page: i + 1 };
        worst.push(entry);
        worst.sort((x, y) => y.ratio - x.ratio);
        for (const gone of worst.splice(IMAGES)) if (gone.image) rmSync(gone.image, { force: true });
        if (worst.includes(entry)) {
          mkdirSync(imgDir, { recursive: true });
          const name = `${path.basename(deck.file, '.pptx')}-p${i + 1}.png`;
          entry.image = path.join(imgDir, name);
          const diff = await diffImage(ia, d.mask, d.width, d.height);
          await sharp({ create: { width: d.width * 3 + 8, height: d.height, channels: 3, background: '#808080' } })
            .composite([
              { input: a[i]!, left: 0, top: 0 },
              { input: b[i]!, left: d.width + 4, top: 0 },
              { input: diff, left: 2 * d.width + 8, top: 0 },
            ])
            .png()
            .toFile(path.join(imgDir, name));
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A raster resized to `width` × `height` when it is not that size already (PowerPoint's 959.76 pt pages). */
async function fitTo(png: string, width: number, height: number): Promise<Awaited<ReturnType<typeof decodeRgb>>> {
  const img = await decodeRgb(png);
  if (img.width === width && img.height === height) return img;
  return decodeRgb(await sharp(png).resize(width, height, { fit: 'fill' }).png().toBuffer());
}

/** Our PDF and LibreOffice's against the reference PDF (PowerPoint's), page by page of the reference. */
async function compareWithReference(deck: DeckResult, refPdf: string, sides: { ours?: string; lo?: string }): Promise<void> {
  const dir = mkdtempSync(path.join(scratch, 'r-'));
  try {
    const ref = rasterize(refPdf, path.join(dir, 'ref'));
    const refText = readTextPages(refPdf) ?? [];
    const entry: NonNullable<DeckResult['reference']> = { pdf: path.basename(refPdf), pages: ref.length, ours: [], lo: [] };
    const rasters: Partial<Record<'ours' | 'lo', string[]>> = {};
    for (const side of ['ours', 'lo'] as const) {
      const pdf = sides[side];
      if (!pdf) continue;
      const pngs = (rasters[side] = rasterize(pdf, path.join(dir, side)));
      const text = readTextPages(pdf) ?? [];
      for (let i = 0; i < ref.length; i++) {
        if (!pngs[i]) {
          entry[side].push({ pixels: 1 });
          continue;
        }
        const mine = await decodeRgb(pngs[i]!);
        const theirs = await fitTo(ref[i]!, mine.width, mine.height);
        const page: ReferencePage = { pixels: pixelDifference(mine, theirs).ratio };
        if (refText[i] && text[i]) page.layout = compareLayout(refText[i]!, text[i]!);
        entry[side].push(page);
      }
    }
    deck.reference = entry;
    // With --images, every reference page side by side: ours | LibreOffice | the reference.
    if (IMAGES > 0) {
      mkdirSync(imgDir, { recursive: true });
      for (let i = 0; i < ref.length; i++) {
        const panels = [rasters.ours?.[i], rasters.lo?.[i], ref[i]];
        const size = await sharp(panels[0] ?? ref[i]!).metadata();
        const w = size.width!;
        const h = size.height!;
        const inputs = [];
        for (const [k, png] of panels.entries()) if (png) inputs.push({ input: await sharp(png).resize(w, h, { fit: 'fill' }).png().toBuffer(), left: k * (w + 4), top: 0 });
        await sharp({ create: { width: w * 3 + 8, height: h, channels: 3, background: '#808080' } })
          .composite(inputs)
          .png()
          .toFile(path.join(imgDir, `${path.basename(deck.file, '.pptx')}-p${i + 1}-reference.png`));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * PowerPoint's thumbnail of a deck (docProps/thumbnail.jpeg or .png, the first slide as PowerPoint
 * drew it when it last saved the deck), when docProps/app.xml names PowerPoint; else undefined.
 */
function powerPointThumbnail(deck: string): Buffer | undefined {
  const part = (name: string) => spawnSync('unzip', ['-p', deck, name], { maxBuffer: 16 * 1024 * 1024 });
  const app = part('docProps/app.xml');
  if (app.status !== 0 || !/<Application>[^<]*PowerPoint/.test(app.stdout.toString('utf8'))) return undefined;
  for (const name of ['docProps/thumbnail.jpeg', 'docProps/thumbnail.jpg', 'docProps/thumbnail.png']) {
    const r = part(name);
    if (r.status === 0 && r.stdout.length > 0) return r.stdout;
  }
  return undefined;
}

/** Page 1 as ours | LibreOffice | PowerPoint's thumbnail, each at the size of our page 1 raster. */
async function pictureThumbnail(deck: DeckResult, thumbnail: Buffer, sides: { ours?: string; lo?: string }): Promise<void> {
  const dir = mkdtempSync(path.join(scratch, 't-'));
  try {
    const pages = (['ours', 'lo'] as const).map((side) => (sides[side] ? rasterize(sides[side]!, path.join(dir, side))[0] : undefined));
    const first = pages.find((p) => p !== undefined);
    if (!first) return;
    deck.thumbnailDiff = await thumbnailDistances(thumbnail, { ours: pages[0], lo: pages[1] });
    const { width: w, height: h } = await sharp(first).metadata();
    const inputs = [];
    for (const [k, input] of [pages[0], pages[1], thumbnail].entries()) {
      if (input) inputs.push({ input: await sharp(input).resize(w!, h!, { fit: 'fill' }).png().toBuffer(), left: k * (w! + 4), top: 0 });
    }
    mkdirSync(imgDir, { recursive: true });
    await sharp({ create: { width: w! * 3 + 8, height: h!, channels: 3, background: '#808080' } })
      .composite(inputs)
      .png()
      .toFile(path.join(imgDir, `${path.basename(deck.file, '.pptx')}-p1-thumbnail.png`));
    deck.thumbnail = true;
  } catch {
    // An unreadable thumbnail is no picture.
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: DeckResult[] = [];
const started = Date.now();
if (RESUME && existsSync(path.join(OUT, 'fidelity.json'))) {
  const previous = JSON.parse(readFileSync(path.join(OUT, 'fidelity.json'), 'utf8')) as { results: DeckResult[] };
  const wanted = new Set(decks.map((d) => path.relative(folder!, d)));
  for (const r of previous.results) if (wanted.has(r.file) && r.ours.outcome !== 'crash' && !AGAIN.some((a) => r.file.includes(a))) results.push(r);
  const done = new Set(results.map((r) => r.file));
  decks = decks.filter((d) => !done.has(path.relative(folder!, d)));
  log(`resuming: ${results.length} deck(s) kept from ${path.join(OUT, 'fidelity.json')}, ${decks.length} to measure`);
}
/** <out>/fidelity.json, written after every deck (through a temporary file and a rename). */
function saveResults(): void {
  const file = path.join(OUT, 'fidelity.json');
  const sorted = [...results].sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(`${file}.tmp`, JSON.stringify({ dpi: DPI, folder: EXTERNAL ? 'external' : POWERPOINT ? 'powerpoint' : folder, ...(REFERENCE !== undefined ? { reference: POWERPOINT ? 'powerpoint' : REFERENCE } : {}), results: sorted }, null, 1));
  renameSync(`${file}.tmp`, file);
}
let next = 0;
/** Decks measured by this run (a resumed run counts only its own). */
let measured = 0;
const shaOf = new Map(decks.map((d) => [d, createHash('sha256').update(readFileSync(d)).digest('hex').slice(0, 24)]));
await convertWithLibreOffice(decks.map((deck) => ({ deck, sha: shaOf.get(deck)! })));
async function runOne(deck: string): Promise<void> {
  const sha = shaOf.get(deck)!;
  const rel = path.relative(folder!, deck);
  const lo = libreOffice(sha);
  const o = await ours(deck, sha);
  const result: DeckResult = { file: rel, sha, ours: o, lo: lo.pdf ? { ok: true } : { ok: false, error: lo.error! }, pages: [] };
  // A deck without slides: both write one blank page (LibreOffice at its default 28 × 15.75 cm,
  // we at the slide size, W_RENDER_NO_SLIDES), so there is nothing to compare but the page size.
  const noSlides = o.warnings.some((w) => w.code === 'W_RENDER_NO_SLIDES');
  if (noSlides) result.noSlides = true;
  else if (o.outcome === 'rendered' && lo.pdf) await compare(result, path.join(oursDir, `${sha}.pdf`), lo.pdf);
  const refPdf = REFERENCE === undefined ? undefined : path.join(REFERENCE, `${path.basename(deck).replace(/\.pptx$/i, '')}.pdf`);
  const thumbnail = THUMBNAILS && !noSlides ? powerPointThumbnail(deck) : undefined;
  if (thumbnail) await pictureThumbnail(result, thumbnail, { ours: o.outcome === 'rendered' ? path.join(oursDir, `${sha}.pdf`) : undefined, lo: lo.pdf });
  if (refPdf && existsSync(refPdf) && !noSlides) await compareWithReference(result, refPdf, { ours: o.outcome === 'rendered' ? path.join(oursDir, `${sha}.pdf`) : undefined, lo: lo.pdf });
  results.push(result);
  measured++;
  saveResults();
  const worstPage = result.pages.length ? Math.max(...result.pages) : undefined;
  log(
    `[${measured}/${decks.length}] ${rel}: ${o.outcome}${o.code ? ` ${o.code}` : ''}${o.ms !== undefined ? ` ${o.ms} ms` : ''}${o.maxRssMB ? ` ${o.maxRssMB} MB` : ''}` +
      `${worstPage !== undefined ? `, worst page ${(worstPage * 100).toFixed(1)} %` : ''}${lo.error ? ` (LibreOffice: ${lo.error.slice(0, 80)})` : ''}`,
  );
}
async function workerLoop(): Promise<void> {
  while (next < decks.length) await runOne(decks[next++]!);
}
await Promise.all(Array.from({ length: Math.min(JOBS, decks.length) }, workerLoop));
cleanUp();
results.sort((a, b) => a.file.localeCompare(b.file));

// ── Summary ───────────────────────────────────────────────────────────────────────────────────
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
};
const compared = results.filter((r) => r.pages.length > 0);
const pageRatios = compared.flatMap((r) => r.pages);
const deckWorst = compared.map((r) => Math.max(...r.pages));
const rendered = results.filter((r) => r.ours.outcome === 'rendered');
const times = rendered.map((r) => r.ours.ms!);
const walls = rendered.map((r) => r.ours.wallMs);
const rss = results.filter((r) => r.ours.maxRssMB).map((r) => r.ours.maxRssMB!);
const count = (o: Ours['outcome']) => results.filter((r) => r.ours.outcome === o);
const dist = (xs: number[], f: (x: number) => string) =>
  `| ${xs.length} | ${f(quantile(xs, 0.5))} | ${f(quantile(xs, 0.75))} | ${f(quantile(xs, 0.9))} | ${f(quantile(xs, 0.95))} | ${f(Math.max(...xs))} |`;
const warnCodes = new Map<string, { n: number; decks: number }>();
for (const r of results) {
  const seen = new Set<string>();
  for (const w of r.ours.warnings) {
    const e = warnCodes.get(w.code) ?? { n: 0, decks: 0 };
    e.n++;
    if (!seen.has(w.code)) e.decks++;
    seen.add(w.code);
    warnCodes.set(w.code, e);
  }
}
const skipped = new Map<string, number>();
for (const r of results)
  for (const w of r.ours.warnings) {
    if (w.code !== 'W_RENDER_SKIPPED') continue;
    const kind = w.message.replace(/^slide \d+: \d+ /, '');
    skipped.set(kind, (skipped.get(kind) ?? 0) + Number(/^slide \d+: (\d+)/.exec(w.message)?.[1] ?? 1));
  }
/** The --reference figures: per page, ours and LibreOffice's against PowerPoint's PDF, and which is closer. */
/** With --thumbnails: per deck ours / LibreOffice / ours-vs-LibreOffice against PowerPoint's thumbnail, and who is closer. */
function thumbnailSection(): string[] {
  if (!THUMBNAILS) return [];
  const rows = results.filter((r) => r.thumbnailDiff).map((r) => ({ file: r.file, page1: r.pages[0], thumbnail: r.thumbnailDiff! }));
  const s = summarizeThumbnails(rows);
  const pc = (x?: number) => (x === undefined ? '–' : `${(x * 100).toFixed(2)} %`);
  return [
    "## Page 1 against PowerPoint's thumbnail",
    '',
    `Each page 1 scaled to the thumbnail's size, differing pixels at a JPEG threshold; stale when both renders differ by more than ${STALE_ABOVE * 100} %.`,
    `${s.measured} decks measured: ours closer on ${s.oursCloser}, LibreOffice closer on ${s.loCloser}, tied on ${s.tied}. Page 1 above 4 % against LibreOffice: ${s.disputed.decks} decks, ours closer on ${s.disputed.oursCloser}, LibreOffice closer on ${s.disputed.loCloser}, tied on ${s.disputed.tied}.`,
    `Stale thumbnails left out (${s.stale.length}): ${s.stale.join(', ') || 'none'}.`,
    '',
    '| deck | ours vs PowerPoint | LibreOffice vs PowerPoint | ours vs LibreOffice (thumbnail size) | page 1 vs LibreOffice |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.file}${r.thumbnail.stale ? ' (stale)' : ''} | ${pc(r.thumbnail.ours)} | ${pc(r.thumbnail.lo)} | ${pc(r.thumbnail.oursLo)} | ${pc(r.page1)} |`),
    '',
  ];
}

function referenceSection(): string[] {
  const withRef = results.filter((r) => r.reference);
  if (REFERENCE === undefined) return [];
  const f1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(1));
  const f2 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(2));
  const share = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '-' : `${Math.round(x * 100)} %`);
  const rows: string[] = [];
  const tally = { pixels: [0, 0, 0], pitch: [0, 0, 0], breaks: [0, 0, 0] };
  /** [ours closer, LibreOffice closer, tie within `eps`] */
  const vote = (t: number[], a: number | undefined, b: number | undefined, eps: number, lowerIsBetter = true) => {
    if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return;
    const d = lowerIsBetter ? b - a : a - b;
    t[Math.abs(d) <= eps ? 2 : d > 0 ? 0 : 1]!++;
  };
  for (const r of withRef) {
    const ref = r.reference!;
    for (let i = 0; i < ref.pages; i++) {
      const o = ref.ours[i];
      const l = ref.lo[i];
      vote(tally.pixels, o?.pixels, l?.pixels, 0.005);
      vote(tally.pitch, o?.layout?.pitch, l?.layout?.pitch, 0.5);
      vote(tally.breaks, o?.layout?.breaks, l?.layout?.breaks, 0.02, false);
      rows.push(
        `| ${r.file} | ${i + 1} | ${o ? pct(o.pixels) : '-'} | ${l ? pct(l.pixels) : '-'} | ${o?.layout?.refWords ?? '-'} | ${o?.layout?.matched ?? '-'} / ${l?.layout?.matched ?? '-'} | ` +
          `${f1(o?.layout?.pitch)} / ${f1(l?.layout?.pitch)} | ${share(o?.layout?.breaks)} / ${share(l?.layout?.breaks)} | ${f1(o?.layout?.medianDy)} / ${f1(l?.layout?.medianDy)} | ` +
          `${share(o?.layout?.within)} / ${share(l?.layout?.within)} | ${f2(o?.layout?.height)} / ${f2(l?.layout?.height)} |`,
      );
    }
  }
  const t = (x: number[]) => `ours ${x[0]}, LibreOffice ${x[1]}, even ${x[2]}`;
  return [
    `## Against the reference PDFs (${POWERPOINT ? 'fixtures/powerpoint-reference' : REFERENCE})`,
    '',
    `${withRef.length} of ${results.length} decks have a reference PDF. Per page of the reference: differing pixels (ours, LibreOffice); words of the reference page; ` +
      'words paired (ours / LibreOffice); how much the distance between consecutive lines differs from the reference (median, pt); share of line breaks in the same places; ' +
      "median vertical offset of a word's box centre from the reference's, pt, and share within 2 pt (both carry the producers' font box metrics: see the box height ratio).",
    '',
    `Closer to the reference, pages: pixels (by more than 0.5 point) ${t(tally.pixels)}; distance between lines (by more than 0.5 pt) ${t(tally.pitch)}; line breaks (by more than 2 points) ${t(tally.breaks)}.`,
    '',
    '| deck | page | pixels ours | pixels LibreOffice | words | paired | line distance off, pt | same breaks | box centre off, pt | within 2 pt | box height ratio |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}
const mismatched = compared.filter((r) => r.lo.pages !== undefined && r.ours.pages !== r.lo.pages);
const md = [
  `# Fidelity against LibreOffice`,
  '',
  `${results.length} decks from ${EXTERNAL ? "the external corpus (fixtures/external-corpus/manifest.json)" : POWERPOINT ? 'the PowerPoint reference pairs (fixtures/powerpoint-reference/manifest.json)' : `\`${folder}\``}${SAMPLE > 0 ? ` (a random sample: --sample ${SAMPLE} --seed ${SEED})` : ""}, ${new Date().toISOString().slice(0, 10)}, ${DPI} dpi; ` +
    `${Math.round((Date.now() - started) / 1000)} s.`,
  '',
  `- rendered: ${rendered.length}; refused with a VaError: ${count('refused').length} (${[...new Set(count('refused').map((r) => r.ours.code))].join(', ') || '-'}); ` +
    `crashes (another exception, or the process died): ${count('crash').length}; timeouts (${TIMEOUT_S} s): ${count('timeout').length}`,
  `- LibreOffice failed on ${results.filter((r) => !r.lo.ok).length} (not compared); without slides (one blank page each, not compared): ${results.filter((r) => r.noSlides).length}; compared: ${compared.length} decks, ${pageRatios.length} pages; page counts differing: ${mismatched.length}`,
  '',
  '| share of differing pixels | n | median | 75th | 90th | 95th | worst |',
  '|---|---|---|---|---|---|---|',
  `| per page ${dist(pageRatios, pct)}`,
  `| per deck (its worst page) ${dist(deckWorst, pct)}`,
  '',
  `Pages within 1 %: ${pct(pageRatios.filter((x) => x <= 0.01).length / pageRatios.length)}; within 4 %: ${pct(pageRatios.filter((x) => x <= 0.04).length / pageRatios.length)}.`,
  '',
  '| per deck | n | median | 75th | 90th | 95th | worst |',
  '|---|---|---|---|---|---|---|',
  `| render call, ms ${dist(times, (x) => String(Math.round(x)))}`,
  `| whole process, ms ${dist(walls, (x) => String(Math.round(x)))}`,
  `| peak memory (max RSS), MB ${dist(rss, (x) => String(Math.round(x)))}`,
  '',
  ...referenceSection(),
  ...(THUMBNAILS ? [`PowerPoint's thumbnails pictured beside page 1 (${imgDir}/<deck>-p1-thumbnail.png): ${results.filter((r) => r.thumbnail).length} decks.`, ''] : []),
  ...thumbnailSection(),
  '## Worst pages',
  '',
  '| deck | page | differing |',
  '|---|---|---|',
  ...compared
    .flatMap((r) => r.pages.map((p, i) => ({ file: r.file, page: i + 1, p })))
    .sort((a, b) => b.p - a.p)
    .slice(0, 40)
    .map((x) => `| ${x.file} | ${x.page} | ${pct(x.p)} |`),
  '',
  '## Not rendered',
  '',
  ...results.filter((r) => r.ours.outcome !== 'rendered').map((r) => `- ${r.file}: ${r.ours.outcome} ${r.ours.code ?? ''} ${r.ours.message ?? ''}`.trim()),
  ...results.filter((r) => !r.lo.ok).map((r) => `- ${r.file}: LibreOffice: ${r.lo.error}`),
  '',
  '## Page counts differing (ours / LibreOffice)',
  '',
  ...mismatched.map((r) => `- ${r.file}: ${r.ours.pages} / ${r.lo.pages}`),
  '',
  '## Warnings',
  '',
  '| code | count | decks |',
  '|---|---|---|',
  ...[...warnCodes].sort((a, b) => b[1].n - a[1].n).map(([c, e]) => `| ${c} | ${e.n} | ${e.decks} |`),
  '',
  '| skipped (W_RENDER_SKIPPED) | count |',
  '|---|---|',
  ...[...skipped].sort((a, b) => b[1] - a[1]).map(([k, n]) => `| ${k} | ${n} |`),
  '',
].join('\n');
saveResults();
writeFileSync(path.join(OUT, 'fidelity.md'), md);
log(md.split('\n## Worst pages')[0]!);
log(`written: ${path.join(OUT, 'fidelity.md')}, ${path.join(OUT, 'fidelity.json')}${IMAGES > 0 ? `, ${imgDir}/` : ''}`);
