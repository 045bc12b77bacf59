/**
 * Errors the code recovers from. Where one damaged shape, part or slide must not take the deck
 * with it, the renderer leaves it out with a warning; an exception other than our own VaError
 * there is still a bug (a TypeError on odd input). It is published on a diagnostics channel so
 * that tools can see it (the fuzzer, `npm run fuzz`, records each one as a finding); with no
 * subscriber this costs nothing and users only see the warning.
 */
import { channel } from 'node:diagnostics_channel';
import { VaError } from './errors.js';

export const RECOVERED_CHANNEL = 'va-infographic:recovered';

export interface RecoveredError {
  /** What was left out: "shape", "slide", "part", "geometry". */
  where: string;
  error: unknown;
}

const recovered = channel(RECOVERED_CHANNEL);

/** Reports an exception that was turned into a warning, unless it is one of our own VaErrors. */
export function reportRecovered(where: string, error: unknown): void {
  if (recovered.hasSubscribers && !(error instanceof VaError)) recovered.publish({ where, error } satisfies RecoveredError);
}
