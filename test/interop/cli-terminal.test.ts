/**
 * The batch progress bar in a real terminal (tmux), driving the built CLI: failure lines are
 * printed whole above the bar (never cut at the terminal's width), the summary comes after the
 * bar, line wrapping is never turned off, and the cursor is visible again however the batch
 * ends: normally, with a failure, on Ctrl+C (SIGINT) or on SIGTERM.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/tmp.js';
import { needTools } from '../helpers/tools.js';
import { BIN, FIXTURES, Tmux, ensureBuilt, files, stopTmux, until } from './cli-helpers.js';

const hasTmux = needTools('the batch progress bar in a real terminal', 'tmux') === undefined;

const tmp = tempDir('va-term-');
const sessions: Tmux[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
  stopTmux();
  tmp.cleanup();
});

const BROKEN = { organization: 'Broken', colors: { primary: 'purple' } };
const good = (i: number) => ({ organization: `Clinic ${i}`, colors: { primary: '#0A5FAD' }, links: { booking: `https://c${i}.example/book` } });
const FAILURE = 'invalid brand (brands/broken.json): colors.primary: expected a hex colour like "#0A5FAD" or "#09C", got "purple" [E_BRAND_INVALID]';

function project(name: string, brands: number): string {
  const dir = path.join(tmp.dir, name);
  const map: Record<string, string | Uint8Array> = { 'deck.pptx': readFileSync(path.join(FIXTURES, 'inspect-brand-fit.pptx')), 'brands/broken.json': JSON.stringify(BROKEN) };
  for (let i = 0; i < brands; i++) map[`brands/c${String(i).padStart(2, '0')}.json`] = JSON.stringify(good(i));
  files(dir, map);
  return dir;
}

function session(name: string, command: string, cwd: string, columns = 60): Tmux {
  const s = new Tmux(`va-term-${process.pid}-${name}`, command, cwd, { columns, rows: 40 });
  sessions.push(s);
  return s;
}

const node = JSON.stringify(process.execPath);
const bin = JSON.stringify(BIN);

describe.skipIf(!hasTmux)('batch progress in a real terminal', () => {
  beforeAll(() => ensureBuilt());

  it('prints a failure whole above the bar, the summary after it, and leaves wrapping and the cursor on', async () => {
    const dir = project('normal', 5);
    const s = session('normal', `NO_COLOR=1 ${node} ${bin} batch brands --template ./deck.pptx --format pptx --concurrency 2; echo "EXIT:$?"; sleep 600`, dir, 60);
    const screen = await s.waitFor('EXIT:');
    const lines = screen.split('\n').map((l) => l.trimEnd());
    // The failure, 150 characters in a 60-column terminal: wrapped by the terminal, read whole.
    const failure = lines.findIndex((l) => l.includes(`✗ ${FAILURE}`));
    expect(failure, screen).toBeGreaterThanOrEqual(0);
    expect(screen.split(FAILURE).length - 1).toBe(1); // said once, not once per template
    const summary = lines.findIndex((l) => /^6 deck\(s\): 5 ok, 1 failed in [\d.]+ s/.test(l));
    const error = lines.findIndex((l) => l.startsWith('va-infographic: error: 1 of 6 item(s) failed [E_BATCH_FAILED]'));
    const exit = lines.indexOf('EXIT:1');
    expect([failure < summary, summary < error, error < exit], screen).toEqual([true, true, true]);
    // The bar is gone (erased before the summary), and no per-item lines on a terminal.
    expect(screen).not.toMatch(/decks \| .*failed \| ETA/);
    expect(screen).not.toMatch(/\[\d\/6\] ok/);
    expect(s.modes()).toEqual({ cursor: true, wrap: true });
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['c00', 'c01', 'c02', 'c03', 'c04']);
  });

  it('never turns line wrapping off while the bar runs', async () => {
    const dir = project('running', 30);
    const s = session('running', `NO_COLOR=1 ${node} ${bin} batch brands --template healthcare --format pdf --concurrency 1 & echo "PID:$!"; wait $!; echo "EXIT:$?"; sleep 600`, dir, 70);
    const pid = Number(/PID:(\d+)/.exec(await s.waitFor(/PID:\d+/))![1]);
    await s.waitFor(/decks \| .* failed \| ETA/);
    const seen: { cursor: boolean; wrap: boolean }[] = [];
    for (let i = 0; i < 10; i++) {
      seen.push(s.modes());
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen.every((m) => m.wrap)).toBe(true);
    // The bar line is shorter than the terminal: it never wraps onto a second line.
    const bar = s.screen().split('\n').find((l) => /decks \|/.test(l))!;
    expect(bar.length).toBeLessThan(70);
    process.kill(pid, 'SIGTERM');
    await s.waitFor('EXIT:');
  });

  async function interruptedMidway(name: string, start: (s: Tmux) => Promise<void>, stop: (s: Tmux) => Promise<void>): Promise<{ s: Tmux; dir: string; screen: string }> {
    const dir = project(name, 30);
    const s = session(name, 'bash --norc --noprofile -i', dir, 80);
    await start(s);
    // Interrupt while the bar is drawn and items are being written.
    await s.waitFor(/decks \| .* failed \| ETA/);
    await until('a first output', () => {
      try {
        return readdirSync(path.join(dir, 'out')).length > 1;
      } catch {
        return false;
      }
    });
    await stop(s);
    return { s, dir, screen: await s.waitFor(/EXIT:\d+/) };
  }

  const command = `NO_COLOR=1 ${node} ${bin} batch brands --template healthcare --format pdf,pptx --concurrency 2`;

  it('gives the terminal back on Ctrl+C: cursor shown, wrapping on, bar erased, no temporary file, exit 130', async () => {
    const { s, dir, screen } = await interruptedMidway(
      'sigint',
      async (s) => {
        await s.waitFor(/[$#] $/m);
        s.keys(command, 'Enter');
      },
      async (s) => {
        // The key, as a user presses it: the terminal sends SIGINT to the foreground job.
        s.keys('C-c');
        await new Promise((r) => setTimeout(r, 1000));
        s.keys('echo "EXIT:$?"', 'Enter');
      },
    );
    expect(screen).toContain('EXIT:130');
    expect(s.modes()).toEqual({ cursor: true, wrap: true });
    const leftovers = readdirSync(path.join(dir, 'out'), { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('gives the terminal back on SIGTERM: cursor shown, wrapping on, no temporary file, exit 143', async () => {
    let pid = 0;
    const { s, dir, screen } = await interruptedMidway(
      'sigterm',
      async (s) => {
        await s.waitFor(/[$#] $/m);
        s.keys(`${command} & echo "PID:$!"; wait $!; echo "EXIT:$?"`, 'Enter');
        pid = Number(/PID:(\d+)/.exec(await s.waitFor(/PID:\d+/))![1]);
      },
      async () => {
        process.kill(pid, 'SIGTERM');
      },
    );
    expect(screen).toContain('EXIT:143');
    expect(s.modes()).toEqual({ cursor: true, wrap: true });
    const leftovers = readdirSync(path.join(dir, 'out'), { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });
});
