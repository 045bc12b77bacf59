/**
 * The fuzz worker: a child process that runs cases in-process, one after another (the library
 * stays warm, as in a batch worker or a watch session), checks every output and writes findings.
 * It tells the supervisor (main.ts) when each case starts and ends, so that a case that hangs or
 * grows past the memory limit can be killed from outside and recorded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCase, type Family, type FuzzCase, type Target } from './case.js';
import { checkOutcome } from './check.js';
import { FindingStore, signatureOf, type Finding } from './findings.js';
import { loadSeeds } from './seeds.js';
import { runCase } from './targets.js';

export interface RunRequest {
  type: 'run';
  root: string;
  corpus: string;
  out: string;
  scratch: string;
  seed: number;
  start: number;
  stride: number;
  /** First index not to run (Infinity: until the deadline). */
  end: number;
  /** Epoch milliseconds after which no new case starts. */
  deadline: number;
  slowMs: number;
  families?: Family[];
  targets?: Target[];
  /** Keep the first n branded decks of template cases for the LibreOffice check (0: none). */
  loSample: number;
}

export type WorkerMessage =
  | { type: 'ready'; notes: string[] }
  | { type: 'start'; index: number }
  | {
      type: 'done';
      index: number;
      family: Family;
      target: Target;
      status: string;
      code?: string;
      ms: number;
      cpuMs: number;
      rssMB: number;
      findings: { kind: Finding['kind']; signature: string; message: string; dir: string }[];
    }
  /** The case could not be made (the fuzzer's own error, not the library's): it is skipped. */
  | { type: 'not-generated'; index: number; message: string }
  | { type: 'finished' };

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, undefined, undefined, () => resolve()));
}

let current: FuzzCase | undefined;
/** Branded decks kept for the LibreOffice check by this worker. */
let loKept = 0;
let store: FindingStore | undefined;

function died(error: unknown): void {
  // An exception that escaped every await (a stream callback, a timer): record it for the case
  // that was running, then end; the supervisor starts a new worker.
  if (current && store) {
    const e = error instanceof Error ? error : new Error(String(error));
    const f: Finding = { kind: 'crash', message: `uncaught: ${e.name}: ${e.message}`, stack: e.stack ?? '', signature: signatureOf('crash', e.message, e.stack) };
    store.record(f, current);
  }
  process.exit(70);
}
process.on('uncaughtException', died);
process.on('unhandledRejection', died);

async function run(req: RunRequest): Promise<void> {
  mkdirSync(req.scratch, { recursive: true });
  const seeds = await loadSeeds(req.root, req.corpus);
  store = new FindingStore(req.out);
  await send({ type: 'ready', notes: seeds.notes });
  for (let index = req.start; index < req.end && Date.now() < req.deadline; index += req.stride) {
    // Each case starts from a collected heap: with --max-old-space-size=4096 V8 collects late, and
    // the garbage of earlier cases counted toward a later case's RSS (seed 2029 case 836: 1,031 MB
    // after 836 cases, 471 MB alone).
    (globalThis as { gc?: () => void }).gc?.();
    await send({ type: 'start', index });
    let c: FuzzCase;
    try {
      c = await generateCase(seeds, req.seed, index, { ...(req.families ? { families: req.families } : {}), ...(req.targets ? { targets: req.targets } : {}) });
    } catch (error) {
      // A mutator that throws is the fuzzer's bug: the case is reported and skipped. It used to end
      // the worker with no finding and no word (seed 2033 case 572: a RangeError in zeroRange).
      const e = error instanceof Error ? error : new Error(String(error));
      await send({ type: 'not-generated', index, message: `${e.name}: ${e.message}`.slice(0, 300) });
      continue;
    }
    current = c;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const outcome = await runCase(c);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const problems = await checkOutcome(outcome, c.deck, req.scratch);
    const findings: Finding[] = [];
    if (outcome.status === 'crash') {
      findings.push({ kind: 'crash', message: `${outcome.code}: ${outcome.message ?? ''}`.slice(0, 500), stack: outcome.stack ?? '', signature: signatureOf('crash', outcome.message ?? '', outcome.stack), ms });
    }
    for (const p of problems) findings.push({ kind: p.kind, message: p.message, signature: signatureOf(p.kind, p.message), ms });
    // Slow is CPU time (the machine may be loaded by others), all threads of the process.
    if (cpuMs > req.slowMs) findings.push({ kind: 'slow', message: `${c.target} took ${Math.round(cpuMs)} ms of CPU time, ${Math.round(ms)} ms of wall time (${c.mutations[0] ?? 'no mutation'})`, signature: `slow|${c.family}|${c.target}|${(c.mutations[0] ?? '').replace(/\d+/g, 'N').slice(0, 80)}`, ms });
    const reported: Extract<WorkerMessage, { type: 'done' }>['findings'] = [];
    for (const f of findings) {
      const extra: Record<string, Uint8Array> = {};
      if (f.kind === 'invalid-pdf' && outcome.outputs.pdf) extra['output.pdf'] = outcome.outputs.pdf;
      if (f.kind === 'invalid-pptx' && outcome.outputs.pptx) extra['output.pptx'] = outcome.outputs.pptx;
      const dir = store.record(f, c, extra);
      reported.push({ kind: f.kind, signature: f.signature, message: f.message, dir });
    }
    if (loKept < req.loSample && outcome.status === 'ok' && outcome.outputs.pptx) {
      // The branded deck, and a mutated input too: LibreOffice must open our output wherever it
      // opens the input (the templates it always opens).
      mkdirSync(path.join(req.scratch, 'lo'), { recursive: true });
      writeFileSync(path.join(req.scratch, 'lo', `case-${index}.pptx`), outcome.outputs.pptx);
      if (c.family === 'zip' || c.family === 'xml') writeFileSync(path.join(req.scratch, 'lo', `case-${index}-input.pptx`), c.deck);
      loKept++;
    }
    current = undefined;
    await send({ type: 'done', index, family: c.family, target: c.target, status: outcome.status, ...(outcome.code ? { code: outcome.code } : {}), ms, cpuMs, rssMB: process.memoryUsage().rss / 1048576, findings: reported });
  }
  await send({ type: 'finished' });
  process.exit(0);
}

process.on('message', (message: unknown) => {
  const req = message as RunRequest;
  if (req.type === 'run') void run(req).catch(died);
});
