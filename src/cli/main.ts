/**
 * The executable entry (bundled to dist/cli.js, started by bin/va-infographic.js).
 */
import { cleanupPendingSync } from './files.js';
import { endOnBrokenPipe, processIO } from './io.js';
import { runCli } from './run.js';

// Ending early: no half-written output is left behind (temporary files are removed).
const exit = (code: number) => {
  cleanupPendingSync();
  process.exit(code);
};
endOnBrokenPipe(process.stdout, exit, (line) => process.stderr.write(line));
endOnBrokenPipe(process.stderr, exit, () => undefined);

const code = await runCli(process.argv.slice(2), processIO());
// Let pending output drain; exitCode (not exit()) keeps piped stdout complete.
process.exitCode = code;
