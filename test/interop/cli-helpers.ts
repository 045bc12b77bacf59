/**
 * Helpers for the interop tests that drive the built CLI (bin/va-infographic.js → dist/) as a
 * user would: in a child process, or in a real pseudo-terminal (tmux).
 *
 * They test the build, so run `npm run build` first (`npm test` does). A missing build is
 * built once here.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../cli/tmp.js';

export { ROOT };
/** The CLI under test; VA_CLI_BIN points at another build (to check that a test fails on old code). */
export const BIN = process.env.VA_CLI_BIN ?? path.join(ROOT, 'bin', 'va-infographic.js');
export const FIXTURES = path.join(ROOT, 'fixtures', 'cli');

export function ensureBuilt(): void {
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI to the end. */
export function cli(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 30 * 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the built CLI and keeps it running (watch, preview). */
export function startCli(args: string[], cwd: string, env: Record<string, string> = {}): { child: ChildProcess; out: () => string; err: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
  return { child, out: () => out, err: () => err };
}

export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 60_000, describe: () => string = () => ''): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}\n${describe()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}


/** A tmux server of our own (-L): other tests on the machine cannot stop or confuse it. */
const SOCKET = ['-L', `va-cli-${process.pid}`];
const tmux = (args: string[], encoding?: 'utf8') => execFileSync('tmux', [...SOCKET, ...args], encoding ? { encoding } : {});

/** Stops this process's tmux server (call in afterAll). */
export function stopTmux(): void {
  spawnSync('tmux', [...SOCKET, 'kill-server']);
}

/** A tmux session running one shell command in a terminal of the given size. */
export class Tmux {
  constructor(
    readonly name: string,
    command: string,
    cwd: string,
    size: { columns: number; rows: number } = { columns: 80, rows: 30 },
  ) {
    tmux(['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), '-c', cwd, command]);
  }

  /** The screen and scroll-back, wrapped lines joined (-J) as the user would read them. */
  screen(): string {
    return tmux(['capture-pane', '-p', '-J', '-t', this.name, '-S', '-500'], 'utf8') as string;
  }

  /** tmux's view of the terminal modes: cursor shown, line wrapping on. */
  modes(): { cursor: boolean; wrap: boolean } {
    const [c, w] = (tmux(['display', '-p', '-t', this.name, '#{cursor_flag} #{wrap_flag}'], 'utf8') as string).trim().split(' ');
    return { cursor: c === '1', wrap: w === '1' };
  }

  keys(...keys: string[]): void {
    tmux(['send-keys', '-t', this.name, ...keys]);
  }

  async waitFor(pattern: RegExp | string, timeoutMs = 120_000): Promise<string> {
    return until(String(pattern), () => {
      const s = this.screen();
      return (typeof pattern === 'string' ? s.includes(pattern) : pattern.test(s)) ? s : undefined;
    }, timeoutMs, () => this.screen());
  }

  kill(): void {
    spawnSync('tmux', [...SOCKET, 'kill-session', '-t', this.name]);
  }
}

/** Writes files (text or bytes) under `dir`. */
export function files(dir: string, map: Record<string, string | Uint8Array>): void {
  for (const [f, content] of Object.entries(map)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), content);
  }
}
