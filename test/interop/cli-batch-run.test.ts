/**
 * batch: brand files × templates through the worker pool, the report, the exit codes, shards.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchReport } from '../../src/cli/commands/batch.js';
import { FIXTURES, oneErrorLine, run, tempDir } from '../cli/harness.js';

const tmp = tempDir('va-batch-');
afterAll(() => tmp.cleanup());
const DECK = path.join(FIXTURES, 'inspect-brand-fit.pptx');

function brandsFolder(dir: string, brands: Record<string, unknown>): void {
  mkdirSync(path.join(dir, 'brands'), { recursive: true });
  for (const [name, data] of Object.entries(brands)) writeFileSync(path.join(dir, 'brands', name), typeof data === 'string' ? data : JSON.stringify(data));
}

const GOOD = {
  'aarhus.json': { organization: 'Fjord Klinik Århus', locale: 'da-DK', colors: { primary: '#0A5FAD' }, links: { booking: 'https://fjord.example/book' } },
  'boston.json': { organization: 'Harbor Bank', colors: { primary: '#7A1F3D' } },
  'beijing.json': { organization: '北京协和医院', locale: 'zh-CN', colors: { primary: '#C8102E' } },
};

describe('batch with a .pptx template (PPTX output)', () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(tmp.dir, 'pptx');
    brandsFolder(dir, { ...GOOD, 'broken.json': { organization: 'Broken', colors: { primary: 'purple' } } });
    writeFileSync(path.join(dir, 'deck.pptx'), readFileSync(DECK));
  });

  it('writes every good item, reports the bad brand, goes on, and exits 1', async () => {
    const r = await run(['batch', 'brands', '--template', './deck.pptx', '--format', 'pptx', '--concurrency', '2', '--report', 'report.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(oneErrorLine(r)).toBe('va-infographic: error: 1 of 4 item(s) failed [E_BATCH_FAILED]');
    // One line per item (stderr is not a terminal), then the summary.
    expect(r.errLines.filter((l) => /^\[\d\/4\] (ok|FAILED) /.test(l))).toHaveLength(4);
    expect(r.stderr).toMatch(/\[\d\/4\] FAILED invalid brand \(brands\/broken\.json\): colors\.primary: expected a hex colour/);
    expect(r.stderr).toMatch(/4 deck\(s\): 3 ok, 1 failed in [\d.]+ s/);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['aarhus', 'beijing', 'boston']);
    expect(readdirSync(path.join(dir, 'out', 'aarhus'))).toEqual(['fjord-klinik-aarhus-deck-da-DK.pptx']);
    expect(readdirSync(path.join(dir, 'out', 'beijing'))[0]).toMatch(/^org-[0-9a-f]{8}-deck-zh-CN\.pptx$/);

    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as BatchReport;
    expect(report.summary).toMatchObject({ jobs: 4, ok: 3, failed: 1, skipped: 0 });
    expect(report.concurrency).toBe(2);
    expect(report.items.map((i) => [i.brandFile, i.status])).toEqual([
      ['brands/aarhus.json', 'ok'],
      ['brands/beijing.json', 'ok'],
      ['brands/boston.json', 'ok'],
      ['brands/broken.json', 'failed'],
    ]);
    const aarhus = report.items[0]!;
    expect(aarhus).toMatchObject({ organization: 'Fjord Klinik Århus', locale: 'da-DK', paper: 'a4', template: 'deck', templateFile: 'deck.pptx', error: null });
    expect(aarhus.outputs).toEqual([{ format: 'pptx', file: 'out/aarhus/fjord-klinik-aarhus-deck-da-DK.pptx', bytes: expect.any(Number) }]);
    expect(aarhus.warnings.map((w) => w.code)).toContain('W_TOKEN_UNKNOWN');
    expect(aarhus.timeMs).toBeGreaterThan(0);
    expect(aarhus.timings).toEqual({ customizeMs: expect.any(Number), renderMs: expect.any(Number), writeMs: expect.any(Number) });
    expect(report.items[3]!.timings).toBeUndefined();
    expect(report.items[3]!.error).toMatchObject({ code: 'E_BRAND_INVALID' });
    // Every output is a real PowerPoint package.
    for (const item of report.items.filter((i) => i.status === 'ok')) {
      expect(readFileSync(path.join(dir, item.outputs[0]!.file)).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('draws a progress bar on a terminal, with failures printed above it', async () => {
    const r = await run(['batch', 'brands', '--template', './deck.pptx', '--format', 'pptx', '--out', 'tty-out', '--concurrency', '1'], { cwd: dir, stderrTTY: true, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/█+.* \d\/4 decks \| ([\d.]+|…)\/s \| \d failed/);
    expect(r.stderr).not.toContain('\u001b[31m');
    expect(r.stderr).toContain('✗ invalid brand (brands/broken.json): colors.primary');
    expect(r.stderr).not.toMatch(/^\[\d\/4\] ok/m);
    expect(readdirSync(path.join(dir, 'tty-out')).sort()).toEqual(['aarhus', 'beijing', 'boston']);
  });

  it('refuses to overwrite outputs without --force (exit 2, before any work)', async () => {
    const r = await run(['batch', 'brands', '--template', './deck.pptx', '--format', 'pptx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(/3 outputs already exist: out\/aarhus\/fjord-klinik-aarhus-deck-da-DK\.pptx, .*use --force to overwrite \[E_OUTPUT_EXISTS\]/);
  });

  it('stops starting items after the first failure with --fail-fast', async () => {
    const r = await run(['batch', 'brands', '--template', './deck.pptx', '--format', 'pptx', '--concurrency', '1', '--fail-fast', '--force', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as BatchReport;
    expect(report.summary.failed).toBe(1);
    expect(report.summary.skipped).toBeGreaterThan(0);
    expect(report.summary.ok + report.summary.failed + report.summary.skipped).toBe(4);
    expect(oneErrorLine(r)).toContain('--fail-fast');
  });

  it('splits the work over shards: together they write every output once', async () => {
    const shardDir = path.join(tmp.dir, 'shards');
    brandsFolder(shardDir, GOOD);
    writeFileSync(path.join(shardDir, 'deck.pptx'), readFileSync(DECK));
    writeFileSync(path.join(shardDir, 'deck2.pptx'), readFileSync(DECK));
    const seen: number[] = [];
    for (const k of [1, 2, 3, 4]) {
      const r = await run(['batch', 'brands', '--template', './deck.pptx,./deck2.pptx', '--format', 'pptx', '--shard', `${k}/4`, '--concurrency', '1', '--json', '--quiet'], { cwd: shardDir });
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as BatchReport;
      expect(report.shard).toEqual({ index: k, count: 4 });
      for (const item of report.items) {
        expect(item.index % 4).toBe(k - 1);
        seen.push(item.index);
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    const files = ['aarhus', 'beijing', 'boston'].flatMap((b) => readdirSync(path.join(shardDir, 'out', b)));
    expect(files).toHaveLength(6);
  });
});

describe('batch usage errors exit 2', () => {
  it.each<[string, string[], RegExp]>([
    ['a bad shard spec', ['batch', 'brands', '--shard', '5/4'], /--shard: expected k\/n with 1 <= k <= n/],
    ['a zero concurrency', ['batch', 'brands', '--concurrency', '0'], /--concurrency: expected a whole number from 1 to 256/],
    ['no brand files found', ['batch', 'empty'], /the folder empty contains no brand files/],
    ['a missing brand path', ['batch', 'nope.json'], /the brand file or folder nope\.json does not exist/],
    ['an unknown template', ['batch', 'brands', '--template', 'healthcare,dentist'], /unknown template "dentist"/],
    ['a bad format', ['batch', 'brands', '--format', 'gif'], /--format: unknown format "gif"/],
  ])('%s', async (_name, argv, pattern) => {
    const dir = path.join(tmp.dir, 'usage');
    brandsFolder(dir, GOOD);
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
    const r = await run(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(pattern);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
