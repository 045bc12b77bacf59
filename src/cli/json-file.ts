/**
 * Reads a JSON document from an untrusted file (brand files, the project config file): bounded
 * size; UTF-8 (with or without a BOM) or UTF-16 with a BOM; JSON with comments (JSONC: `//` and
 * `/* *\/` comments and trailing commas, as editors write them); nesting at most 64 deep.
 *
 * Parsing uses Microsoft's jsonc-parser (the parser of VS Code's settings files) rather than
 * stripping comments ourselves: it reports each problem with an offset, which we turn into a line
 * and a column. Messages never quote the file's text: a brand file can be a symbolic link to any
 * file, and its content must not end up in a terminal, a CI log or a `--report`.
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { VaError, type ErrorCode } from '../errors.js';
import { readInputFile } from './files.js';

/** Deeper documents are refused before parsing (the parser recurses once per level). */
export const MAX_JSON_DEPTH = 64;

const PROBLEMS: Record<number, string> = {
  1: 'an unexpected character',
  2: 'a malformed number',
  3: 'a property name was expected (in double quotes)',
  4: 'a value was expected',
  5: 'a colon was expected',
  6: 'a comma was expected',
  7: 'a closing brace } was expected',
  8: 'a closing bracket ] was expected',
  9: 'nothing more was expected after the end of the document',
  10: 'a comment is malformed',
  11: 'a comment is not closed (*/ is missing)',
  12: 'a string is not closed (a closing " is missing)',
  13: 'a number ends unexpectedly',
  14: 'a \\u escape is malformed',
  15: 'an escape sequence in a string is malformed',
  16: 'a string contains a control character (write \\n or \\t)',
};

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** The deepest nesting of {} and [] outside strings and comments (a linear scan, no recursion). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return max;
}

/** Plain JSON data from the parse tree; keys become own properties ("__proto__" included), as JSON.parse does. */
function toValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(out, String(key.value), { value: toValue(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}

/**
 * Parses JSON with comments. `what` and `file` name the document in messages ("the brand file
 * brand.json"); `code` is the error code of a document that is not JSON.
 */
export function parseJsonText(text: string, file: string, what: string, code: ErrorCode = 'E_BRAND_INVALID'): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new VaError(code, `${what} ${file} is nested more than ${MAX_JSON_DEPTH} levels deep`, { subject: file });
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0];
    const problem = first ? `${PROBLEMS[first.error] ?? 'a syntax error'} at ${position(text, first.offset)}` : 'no value found';
    throw new VaError(code, `${what} ${file} is not valid JSON: ${problem}`, { subject: file });
  }
  return toValue(tree);
}

/**
 * Bytes to text: a UTF-8 BOM, a UTF-16 BOM (little or big endian) or none (UTF-8). UTF-16
 * without a BOM is recognised by its zero bytes and refused with a message that says how to fix it.
 */
export function decodeText(bytes: Uint8Array, file: string, what: string, code: ErrorCode = 'E_BRAND_INVALID'): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let encoding = 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) encoding = 'utf-16le';
  else if (b0 === 0xfe && b1 === 0xff) encoding = 'utf-16be';
  else if (bytes.length >= 2 && (b0 === 0 || b1 === 0)) {
    throw new VaError(code, `${what} ${file} looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a BOM`, { subject: file });
  }
  try {
    // The decoder drops the BOM it recognises.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new VaError(code, `${what} ${file} is not ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text`, { subject: file });
  }
}

export async function readJsonFile(file: string, what: string, maxBytes: number, shownAs: string = file, code: ErrorCode = 'E_BRAND_INVALID'): Promise<unknown> {
  const bytes = await readInputFile(file, what, maxBytes, shownAs);
  const text = decodeText(bytes, shownAs, what, code);
  if (text.trim() === '') throw new VaError(code, `${what} ${shownAs} is empty`, { subject: shownAs });
  return parseJsonText(text, shownAs, what, code);
}
