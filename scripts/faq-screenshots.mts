/**
 * Screenshots of the website FAQ page for the README and docs/faq.md: the sample brand in each
 * language (healthcare in English, financial services in Danish, retail in Chinese), made by the
 * CLI (`customize --format html`), opened in headless Chromium (Debian's `chromium`) with the
 * first questions open, at desktop width, and one at a 360 px phone width.
 *
 *   node --import tsx scripts/faq-screenshots.mts [--out docs/images]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { chromium } from 'playwright-core';

// page.evaluate runs these in the browser; the project compiles without the DOM library.
declare const document: { querySelectorAll(s: string): { forEach(f: (d: { open: boolean }, i: number) => void): void }; fonts: { ready: Promise<unknown> } };

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1]! : path.join(root, 'docs', 'images'));
mkdirSync(out, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'va-faq-shots-'));

const PAGES = [
  { locale: 'en', template: 'healthcare', open: 3 },
  { locale: 'da-DK', template: 'financial-services', open: 3 },
  { locale: 'zh-CN', template: 'retail', open: 3 },
] as const;

const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const p of PAGES) {
    const dir = path.join(work, p.locale);
    execFileSync(process.execPath, [path.join(root, 'bin', 'va-infographic.js'), 'customize', '--template', p.template, '--locale', p.locale, '--format', 'html', '--out', dir, '--quiet'], { stdio: 'inherit' });
    const page = readdirSync(dir).find((f) => f.endsWith('.faq.html'))!;
    for (const [width, suffix] of [[1200, ''], [360, '-phone']] as const) {
      if (suffix && p.locale !== 'en') continue;
      const tab = await context.newPage();
      await tab.setViewportSize({ width, height: 900 });
      await tab.goto(`file://${path.join(dir, page)}`);
      await tab.evaluate((n) => document.querySelectorAll('details').forEach((d, i) => (d.open = i < n)), p.open);
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      const shot = await tab.screenshot({ fullPage: true });
      await tab.close();
      // Cut to the first 1500 px (the title band, the links, the first questions and the handout).
      const meta = await sharp(shot).metadata();
      const height = Math.min(meta.height!, suffix ? 1500 : 1250);
      const file = path.join(out, `faq-${p.locale}${suffix}.png`);
      await sharp(shot).extract({ left: 0, top: 0, width: meta.width!, height }).png({ compressionLevel: 9, palette: true, quality: 90 }).toFile(file);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
