/**
 * --watch and preview end to end with the built CLI: a change to the brand file (saved in place,
 * or as editors do, by renaming a new file over it) produces a new PNG; a broken save shows an
 * error and the watch goes on; the preview page in headless Chromium (playwright-core, the
 * system's /usr/bin/chromium) shows the new picture without a reload.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/tmp.js';
import { needTools } from '../helpers/tools.js';
import { ensureBuilt, files, FIXTURES, startCli, until } from './cli-helpers.js';

const tmp = tempDir('va-live-');
const children: ReturnType<typeof startCli>[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.child.exitCode === null) c.child.kill('SIGTERM');
});
afterAll(() => tmp.cleanup());

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = needTools('preview in headless Chromium', 'chromium') === undefined && existsSync(CHROMIUM);

const brand = (primary: string) => JSON.stringify({ organization: 'Live Klinik', colors: { primary }, links: { booking: 'https://live.example/book' } });
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Where the healthcare handout shows the primary colour as a fill: the title panel, left of the
 * title (fractions of the page's width and height).
 */
const PANEL = { x: 0.065, y: 0.16 };

/** The colour of the handout's title panel (the primary colour), sampled from a PNG. */
async function bandColour(png: Uint8Array): Promise<[number, number, number]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(info.height * PANEL.y) * info.width + Math.round(info.width * PANEL.x)) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

function start(args: string[], cwd: string) {
  const c = startCli(args, cwd);
  children.push(c);
  return c;
}

describe('customize --watch and render --watch', () => {
  beforeAll(() => ensureBuilt());

  it('writes a new PNG after each save of the brand file, shows a broken save without stopping', async () => {
    const dir = mkdtempSync(path.join(tmp.dir, 'watch-'));
    files(dir, { 'brand.json': brand('#0A5FAD') });
    const png = path.join(dir, 'out', 'live-klinik-healthcare-en.png');
    const c = start(['customize', '--template', 'healthcare', '--brand', 'brand.json', '--format', 'png', '--dpi', '30', '--watch'], dir);
    const wrote = () => c.err().split('wrote out/live-klinik-healthcare-en.png').length - 1;
    await until('the first build', () => wrote() === 1 && /watching \d+ files?/.test(c.err()), 120_000, c.err);
    const blue = await bandColour(readFileSync(png));
    expect(blue[2]).toBeGreaterThan(blue[0]);
    const first = sha(png);

    // Saved in place.
    writeFileSync(path.join(dir, 'brand.json'), brand('#C8102E'));
    await until('the second build', () => wrote() === 2, 120_000, c.err);
    expect(sha(png)).not.toBe(first);
    const red = await bandColour(readFileSync(png));
    expect(red[0]).toBeGreaterThan(red[2]);

    // A broken save: one error line, and the watch goes on.
    writeFileSync(path.join(dir, 'brand.json'), '{ "organization": "Live Klinik", ');
    await until('the error', () => /va-infographic: error: the brand file brand\.json is not valid JSON: .*\[E_BRAND_INVALID\]/.test(c.err()), 60_000, c.err);
    expect(c.child.exitCode).toBeNull();

    // Saved as editors do: a new file renamed over the old one.
    writeFileSync(path.join(dir, '.brand.json.swp'), brand('#2E7D32'));
    renameSync(path.join(dir, '.brand.json.swp'), path.join(dir, 'brand.json'));
    await until('the third build', () => wrote() === 3, 120_000, c.err);
    const green = await bandColour(readFileSync(png));
    expect(green[1]).toBeGreaterThan(green[0]);
    expect(green[1]).toBeGreaterThan(green[2]);
    c.child.kill('SIGINT');
    await until('the end', () => c.child.exitCode !== null || c.child.signalCode !== null);
  });

  it('render --watch draws the deck again when it changes', async () => {
    const dir = mkdtempSync(path.join(tmp.dir, 'render-'));
    files(dir, { 'deck.pptx': readFileSync(path.join(FIXTURES, 'inspect-brand-fit.pptx')) });
    const c = start(['render', 'deck.pptx', '--format', 'png', '--dpi', '20', '--watch'], dir);
    const count = () => c.err().split('wrote out/deck').length - 1;
    await until('the first drawing', () => count() >= 1 && /watching/.test(c.err()), 120_000, c.err);
    const before = sha(path.join(dir, 'out', 'deck.png'));
    writeFileSync(path.join(dir, 'deck.pptx'), readFileSync(path.join(FIXTURES, '..', '..', 'templates', 'generic', 'en.letter.pptx')));
    await until('the second drawing', () => count() >= 2, 120_000, c.err);
    expect(sha(path.join(dir, 'out', 'deck.png'))).not.toBe(before);
  });
});

