/**
 * LibreOffice finds the shipped fonts through the fontconfig file we write (src/fonts/fontconfig.ts):
 * a deck in Montserrat, Merriweather and Noto Sans SC converts with those fonts embedded, no
 * substitutes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pptxgen from 'pptxgenjs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFontconfigFile } from '../../src/fonts/index.js';
import { needTools } from '../helpers/tools.js';

const HAVE_LIBREOFFICE = needTools('LibreOffice with the written font configuration', 'soffice', 'pdffonts') === undefined;
const work = mkdtempSync(path.join(tmpdir(), 'va-fonts-fc-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
