import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputsFree, ensureOutputDir, readInputFile, writeFileAtomic } from '../../src/cli/files.js';
import { tempDir } from './tmp.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('bounded reads', () => {
  it('reads a regular file', async () => {
    const f = path.join(tmp.dir, 'a.bin');
    writeFileSync(f, Buffer.from([1, 2, 3]));
    expect([...(await readInputFile(f, 'the file', 10))]).toEqual([1, 2, 3]);
  });

  it('refuses a file over the limit, a folder, a device and a missing path with specific messages', async () => {
    const f = path.join(tmp.dir, 'big.bin');
    writeFileSync(f, Buffer.alloc(2048));
    await expect(readInputFile(f, 'the logo', 1024, 'big.bin')).rejects.toMatchObject({ code: 'E_FILE_UNREADABLE', message: 'the logo big.bin is 2.0 KB, over the limit of 1.0 KB' });
    await expect(readInputFile(tmp.dir, 'the logo', 1024, 'dir')).rejects.toMatchObject({ message: 'the logo dir is a folder, not a file' });
    await expect(readInputFile('/dev/zero', 'the logo', 1024)).rejects.toMatchObject({ message: 'the logo /dev/zero is not a regular file' });
    await expect(readInputFile(path.join(tmp.dir, 'nope'), 'the logo', 1024, 'nope')).rejects.toMatchObject({ code: 'E_FILE_NOT_FOUND', exitCode: 2 });
  });
});

describe('atomic writes', () => {
  it('writes through a temporary file and leaves nothing else behind', async () => {
    const dir = path.join(tmp.dir, 'w1');
    await ensureOutputDir(dir);
    await writeFileAtomic(path.join(dir, 'out.pdf'), new Uint8Array([37, 80, 68, 70]), { overwrite: false });
    await writeFileAtomic(path.join(dir, 'out.pdf'), 'second', { overwrite: true });
    expect(readdirSync(dir)).toEqual(['out.pdf']);
    expect(readFileSync(path.join(dir, 'out.pdf'), 'utf8')).toBe('second');
  });

  it('claims a name exclusively unless told to overwrite: of two writers of one new file, exactly one wins', async () => {
    const dir = path.join(tmp.dir, 'w-excl');
    await ensureOutputDir(dir);
    const file = path.join(dir, 'handout.pdf');
    const results = await Promise.allSettled(['first', 'second', 'third'].map((text) => writeFileAtomic(file, text, { overwrite: false })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'E_OUTPUT_EXISTS', exitCode: 2 });
    const winner = ['first', 'second', 'third'][results.findIndex((r) => r.status === 'fulfilled')];
    expect(readFileSync(file, 'utf8')).toBe(winner);
    // No temporary file is left behind by the losers.
    expect(readdirSync(dir)).toEqual(['handout.pdf']);
    await expect(writeFileAtomic(file, 'late', { overwrite: false })).rejects.toMatchObject({ code: 'E_OUTPUT_EXISTS' });
    expect(readFileSync(file, 'utf8')).toBe(winner);
  });

  it('fails with E_WRITE and no stray temporary file when the folder is missing or the target is a folder', async () => {
    const dir = path.join(tmp.dir, 'w2');
    mkdirSync(path.join(dir, 'taken.pdf'), { recursive: true });
    await expect(writeFileAtomic(path.join(dir, 'missing', 'x.pdf'), 'x', { overwrite: false })).rejects.toMatchObject({ code: 'E_WRITE', exitCode: 1 });
    await expect(writeFileAtomic(path.join(dir, 'taken.pdf'), 'x', { overwrite: true })).rejects.toMatchObject({ code: 'E_OUTPUT_EXISTS' });
    await expect(writeFileAtomic(path.join(dir, 'taken.pdf'), 'x', { overwrite: false })).rejects.toMatchObject({ code: 'E_OUTPUT_EXISTS' });
    expect(readdirSync(dir)).toEqual(['taken.pdf']);
  });

  it('creates the output folder with its parents, and refuses a file in the way', async () => {
    const dir = path.join(tmp.dir, 'w3', 'a', 'b');
    await ensureOutputDir(dir);
    expect(existsSync(dir)).toBe(true);
    const file = path.join(tmp.dir, 'w3', 'file');
    writeFileSync(file, 'x');
    await expect(ensureOutputDir(file)).rejects.toMatchObject({ code: 'E_USAGE' });
    await expect(ensureOutputDir(path.join(file, 'sub'))).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('names existing outputs unless forced', async () => {
    const dir = path.join(tmp.dir, 'w4');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.pdf'), 'x');
    await expect(checkOutputsFree([path.join(dir, 'a.pdf'), path.join(dir, 'b.pdf')], false, dir)).rejects.toMatchObject({
      code: 'E_OUTPUT_EXISTS',
      message: 'the output already exists: a.pdf; use --force to overwrite',
    });
    await expect(checkOutputsFree([path.join(dir, 'a.pdf')], true)).resolves.toBeUndefined();
  });
});

describe('file limits', () => {
  it('are the limits the engine itself applies (docs and code say the same thing)', async () => {
    const { FILE_LIMITS } = await import('../../src/cli/files.js');
    const { DEFAULT_LOGO_LIMITS } = await import('../../src/edit/logo-image.js');
    const { MAX_FONT_BYTES } = await import('../../src/fonts/parse.js');
    expect(FILE_LIMITS.logo).toBe(DEFAULT_LOGO_LIMITS.maxBytes);
    expect(FILE_LIMITS.font).toBe(MAX_FONT_BYTES);
    const { readFileSync } = await import('node:fs');
    for (const doc of ['README.md', 'docs/cli.md']) {
      const text = readFileSync(path.join(__dirname, '..', '..', doc), 'utf8');
      expect(text).toContain(`logo ${DEFAULT_LOGO_LIMITS.maxBytes / 1048576} MiB`.replace('logo ', doc === 'README.md' ? '≤ ' : 'logo '));
      expect(text).not.toMatch(/logo 20 MB|font 64 MB|≤ 64 MiB/);
    }
  });
});
