/**
 * Batch progress on stderr: a one-line bar on a terminal, one line per item otherwise (CI logs).
 * Failures are always printed as their own line, even with --quiet.
 *
 * The bar is ours rather than cli-progress's, because that library saves and restores the cursor
 * position (ESC 7 / ESC 8) and turns line wrapping off (ESC[?7l): the summary and the shell
 * prompt then overwrote failure lines, long failure lines were cut at the terminal's width, and a
 * Ctrl+C left the terminal without wrapping. Here:
 * - line wrapping is never touched: a long failure line wraps and is read whole;
 * - the bar is always the last line, shorter than the terminal, redrawn in place with `\r` and
 *   "erase line"; a line printed during the run (failure, warning) erases the bar, is printed,
 *   and the bar is drawn again below it;
 * - stop() erases the bar, so what follows (the summary) starts on a clean line;
 * - the cursor is hidden while the bar runs and shown again on every exit path: stop(), an error,
 *   Ctrl+C (SIGINT), SIGTERM, SIGHUP (exit-hooks.ts).
 */
import { onExit } from '../exit-hooks.js';
import type { Reporter } from '../output.js';

export interface ItemLine {
  ok: boolean;
  label: string;
  detail: string;
  /** Counted, but not printed (a brand's error already printed for its first item). */
  silent?: boolean;
}

export interface Progress {
  item(line: ItemLine): void;
  /** A line printed above the bar (warnings). */
  log(text: string): void;
  stop(): void;
}

const ERASE_LINE = '\r\u001b[2K';
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '…';
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** The bar's text for a terminal `columns` wide: always shorter than the line, so it never wraps. */
export function barLine(done: number, total: number, failed: number, rate: string, eta: string, columns: number): string {
  const tail = ` ${done}/${total} decks | ${rate}/s | ${failed} failed | ETA ${eta}`;
  const room = Math.max(0, columns - 1);
  const width = Math.max(0, Math.min(40, room - tail.length - 1));
  if (width < 5) return tail.trim().slice(0, room);
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return (' ' + '█'.repeat(filled) + '░'.repeat(width - filled) + tail).slice(0, room);
}

export async function createProgress(total: number, reporter: Reporter): Promise<Progress> {
  const stream = reporter.io.stderr;
  let done = 0;
  let failed = 0;
  if (stream.isTTY && !reporter.quiet && !reporter.verbose && total > 1) {
    const start = performance.now();
    let active = true;
    const render = () => {
      if (!active) return;
      const seconds = (performance.now() - start) / 1000;
      // A rate over less than a second says little (a bad brand fails instantly).
      const perSecond = done / seconds;
      const rate = seconds < 1 || done === 0 ? '…' : perSecond.toFixed(1);
      const eta = seconds < 1 || done === 0 ? '…' : formatEta((total - done) / perSecond);
      stream.write(ERASE_LINE + barLine(done, total, failed, rate, eta, stream.columns ?? 80));
    };
    const restore = () => {
      if (!active) return;
      active = false;
      stream.write(ERASE_LINE + SHOW_CURSOR);
    };
    const unhook = onExit(restore);
    const above = (text: string) => {
      // Erase the bar, print the line (it wraps if long), draw the bar again below it.
      stream.write(ERASE_LINE + text + '\n');
      render();
    };
    stream.write(HIDE_CURSOR);
    render();
    return {
      item(line) {
        done++;
        if (!line.ok) failed++;
        if (!line.ok && !line.silent) above(`${reporter.err.red('✗')} ${line.label ? `${line.label}: ` : ''}${line.detail}`);
        else render();
      },
      log: above,
      stop() {
        restore();
        unhook();
      },
    };
  }
  const width = String(total).length;
  return {
    item(line) {
      done++;
      if (line.silent || (line.ok && reporter.quiet)) return;
      const mark = line.ok ? reporter.err.green('ok') : reporter.err.red('FAILED');
      stream.write(`[${String(done).padStart(width)}/${total}] ${mark} ${line.label ? `${line.label}: ` : ''}${line.detail}\n`);
    },
    log(text) {
      if (!reporter.quiet) stream.write(text + '\n');
    },
    stop() {},
  };
}
