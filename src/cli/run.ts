/**
 * runCli(argv, io) → exit code. The whole program, callable in-process (tests) or from main.ts.
 *
 * Every failure ends as one line on stderr and an exit code: 2 for usage and input errors
 * (commander's own errors included), 1 for failures while working. Stack traces only with
 * --verbose.
 */
import { CommanderError } from 'commander';
import { VaError, oneLine, toVaError } from '../errors.js';
import type { CliIO } from './io.js';
import { isJsonPrinted, Reporter, type Verbosity } from './output.js';
import type { RunContext } from './context.js';
import { buildProgram } from './program.js';

function verbosityOf(argv: readonly string[]): Verbosity {
  // Scanned before parsing so that parse errors honour --verbose too.
  let v: Verbosity = 'normal';
  for (const a of argv) {
    if (a === '--') break;
    if (a === '-v' || a === '--verbose') v = 'verbose';
    else if ((a === '-q' || a === '--quiet') && v !== 'verbose') v = 'quiet';
  }
  return v;
}

/** Commander's message without its "error: " prefix, e.g. "unknown option '--colour'". */
function commanderMessage(err: CommanderError): string {
  return oneLine(err.message.replace(/^error:\s*/i, ''));
}

/** With --json, a failed run also prints `{ ok: false, error }` on stdout for the caller to parse. */
function jsonError(argv: readonly string[], io: CliIO, error: VaError): void {
  const i = argv.indexOf('--');
  if (!(i < 0 ? argv : argv.slice(0, i)).includes('--json')) return;
  io.stdout.write(JSON.stringify({ ok: false, error: { code: error.code, message: oneLine(error.message), exitCode: error.exitCode } }, null, 2) + '\n');
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const reporter = new Reporter(io, verbosityOf(argv));
  const ctx: RunContext = { io, reporter, exitCode: 0 };
  const program = buildProgram(ctx);
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    // Commander's errors are printed by us, as one line, below.
    outputError: () => {},
  });
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => {} });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.help' || e.code === 'commander.executeSubCommandAsync') {
        // `va-infographic help [command]` asked for help (exit 0); `va-infographic` with no
        // command printed it on stderr, as a usage error (exit 2).
        return e.exitCode === 0 ? 0 : 2;
      }
      const sub = argv.find((a) => program.commands.some((c) => c.name() === a));
      const hint = `(see va-infographic ${sub ? sub + ' ' : ''}--help)`;
      const error = new VaError('E_USAGE', `${commanderMessage(e)} ${hint}`, { cause: e });
      reporter.error(error);
      jsonError(argv, io, error);
      return 2;
    }
    const error = e instanceof VaError ? e : toVaError(e);
    reporter.error(error);
    // The batch prints its own JSON report, failures included.
    if (error.code !== 'E_BATCH_FAILED' && !isJsonPrinted(error)) jsonError(argv, io, error);
    return error.exitCode;
  }
}
