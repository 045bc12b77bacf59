import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_ADDITIONAL_INFO, SAMPLE_BRAND_INPUT } from '../../src/brand/sample.js';
import { loadBrandFile, mergeBrandInput } from '../../src/cli/brand-input.js';
import { resolveBrand } from '../../src/cli/brand-resolve.js';
import { VaError } from '../../src/errors.js';
import { tempDir } from './tmp.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const sample = SAMPLE_BRAND_INPUT as unknown as Record<string, unknown>;

const PNG_1PX = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1b0d30000000049454e44ae426082', 'hex');

function writeBrand(dir: string, name: string, data: unknown): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe('brand precedence: flag, then brand file, then the sample brand', () => {
  it('takes each field from the flag over the brand file', async () => {
    const dir = path.join(tmp.dir, 'p1');
    writeBrand(dir, 'brand.json', { organization: 'File Org', locale: 'da-DK', colors: { primary: '#111111', secondary: '#222222' }, links: { booking: 'https://file.example/book' } });
    const r = await resolveBrand({ flags: { primary: '#abc', org: 'Flag Org' }, brandPath: 'brand.json', cwd: dir });
    expect(r.brand.organization).toBe('Flag Org');
    expect(r.brand.colors.primary).toBe('AABBCC');
    expect(r.brand.colors.secondary).toBe('222222');
    expect(r.brand.locale).toBe('da-DK');
    expect(r.brand.links?.booking).toBe('https://file.example/book');
    // A brand file leaves out what it leaves out: no sample links or logo sneak in.
    expect(r.brand.links?.billing).toBeUndefined();
    expect(r.brand.logo).toBeUndefined();
    expect(r.assets.logo).toBeUndefined();
    expect(r.sampleFields).toEqual([]);
    expect(r.source).toBe('brand.json and the flags');
  });

  it('uses the sample brand without a brand file only when no brand flag other than --locale and --paper is given', async () => {
    const danish = await resolveBrand({ flags: { locale: 'da-DK', paper: 'letter' }, cwd: tmp.dir });
    expect(danish.brand.organization).toBe(SAMPLE_BRAND_INPUT.organization);
    expect(danish.brand.locale).toBe('da-DK');
    expect(danish.brand.additionalInfo).toBe(SAMPLE_ADDITIONAL_INFO['da-DK']);
    expect(danish.assets.logo?.name).toBe('harbour-logo.svg');
    expect(danish.sampleFields).toContain('links.booking');
  });

  it('makes the whole brand from brand flags without a brand file: no sample logo, links, phone or colours borrowed', async () => {
    const r = await resolveBrand({ flags: { org: 'Only Org', primary: '#0A5FAD' }, cwd: tmp.dir });
    expect(r.brand.organization).toBe('Only Org');
    expect(r.brand.colors).toEqual({ primary: '0A5FAD' });
    expect(r.brand.logo).toBeUndefined();
    expect(r.assets.logo).toBeUndefined();
    expect(r.brand.links).toBeUndefined();
    expect(r.brand.additionalInfo).toBeUndefined();
    expect(r.sampleFields).toEqual([]);
    expect(r.source).toBe('the flags');
    // --org or --primary missing: a usage error that says what to give.
    await expect(resolveBrand({ flags: { org: 'Only Org' }, cwd: tmp.dir })).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/--primary is missing/) });
    await expect(resolveBrand({ flags: { logo: 'x.png' }, cwd: tmp.dir })).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/--org and --primary are missing/) });
  });

  it('removes a field given as an empty flag', () => {
    const merged = mergeBrandInput({
      flags: { billingUrl: '', logo: '' },
      cwd: tmp.dir,
      sample,
      brandFile: { file: 'b.json', input: { organization: 'X', colors: { primary: '#123456' }, logo: '/x/logo.png', links: { booking: 'https://x.example/b', billing: 'https://x.example/p' } } },
    });
    expect((merged.input.links as Record<string, unknown>).billing).toBeUndefined();
    expect((merged.input.links as Record<string, unknown>).booking).toBe('https://x.example/b');
    expect(merged.input.logo).toBeUndefined();
    expect(merged.usesSampleLogo).toBe(false);
  });

  it('resolves brand-file paths against the brand file folder and flag paths against the working folder', async () => {
    const dir = path.join(tmp.dir, 'p2');
    mkdirSync(path.join(dir, 'brands', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'brands', 'assets', 'logo.png'), PNG_1PX);
    writeFileSync(path.join(dir, 'flag-logo.png'), PNG_1PX);
    writeBrand(path.join(dir, 'brands'), 'b.json', { organization: 'X', colors: { primary: '#123456' }, logo: 'assets/logo.png' });
    const fromFile = await resolveBrand({ flags: {}, brandPath: 'brands/b.json', cwd: dir });
    expect(fromFile.brand.logo).toBe(path.join(dir, 'brands', 'assets', 'logo.png'));
    expect(fromFile.assets.logo?.bytes.length).toBe(PNG_1PX.length);
    const fromFlag = await resolveBrand({ flags: { logo: 'flag-logo.png' }, brandPath: 'brands/b.json', cwd: dir });
    expect(fromFlag.brand.logo).toBe(path.join(dir, 'flag-logo.png'));
  });

  it('turns "\\n" in --info into line breaks', async () => {
    const r = await resolveBrand({ flags: { org: 'X', primary: '#123456', info: 'Line one\\nLine two' }, cwd: tmp.dir });
    expect(r.brand.additionalInfo).toBe('Line one\nLine two');
  });

  it('names the flag next to the field in validation errors, and lists every problem on one line', async () => {
    const dir = path.join(tmp.dir, 'p3');
    writeBrand(dir, 'brand.json', { organization: 'X', colors: { primary: '#123456' }, links: { homepage: 'ftp://x.example' } });
    const e = (await resolveBrand({ flags: { primary: 'blue', bookingUrl: 'javascript:alert(1)' }, brandPath: 'brand.json', cwd: dir }).catch((x) => x)) as VaError;
    expect(e).toBeInstanceOf(VaError);
    expect(e.code).toBe('E_BRAND_INVALID');
    expect(e.message).not.toContain('\n');
    expect(e.message).toContain('colors.primary (--primary): expected a hex colour');
    expect(e.message).toContain('links.booking (--booking-url)');
    expect(e.message).toContain('links.homepage: expected an https:');
    expect(e.message).toContain('"javascript:"');
  });

  it('reports bad JSON with its line and column, and a non-object brand', async () => {
    const dir = path.join(tmp.dir, 'p4');
    writeBrand(dir, 'bad.json', '{\n  "organization": "X"\n  "colors": {}\n}');
    writeBrand(dir, 'array.json', '[1,2]');
    writeBrand(dir, 'empty.json', '   ');
    writeBrand(dir, 'open.json', '{\n  "organization": "X",\n  /* a comment that never ends');
    await expect(loadBrandFile('bad.json', dir)).rejects.toThrow('the brand file bad.json is not valid JSON: a comma was expected at line 3, column 3');
    await expect(loadBrandFile('open.json', dir)).rejects.toThrow(/open\.json is not valid JSON: a comment is not closed/);
    await expect(loadBrandFile('array.json', dir)).rejects.toThrow(/must contain a JSON object/);
    await expect(loadBrandFile('empty.json', dir)).rejects.toThrow(/is empty/);
    await expect(loadBrandFile('missing.json', dir)).rejects.toMatchObject({ code: 'E_FILE_NOT_FOUND', message: 'the brand file missing.json does not exist' });
  });

  it('accepts comments and trailing commas (JSONC, as in the README example)', async () => {
    const dir = path.join(tmp.dir, 'jsonc');
    writeBrand(
      dir,
      'brand.json',
      `{
  "organization": "Fjord Klinik Århus",   // printed on the handout
  /* colours */
  "colors": {
    "primary": "#0A5FAD",                 // required
  },
}`,
    );
    const r = await resolveBrand({ flags: {}, brandPath: 'brand.json', cwd: dir });
    expect(r.brand.organization).toBe('Fjord Klinik Århus');
    expect(r.brand.colors.primary).toBe('0A5FAD');
  });

  it('keeps "__proto__" an ordinary key (as JSON.parse does) and refuses nesting deeper than 64 levels', async () => {
    const dir = path.join(tmp.dir, 'proto');
    writeBrand(dir, 'proto.json', '{"organization": "X", "colors": {"primary": "#123456"}, "__proto__": {"logo": "/etc/passwd"}}');
    const loaded = await loadBrandFile('proto.json', dir);
    expect(Object.getPrototypeOf(loaded.input)).toBe(Object.prototype);
    await expect(resolveBrand({ flags: {}, brandPath: 'proto.json', cwd: dir })).rejects.toMatchObject({ code: 'E_BRAND_INVALID', message: expect.stringMatching(/unknown field "__proto__"/) });
    writeBrand(dir, 'deep.json', '['.repeat(100_000) + ']'.repeat(100_000));
    await expect(loadBrandFile('deep.json', dir)).rejects.toMatchObject({ code: 'E_BRAND_INVALID', message: 'the brand file deep.json is nested more than 64 levels deep' });
  });

  it('accepts UTF-8 (with or without BOM) and UTF-16 with a BOM, little or big endian; refuses UTF-16 without one', async () => {
    const dir = path.join(tmp.dir, 'bom');
    const text = JSON.stringify({ organization: 'Ø 北京', colors: { primary: '#123456' } });
    writeBrand(dir, 'bom.json', '\uFEFF' + text);
    writeFileSync(path.join(dir, 'utf16le.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(path.join(dir, 'utf16be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    writeFileSync(path.join(dir, 'nobom.json'), Buffer.from(text, 'utf16le'));
    writeFileSync(path.join(dir, 'latin1.json'), Buffer.from('{"organization": "K\xf8benhavn"}', 'latin1'));
    for (const f of ['bom.json', 'utf16le.json', 'utf16be.json']) expect((await loadBrandFile(f, dir)).input.organization).toBe('Ø 北京');
    await expect(loadBrandFile('nobom.json', dir)).rejects.toThrow('the brand file nobom.json looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a BOM');
    await expect(loadBrandFile('latin1.json', dir)).rejects.toThrow('the brand file latin1.json is not UTF-8 text');
  });

  it('refuses a brand file over the size limit before reading it', async () => {
    const dir = path.join(tmp.dir, 'p5');
    writeBrand(dir, 'huge.json', `{"organization": "${'x'.repeat(1024 * 1024 + 10)}"}`);
    await expect(loadBrandFile('huge.json', dir)).rejects.toThrow(/over the limit of 1\.0 MB/);
  });

  it('reports a missing logo named by a brand file', async () => {
    const dir = path.join(tmp.dir, 'p6');
    writeBrand(dir, 'brand.json', { organization: 'X', colors: { primary: '#123456' }, logo: 'nope.png' });
    await expect(resolveBrand({ flags: {}, brandPath: 'brand.json', cwd: dir })).rejects.toMatchObject({ code: 'E_FILE_NOT_FOUND', exitCode: 2 });
  });
});
