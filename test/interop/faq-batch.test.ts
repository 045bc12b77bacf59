/**
 * The website FAQ in `batch` (real worker threads, the built-in templates: seconds, so interop):
 * every item gets its page, fragment, PDF and PNG, and the report lists every file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../cli/harness.js';
import { fullBrand } from '../faq/brands.js';

const tmp = tempDir('va-faq-batch-');
afterAll(() => tmp.cleanup());

describe('batch --format html', () => {
  it('batch produces the pages for every item and lists them in the report', async () => {
    const dir = path.join(tmp.dir, 'batch');
    mkdirSync(dir, { recursive: true });
    mkdirSync(path.join(dir, 'brands'));
    writeFileSync(path.join(dir, 'brands', 'en.json'), JSON.stringify(fullBrand('en')));
    writeFileSync(path.join(dir, 'brands', 'zh.json'), JSON.stringify(fullBrand('zh-CN')));
    const r = await run(['batch', 'brands', '--template', 'retail', '--format', 'html', '--concurrency', '2', '--report', 'report.json', '--out', 'site'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { formats: string[]; items: { status: string; outputs: { format: string; file: string }[] }[] };
    expect(report.formats).toEqual(['pdf', 'png', 'html']);
    expect(report.items.map((i) => i.status)).toEqual(['ok', 'ok']);
    const files = report.items.flatMap((i) => i.outputs.map((o) => path.relative(dir, path.resolve(dir, o.file))));
    expect(files.sort()).toEqual(
      [
        'site/en/harbour-family-clinic-retail-en.pdf',
        'site/en/harbour-family-clinic-retail-en.png',
        'site/en/harbour-family-clinic-retail-en.faq.html',
        'site/en/harbour-family-clinic-retail-en.faq.fragment.html',
        'site/zh/org-264052a5-retail-zh-CN.pdf',
        'site/zh/org-264052a5-retail-zh-CN.png',
        'site/zh/org-264052a5-retail-zh-CN.faq.html',
        'site/zh/org-264052a5-retail-zh-CN.faq.fragment.html',
      ].sort(),
    );
    for (const f of files) expect(existsSync(path.join(dir, f)), f).toBe(true);
    const zh = readFileSync(path.join(dir, 'site/zh/org-264052a5-retail-zh-CN.faq.html'), 'utf8');
    expect(zh).toContain('视频导购常见问题');
    expect(zh).toContain('src="./org-264052a5-retail-zh-CN.png"');
  });
});
