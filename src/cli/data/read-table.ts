/**
 * Reads the spreadsheet of `batch --data`: a header row naming the columns, then one row per
 * brand. Three formats, told apart by the file name:
 *
 * - `.csv`, `.tsv`, `.txt`: CSV (RFC 4180 quoting) parsed by csv-parse; the separator (`,`, `;`
 *   as Danish and German Excel write it, or tab) is the one the header row uses most; UTF-8
 *   (with or without BOM) or UTF-16 with BOM (Excel's "Unicode text");
 * - `.xlsx`: the first sheet, read by read-excel-file (maintained; SheetJS's npm release is
 *   years old), after our own ZIP reader has checked the container against tight limits (entry
 *   count, inflated sizes: no ZIP bomb reaches the parser);
 * - `.jsonl`, `.ndjson`: one JSON object per line; nested objects become dotted column names
 *   (`{"colors": {"primary": "#0A5FAD"}}` is the column `colors.primary`).
 *
 * Rows are numbered as a spreadsheet shows them (the header is row 1) or, for JSON lines, by
 * line. Messages never quote the file's content.
 */
import path from 'node:path';
import { VaError } from '../../errors.js';
import { withLimits } from '../../package/limits.js';
import { inflateEntries, readZipDirectory } from '../../package/zip-read.js';
import { FILE_LIMITS, MiB, readInputFile } from '../files.js';
import { decodeText, parseJsonText } from '../json-file.js';

export const DATA_LIMITS = Object.freeze({
  bytes: 16 * MiB,
  rows: 10_000,
  columns: 200,
  cellChars: 4096,
});

export interface TableRow {
  /** Row number as the user sees it: the spreadsheet row (header = 1) or the JSON line. */
  row: number;
  /** Cell text by column index (undefined or '' for an empty cell). */
  cells: (string | undefined)[];
}

export interface Table {
  /** Column names from the header row (JSON lines: every key seen, in order). */
  columns: string[];
  /** How a column is named in messages: `column C "colors.primary"` or `"colors.primary"`. */
  columnLabel(index: number): string;
  rows: TableRow[];
  kind: 'csv' | 'xlsx' | 'jsonl';
}

export type DataKind = Table['kind'];

export function dataKind(file: string): DataKind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return undefined;
}

/** A, B, ..., Z, AA, AB, ... */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function invalid(shown: string, problem: string): VaError {
  return new VaError('E_DATA_INVALID', `the data file ${shown} ${problem}`, { subject: shown });
}

/** A cell value as text: numbers and booleans as written, dates as YYYY-MM-DD. */
function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return String(value);
}

function checkShape(shown: string, columns: readonly string[], rowCount: number): void {
  if (columns.length === 0 || columns.every((c) => c.trim() === '')) throw invalid(shown, 'has no header row naming its columns (organization, colors.primary, ...)');
  if (columns.length > DATA_LIMITS.columns) throw invalid(shown, `has ${columns.length} columns; the limit is ${DATA_LIMITS.columns}`);
  if (rowCount > DATA_LIMITS.rows) throw invalid(shown, `has more than ${DATA_LIMITS.rows} rows; split it (batch --shard also divides the work)`);
}

function checkCells(shown: string, table: Table): void {
  for (const r of table.rows) {
    r.cells.forEach((cell, i) => {
      if (cell !== undefined && cell.length > DATA_LIMITS.cellChars) {
        throw invalid(shown, `has a cell over ${DATA_LIMITS.cellChars} characters: row ${r.row}, ${table.columnLabel(i)}`);
      }
    });
  }
}

// ---- CSV ----

