/**
 * One brand per spreadsheet row (`batch --data`): the base brand file (`--brand`), with each
 * non-empty cell replacing the field its column names.
 *
 * - Columns are named by the brand field path (`organization`, `locale`, `paper`,
 *   `colors.primary`, `links.booking`, `logo`, `fonts.headingFile`, `additionalInfo`, ... —
 *   every field of the brand schema) or by the flag that sets it (`org`, `primary`,
 *   `booking-url`, ...), in any letter case. A column with an empty header or one starting with
 *   `#` is ignored (notes); any other unknown column is an error (a typo would otherwise be
 *   silently lost). The `--name-column` column names the row's output folder.
 * - An empty cell keeps the base brand's value.
 * - Relative paths in cells (`logo`, font files) resolve against the data file's folder.
 * - Each row is validated on its own: its problems name the row and the column.
 */
import path from 'node:path';
import { z } from 'zod';
import { VaError } from '../../errors.js';
import { brandSchema } from '../../brand/schema.js';
import { FLAG_FIELDS, PATH_FIELDS, copy, prune, setPath, type LoadedBrandFile } from '../brand-input.js';
import { slugify } from '../slug.js';
import type { Table } from './read-table.js';

/** Every leaf field path of the brand schema ("colors.primary"), `$schema` excepted. */
export function brandFieldPaths(): string[] {
  const out: string[] = [];
  const walk = (schema: unknown, prefix: string) => {
    let s = schema;
    for (;;) {
      if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap();
      else if (s instanceof z.ZodPipe) s = s.in;
      else break;
    }
    if (s instanceof z.ZodObject) {
      for (const [k, v] of Object.entries(s.shape as Record<string, unknown>)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else if (prefix && prefix !== '$schema') out.push(prefix);
  };
  walk(brandSchema, '');
  return out;
}

export interface ColumnMap {
  /** Column index → brand field path. */
  fields: Map<number, string>;
  /** Column of the output folder name, if any. */
  nameColumn: number | undefined;
}

/** Maps the header to brand fields; unknown columns are a usage error naming them. */
export function mapColumns(table: Table, shown: string, nameColumn: string | undefined): ColumnMap {
  const known = new Map<string, string>();
  for (const field of brandFieldPaths()) known.set(field.toLowerCase(), field);
  for (const f of FLAG_FIELDS) known.set(f.option.replace(/^--/, '').toLowerCase(), f.field.join('.'));
  const fields = new Map<number, string>();
  const seen = new Map<string, number>();
  let nameIndex: number | undefined;
  const unknown: string[] = [];
  table.columns.forEach((raw, i) => {
    const header = raw.trim();
    if (nameColumn !== undefined && header.toLowerCase() === nameColumn.trim().toLowerCase()) {
      nameIndex = i;
      return;
    }
    if (header === '' || header.startsWith('#')) return;
    const field = known.get(header.toLowerCase());
    if (!field) {
      unknown.push(table.columnLabel(i));
      return;
    }
    const other = seen.get(field);
    if (other !== undefined) throw new VaError('E_DATA_INVALID', `the data file ${shown}: ${table.columnLabel(other)} and ${table.columnLabel(i)} both set ${field}`, { subject: shown });
    seen.set(field, i);
    fields.set(i, field);
  });
  if (unknown.length) {
    throw new VaError(
      'E_DATA_INVALID',
      `the data file ${shown}: ${unknown.join(', ')} ${unknown.length > 1 ? 'are not brand fields' : 'is not a brand field'}; columns are named like organization, locale, paper, colors.primary, links.booking, logo, additionalInfo (start a header with # to keep a column of notes)`,
      { subject: shown },
    );
  }
  if (nameColumn !== undefined && nameIndex === undefined) {
    throw new VaError('E_USAGE', `--name-column: the data file ${shown} has no column "${nameColumn}"`, { subject: shown });
  }
  return { fields, nameColumn: nameIndex };
}

export interface RowBrand {
  row: number;
  /** "locations.csv row 7", for messages. */
  shown: string;
  /** The merged brand input (paths absolute), not yet validated. */
  input: Record<string, unknown>;
  /** Field path → label of the column that set it ("column C"), for messages. */
  labels: Map<string, string>;
  /** The row's output folder name (unique within the data file). */
  folder: string;
}

/**
 * The brand input of every row: base brand over which the cells go. Folder names come from the
 * name column or the organisation, slugged and made unique (`-2`, `-3`, ... in row order).
 */
export function rowBrands(table: Table, columns: ColumnMap, base: LoadedBrandFile | undefined, dataFile: string, shown: string): RowBrand[] {
  const dir = path.dirname(dataFile);
  const pathFields = new Set(PATH_FIELDS.map((f) => f.join('.')));
  const taken = new Set<string>();
  return table.rows.map((r) => {
    const input = copy(base?.input ?? {});
    const labels = new Map<string, string>();
    for (const [i, field] of columns.fields) {
      const cell = r.cells[i];
      if (cell === undefined || cell.trim() === '') continue;
      const value = field === 'additionalInfo' ? cell.replace(/\r\n/g, '\n') : cell.trim();
      setPath(input, field.split('.'), pathFields.has(field) ? path.resolve(dir, value) : value);
      labels.set(field, table.columnLabel(i).replace(/ ".*"$/, ''));
    }
    prune(input);
    const nameCell = columns.nameColumn === undefined ? undefined : r.cells[columns.nameColumn]?.trim();
    const organization = typeof input.organization === 'string' ? input.organization : '';
    const slug = slugify(nameCell || organization || `row-${r.row}`);
    let folder = slug;
    for (let k = 2; taken.has(folder); k++) folder = `${slug}-${k}`;
    taken.add(folder);
    return { row: r.row, shown: `${shown} row ${r.row}`, input, labels, folder };
  });
}
