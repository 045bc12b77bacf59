/**
 * Reads a JSON document from an untrusted file: bounded size, UTF-8 (a BOM is tolerated), and a
 * parse error reported with its line and column.
 */
import { VaError } from '../errors.js';
import { readInputFile } from './files.js';

export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    throw new VaError('E_BRAND_INVALID', `${what} ${file} is not valid JSON: ${reason}${where}`, { subject: file });
  }
}

export async function readJsonFile(file: string, what: string, maxBytes: number, shownAs: string = file): Promise<unknown> {
  const bytes = await readInputFile(file, what, maxBytes, shownAs);
  file = shownAs;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new VaError('E_BRAND_INVALID', `${what} ${file} is not UTF-8 text`, { subject: file });
  }
  if (text.trim() === '') throw new VaError('E_BRAND_INVALID', `${what} ${file} is empty`, { subject: file });
  return parseJsonText(text, file, what);
}
