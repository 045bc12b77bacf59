/**
 * Small helpers shared by the commands.
 */
import type { RunContext } from '../context.js';

/** Applies --quiet / --verbose of a command to the run's reporter. */
export function applyVerbosity(options: Record<string, unknown>, ctx: RunContext): void {
  if (options.verbose) ctx.reporter.verbosity = 'verbose';
  else if (options.quiet) ctx.reporter.verbosity = 'quiet';
}

/** A string option's value, or undefined. */
export function str(options: Record<string, unknown>, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
}
