/**
 * Runs the CLI in-process: argv in, exit code and captured stdout/stderr out, in a temporary
 * working folder, with a controlled environment and a stdin that is or is not a terminal.
 */
import { Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

export { CORPUS, FIXTURES, ROOT, tempDir } from './tmp.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr lines without the trailing empty one. */
  errLines: string[];
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
}

export async function run(argv: string[], options: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  stdin.isTTY = options.stdinTTY ?? false;
  const io: CliIO = {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
      isTTY: options.stdoutTTY ?? false,
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
      isTTY: options.stderrTTY ?? false,
      columns: 100,
    },
    stdin,
    env: { PATH: process.env.PATH, ...(options.env ?? {}) },
    cwd: options.cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, errLines: stderr.split('\n').filter((l) => l !== '') };
}

/** The single error line of a failed run, or throws if stderr is not exactly one line. */
export function oneErrorLine(r: RunResult): string {
  const errors = r.errLines.filter((l) => l.startsWith('va-infographic: error:'));
  if (errors.length !== 1) throw new Error(`expected one error line, got:\n${r.stderr}`);
  return errors[0]!;
}
