/**
 * Google Fonts families installed in the user's project (`npm install @expo-google-fonts/<family>`)
 * draw a brand's fonts, and a family found nowhere is named with how to get it (W_FONT_MISSING).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFontRegistry } from '../../src/fonts/index.js';
import { googleFontsPackage, howToGet } from '../../src/fonts/registry.js';

const lora = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/lora/package.json'));
let project: string;

beforeAll(() => {
  // A project with an @expo-google-fonts package laid out as the real ones are
  // (<weight><Name>[_Italic]/<Family>_<weight><Name>.ttf); Lora's files stand in for Open Sans.
  project = mkdtempSync(path.join(tmpdir(), 'va-font-project-'));
  for (const style of ['400Regular', '700Bold', '400Regular_Italic']) {
    const dir = path.join(project, 'node_modules/@expo-google-fonts/open-sans', style);
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(lora, style, `Lora_${style}.ttf`), path.join(dir, `OpenSans_${style}.ttf`));
  }
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('fonts from the project', () => {
  it('draws a family from node_modules/@expo-google-fonts/<family> of the project folder, nearest weight and italic', () => {
    const fonts = createFontRegistry({ systemFonts: false, projectDir: project });
    const regular = fonts.resolve('Open Sans', { bold: false, italic: false });
    expect(regular.warnings).toEqual([]);
    expect(regular.face.family).toBe('Open Sans');
    expect(regular.face.source).toBe('project');
    const bold = fonts.resolve('Open Sans', { bold: true, italic: false });
    const italic = fonts.resolve('open sans', { bold: false, italic: true });
    expect(new Set([regular.face.key, bold.face.key, italic.face.key]).size).toBe(3);
    expect(bold.face.key).toContain('700Bold');
    expect(italic.face.key).toContain('_Italic');
  });

  it('without the package (or without a project folder) says exactly how to get the family', () => {
    for (const fonts of [createFontRegistry({ systemFonts: false }), createFontRegistry({ systemFonts: false, projectDir: path.join(project, 'nowhere') })]) {
      const r = fonts.resolve('Open Sans', { bold: false, italic: false });
      expect(r.face.family).toBe('Source Sans 3');
      expect(r.warnings.map((w) => w.code)).toEqual(['W_FONT_MISSING']);
      expect(r.warnings[0]!.message).toContain('run "npm install @expo-google-fonts/open-sans" in the folder you run va-infographic from');
      expect(r.warnings[0]!.message).toContain('--body-font-file');
    }
  });

  it('never turns a family name into a path outside the package scope', () => {
    expect(googleFontsPackage('Open Sans')).toBe('@expo-google-fonts/open-sans');
    expect(googleFontsPackage('Source Sans 3')).toBe('@expo-google-fonts/source-sans-3');
    for (const bad of ['../../etc/passwd', 'a/b', 'Ünïcode Sans', '', 'x'.repeat(200)]) expect(googleFontsPackage(bad)).toBeUndefined();
    expect(howToGet('../../etc')).not.toContain('npm install');
    const fonts = createFontRegistry({ systemFonts: false, projectDir: project });
    expect(fonts.resolve('../open-sans', { bold: false, italic: false }).face.family).toBe('Source Sans 3');
  });
});
