import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fontconfigXml, shippedFontDirectories, writeFontconfigFile } from '../../src/fonts/index.js';
import { needTools } from '../helpers/tools.js';

const HAVE_FONTCONFIG = needTools('fontconfig with the written configuration', 'fc-list', 'fc-match') === undefined;

const work = mkdtempSync(path.join(tmpdir(), 'va-fonts-fc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fontconfigXml', () => {
  it('scans the given folders, then includes the system configuration', () => {
    const xml = fontconfigXml(['/a/fonts', '/b & c/<fonts>'], '/tmp/cache');
    expect(xml).toContain('<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">');
    expect(xml).toContain('<dir>/a/fonts</dir>');
    expect(xml).toContain('<dir>/b &amp; c/&lt;fonts&gt;</dir>');
    expect(xml).toContain('<cachedir>/tmp/cache</cachedir>');
    expect(xml).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(xml.indexOf('<dir>')).toBeLessThan(xml.indexOf('<include'));
  });

  it('writes fonts.conf with every shipped font folder into the folder it is given', () => {
    const file = writeFontconfigFile(work);
    expect(file).toBe(path.join(work, 'fonts.conf'));
    const xml = readFileSync(file, 'utf8');
    for (const dir of shippedFontDirectories()) expect(xml).toContain(`<dir>${dir}</dir>`);
  });
});

describe.skipIf(!HAVE_FONTCONFIG)('fontconfig with the written configuration', () => {
  it('lists the shipped families next to the system ones', () => {
    const file = writeFontconfigFile(work);
    const families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: file } });
    for (const family of ['Inter', 'Source Sans 3', 'Montserrat', 'Merriweather', 'Lora', 'Noto Sans SC']) {
      expect(families.split('\n').some((line) => line.split(',').includes(family)), family).toBe(true);
    }
    const match = execFileSync('fc-match', ['--format', '%{family}|%{style}', 'Montserrat:bold'], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: file } });
    expect(match).toMatch(/^Montserrat(,[^|]*)?\|Bold/);
  });
});
