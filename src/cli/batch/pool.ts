/**
 * A fixed pool of worker threads (node:worker_threads), one job at a time per worker. A worker
 * that dies (crash, out of memory) fails the job it was running and is replaced.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot, runningFromBundle } from '../paths.js';
import type { JobMessage, ResultMessage, WarmMessage } from './protocol.js';

type JobInput = Omit<JobMessage, 'type' | 'id'>;

/** A job's outcome: the worker's result, or `skipped` when it was cancelled before it started. */
export type PoolResult = ResultMessage | { type: 'skipped'; id: number };

interface Task {
  id: number;
  job: JobInput;
  resolve(result: PoolResult): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

function workerEntry(): URL | string {
  if (runningFromBundle()) return path.join(packageRoot(), 'dist', 'worker.js');
  return new URL('./dev-worker.mjs', import.meta.url);
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  /**
   * `warm`, when given, is sent to every worker at start so it loads its modules early. `entry`
   * replaces the worker script (tests use it to make a worker crash).
   */
  constructor(
    readonly size: number,
    private readonly warm?: Omit<WarmMessage, 'type'>,
    private readonly entry: URL | string = workerEntry(),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, { stdout: false, stderr: false });
    if (this.warm) worker.postMessage({ type: 'warm', ...this.warm } satisfies WarmMessage);
    const slot: Slot = { worker, task: null };
    worker.on('message', (msg: ResultMessage) => {
      const task = slot.task;
      if (!task || msg.id !== task.id) return;
      slot.task = null;
      task.resolve(msg);
      this.pump();
    });
    const die = (reason: string) => {
      const task = slot.task;
      slot.task = null;
      if (task) {
        task.resolve({ type: 'result', id: task.id, ok: false, error: { code: 'E_INTERNAL', kind: 'work', message: `the batch worker stopped: ${reason}` } });
      }
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.pump();
    };
    worker.on('error', (e) => die(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) die(`exit code ${code}`);
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      const message: JobMessage = { type: 'job', id: task.id, ...task.job };
      slot.worker.postMessage(message);
    }
  }

  run(job: JobInput): Promise<PoolResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.pump();
    });
  }

  /** Queued jobs never start (they resolve as skipped); running jobs finish. */
  cancelQueued(): void {
    for (const task of this.queue.splice(0, this.queue.length)) task.resolve({ type: 'skipped', id: task.id });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
