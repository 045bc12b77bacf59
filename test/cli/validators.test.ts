import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readableLink } from '../../src/brand/links.js';
import { usableEditor } from '../../src/cli/interactive/editor.js';
import {
  checkColour,
  checkFontPath,
  checkLinkAnswer,
  checkLogoPath,
  checkOrganization,
  checkTemplatePath,
  colourAnswer,
  linkAnswer,
} from '../../src/cli/interactive/validators.js';
import { FIXTURES, ROOT, tempDir } from './tmp.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('prompt answers', () => {
  it('checks and normalises colours; "-" clears an optional one', () => {
    expect(checkColour('#0a5fad', true)).toBe(true);
    expect(checkColour('09c', true)).toBe(true);
    expect(checkColour('teal', true)).toBe('"teal" is not a hex colour; type it like #0A5FAD or #09C');
    expect(checkColour('', true)).toBe('a colour is needed, like #0A5FAD');
    expect(checkColour('', false)).toBe(true);
    expect(checkColour('-', false)).toBe(true);
    expect(checkColour('-', true)).not.toBe(true);
    expect(colourAnswer('#0a5fad')).toBe('#0A5FAD');
    expect(colourAnswer('09c')).toBe('#0099CC');
    expect(colourAnswer('-')).toBeUndefined();
  });

  it('turns what people type into links, and refuses what checkLink refuses', () => {
    expect(linkAnswer('example.org/book')).toBe('https://example.org/book');
    expect(linkAnswer('info@example.org')).toBe('mailto:info@example.org');
    expect(linkAnswer('+45 70 10 20 30')).toBe('tel:+45%2070%2010%2020%2030');
    expect(readableLink(linkAnswer('+45 70 10 20 30')!)).toBe('+45 70 10 20 30');
    expect(linkAnswer('https://example.org/')).toBe('https://example.org/');
    expect(linkAnswer('')).toBeUndefined();
    expect(linkAnswer('-')).toBeUndefined();
    expect(checkLinkAnswer('example.org')).toBe(true);
    expect(checkLinkAnswer('javascript:alert(1)')).toMatch(/uses the scheme "javascript:"/);
    expect(checkLinkAnswer('file:///etc/passwd')).toMatch(/uses the scheme "file:"/);
    expect(checkLinkAnswer('not a link')).toMatch(/contains spaces/);
  });

  it('requires an organisation name of at most 120 characters', () => {
    expect(checkOrganization('  ')).toMatch(/needed/);
    expect(checkOrganization('x'.repeat(121))).toMatch(/at most 120/);
    expect(checkOrganization('Fjord Klinik')).toBe(true);
  });

  it('checks logo files by content and by decoding them', async () => {
    const dir = path.join(tmp.dir, 'logos');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ok.png'), await sharp({ create: { width: 20, height: 10, channels: 3, background: '#123456' } }).png().toBuffer());
    writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    writeFileSync(path.join(dir, 'text.png'), 'not an image');
    const truncated = (await sharp({ create: { width: 200, height: 200, channels: 3, background: '#123456' } }).png().toBuffer()).subarray(0, 120);
    writeFileSync(path.join(dir, 'cut.png'), truncated);
    expect(await checkLogoPath('ok.png', dir)).toBe(true);
    expect(await checkLogoPath('logo.svg', dir)).toBe(true);
    expect(await checkLogoPath('', dir)).toBe(true);
    expect(await checkLogoPath('-', dir)).toBe(true);
    expect(await checkLogoPath('text.png', dir)).toMatch(/not an image format/);
    expect(await checkLogoPath('cut.png', dir)).toMatch(/damaged and cannot be decoded|could not be read/);
    expect(await checkLogoPath('missing.png', dir)).toBe('the logo missing.png does not exist');
  });

  it('checks font files (TTF/OTF, not WOFF)', () => {
    const dir = path.join(tmp.dir, 'fonts');
    mkdirSync(dir);
    const ttf = path.join(ROOT, 'node_modules', '@expo-google-fonts', 'inter', '400Regular', 'Inter_400Regular.ttf');
    writeFileSync(path.join(dir, 'a.ttf'), readFileSync(ttf));
    writeFileSync(path.join(dir, 'b.woff2'), Buffer.from('wOF2xxxxxxxx'));
    expect(checkFontPath('a.ttf', dir)).toBe(true);
    expect(checkFontPath('b.woff2', dir)).toMatch(/web font \(WOFF\)/);
    expect(checkFontPath('missing.ttf', dir)).toMatch(/does not exist/);
  });

  it('checks a template path is a PowerPoint package', () => {
    expect(checkTemplatePath(path.join(FIXTURES, 'inspect-brand-fit.pptx'), tmp.dir)).toBe(true);
    expect(checkTemplatePath(path.join(FIXTURES, 'docx-renamed.pptx'), tmp.dir)).toMatch(/is a Word document/);
    expect(checkTemplatePath('', tmp.dir)).toMatch(/needed/);
  });

  it('offers the editor only when $VISUAL or $EDITOR names an installed program', () => {
    const bin = path.join(tmp.dir, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'myedit'), '#!/bin/sh\n');
    chmodSync(path.join(bin, 'myedit'), 0o755);
    expect(usableEditor({ PATH: bin })).toBeNull();
    expect(usableEditor({ PATH: bin, EDITOR: 'myedit --wait' })).toBe('myedit --wait');
    expect(usableEditor({ PATH: bin, EDITOR: 'nonexistent-editor' })).toBeNull();
    expect(usableEditor({ PATH: '', VISUAL: path.join(bin, 'myedit') })).toBe(path.join(bin, 'myedit'));
  });
});
