import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/batch/pool.js';
import { FIXTURES } from './tmp.js';

const entry = path.join(FIXTURES, 'crashing-worker.mjs');
const job = (what: string) => ({ templateFile: '/x.pptx', what, brand: { organization: 'X', colors: { primary: '000000' } }, assets: {}, formats: ['pptx' as const], renderer: 'embedded' as const, replaceLinks: [] });

describe('worker pool', () => {
  it('fails the job of a worker that dies, replaces the worker, and runs the rest', async () => {
    const pool = new WorkerPool(2, undefined, entry);
    try {
      const results = await Promise.all(['a', 'crash', 'b', 'throw', 'c', 'd', 'e'].map((w) => pool.run(job(w))));
      const summary = results.map((r) => (r.type === 'result' ? (r.ok ? 'ok' : r.error.message) : 'skipped'));
      expect(summary).toEqual([
        'ok',
        'the batch worker stopped: exit code 3',
        'ok',
        'the batch worker stopped: boom',
        'ok',
        'ok',
        'ok',
      ]);
      for (const r of results) if (r.type === 'result' && !r.ok) expect(r.error.code).toBe('E_INTERNAL');
    } finally {
      await pool.close();
    }
  });

  it('skips queued jobs after cancelQueued, and finishes the running ones', async () => {
    const pool = new WorkerPool(1, undefined, entry);
    try {
      const pending = ['a', 'b', 'c', 'd'].map((w) => pool.run(job(w)));
      pool.cancelQueued();
      const results = await Promise.all(pending);
      expect(results.map((r) => r.type)).toEqual(['result', 'skipped', 'skipped', 'skipped']);
    } finally {
      await pool.close();
    }
  });
});
