import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildJobs, discoverBrandFiles, shardJobs, type BrandEntry } from '../../src/cli/batch/jobs.js';
import { VaError } from '../../src/errors.js';
import { tempDir } from './tmp.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function brands(n: number): BrandEntry[] {
  return Array.from({ length: n }, (_, i) => ({ file: `/b/${String(i).padStart(3, '0')}.json`, shown: `${i}.json`, folder: String(i) }));
}

describe('batch job list and shards', () => {
  it('makes every brand × every template, in a stable order', () => {
    const jobs = buildJobs(brands(3), ['a', 'b']);
    expect(jobs.map((j) => `${j.brand.folder}:${j.template}`)).toEqual(['0:a', '0:b', '1:a', '1:b', '2:a', '2:b']);
    expect(jobs.map((j) => j.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('splits the list into shards whose union is the whole list, without overlap', () => {
    for (const [nBrands, nTemplates] of [
      [100, 4],
      [7, 3],
      [1, 1],
      [2, 4],
    ] as const) {
      const jobs = buildJobs(brands(nBrands), Array.from({ length: nTemplates }, (_, i) => `t${i}`));
      for (const count of [1, 2, 3, 4, 7, 16, 1000]) {
        const seen: number[] = [];
        const sizes: number[] = [];
        for (let index = 1; index <= count; index++) {
          const shard = shardJobs(jobs, { index, count });
          sizes.push(shard.length);
          seen.push(...shard.map((j) => j.index));
          // Each shard is sorted and computed from the list alone (deterministic).
          expect(shard.map((j) => j.index)).toEqual([...shard.map((j) => j.index)].sort((a, b) => a - b));
          expect(shardJobs(jobs, { index, count })).toEqual(shard);
        }
        expect(seen.sort((a, b) => a - b)).toEqual(jobs.map((j) => j.index));
        // Balanced: sizes differ by at most one.
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('finds brand files in folders (not recursively), sorted, and names their output folders', async () => {
    const root = path.join(tmp.dir, 'discover');
    mkdirSync(path.join(root, 'brands', 'nested'), { recursive: true });
    for (const f of ['b.json', 'a.json', 'notes.txt', '.hidden.json', 'nested/c.json']) writeFileSync(path.join(root, 'brands', f), '{}');
    writeFileSync(path.join(root, 'z.json'), '{}');
    const found = await discoverBrandFiles(['z.json', 'brands', 'brands/a.json'], root);
    expect(found.map((b) => b.shown)).toEqual(['brands/a.json', 'brands/b.json', 'z.json']);
    expect(found.map((b) => b.folder)).toEqual(['a', 'b', 'z']);
  });

  it('refuses missing arguments, empty folders and output-folder clashes', async () => {
    const root = path.join(tmp.dir, 'bad');
    mkdirSync(path.join(root, 'x'), { recursive: true });
    mkdirSync(path.join(root, 'y'), { recursive: true });
    mkdirSync(path.join(root, 'empty'), { recursive: true });
    writeFileSync(path.join(root, 'x', 'same.json'), '{}');
    writeFileSync(path.join(root, 'y', 'same.json'), '{}');
    await expect(discoverBrandFiles(['nope.json'], root)).rejects.toMatchObject({ code: 'E_FILE_NOT_FOUND' });
    await expect(discoverBrandFiles(['empty'], root)).rejects.toMatchObject({ code: 'E_USAGE' });
    const clash = await discoverBrandFiles(['x', 'y'], root).catch((e: VaError) => e);
    expect(clash).toBeInstanceOf(VaError);
    expect((clash as VaError).message).toContain('same output folder "same"');
  });
});
