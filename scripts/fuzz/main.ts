/**
 * `npm run fuzz`: a seeded, time-bounded mutation fuzzer of the library.
 *
 *   npm run fuzz -- --seed 7 --minutes 30            a campaign
 *   npm run fuzz -- --seed 1 --cases 200             a fixed set of cases (CI)
 *   npm run fuzz -- --seed 7 --from 1234 --cases 1   one case again, by number
 *   npm run fuzz -- --replay fuzz-findings/crash-…/case-7-1234   a stored finding again
 *
 * The supervisor (this file) runs the cases in a child process (worker.ts), in-process there,
 * one after another; it kills the child when a case runs longer than --hang-seconds or the
 * child's memory passes --memory-mb, records that case, and starts a new child at the next case.
 * Findings go to --out (default fuzz-findings/); see docs/fuzzing.md.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES, TARGETS, generateCase, type Family, type FuzzCase, type Target } from './case.js';
import { checkOutcome } from './check.js';
import { FAILING, FindingStore, loadExample, type Finding, type FindingKind } from './findings.js';
import { loadSeeds, type SeedSet } from './seeds.js';
import { runCase } from './targets.js';
import type { RunRequest, WorkerMessage } from './worker.js';

/** A case waiting (not computing) is a hang after this many times --hang-seconds of wall time (× the load per core, when over 1). */
const WALL_FACTOR = 6;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

interface Options {
  seed: number;
  from: number;
  cases: number;
  seconds: number;
  out: string;
  jobs: number;
  hangSeconds: number;
  memoryMB: number;
  slowSeconds: number;
  families?: Family[];
  targets?: Target[];
  loSample: number;
  corpus: string;
  replay?: string;
  quiet: boolean;
}

const USAGE = `usage: npm run fuzz -- [--seed N] [--minutes M | --seconds S] [--cases N] [--from I]
                       [--out DIR] [--jobs N] [--hang-seconds S] [--memory-mb MB] [--slow-seconds S]
                       [--families zip,xml,brand,logo,font] [--targets render,png,inspect,customize]
                       [--lo-sample N] [--corpus DIR] [--quiet]
       npm run fuzz -- --replay <finding example folder>`;

function parseArgs(argv: string[]): Options {
  const o: Options = {
    seed: 1,
    from: 0,
    cases: Infinity,
    seconds: NaN,
    out: path.join(ROOT, 'fuzz-findings'),
    jobs: 1,
    hangSeconds: 20,
    memoryMB: 1024,
    slowSeconds: 5,
    loSample: 3,
    // ../shared/corpus from a clone; from a worktree under /work/wt/<name>, two levels up.
    corpus: [path.resolve(ROOT, '..', 'shared', 'corpus'), path.resolve(ROOT, '..', '..', 'shared', 'corpus')].find((d) => existsSync(d)) ?? path.resolve(ROOT, '..', 'shared', 'corpus'),
    quiet: false,
  };
  const list = <T extends string>(value: string, allowed: readonly T[], flag: string): T[] => {
    const items = value.split(',').map((s) => s.trim()) as T[];
    for (const item of items) if (!allowed.includes(item)) fail(`${flag}: unknown value "${item}" (one of ${allowed.join(', ')})`);
    return items;
  };
  const num = (value: string | undefined, flag: string): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n < 0) fail(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    switch (flag) {
      case '--seed':
        o.seed = value === 'random' ? Date.now() % 1_000_000 : Math.floor(num(value, flag));
        i++;
        break;
      case '--from':
        o.from = Math.floor(num(value, flag));
        i++;
        break;
      case '--cases':
        o.cases = Math.floor(num(value, flag));
        i++;
        break;
      case '--minutes':
        o.seconds = num(value, flag) * 60;
        i++;
        break;
      case '--seconds':
        o.seconds = num(value, flag);
        i++;
        break;
      case '--out':
        o.out = path.resolve(value ?? fail('--out needs a folder'));
        i++;
        break;
      case '--jobs':
        o.jobs = Math.max(1, Math.floor(num(value, flag)));
        i++;
        break;
      case '--hang-seconds':
        o.hangSeconds = num(value, flag);
        i++;
        break;
      case '--memory-mb':
        o.memoryMB = num(value, flag);
        i++;
        break;
      case '--slow-seconds':
        o.slowSeconds = num(value, flag);
        i++;
        break;
      case '--families':
        o.families = list(value ?? '', FAMILIES, flag);
        i++;
        break;
      case '--targets':
        o.targets = list(value ?? '', TARGETS, flag);
        i++;
        break;
      case '--lo-sample':
        o.loSample = Math.floor(num(value, flag));
        i++;
        break;
      case '--corpus':
        o.corpus = path.resolve(value ?? fail('--corpus needs a folder'));
        i++;
        break;
      case '--replay':
        o.replay = path.resolve(value ?? fail('--replay needs a folder'));
        i++;
        break;
      case '--quiet':
        o.quiet = true;
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        fail(`unknown option ${flag}\n${USAGE}`);
    }
  }
  // Without a bound, one minute.
  if (!Number.isFinite(o.cases) && !Number.isFinite(o.seconds)) o.seconds = 60;
  return o;
}

