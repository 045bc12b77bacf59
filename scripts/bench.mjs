#!/usr/bin/env node
// `npm run bench`: how fast branding is, measured the way users run it (the built CLI in dist/).
//
//   1. customize, whole process: `va-infographic customize` (PDF and PPTX) in a new Node process,
//      English and Chinese, several runs each;
//   2. LibreOffice converting the very PPTX that run wrote (`soffice --headless --convert-to pdf`),
//      with a new private profile per run (what `--renderer libreoffice` does) and with a warm,
//      reused profile (LibreOffice's best case), where soffice is installed; the ratio of the
//      medians, whole process against whole process;
//   3. warm, in one process: the brand engine (customize) and the render step alone, after
//      warm-up runs (a batch worker's steady state);
//   4. batch throughput: `va-infographic batch` over generated brand files x the 4 templates,
//      PDF and PPTX, --concurrency = the number of cores.
//
// Options: --runs N (default 7), --brands N (default 100), --no-libreoffice, --json FILE
// (the figures as JSON). Figures are medians unless said otherwise. Timed tests are not used for
// speed: this script is where it is measured.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'va-infographic.js');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const RUNS = Math.max(1, Number(option('--runs', '7')) | 0);
const BRANDS = Math.max(1, Number(option('--brands', '100')) | 0);
const WANT_LO = !process.argv.includes('--no-libreoffice');
const JSON_OUT = option('--json', undefined);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const log = (line = '') => process.stdout.write(`${line}\n`);

if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  log('building dist/ first (npm run build)...');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}

const work = mkdtempSync(path.join(tmpdir(), 'va-bench-'));
const figures = { node: process.version, cores: availableParallelism(), runs: RUNS };

