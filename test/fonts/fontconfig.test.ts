import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pptxgen from 'pptxgenjs';
import { afterAll, describe, expect, it } from 'vitest';
import { fontconfigXml, shippedFontDirectories, writeFontconfigFile } from '../../src/fonts/index.js';
import { hasTool } from './helpers.js';

const HAVE_FONTCONFIG = hasTool('fc-list', ['--version']);
const HAVE_LIBREOFFICE = hasTool('soffice', ['--version']) && hasTool('pdffonts', ['-v']);
if (!HAVE_FONTCONFIG) console.warn('fontconfig tests skipped: fc-list is not installed');
if (!HAVE_LIBREOFFICE) console.warn('LibreOffice test skipped: soffice or pdffonts is not installed');

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

describe.skipIf(!HAVE_LIBREOFFICE)('LibreOffice with the written configuration', () => {
  it('renders a deck in the shipped fonts, not substitutes', async () => {
    const pptx = new (pptxgen as unknown as new () => {
      addSlide(): { addText(text: string, options: Record<string, unknown>): void };
      write(options: { outputType: 'nodebuffer' }): Promise<Buffer>;
    })();
    const slide = pptx.addSlide();
    slide.addText('Montserrat heading', { x: 0.5, y: 0.5, w: 8, h: 1, fontFace: 'Montserrat', fontSize: 28, color: '000000' });
    slide.addText('Merriweather body text', { x: 0.5, y: 2, w: 8, h: 1, fontFace: 'Merriweather', fontSize: 14, color: '000000' });
    slide.addText('预约视频会面', { x: 0.5, y: 3.5, w: 8, h: 1, fontFace: 'Noto Sans SC', fontSize: 18, color: '000000' });
    const deck = path.join(work, 'shipped-fonts.pptx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(deck, await pptx.write({ outputType: 'nodebuffer' }));
    const conf = writeFontconfigFile(work);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, deck], {
      env: { ...process.env, FONTCONFIG_FILE: conf },
      stdio: 'ignore',
      timeout: 120_000,
    });
    const fonts = execFileSync('pdffonts', [path.join(work, 'shipped-fonts.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/\+Montserrat-Regular/);
    expect(fonts).toMatch(/\+Merriweather-Regular/);
    expect(fonts).toMatch(/\+NotoSansSC-Regular/);
    expect(fonts).not.toMatch(/DejaVu/);
  });
});