function fail(message: string): never {
  process.stderr.write(`fuzz: ${message}\n`);
  process.exit(2);
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

// ── Replay ──────────────────────────────────────────────────────────────────────────────────────

async function replay(dir: string): Promise<number> {
  const { c, recorded } = loadExample(dir);
  log(`replaying case ${c.index} of seed ${c.seed} (${c.family} → ${c.target}), recorded as ${recorded.kind}: ${recorded.message}`);
  for (const m of c.mutations) log(`  mutation: ${m}`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'va-fuzz-'));
  const t0 = performance.now();
  const outcome = await runCase(c);
  const ms = performance.now() - t0;
  const problems = await checkOutcome(outcome, c.deck, scratch);
  rmSync(scratch, { recursive: true, force: true });
  log(`outcome: ${outcome.status}${outcome.code ? ` ${outcome.code}` : ''} in ${Math.round(ms)} ms, ${outcome.warnings.length} warnings, peak RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB`);
  if (outcome.message) log(`message: ${outcome.message.slice(0, 400)}`);
  if (outcome.stack && outcome.status === 'crash') log(outcome.stack.split('\n').slice(0, 10).join('\n'));
  for (const p of problems) log(`problem: ${p.kind}: ${p.message}`);
  return outcome.status === 'crash' || problems.length > 0 ? 1 : 0;
}

// ── Supervisor ──────────────────────────────────────────────────────────────────────────────────

interface Slot {
  id: number;
  child: ChildProcess | undefined;
  /** Next index this slot runs. */
  next: number;
  current: { index: number; since: number; cpu: number } | undefined;
  casesInChild: number;
  finished: boolean;
}

/**
 * CPU seconds (user + system, all threads) a process has used so far, with the processes it
 * started and waited for (fc-match, LibreOffice): a case that spends its time in child
 * processes is computing, not waiting.
 */
