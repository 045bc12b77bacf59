/**
 * What every command receives: the terminal (io), the reporter, and the run's exit status.
 */
import type { CliIO } from './io.js';
import type { Reporter } from './output.js';

export interface RunContext {
  io: CliIO;
  reporter: Reporter;
  /** Set by a command that finished with a non-zero status without throwing. */
  exitCode: number;
}
