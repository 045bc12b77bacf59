/**
 * customize: usage and input errors. Each is one line on stderr with exit 2, and nothing is
 * written.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, oneErrorLine, run, tempDir } from './harness.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function setup(name: string, files: Record<string, string | Buffer> = {}): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), content);
  }
  return dir;
}

const GOOD_BRAND = JSON.stringify({ organization: 'Good Org', colors: { primary: '#0A5FAD' } });

describe('customize refuses bad usage and input with exit 2 and one line', () => {
  it.each<[string, string[], Record<string, string | Buffer>, RegExp]>([
    ['no template and no terminal', ['customize'], {}, /missing --template <all\|healthcare\|financial-services\|retail\|generic\|file\.pptx>; stdin is not a terminal, so nothing was asked \[E_USAGE\]/],
    ['--interactive without a terminal', ['customize', '--interactive'], {}, /--interactive needs a terminal, and stdin is not one; give the values as flags instead .*; missing: --template <all\|healthcare\|/],
    ['an unknown template id', ['customize', '--template', 'dentist'], {}, /unknown template "dentist": expected one of healthcare, financial-services, retail, generic, or a path to a \.pptx file/],
    ['a missing brand file', ['customize', '--template', 'healthcare', '--brand', 'nope.json'], {}, /the brand file nope\.json does not exist \[E_FILE_NOT_FOUND\]/],
    ['bad JSON', ['customize', '--template', 'healthcare', '--brand', 'b.json'], { 'b.json': '{"organization": "X",, }' }, /the brand file b\.json is not valid JSON: a property name was expected \(in double quotes\) at line 1, column 22 \[E_BRAND_INVALID\]/],
    ['brand flags without --brand and without --org', ['customize', '--template', 'healthcare', '--primary', '#0A5FAD', '--logo', 'x.png'], {}, /brand flags without --brand make the whole brand, and --org is missing/],
    ['an invalid field', ['customize', '--template', 'healthcare', '--brand', 'b.json'], { 'b.json': JSON.stringify({ organization: 'X', colors: { primary: '#0A5FAD' }, locale: 'fr' }) }, /invalid brand \(b\.json\): locale: expected one of "en", "da-DK", "zh-CN", got "fr"/],
    ['an unknown field', ['customize', '--template', 'healthcare', '--brand', 'b.json'], { 'b.json': JSON.stringify({ organization: 'X', colors: { primary: '#0A5FAD' }, colour: 'red' }) }, /unknown field "colour"/],
    ['a bad colour flag', ['customize', '--template', 'healthcare', '--brand', 'b.json', '--primary', 'teal'], { 'b.json': GOOD_BRAND }, /colors\.primary \(--primary\): expected a hex colour like "#0A5FAD" or "#09C", got "teal"/],
    ['a javascript: URL', ['customize', '--template', 'healthcare', '--org', 'X', '--primary', '#123', '--booking-url', 'javascript:alert(1)'], {}, /links\.booking \(--booking-url\): .*"javascript:"; only https:, http:, mailto: and tel: are allowed/],
    ['a javascript: URL in a brand file', ['customize', '--template', 'healthcare', '--brand', 'b.json'], { 'b.json': JSON.stringify({ organization: 'X', colors: { primary: '#0A5FAD' }, links: { billing: 'JavaScript:alert(1)' } }) }, /links\.billing: .*scheme "javascript:"/],
    ['a javascript: replacement link', ['customize', '--template', 'healthcare', '--replace-link', 'https://a.example/=javascript:alert(1)'], {}, /--replace-link: the new link "javascript:alert\(1\)" uses the scheme "javascript:"/],
    ['a bad format', ['customize', '--template', 'healthcare', '--format', 'pdf,docx'], {}, /--format: unknown format "docx"; expected pdf, pptx, png/],
    ['PNG with LibreOffice', ['customize', '--template', 'healthcare', '--format', 'png', '--renderer', 'libreoffice'], {}, /--format png needs the embedded renderer/],
    ['a missing logo', ['customize', '--template', 'healthcare', '--org', 'X', '--primary', '#123', '--logo', 'missing.png'], {}, /the logo .*missing\.png does not exist \(--logo\) \[E_FILE_NOT_FOUND\]/],
    ['a folder as the brand file', ['customize', '--template', 'healthcare', '--brand', 'dir'], { 'dir/x': '' }, /the brand file dir is a folder, not a file/],
    ['a missing deck', ['customize', '--template', 'missing.pptx'], {}, /the template .*missing\.pptx does not exist \[E_FILE_NOT_FOUND\]/],
    ['a text file named .pptx', ['customize', '--template', path.join(FIXTURES, 'text-renamed.pptx')], {}, /is not a ZIP package .*\[E_NOT_ZIP\]/],
    ['a Word document named .pptx', ['customize', '--template', path.join(FIXTURES, 'docx-renamed.pptx')], {}, /is a Word document, not a PowerPoint presentation \[E_WRONG_PACKAGE\]/],
  ])('%s', async (name, argv, files, pattern) => {
    const dir = setup(name.replace(/\W+/g, '-'), files);
    const r = await run(argv, { cwd: dir });
    expect(oneErrorLine(r)).toMatch(pattern);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('refuses to overwrite an existing output without --force, before any work', async () => {
    const dir = setup('exists', { 'b.json': GOOD_BRAND, 'out/good-org-healthcare-en.pdf': 'old' });
    const r = await run(['customize', '--template', 'healthcare', '--brand', 'b.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toContain('the output already exists: out/good-org-healthcare-en.pdf; use --force to overwrite [E_OUTPUT_EXISTS]');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['good-org-healthcare-en.pdf']);
  });

  it('refuses an --out path that is a file', async () => {
    const dir = setup('out-file', { 'b.json': GOOD_BRAND, 'taken': 'x' });
    const deck = path.join(FIXTURES, 'inspect-brand-fit.pptx');
    const r = await run(['customize', '--template', deck, '--brand', 'b.json', '--out', 'taken', '--format', 'pptx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(/taken/);
  });
});
