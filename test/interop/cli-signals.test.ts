/**
 * Interrupted runs: outputs are complete or absent. SIGINT/SIGTERM also remove the temporary
 * files being written; after SIGKILL (which no program can handle) every output under its final
 * name is still complete, because it was renamed into place only once fully written.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { ROOT, tempDir } from '../cli/tmp.js';

const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
const MAIN = path.join(ROOT, 'src', 'cli', 'main.ts');
const tmp = tempDir('va-signal-');
afterAll(() => tmp.cleanup());

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

async function interruptedBatch(name: string, signal: NodeJS.Signals): Promise<{ signal: NodeJS.Signals | null; files: string[] }> {
  const dir = path.join(tmp.dir, name);
  mkdirSync(path.join(dir, 'brands'), { recursive: true });
  for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, 'brands', `b${i}.json`), JSON.stringify({ organization: `Brand ${i}`, colors: { primary: '#0A5FAD' } }));
  const child = spawn(process.execPath, ['--import', TSX, MAIN, 'batch', 'brands', '--template', 'all', '--concurrency', '2'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no item finished; stderr:\n${stderr}`)), 120_000);
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      // Interrupt once some outputs are written and others are being written.
      if (/\[\s*3\/48\]/.test(stderr)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.kill(signal);
  const sig = await exited;
  return { signal: sig, files: walk(path.join(dir, 'out')) };
}

function assertComplete(files: string[]): void {
  for (const f of files.filter((x) => !path.basename(x).startsWith('.'))) {
    const bytes = readFileSync(f);
    if (f.endsWith('.pdf')) expect(bytes.subarray(bytes.length - 8).toString()).toContain('%%EOF');
    else if (f.endsWith('.pptx')) expect(() => OpcPackage.open(bytes)).not.toThrow();
  }
}

describe('interrupted batch', () => {
  it('SIGINT: stops, leaves only complete outputs and no temporary files', async () => {
    const { signal, files } = await interruptedBatch('sigint', 'SIGINT');
    expect(signal).toBe('SIGINT');
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(96);
    assertComplete(files);
  }, 180_000);

  it('SIGKILL: every output under its final name is complete', async () => {
    const { signal, files } = await interruptedBatch('sigkill', 'SIGKILL');
    expect(signal).toBe('SIGKILL');
    assertComplete(files);
  }, 180_000);
});