let ticksPerSecond: number | undefined;
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  try {
    // /proc/<pid>/stat: fields after the command name; utime, stime, cutime and cstime are
    // fields 14 to 17.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

function rssMB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function supervise(o: Options): Promise<number> {
  mkdirSync(o.out, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpdir(), 'va-fuzz-'));
  const started = Date.now();
  const deadline = Number.isFinite(o.seconds) ? started + o.seconds * 1000 : Infinity;
  const end = o.from + o.cases;
  const store = new FindingStore(o.out);
  const stats = { cases: 0, byStatus: new Map<string, number>(), byTarget: new Map<string, number>(), byFamily: new Map<string, number>(), maxRss: 0, slowest: { ms: 0, index: -1 }, restarts: 0 };
  const found = new Map<string, { kind: FindingKind; message: string; count: number; dir: string }>();
  let seeds: SeedSet | undefined;
  let notesShown = false;
  const caseOf = async (index: number): Promise<FuzzCase> => {
    seeds ??= await loadSeeds(ROOT, o.corpus);
    return generateCase(seeds, o.seed, index, { ...(o.families ? { families: o.families } : {}), ...(o.targets ? { targets: o.targets } : {}) });
  };
  const note = (kind: FindingKind, signature: string, message: string, dir: string) => {
    const f = found.get(signature) ?? { kind, message, count: 0, dir };
    f.count++;
    found.set(signature, f);
    if (f.count === 1 && !o.quiet) log(`  finding: ${kind}: ${message.slice(0, 200)}  (${path.relative(process.cwd(), dir)})`);
  };
  const recordExternal = async (kind: FindingKind, index: number, message: string, extra: Partial<Finding> = {}) => {
    const c = await caseOf(index);
    const f: Finding = { kind, message, signature: `${kind}|${c.family}|${c.target}|${(c.mutations[0] ?? '').replace(/\d+/g, 'N').slice(0, 80)}`, ...extra };
    const dir = store.record(f, c);
    note(kind, f.signature, `${message} (${c.mutations[0] ?? c.origin.join(', ')})`, dir);
  };

  const slots: Slot[] = Array.from({ length: o.jobs }, (_, id) => ({ id, child: undefined, next: o.from + id, current: undefined, casesInChild: 0, finished: false }));
  let resolveAll!: () => void;
  const allDone = new Promise<void>((r) => (resolveAll = r));
  const checkAllDone = () => {
    if (slots.every((s) => s.finished)) resolveAll();
  };

  const startChild = (slot: Slot) => {
    if (slot.next >= end || Date.now() >= deadline) {
      slot.finished = true;
      checkAllDone();
      return;
    }
    const child = fork(path.join(HERE, 'worker.ts'), [], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=4096', '--stack-size=984', '--expose-gc'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      cwd: ROOT,
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    slot.child = child;
    slot.casesInChild = 0;
    slot.current = undefined;
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') {
        if (!notesShown && !o.quiet) for (const n of m.notes) log(n);
        notesShown = true;
      } else if (m.type === 'start') {
        slot.current = { index: m.index, since: Date.now(), cpu: cpuSeconds(child.pid) };
      } else if (m.type === 'done') {
        slot.current = undefined;
        slot.next = m.index + o.jobs;
        slot.casesInChild++;
        stats.cases++;
        stats.byStatus.set(m.status, (stats.byStatus.get(m.status) ?? 0) + 1);
        stats.byTarget.set(m.target, (stats.byTarget.get(m.target) ?? 0) + 1);
        stats.byFamily.set(m.family, (stats.byFamily.get(m.family) ?? 0) + 1);
        stats.maxRss = Math.max(stats.maxRss, m.rssMB);
        if (m.cpuMs > stats.slowest.ms) stats.slowest = { ms: m.cpuMs, index: m.index };
        for (const f of m.findings) note(f.kind, f.signature, f.message, f.dir);
      } else if (m.type === 'not-generated') {
        slot.current = undefined;
        slot.next = m.index + o.jobs;
        stats.cases++;
        stats.byStatus.set('not generated', (stats.byStatus.get('not generated') ?? 0) + 1);
        log(`  case ${m.index} could not be generated (the fuzzer's own error, fix it in scripts/fuzz/): ${m.message}`);
      } else if (m.type === 'finished') {
        slot.finished = true;
      }
    });
    child.on('exit', (code, signal) => {
      slot.child = undefined;
      if (slot.finished) {
        checkAllDone();
        return;
      }
      const cur = slot.current;
      slot.current = undefined;
      const restart = () => {
        stats.restarts++;
        startChild(slot);
      };
      if (cur && !killed.has(child)) {
        // The child died on its own during a case: a V8 abort, a native crash, or an uncaught exception (already recorded by the worker).
        stats.cases++;
        slot.next = cur.index + o.jobs;
        const last = stderr.split('\n').filter((l) => l.trim()).slice(-3).join(' | ');
        if (code !== 70) void recordExternal('died', cur.index, `the worker died (exit ${code ?? signal}): ${last.slice(0, 300)}`).then(restart, restart);
        else restart();
      } else if (!cur && !killed.has(child)) {
        log(`fuzz: the worker ended unexpectedly (exit ${code ?? signal}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
        slot.finished = true;
        checkAllDone();
      } else restart();
    });
    const req: RunRequest = {
      type: 'run',
      root: ROOT,
      corpus: o.corpus,
      out: o.out,
      scratch,
      seed: o.seed,
      start: slot.next,
      stride: o.jobs,
      end,
      deadline,
      slowMs: o.slowSeconds * 1000,
      ...(o.families ? { families: o.families } : {}),
      ...(o.targets ? { targets: o.targets } : {}),
      loSample: o.loSample,
    };
    child.send(req);
  };

  const killed = new WeakSet<ChildProcess>();
  const watchdog = setInterval(() => {
    for (const slot of slots) {
      const child = slot.child;
      if (!child || !slot.current) continue;
      const cur = slot.current;
      const elapsed = Date.now() - cur.since;
      const cpu = cpuSeconds(child.pid) - cur.cpu;
      const rss = rssMB(child.pid);
      stats.maxRss = Math.max(stats.maxRss, rss);
      let kind: FindingKind | undefined;
      let message = '';
      // A hang is measured in CPU time (the machine may be shared and loaded), or in wall time
      // when the case waits on something without using the CPU. The wall-time limit grows with
      // the machine's load: at a load of 20 on 2 cores a worker gets about a tenth of a core, and
      // a case that needs 12 s of CPU takes two minutes (seed 2031 case 567 was taken for a hang
      // that way: 3.3 s of CPU in 120 s).
      const load = Math.max(1, loadavg()[0]! / availableParallelism());
      if (cpu > o.hangSeconds || elapsed > o.hangSeconds * 1000 * WALL_FACTOR * load) {
        kind = 'hang';
        message = `no result after ${cpu.toFixed(1)} s of CPU time, ${Math.round(elapsed / 1000)} s of wall time (RSS ${Math.round(rss)} MB, load ${(load * availableParallelism()).toFixed(1)})`;
      } else if (rss > o.memoryMB) {
        kind = 'memory';
        message = `the process grew to ${Math.round(rss)} MB after ${Math.round(elapsed / 1000)} s of this case (${slot.casesInChild} cases before it in this process)`;
      }
      if (!kind) continue;
      killed.add(child);
      slot.current = undefined;
      slot.next = cur.index + o.jobs;
      stats.cases++;
      stats.byStatus.set(kind, (stats.byStatus.get(kind) ?? 0) + 1);
      child.kill('SIGKILL');
      void recordExternal(kind, cur.index, message, { ms: elapsed, rssMB: rss });
    }
  }, 250);

  const progress = setInterval(() => {
    if (o.quiet) return;
    const secs = (Date.now() - started) / 1000;
    log(`  ${stats.cases} cases in ${Math.round(secs)} s (${(stats.cases / secs).toFixed(1)}/s), ${[...found.values()].filter((f) => FAILING.has(f.kind)).length} failing findings`);
  }, 30_000);

  if (!o.quiet) log(`fuzz: seed ${o.seed}, cases ${o.from}..${Number.isFinite(end) ? end - 1 : '∞'}${Number.isFinite(deadline) ? `, ${o.seconds} s` : ''}, ${o.jobs} worker(s), findings in ${path.relative(process.cwd(), o.out) || '.'}`);
  for (const slot of slots) startChild(slot);
  await allDone;
  clearInterval(watchdog);
  clearInterval(progress);

  // LibreOffice must open a sample of the branded decks.
  const loDir = path.join(scratch, 'lo');
  if (o.loSample > 0 && existsSync(loDir)) {
    const all = readdirSync(loDir).filter((f) => f.endsWith('.pptx'));
    const outputs = all
      .filter((f) => !f.endsWith('-input.pptx'))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
      .slice(0, o.loSample);
    const inputOf = (f: string) => f.replace(/\.pptx$/, '-input.pptx');
    const files = [...outputs, ...outputs.map(inputOf).filter((f) => all.includes(f))];
    const soffice = ['soffice', 'libreoffice'].find((b) => spawnSync(b, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0);
    if (!soffice) log('libreoffice: soffice not found; the LibreOffice sample is skipped');
    else if (files.length > 0) {
      const outDir = path.join(scratch, 'lo-pdf');
      const r = spawnSync(soffice, [`-env:UserInstallation=file://${path.join(scratch, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files.map((f) => path.join(loDir, f))], {
        stdio: 'ignore',
        timeout: 600_000,
      });
      const converted = (f: string) => existsSync(path.join(outDir, f.replace(/\.pptx$/, '.pdf')));
      let opened = 0;
      let inputFailed = 0;
      for (const f of outputs) {
        if (converted(f)) opened++;
        else if (all.includes(inputOf(f)) && !converted(inputOf(f))) inputFailed++;
        else await recordExternal('invalid-libreoffice', Number(/case-(\d+)/.exec(f)![1]), `LibreOffice did not convert the branded deck (exit ${r.status ?? r.signal})`);
      }
      log(`libreoffice: ${opened} of ${outputs.length} sampled branded decks converted to PDF${inputFailed ? ` (${inputFailed} more whose mutated input LibreOffice does not open either)` : ''}`);
    }
  }
  rmSync(scratch, { recursive: true, force: true });

  const secs = (Date.now() - started) / 1000;
  const failing = [...found.values()].filter((f) => FAILING.has(f.kind));
  const byKind = new Map<string, { unique: number; hits: number }>();
  for (const f of found.values()) {
    const k = byKind.get(f.kind) ?? { unique: 0, hits: 0 };
    k.unique++;
    k.hits += f.count;
    byKind.set(f.kind, k);
  }
  const fmt = (m: Map<string, number>) => [...m].sort().map(([k, v]) => `${k} ${v}`).join(', ');
  log(`fuzz: ${stats.cases} cases in ${Math.round(secs)} s (seed ${o.seed}): ${fmt(stats.byStatus)}`);
  log(`  targets: ${fmt(stats.byTarget)}; families: ${fmt(stats.byFamily)}`);
  log(`  peak worker RSS ${Math.round(stats.maxRss)} MB; slowest case ${stats.slowest.index} (${Math.round(stats.slowest.ms)} ms of CPU); worker restarts ${stats.restarts}`);
  log(`  findings: ${byKind.size === 0 ? 'none' : [...byKind].map(([k, v]) => `${k} ${v.unique} (${v.hits} hits)`).join(', ')}`);
  for (const f of failing) log(`  ${f.kind} ×${f.count}: ${f.message.slice(0, 160)}  → ${path.relative(process.cwd(), f.dir)}`);
  writeFileSync(
    path.join(o.out, 'summary.json'),
    JSON.stringify(
      {
        seed: o.seed,
        from: o.from,
        cases: stats.cases,
        seconds: Math.round(secs),
        status: Object.fromEntries(stats.byStatus),
        targets: Object.fromEntries(stats.byTarget),
        families: Object.fromEntries(stats.byFamily),
        peakRssMB: Math.round(stats.maxRss),
        findings: [...found.entries()].map(([signature, f]) => ({ kind: f.kind, count: f.count, message: f.message, signature, dir: path.relative(o.out, f.dir) })),
      },
      null,
      2,
    ) + '\n',
  );
  return failing.length > 0 ? 1 : 0;
}

const options = parseArgs(process.argv.slice(2));
const code = options.replay ? await replay(options.replay) : await supervise(options);
process.exit(code);
