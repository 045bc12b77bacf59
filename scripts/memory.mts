/**
 * `npm run memory`: peak memory of one long-running process, as a batch worker, a watch session
 * or the fuzzer lives: N decks (default 1,000) through the same in-memory pipeline as `batch`
 * (src/cli/produce.ts: customize, then PDF, and the PPTX kept), one after another in one process.
 * Every brand is new (organisation, colours, links, text), every third has its own SVG logo,
 * every fifth its own PNG logo, every twentieth its own font file; every fourth item renders a
 * real deck of ../shared/corpus instead, when it is there. Caches must stay bounded: the figure
 * to watch is the RSS of the last hundred decks against the first hundred.
 *
 *   npm run memory                       1,000 decks
 *   npm run memory -- --decks 200 --json memory.json
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { parseBrand } from '../src/brand/validate.js';
import { produce, renderFormats } from '../src/cli/produce.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const DECKS = Math.max(1, Number(option('--decks', '1000')) | 0);
const JSON_OUT = option('--json', '');
const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (n: number) => Math.round(n / 1048576);

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.pptx') ? [path.join(dir, e.name)] : []))
    .sort();
}

const templates = walk(path.join(root, 'templates')).map((f) => readFileSync(f));
const corpusDir = [path.resolve(root, '..', 'shared', 'corpus', 'real'), path.resolve(root, '..', '..', 'shared', 'corpus', 'real')].find((d) => existsSync(d));
const corpus = corpusDir ? walk(corpusDir).map((f) => ({ name: path.basename(f), bytes: readFileSync(f) })) : [];
log(`memory: ${DECKS} decks in one process; ${templates.length} templates${corpus.length ? `, ${corpus.length} real decks from ${corpusDir}` : ' (no ../shared/corpus: templates only)'}`);
const fontBytes = readFileSync(path.join(root, 'node_modules', '@expo-google-fonts', 'lora', '400Regular', 'Lora_400Regular.ttf'));

/** A deterministic pseudo-random number for item i. */
const rand = (i: number, salt: number) => {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296;
};
const hex = (i: number, salt: number) => `#${Math.floor(rand(i, salt) * 0xffffff).toString(16).padStart(6, '0')}`;
const WORDS = ['Fjord', 'Klinik', 'Harbour', 'Nordic', 'Bank', 'Advisers', 'Retail', 'Care', '北京', '健康', 'Ærø', 'Søndergade', 'Health', 'Partners'];

async function item(i: number): Promise<{ kind: string; bytes: number; warnings: number }> {
  if (corpus.length > 0 && i % 4 === 3) {
    const deck = corpus[Math.floor(i / 4) % corpus.length]!;
    const r = await renderFormats(deck.bytes, { formats: ['pdf'], renderer: 'embedded', what: deck.name });
    return { kind: 'render', bytes: r.files.reduce((n, f) => n + f.bytes.length, 0), warnings: r.warnings.length };
  }
  const org = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${i}`;
  const input: Record<string, unknown> = {
    organization: org,
    locale: ['en', 'da-DK', 'zh-CN'][i % 3],
    colors: { primary: hex(i, 1), secondary: hex(i, 2), accent: hex(i, 3) },
    links: { booking: `https://b${i}.example/book/${i}`, billing: `https://b${i}.example/pay`, homepage: `https://b${i}.example/` },
    additionalInfo: `Item ${i}: ${'please arrive five minutes early. '.repeat(1 + (i % 5))}`,
  };
  const assets: { logo?: { name: string; bytes: Uint8Array }; headingFont?: { name: string; bytes: Uint8Array } } = {};
  if (i % 3 === 0) {
    input.logo = 'logo.svg';
    assets.logo = { name: 'logo.svg', bytes: new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect width="200" height="80" rx="${i % 40}" fill="${hex(i, 4)}"/><circle cx="40" cy="40" r="${10 + (i % 25)}" fill="#fff"/></svg>`) };
  } else if (i % 5 === 0) {
    input.logo = 'logo.png';
    const png = await sharp({ create: { width: 120 + (i % 50), height: 60, channels: 4, background: hex(i, 5) } }).png().toBuffer();
    assets.logo = { name: 'logo.png', bytes: new Uint8Array(png) };
  }
  if (i % 20 === 10) {
    // A font file of its own (the same font with a different tail: a new file to the caches).
    const bytes = new Uint8Array(fontBytes.length + 4);
    bytes.set(fontBytes);
    new DataView(bytes.buffer).setUint32(fontBytes.length, i);
    input.fonts = { heading: `Brand Serif ${i}`, headingFile: 'brand.ttf' };
    assets.headingFont = { name: 'brand.ttf', bytes };
  }
  const brand = parseBrand(input, `brand ${i}`);
  const r = await produce({ template: templates[i % templates.length]!, brand, assets, replaceLinks: [], formats: ['pdf', 'pptx'], renderer: 'embedded' });
  return { kind: 'customize', bytes: r.files.reduce((n, f) => n + f.bytes.length, 0), warnings: r.warnings.length };
}

const gc = (globalThis as { gc?: () => void }).gc;
const samples: { decks: number; rssMB: number; heapMB: number; seconds: number }[] = [];
let peak = 0;
const t0 = performance.now();
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
const failures: string[] = [];
for (let i = 0; i < DECKS; i++) {
  try {
    await item(i);
  } catch (error) {
    failures.push(`deck ${i}: ${(error as Error).message}`);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  if ((i + 1) % 50 === 0 || i + 1 === DECKS) {
    gc?.();
    const m = process.memoryUsage();
    samples.push({ decks: i + 1, rssMB: mb(m.rss), heapMB: mb(m.heapUsed), seconds: Math.round((performance.now() - t0) / 1000) });
    log(`  ${String(i + 1).padStart(5)} decks  RSS ${mb(m.rss)} MB  heap after GC ${mb(m.heapUsed)} MB  peak ${mb(peak)} MB  ${Math.round((performance.now() - t0) / 1000)} s`);
  }
}
clearInterval(timer);
const first = samples.find((s) => s.decks >= Math.min(100, DECKS))!;
const last = samples[samples.length - 1]!;
log(`memory: ${DECKS} decks in ${last.seconds} s; peak RSS ${mb(peak)} MB; RSS after ${first.decks} decks ${first.rssMB} MB, after ${last.decks} ${last.rssMB} MB; heap after GC ${first.heapMB} → ${last.heapMB} MB${gc ? '' : ' (run with --expose-gc for heap after GC)'}`);
for (const f of failures.slice(0, 10)) log(`  failed: ${f}`);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ decks: DECKS, peakRssMB: mb(peak), samples, failures }, null, 2) + '\n');
process.exit(failures.length > 0 ? 1 : 0);
