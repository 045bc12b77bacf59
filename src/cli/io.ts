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
