/**
 * Batch progress on stderr: a bar (cli-progress) on a terminal, one line per item otherwise
 * (CI logs). Failures are always printed as their own line, even with --quiet.
 */
import type { Reporter } from '../output.js';

export interface ItemLine {
  ok: boolean;
  label: string;
  detail: string;
}

export interface Progress {
  item(line: ItemLine): void;
  /** A line printed above the bar (warnings). */
  log(text: string): void;
  stop(): void;
}

export async function createProgress(total: number, reporter: Reporter): Promise<Progress> {
  const stream = reporter.io.stderr;
  let done = 0;
  let failed = 0;
  if (stream.isTTY && !reporter.quiet && !reporter.verbose && total > 1) {
    // cli-progress is CommonJS: its exports arrive as the default export when bundled.
    const mod = (await import('cli-progress')) as typeof import('cli-progress') & { default?: typeof import('cli-progress') };
    const SingleBar = mod.SingleBar ?? mod.default!.SingleBar;
    const bar = new SingleBar({
      stream: stream as NodeJS.WriteStream,
      format: ' {bar} {value}/{total} decks | {rate}/s | {failed} failed | ETA {eta_formatted}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    });
    const start = performance.now();
    bar.start(total, 0, { rate: '…', failed: 0 });
    const above = (text: string) => {
      // Clear the bar's line, print, let the bar redraw below.
      stream.write('\r\u001b[2K' + text + '\n');
      bar.render();
    };
    return {
      item(line) {
        done++;
        if (!line.ok) {
          failed++;
          above(`${reporter.err.red('✗')} ${line.label}: ${line.detail}`);
        }
        // A rate over less than a second says little (a bad brand fails instantly).
        const seconds = (performance.now() - start) / 1000;
        const rate = seconds < 1 ? '…' : (done / seconds).toFixed(1);
        bar.update(done, { rate, failed });
      },
      log: above,
      stop() {
        bar.stop();
      },
    };
  }
  const width = String(total).length;
  return {
    item(line) {
      done++;
      if (line.ok && reporter.quiet) return;
      const mark = line.ok ? reporter.err.green('ok') : reporter.err.red('FAILED');
      stream.write(`[${String(done).padStart(width)}/${total}] ${mark} ${line.label}: ${line.detail}\n`);
    },
    log(text) {
      if (!reporter.quiet) stream.write(text + '\n');
    },
    stop() {},
  };
}
