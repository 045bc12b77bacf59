// Runs in its own process (vitest forks pool): nothing has loaded a font before this file.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFontLoaded } from '../../src/fonts/file-cache.js';
import { createFontRegistry } from '../../src/fonts/index.js';
import { shippedPath } from './helpers.js';

const fontkitLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/fontkit/'));

describe('lazy loading', () => {
  it('does not load fontkit until a font is read (CLI start-up)', () => {
    createFontRegistry({ systemFonts: false });
    expect(fontkitLoaded()).toBe(false);
    // And no module imports it statically (an ESM import would not show in require.cache).
    const dir = path.resolve(import.meta.dirname, '../../src/fonts');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/^import (?!type )[^;]*from 'fontkit'/m);
    }
  });

  it('reads no font when a registry is created, and Noto Sans SC only for Chinese', () => {
    const regular = { bold: false, italic: false };
    const fonts = createFontRegistry({ systemFonts: false });
    expect(isFontLoaded(shippedPath('Inter'))).toBe(false);
    expect(isFontLoaded(shippedPath('Source Sans 3'))).toBe(false);

    const inter = fonts.resolve('Inter', regular).face;
    expect(fontkitLoaded()).toBe(true);
    inter.measure('Book your video appointment — æøå', 11);
    fonts.faceForChar(0x41, inter, regular);
    fonts.faceForChar(0xe5, inter, regular);
    expect(isFontLoaded(shippedPath('Inter'))).toBe(true);
    expect(isFontLoaded(shippedPath('Inter', 700))).toBe(false);
    expect(isFontLoaded(shippedPath('Noto Sans SC'))).toBe(false);

    expect(fonts.faceForChar(0x4e2d, inter, regular)?.family).toBe('Noto Sans SC');
    expect(isFontLoaded(shippedPath('Noto Sans SC'))).toBe(true);
    // Other families were not needed on the way to Noto Sans SC.
    expect(isFontLoaded(shippedPath('Merriweather'))).toBe(false);
  });

  it('parses each file once per process, whatever the number of registries', () => {
    const a = createFontRegistry({ systemFonts: false }).resolve('Lora', { bold: false, italic: false }).face;
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) createFontRegistry({ systemFonts: false }).resolve('Lora', { bold: false, italic: false });
    const perRegistry = (performance.now() - t0) / 200;
    const b = createFontRegistry({ systemFonts: false }).resolve('Lora', { bold: false, italic: false }).face;
    expect(b.bytes).toBe(a.bytes);
    expect(perRegistry).toBeLessThan(2);
  });
});
