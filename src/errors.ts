/**
 * The one error type of va-infographic.
 *
 * Every failure that a user can cause or meet is a VaError with a stable `code` and a one-line
 * `message`. The CLI prints the message and exits with `exitCode`:
 *   2 – invalid usage or input (bad flag or value, invalid brand, missing file, a file that is
 *       not what it claims to be, a package that breaks a safety limit);
 *   1 – a failure while working (a renderer that crashed, a write that failed, a batch item that
 *       failed).
 */
export type ErrorKind = 'usage' | 'input' | 'work';

export type ErrorCode =
  // usage and brand
  | 'E_USAGE'
  | 'E_BRAND_INVALID'
  | 'E_FILE_NOT_FOUND'
  | 'E_FILE_UNREADABLE'
  | 'E_OUTPUT_EXISTS'
  | 'E_CONFIG_INVALID'
  | 'E_DATA_INVALID'
  // package (zip / OPC)
  | 'E_EMPTY_FILE'
  | 'E_NOT_ZIP'
  | 'E_OLE_FILE'
  | 'E_ZIP_TRUNCATED'
  | 'E_ZIP_CORRUPT'
  | 'E_ZIP_UNSUPPORTED'
  | 'E_ZIP_ENTRY_NAME'
  | 'E_ZIP_DUPLICATE'
  | 'E_ZIP_LIMIT'
  | 'E_NOT_OPC'
  | 'E_WRONG_PACKAGE'
  | 'E_PART_MISSING'
  // XML
  | 'E_XML_DOCTYPE'
  | 'E_XML_MALFORMED'
  | 'E_XML_ENCODING'
  | 'E_XML_LIMIT'
  // assets
  | 'E_LOGO_INVALID'
  | 'E_LOGO_LIMIT'
  | 'E_FONT_INVALID'
  // working
  | 'E_THEME'
  | 'E_RENDER'
  | 'E_RENDERER_UNAVAILABLE'
  | 'E_TIMEOUT'
  | 'E_WRITE'
  | 'E_BATCH_FAILED'
  /** A brand value does not fit its box on the page even at 9 pt (contract section 9). */
  | 'E_TEXT_OVERFLOW'
  /** --strict: the run produced warnings, and warnings fail it. */
  | 'E_STRICT'
  | 'E_INTERNAL';

export class VaError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  /** The file or part the error is about, when there is one. */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, options: { kind?: ErrorKind; subject?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VaError';
    this.code = code;
    this.kind = options.kind ?? defaultKind(code);
    this.subject = options.subject;
  }

  get exitCode(): 1 | 2 {
    return this.kind === 'work' ? 1 : 2;
  }
}

function defaultKind(code: ErrorCode): ErrorKind {
  switch (code) {
    case 'E_USAGE':
    case 'E_OUTPUT_EXISTS':
    case 'E_CONFIG_INVALID':
      return 'usage';
    case 'E_THEME':
    case 'E_RENDER':
    case 'E_RENDERER_UNAVAILABLE':
    case 'E_TIMEOUT':
    case 'E_WRITE':
    case 'E_BATCH_FAILED':
    case 'E_TEXT_OVERFLOW':
    case 'E_STRICT':
    case 'E_INTERNAL':
      return 'work';
    default:
      return 'input';
  }
}

export function isVaError(value: unknown): value is VaError {
  return value instanceof VaError;
}

/** Wraps anything thrown into a VaError without losing an existing code. */
export function toVaError(value: unknown, fallback: ErrorCode = 'E_INTERNAL'): VaError {
  if (value instanceof VaError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new VaError(fallback, oneLine(message), { cause: value });
}

/** Collapses a message onto one line (errors are printed as one line on stderr). */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * A name or value from a file, made fit for a one-line message: control characters and line
 * breaks become spaces, and it is cut at `max` characters ("…" marks the cut). A file can name a
 * shape, a part or a content type with a megabyte of text; a message shows the first words.
 */
export function clip(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex
  const flat = (text.length > max * 2 ? text.slice(0, max * 2) : text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
