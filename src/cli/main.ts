/**
 * The executable entry (bundled to dist/cli.js, started by bin/va-infographic.js).
 */
import { processIO } from './io.js';
import { runCli } from './run.js';

const code = await runCli(process.argv.slice(2), processIO());
// Let pending output drain; exitCode (not exit()) keeps piped stdout complete.
process.exitCode = code;
