/**
 * `batch --data` end to end with the built CLI: a 200-row CSV of locations × the four templates
 * over a base brand file, with and without --strict: every good row's outputs are written, the
 * report lists every item, and bad rows are reported by row and column. Also the same rows as
 * .xlsx and .jsonl, and `validate --data`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchReport } from '../../src/cli/commands/batch.js';
import { tempDir } from '../cli/tmp.js';
import { cli, ensureBuilt, files } from './cli-helpers.js';

const tmp = tempDir('va-data-');
afterAll(() => tmp.cleanup());

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0A5FAD"/></svg>`;
const LOCALES = ['en', 'da-DK', 'zh-CN'] as const;
const NAMES = ['Fjord Klinik', 'Harbour Dental', 'Øresund Sundhed', 'Lakeside Care', '北京诊所'];
// Brand colours dark enough for text on white, so that the only warnings are the ones planted.
const COLOURS = ['#0A5FAD', '#1B4332', '#6A1B9A', '#8C1C13', '#0B5D59', '#23395B', '#5D3A00'];
const ROWS = 200;
// Spreadsheet rows (the header is row 1) that are wrong, and what is wrong.
const BAD: Record<number, { column: string; cell: string; value: string; pattern: RegExp }> = {
  7: { column: 'C', cell: 'colors.primary', value: 'teal', pattern: /colors\.primary \(column C\): expected a hex colour .*got "teal"/ },
  42: { column: 'D', cell: 'links.booking', value: 'javascript:alert(1)', pattern: /links\.booking \(column D\): .*scheme "javascript:"/ },
  150: { column: 'E', cell: 'logo', value: 'missing-logo.svg', pattern: /the logo .*missing-logo\.svg does not exist \(logo, column E\)/ },
};
// Rows whose handouts have a warning (a heading font nobody has): fine without --strict.
const WARN = new Set([10, 99]);

function csvCell(v: string): string {
  return /[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function rows(): string[][] {
  const header = ['id', 'organization', 'colors.primary', 'links.booking', 'logo', 'locale', 'fonts.heading', '# notes'];
  const out = [header];
  for (let r = 2; r <= ROWS + 1; r++) {
    const row = [`loc-${r}`, `${NAMES[r % NAMES.length]} ${r}`, COLOURS[r % COLOURS.length]!, `https://book.example/loc/${r}`, 'logo.svg', LOCALES[r % 3]!, '', 'ok, "quoted"; note'];
    const bad = BAD[r];
    if (bad) row[header.indexOf(bad.cell)] = bad.value;
    if (WARN.has(r)) row[6] = 'Nonexistent Brand Grotesk';
    out.push(row);
  }
  return out;
}

function expectRowErrors(report: BatchReport): void {
  for (const [row, bad] of Object.entries(BAD)) {
    const items = report.items.filter((i) => i.row === Number(row));
    expect(items).toHaveLength(4);
    for (const i of items) {
      expect(i.status).toBe('failed');
      expect(i.error!.message).toContain(`locations.csv row ${row}`);
      expect(i.error!.message).toMatch(bad.pattern);
    }
  }
}

describe('batch --data', () => {
  let dir = '';
  beforeAll(() => {
    ensureBuilt();
    dir = path.join(tmp.dir, 'p');
    const csv = rows()
      .map((r) => r.map(csvCell).join(';'))
      .join('\r\n');
    files(dir, {
      'locations.csv': '\uFEFF' + csv + '\r\n',
      'logo.svg': LOGO,
      'base.json': `{
        // the base brand: every row overrides some of it
        "organization": "Base",
        "colors": { "primary": "#0A5FAD" },
        "links": { "billing": "https://pay.example/", "homepage": "https://home.example/" },
        "additionalInfo": "Join five minutes early.",
      }`,
    });
  });

  const LONG = 30 * 60_000;

  it(`makes ${ROWS} rows × 4 templates: every good item written, bad rows reported by row and column (exit 1)`, { timeout: LONG }, () => {
    const r = cli(['batch', '--data', 'locations.csv', '--brand', 'base.json', '--name-column', 'id', '--template', 'all', '--format', 'pdf', '--out', 'out', '--report', 'report.json', '--concurrency', '2'], dir);
    expect(r.code, r.stderr.slice(-2000)).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as BatchReport;
    console.log(`batch --data: ${report.summary.jobs} decks (PDF) in ${(report.summary.wallMs / 1000).toFixed(1)} s, ${report.summary.decksPerSecond} decks/s, ${report.concurrency} workers`);
    expect(report.ok).toBe(false);
    expect(report.data).toEqual({ file: 'locations.csv', rows: ROWS });
    expect(report.summary).toMatchObject({ jobs: ROWS * 4, ok: (ROWS - 3) * 4, failed: 12, skipped: 0 });
    expect(report.items).toHaveLength(ROWS * 4);
    expectRowErrors(report);
    // Every good item's file exists, in the row's folder named by the id column.
    for (const item of report.items.filter((i) => i.status === 'ok')) {
      expect(item.outputs).toHaveLength(1);
      expect(item.outputs[0]!.file.startsWith(`out/loc-${item.row}/`)).toBe(true);
      expect(existsSync(path.join(dir, item.outputs[0]!.file))).toBe(true);
      expect(readFileSync(path.join(dir, item.outputs[0]!.file)).subarray(0, 5).toString()).toBe('%PDF-');
    }
    // Rows with warnings succeed, their warnings listed; the others have none.
    for (const item of report.items.filter((i) => WARN.has(i.row!))) {
      expect(item.status).toBe('ok');
      expect(item.warnings.map((w) => w.code)).toContain('W_FONT_MISSING');
    }
    const unexpected = report.items.filter((i) => i.status === 'ok' && !WARN.has(i.row!) && i.warnings.length > 0);
    expect(unexpected.map((i) => `row ${i.row} ${i.template}: ${i.warnings.map((w) => w.code).join(', ')}`)).toEqual([]);
    // A bad row is said once on stderr, not once per template.
    expect(r.stderr.split('locations.csv row 7)').length - 1).toBe(1);
    expect(r.stderr).toMatch(/800 deck\(s\): 788 ok, 12 failed/);
  });

  it('with --strict, fails the items that have warnings too (E_STRICT, listed in the report), and writes the rest', { timeout: LONG }, () => {
    const r = cli(['batch', '--data', 'locations.csv', '--brand', 'base.json', '--name-column', 'id', '--template', 'all', '--format', 'pdf', '--out', 'strict-out', '--report', 'strict.json', '--strict', '--concurrency', '2'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'strict.json'), 'utf8')) as BatchReport;
    console.log(`batch --data --strict: ${report.summary.jobs} decks (PDF) in ${(report.summary.wallMs / 1000).toFixed(1)} s, ${report.summary.decksPerSecond} decks/s`);
    expect(report.strict).toBe(true);
    expect(report.summary).toMatchObject({ jobs: ROWS * 4, ok: (ROWS - 3 - WARN.size) * 4, failed: (3 + WARN.size) * 4 });
    expectRowErrors(report);
    for (const item of report.items.filter((i) => WARN.has(i.row!))) {
      expect(item.status).toBe('failed');
      expect(item.error!.code).toBe('E_STRICT');
      expect(item.warnings.length).toBeGreaterThan(0);
      expect(item.outputs).toEqual([]);
      expect(existsSync(path.join(dir, 'strict-out', `loc-${item.row}`))).toBe(false);
    }
    const written = report.items.filter((i) => i.status === 'ok').map((i) => i.outputs[0]!.file);
    expect(written.every((f) => existsSync(path.join(dir, f)))).toBe(true);
  });

  it('validate --data checks every row without making anything, and names the bad ones', () => {
    const r = cli(['validate', '--data', 'locations.csv', '--brand', 'base.json', '--name-column', 'id', '--json'], dir);
    expect(r.code).toBe(2);
    const result = JSON.parse(r.stdout) as { ok: boolean; valid: number; invalid: number; brands: { brand: string; ok: boolean; error: { message: string } | null }[] };
    expect(result).toMatchObject({ ok: false, valid: ROWS - 3, invalid: 3 });
    expect(result.brands.filter((b) => !b.ok).map((b) => b.brand)).toEqual(['locations.csv row 7', 'locations.csv row 42', 'locations.csv row 150']);
  });

  it('reads the same rows from .xlsx (shared strings, numbers) and .jsonl', async () => {
    const table = rows().slice(0, 6).map((r) => r.slice(0, 6));
    // A minimal SpreadsheetML workbook, as Excel writes it: shared strings and a number cell.
    const strings: string[] = [];
    const si = (v: string) => (strings.includes(v) ? strings.indexOf(v) : strings.push(v) - 1);
    const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const col = (i: number) => String.fromCharCode(65 + i);
    const sheet = table
      .map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => (ci === 0 && ri > 0 ? `<c r="${col(ci)}${ri + 1}"><v>${ri + 100}</v></c>` : `<c r="${col(ci)}${ri + 1}" t="s"><v>${si(v)}</v></c>`)).join('')}</row>`)
      .join('');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
    zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Locations" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');
    zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`);
    zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((v) => `<si><t xml:space="preserve">${esc(v)}</t></si>`).join('')}</sst>`);
    files(dir, { 'locations.xlsx': await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) });
    const jsonl = table
      .slice(1)
      .map((r) => JSON.stringify({ id: r[0], organization: r[1], colors: { primary: r[2] }, links: { booking: r[3] }, logo: r[4], locale: r[5] }))
      .join('\n');
    files(dir, { 'locations.jsonl': jsonl + '\n' });
    for (const [file, names] of [
      ['locations.xlsx', ['101', '102', '103', '104', '105']],
      ['locations.jsonl', ['loc-2', 'loc-3', 'loc-4', 'loc-5', 'loc-6']],
    ] as const) {
      const out = `out-${path.extname(file).slice(1)}`;
      const r = cli(['batch', '--data', file, '--brand', 'base.json', '--name-column', 'id', '--template', 'generic', '--format', 'pptx', '--out', out, '--json'], dir);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as BatchReport;
      expect(report.items.map((i) => i.name)).toEqual(names);
      expect(report.items.map((i) => i.organization)).toEqual(table.slice(1).map((row) => row[1]));
      for (const i of report.items) expect(existsSync(path.join(dir, i.outputs[0]!.file))).toBe(true);
    }
  });
});