/** The separator the header line uses most (outside quotes): comma, semicolon or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is not closed (a closing " is missing)',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by text (write "" for a quote inside a quoted cell)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by text (write "" for a quote inside a quoted cell)',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'has a row with more cells than the header has columns',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'has a row with more cells than the header has columns',
  CSV_MAX_RECORD_SIZE: 'has a row that is too long',
};

async function readCsv(bytes: Uint8Array, shown: string): Promise<Table> {
  const text = decodeText(bytes, shown, 'the data file', 'E_DATA_INVALID');
  const { parse } = await import('csv-parse/sync');
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number; index: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count_less: true,
      skip_empty_lines: true,
      max_record_size: 64 * 1024,
      to: DATA_LIMITS.rows + 2,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    const problem = (err.code && CSV_PROBLEMS[err.code]) ?? 'cannot be read as CSV';
    throw invalid(shown, `is not valid CSV: ${problem}${typeof err.lines === 'number' ? ` (line ${err.lines})` : ''}`);
  }
  const [header, ...body] = records;
  const columns = (header?.record ?? []).map((c) => c.trim());
  checkShape(shown, columns, body.length);
  // Rows as a spreadsheet shows them: the header is row 1, and a blank line is a row too.
  const rows = body.map((r) => ({ row: r.info.lines, cells: r.record.map((c) => (c === '' ? undefined : c)) }));
  const table: Table = { columns, rows, kind: 'csv', columnLabel: (i) => `column ${columnLetter(i)} "${columns[i] ?? ''}"` };
  checkCells(shown, table);
  return table;
}

// ---- XLSX ----

/** The container of an .xlsx checked by our own ZIP reader first (limits, names, CRCs). */
function checkXlsxContainer(bytes: Uint8Array, shown: string): void {
  const limits = withLimits({ maxInputBytes: DATA_LIMITS.bytes, maxEntries: 2000, maxEntryBytes: 64 * MiB, maxTotalBytes: 128 * MiB, maxXmlBytes: 64 * MiB });
  const what = `the data file ${shown}`;
  try {
    const entries = readZipDirectory(bytes, limits, what);
    inflateEntries(bytes, entries, limits, what);
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw invalid(shown, 'is not an Excel workbook (.xlsx): it has no xl/workbook.xml');
  } catch (e) {
    if (e instanceof VaError && e.code !== 'E_DATA_INVALID') {
      throw new VaError(e.code === 'E_ZIP_LIMIT' ? 'E_DATA_INVALID' : 'E_DATA_INVALID', e.message, { subject: shown, cause: e });
    }
    throw e;
  }
}

async function readXlsx(bytes: Uint8Array, shown: string): Promise<Table> {
  checkXlsxContainer(bytes, shown);
  const { readSheet } = await import('read-excel-file/universal');
  let data: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    data = (await readSheet(buffer)) as unknown[][];
  } catch {
    throw invalid(shown, 'cannot be read as an Excel workbook (.xlsx); save it again from Excel, or as CSV UTF-8');
  }
  const [header, ...body] = data;
  const columns = (header ?? []).map((c) => (cellText(c) ?? '').trim());
  checkShape(shown, columns, body.length);
  const rows = body
    .map((r, i) => ({ row: i + 2, cells: r.map((c) => (cellText(c) === '' ? undefined : cellText(c))) }))
    .filter((r) => r.cells.some((c) => c !== undefined && c.trim() !== ''));
  const table: Table = { columns, rows, kind: 'xlsx', columnLabel: (i) => `column ${columnLetter(i)} "${columns[i] ?? ''}"` };
  checkCells(shown, table);
  return table;
}

// ---- JSON lines ----

function flatten(obj: Record<string, unknown>, prefix: string, out: Map<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix + k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, key + '.', out);
    else out.set(key, v);
  }
}

function readJsonLines(bytes: Uint8Array, shown: string): Table {
  const text = decodeText(bytes, shown, 'the data file', 'E_DATA_INVALID');
  const columns: string[] = [];
  const index = new Map<string, number>();
  const rows: TableRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (rows.length >= DATA_LIMITS.rows) throw invalid(shown, `has more than ${DATA_LIMITS.rows} rows; split it (batch --shard also divides the work)`);
    const value = parseJsonText(line, `${shown} line ${i + 1}`, 'the data file', 'E_DATA_INVALID');
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid(shown, `line ${i + 1} is not a JSON object ({ "organization": ..., ... })`);
    const flat = new Map<string, unknown>();
    flatten(value as Record<string, unknown>, '', flat);
    const cells: (string | undefined)[] = [];
    for (const [key, v] of flat) {
      if (Array.isArray(v)) throw invalid(shown, `line ${i + 1}: "${key}" is a list; expected text`);
      let at = index.get(key);
      if (at === undefined) {
        at = columns.length;
        columns.push(key);
        index.set(key, at);
        if (columns.length > DATA_LIMITS.columns) throw invalid(shown, `has more than ${DATA_LIMITS.columns} different fields`);
      }
      cells[at] = cellText(v);
    }
    rows.push({ row: i + 1, cells });
  }
  if (rows.length === 0) throw invalid(shown, 'has no rows');
  const table: Table = { columns, rows, kind: 'jsonl', columnLabel: (i) => `field "${columns[i] ?? ''}"` };
  checkCells(shown, table);
  return table;
}

/** Reads and parses a data file (`shown` names it in messages). */
export async function readTable(file: string, shown: string): Promise<Table> {
  const kind = dataKind(file);
  if (!kind) throw new VaError('E_USAGE', `--data: ${shown} is not a .csv, .tsv, .xlsx or .jsonl file`, { subject: shown });
  const bytes = await readInputFile(file, 'the data file', Math.max(DATA_LIMITS.bytes, FILE_LIMITS.brand), shown);
  if (bytes.length === 0) throw invalid(shown, 'is empty');
  if (kind === 'xlsx') return readXlsx(bytes, shown);
  if (kind === 'jsonl') return readJsonLines(bytes, shown);
  return readCsv(bytes, shown);
}