function timeProcess(cmd, args, env = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  const t = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.slice(0, 2).join(' ')} failed (${r.status}): ${(r.stderr || '').trim().split('\n').pop()}`);
  return { ms: t, stdout: r.stdout };
}

function findSoffice() {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

try {
  // ── 1 and 2: one deck, whole process ───────────────────────────────────────────────────────
  const soffice = WANT_LO ? findSoffice() : null;
  const cases = [
    { key: 'en', label: 'healthcare, en, Letter (sample brand)', args: ['--template', 'healthcare'] },
    { key: 'zh-CN', label: 'healthcare, zh-CN, A4 (sample brand in Chinese)', args: ['--template', 'healthcare', '--locale', 'zh-CN'] },
  ];
  figures.single = {};
  log(`va-infographic bench: Node ${process.version}, ${figures.cores} cores, ${RUNS} runs per figure (median)`);
  log('');
  log('One deck, whole process (a new `node` process; PDF and PPTX written)');
  for (const c of cases) {
    const out = path.join(work, `single-${c.key}`);
    const runs = [];
    let timings;
    for (let i = 0; i < RUNS; i++) {
      const r = timeProcess(process.execPath, [bin, 'customize', ...c.args, '--format', 'pdf,pptx', '--out', out, '--force', '--json']);
      runs.push(r.ms);
      timings = JSON.parse(r.stdout).timings;
    }
    const pptx = readdirSync(out).find((f) => f.endsWith('.pptx'));
    const row = { label: c.label, processMs: median(runs), minMs: Math.min(...runs), lastTimings: timings };
    log(`  va-infographic customize   ${c.label.padEnd(44)} ${ms(row.processMs).padStart(8)}  (min ${ms(row.minMs)}; inside: customize ${timings.customizeMs} ms, render ${timings.renderMs} ms)`);
    if (soffice) {
      const pptxPath = path.join(out, pptx);
      const fresh = [];
      const warm = [];
      const warmProfile = path.join(work, `lo-profile-warm-${c.key}`);
      // One untimed run creates the warm profile.
      timeProcess(soffice, [`-env:UserInstallation=${pathToFileURL(warmProfile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(work, 'lo-warm'), pptxPath]);
      for (let i = 0; i < RUNS; i++) {
        const profile = path.join(work, `lo-profile-${c.key}-${i}`);
        fresh.push(timeProcess(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(work, 'lo-fresh'), pptxPath]).ms);
        rmSync(profile, { recursive: true, force: true });
        warm.push(timeProcess(soffice, [`-env:UserInstallation=${pathToFileURL(warmProfile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(work, 'lo-warm'), pptxPath]).ms);
      }
      row.libreofficeFreshProfileMs = median(fresh);
      row.libreofficeWarmProfileMs = median(warm);
      row.ratioFresh = row.libreofficeFreshProfileMs / row.processMs;
      row.ratioWarm = row.libreofficeWarmProfileMs / row.processMs;
      log(`  soffice --convert-to pdf   same PPTX, new private profile per run         ${ms(row.libreofficeFreshProfileMs).padStart(8)}  → va-infographic is ${row.ratioFresh.toFixed(1)}x faster`);
      log(`  soffice --convert-to pdf   same PPTX, warm reused profile (its best case) ${ms(row.libreofficeWarmProfileMs).padStart(8)}  → va-infographic is ${row.ratioWarm.toFixed(1)}x faster`);
    }
    figures.single[c.key] = row;
  }
  if (!soffice) log(WANT_LO ? '  (LibreOffice: soffice not found, not compared)' : '  (LibreOffice: skipped with --no-libreoffice)');

  // ── 3: warm, in one process ────────────────────────────────────────────────────────────────
  log('');
  log('Warm, in one process (after 3 warm-up runs; what a batch worker does per deck)');
  const lib = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  const { assets } = lib.sampleBrand();
  figures.warm = {};
  for (const locale of ['en', 'da-DK', 'zh-CN']) {
    const b = lib.parseBrand({ ...lib.sampleBrandInput(locale), locale }, 'bench');
    const paper = lib.brandPaper(b);
    const template = new Uint8Array(readFileSync(path.join(root, lib.templateRelativePath('healthcare', locale, paper))));
    const engine = [];
    const renders = [];
    const n = Math.max(RUNS * 3, 15);
    for (let i = 0; i < n + 3; i++) {
      const t0 = performance.now();
      const { pptx } = await lib.customize(template, b, assets);
      const t1 = performance.now();
      await lib.render(pptx);
      const t2 = performance.now();
      if (i >= 3) {
        engine.push(t1 - t0);
        renders.push(t2 - t1);
      }
    }
    figures.warm[locale] = { customizeMs: median(engine), renderMs: median(renders), renderMaxMs: Math.max(...renders) };
    log(`  healthcare ${locale.padEnd(6)} ${paper.padEnd(6)}  brand engine ${ms(median(engine)).padStart(7)}   render ${ms(median(renders)).padStart(7)} (max ${ms(Math.max(...renders))})`);
  }

  // ── 4: batch throughput ────────────────────────────────────────────────────────────────────
  log('');
  const brandsDir = path.join(work, 'brands');
  mkdirSync(brandsDir);
  const locales = ['en', 'da-DK', 'zh-CN'];
  const names = { en: 'Harbour Clinic', 'da-DK': 'Fjord Klinik Århus', 'zh-CN': '港湾诊所' };
  for (let i = 0; i < BRANDS; i++) {
    const locale = locales[i % 3];
    const hue = (i * 37) % 360;
    const hex = hslHex(hue, 0.6, 0.32);
    writeFileSync(
      path.join(brandsDir, `brand-${String(i).padStart(3, '0')}.json`),
      JSON.stringify({
        organization: `${names[locale]} ${i + 1}`,
        locale,
        colors: { primary: hex },
        fonts: locale === 'zh-CN' ? {} : { heading: i % 2 ? 'Merriweather' : 'Montserrat', body: i % 2 ? 'Lora' : 'Source Sans 3' },
        links: { booking: `https://example.org/${i}/book`, billing: `https://example.org/${i}/billing`, homepage: `https://example.org/${i}/` },
        additionalInfo: 'Please join five minutes early from a quiet, well-lit room.',
      }),
    );
  }
  const concurrency = figures.cores;
  log(`Batch: ${BRANDS} brand files (en, da-DK, zh-CN in turn) x 4 templates = ${BRANDS * 4} decks, PDF and PPTX, --concurrency ${concurrency}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'batch', brandsDir, '--template', 'all', '--format', 'pdf,pptx', '--out', path.join(work, 'batch-out'), '--concurrency', String(concurrency), '--json', '--quiet'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = performance.now() - t0;
  const report = JSON.parse(r.stdout);
  const s = report.summary;
  figures.batch = { brands: BRANDS, decks: s.jobs, ok: s.ok, failed: s.failed, concurrency, batchWallMs: s.wallMs, processWallMs: wall, decksPerSecond: s.jobs / (wall / 1000), decksPerSecondInside: s.decksPerSecond };
  log(`  ${s.ok}/${s.jobs} ok, ${s.failed} failed; whole process ${(wall / 1000).toFixed(2)} s → ${figures.batch.decksPerSecond.toFixed(1)} decks/s (${s.decksPerSecond} decks/s after start-up)`);
  if (r.status !== 0 || s.failed > 0) throw new Error(`the batch failed (exit ${r.status})`);

  // LibreOffice's batch mode on the same kind of decks: one soffice call converting many PPTX
  // files (its fastest way), against our per-deck figure above.
  const soff = WANT_LO ? findSoffice() : null;
  if (soff) {
    const pptxFiles = [];
    for (const item of report.items) for (const o of item.outputs) if (o.format === 'pptx') pptxFiles.push(path.resolve(o.file));
    const sample = pptxFiles.filter((_, i) => i % Math.max(1, Math.floor(pptxFiles.length / 20)) === 0).slice(0, 20);
    const profile = path.join(work, 'lo-profile-batch');
    timeProcess(soff, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(work, 'lo-batch'), sample[0]]);
    const lo = timeProcess(soff, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(work, 'lo-batch'), ...sample]).ms;
    const perDeckLo = lo / sample.length;
    const perDeckUs = wall / s.jobs;
    figures.batch.libreoffice = { decks: sample.length, wallMs: lo, perDeckMs: perDeckLo, ratio: perDeckLo / perDeckUs };
    log(`  soffice --convert-to pdf, ${sample.length} of those PPTX in one call (warm profile): ${(lo / 1000).toFixed(2)} s → ${(1000 / perDeckLo).toFixed(1)} decks/s, PDF only`);
    log(`  per deck: va-infographic ${ms(perDeckUs)} (PDF and PPTX), LibreOffice ${ms(perDeckLo)} (PDF) → ${(perDeckLo / perDeckUs).toFixed(1)}x`);
  }

  if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify(figures, null, 2)}\n`);
} catch (e) {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function hslHex(h, s, l) {
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))));
  return `#${[f(0), f(8), f(4)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
