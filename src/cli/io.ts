/**
 * The terminal and process the CLI talks to, passed in rather than taken from `process`, so that
 * tests run the whole program in-process with captured output, a fake environment and a
 * temporary working folder.
 */
import type { Readable } from 'node:stream';

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  /** Where prompts read from; `isTTY` decides whether prompting is allowed at all. */
  stdin: Readable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** Folder that relative paths on the command line resolve against. */
  cwd: string;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Output streams whose reader went away: `va-infographic templates | head -3` closes the pipe,
 * and the next write fails with EPIPE. Like other Unix tools, the program then ends quietly (with
 * the exit code it had); any other write error ends it with one line and exit code 1, never a
 * stack trace.
 */
export function endOnBrokenPipe(
  stream: { on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown },
  exit: (code: number) => void,
  report: (line: string) => void,
): void {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') {
      exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      return;
    }
    report(`va-infographic: error: cannot write the output (${error.code ?? error.message}) [E_WRITE]\n`);
    exit(1);
  });
}