/** The little of the DOM the page code below uses (the test's TypeScript has no DOM types). */
interface PageElement {
  complete: boolean;
  naturalWidth: number;
  naturalHeight: number;
  hidden: boolean;
  textContent: string | null;
}
interface PageDocument {
  body: { dataset: Record<string, string | undefined> };
  querySelector(selector: string): PageElement | null;
  createElement(tag: 'canvas'): {
    width: number;
    height: number;
    getContext(kind: '2d'): { drawImage(image: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
  };
}

function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!hasChromium)('preview in headless Chromium', () => {
  beforeAll(() => ensureBuilt());

  it('shows the handout and its warnings, and the new picture after the brand file changes', async () => {
    const dir = mkdtempSync(path.join(tmp.dir, 'preview-'));
    files(dir, { 'brand.json': brand('#0A5FAD') });
    const c = start(['preview', '--template', 'healthcare', '--brand', 'brand.json', '--dpi', '40', '--heading-font', 'Nonexistent Brand Grotesk'], dir);
    const url = await until('the address', () => /^http:\/\/127\.0\.0\.1:\d+\/$/m.exec(c.out())?.[0], 60_000, c.err);
    // Loopback only, and only for requests addressed to it.
    expect((await get(url, 'evil.example')).status).toBe(403);
    expect((await get(url)).status).toBe(200);

    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmp.dir, 'chromium-profile-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(url);
      // The first drawing, loaded in the page.
      // Page code reaches the DOM through globalThis (the test's TypeScript has no DOM types); it
      // is passed as functions, which the page's Content Security Policy (no eval) allows.
      const drawn = (after: number): boolean => {
        const doc = (globalThis as unknown as { document: PageDocument }).document;
        const img = doc.querySelector('figure img');
        return Number(doc.body.dataset.version) > after && !!img && img.complete && img.naturalWidth > 0 && !doc.querySelector('#status')?.textContent?.includes('drawing');
      };
      await page.waitForFunction(drawn, 0, { timeout: 120_000 });
      const pixel = () =>
        page.evaluate(({ x, y }): [number, number, number] => {
          const doc = (globalThis as unknown as { document: PageDocument }).document;
          const img = doc.querySelector('figure img')!;
          const canvas = doc.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const g = canvas.getContext('2d');
          g.drawImage(img, 0, 0);
          const d = g.getImageData(Math.round(img.naturalWidth * x), Math.round(img.naturalHeight * y), 1, 1).data;
          return [d[0]!, d[1]!, d[2]!];
        }, PANEL);
      const blue = await pixel();
      expect(blue[2]).toBeGreaterThan(blue[0]);
      expect(await page.textContent('#org')).toBe('Live Klinik');
      // The warning of the missing heading font is listed.
      expect(await page.textContent('#warnings')).toMatch(/Nonexistent Brand Grotesk/);
      const version = await page.evaluate(() => Number((globalThis as unknown as { document: PageDocument }).document.body.dataset.version));
      await page.screenshot({ path: path.join(tmp.dir, 'preview-before.png') });

      writeFileSync(path.join(dir, 'brand.json'), brand('#C8102E'));
      await page.waitForFunction(drawn, version, { timeout: 120_000 });
      const red = await pixel();
      expect(red[0]).toBeGreaterThan(red[2]);
      const shot = path.join(process.env.VA_PREVIEW_SHOT_DIR ?? tmp.dir, 'preview-after.png');
      await page.screenshot({ path: shot });

      // A broken save: the error on the page, the server still up.
      writeFileSync(path.join(dir, 'brand.json'), '{ "organization": ');
      await page.waitForFunction(() => !(globalThis as unknown as { document: PageDocument }).document.querySelector('#error')?.hidden, undefined, { timeout: 60_000 });
      expect(await page.textContent('#error')).toMatch(/not valid JSON.*E_BRAND_INVALID/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
