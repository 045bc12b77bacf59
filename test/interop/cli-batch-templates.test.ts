/**
 * batch with the built-in templates, PDF and PPTX through the worker pool (each worker loads the
 * renderer and its fonts: seconds of work, so it runs with the interop tests).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchReport } from '../../src/cli/commands/batch.js';
import { oneErrorLine, run, tempDir } from '../cli/harness.js';

const tmp = tempDir('va-batch-templates-');
afterAll(() => tmp.cleanup());

function brandsFolder(dir: string, brands: Record<string, unknown>): void {
  mkdirSync(path.join(dir, 'brands'), { recursive: true });
  for (const [name, data] of Object.entries(brands)) writeFileSync(path.join(dir, 'brands', name), typeof data === 'string' ? data : JSON.stringify(data));
}

const GOOD = {
  'aarhus.json': { organization: 'Fjord Klinik Århus', locale: 'da-DK', colors: { primary: '#0A5FAD' }, links: { booking: 'https://fjord.example/book' } },
  'boston.json': { organization: 'Harbor Bank', colors: { primary: '#7A1F3D' } },
  'beijing.json': { organization: '北京协和医院', locale: 'zh-CN', colors: { primary: '#C8102E' } },
};

describe('batch with the built-in templates (PDF and PPTX)', () => {
  it('writes every expected PDF and PPTX, in each brand’s locale and paper, and a report; exit 1 for the bad brand', async () => {
    const dir = path.join(tmp.dir, 'builtin');
    brandsFolder(dir, { ...GOOD, 'bad.json': '{ "organization": "Bad", ' });
    const r = await run(['batch', 'brands', '--template', 'healthcare,generic', '--json', '--out', 'handouts'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(oneErrorLine(r)).toBe('va-infographic: error: 2 of 8 item(s) failed [E_BATCH_FAILED]');
    const report = JSON.parse(r.stdout) as BatchReport;
    expect(report.templates).toEqual(['generic', 'healthcare']);
    expect(report.summary).toMatchObject({ jobs: 8, ok: 6, failed: 2 });
    for (const item of report.items.filter((i) => i.brandFile === 'brands/bad.json')) {
      expect(item.status).toBe('failed');
      expect(item.error?.code).toBe('E_BRAND_INVALID');
      expect(item.error?.message).toContain('is not valid JSON');
    }
    const expected = {
      aarhus: ['fjord-klinik-aarhus-generic-da-DK', 'fjord-klinik-aarhus-healthcare-da-DK'],
      boston: ['harbor-bank-generic-en', 'harbor-bank-healthcare-en'],
    };
    for (const [folder, bases] of Object.entries(expected)) {
      expect(readdirSync(path.join(dir, 'handouts', folder)).sort()).toEqual(bases.flatMap((b) => [`${b}.pdf`, `${b}.pptx`]).sort());
    }
    expect(readdirSync(path.join(dir, 'handouts', 'beijing'))).toHaveLength(4);
    for (const item of report.items.filter((i) => i.status === 'ok')) {
      expect(item.outputs.map((o) => o.format)).toEqual(['pdf', 'pptx']);
      const [pdf, pptx] = item.outputs.map((o) => readFileSync(path.join(dir, o.file)));
      expect(pdf!.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pptx!.subarray(0, 2).toString()).toBe('PK');
      expect(item.paper).toBe(item.locale === 'en' ? 'letter' : 'a4');
      expect(item.templateFile).toMatch(new RegExp(`templates/${item.template}/${item.locale}\\.${item.paper}\\.pptx$`));
    }
  });
});
