/**
 * Everything the CLI prints about its work goes through a Reporter: status and warnings on
 * stderr (one line each), results on stdout. Colour only on a terminal and never with NO_COLOR.
 */
import { oneLine, type VaError } from '../errors.js';
import type { Warning } from '../warnings.js';
import type { CliIO, OutStream } from './io.js';

export type Verbosity = 'quiet' | 'normal' | 'verbose';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const plain: Style = { red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s, bold: (s) => s };
const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const coloured: Style = { red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), dim: ansi(2, 22), bold: ansi(1, 22) };

/** Colour is used when the stream is a terminal, NO_COLOR is unset or empty, and TERM is not "dumb". */
export function useColour(stream: OutStream, env: CliIO['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export const PROGRAM = 'va-infographic';

export class Reporter {
  readonly err: Style;
  readonly out: Style;
  /** True when stderr gets colour (prompts draw colour swatches then). */
  readonly errColour: boolean;

  constructor(
    readonly io: CliIO,
    public verbosity: Verbosity = 'normal',
  ) {
    this.errColour = useColour(io.stderr, io.env);
    this.err = this.errColour ? coloured : plain;
    this.out = useColour(io.stdout, io.env) ? coloured : plain;
  }

  get quiet(): boolean {
    return this.verbosity === 'quiet';
  }

  get verbose(): boolean {
    return this.verbosity === 'verbose';
  }

  /** A result line on stdout (always printed: it is what the user asked for). */
  result(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  }

  /** A status line on stderr, suppressed by --quiet. */
  status(text: string): void {
    if (!this.quiet) this.io.stderr.write(oneLine(text) + '\n');
  }

  /** A detail line on stderr, only with --verbose. */
  detail(text: string): void {
    if (this.verbose) this.io.stderr.write(this.err.dim(oneLine(text)) + '\n');
  }

  warning(w: Warning | string): void {
    if (this.quiet) return;
    const text = typeof w === 'string' ? w : formatWarning(w);
    this.io.stderr.write(`${this.err.yellow('warning:')} ${oneLine(text)}\n`);
  }

  /** The one line that ends a failed run (never suppressed), with the stack under --verbose. */
  error(error: VaError): void {
    this.io.stderr.write(`${this.err.red(`${PROGRAM}: error:`)} ${oneLine(error.message)} ${this.err.dim(`[${error.code}]`)}\n`);
    if (this.verbose) {
      const cause = error.cause instanceof Error ? error.cause : error;
      if (cause.stack) this.io.stderr.write(this.err.dim(cause.stack) + '\n');
    }
  }
}

export function formatWarning(w: Warning): string {
  // The location, unless the message already names it.
  const slide = w.slide !== undefined && !w.message.includes(`slide ${w.slide}`) ? `slide ${w.slide}` : '';
  const part = w.part !== undefined && !w.message.includes(w.part) ? w.part : '';
  const where = [slide, part].filter(Boolean).join(', ');
  return `${w.message}${where ? ` (${where})` : ''} [${w.code}]`;
}

/** JSON for stdout: two-space indentation, one trailing newline. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Errors whose JSON result a command already printed (the runner then prints no second document). */
const jsonPrinted = new WeakSet<object>();

export function markJsonPrinted<E extends object>(error: E): E {
  jsonPrinted.add(error);
  return error;
}

export function isJsonPrinted(error: object): boolean {
  return jsonPrinted.has(error);
}
