/**
 * The website FAQ in a real browser: Debian's Chromium, headless, driven by playwright-core with
 * a fresh profile. Pages made end to end by `customize --format html` (handout PDF and PNG next
 * to them) for each locale, a brand with no policy and a hostile brand:
 *  - the page renders with its fonts and preview; every question opens and closes (mouse and
 *    keyboard); links go to the brand's targets;
 *  - axe-core reports no violation, colour contrast included (questions closed and open);
 *  - at 360 px wide nothing scrolls sideways;
 *  - the page makes no request but for its own files (no http/https at all);
 *  - nothing the brand typed runs; the fragment, pasted into a page with aggressive CSS of its
 *    own, looks the same as the page and leaves the host's styles alone.
 * Skipped, with the reason printed, when Debian's chromium is missing (in CI, where `.ci/run`
 * installs it, that fails instead).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { parseBrand } from '../../src/brand/validate.js';
import { readableLink } from '../../src/brand/links.js';
import { run } from '../cli/harness.js';
import { needTools } from '../helpers/tools.js';
import { bareBrand, fullBrand, HOSTILE, hostileBrand } from '../faq/brands.js';

// The functions passed to page.evaluate run in the browser; the project compiles without the DOM
// library, so the few browser names they use are declared here, for this module only.
// biome-ignore lint/suspicious/noExplicitAny: the browser's document, typed by the browser
declare const document: any;
// biome-ignore lint/suspicious/noExplicitAny: the browser's window
declare const window: any;
// biome-ignore lint/suspicious/noExplicitAny: the browser's CSSStyleDeclaration
declare function getComputedStyle(element: unknown): any;
type HTMLDetailsElement = { open: boolean };
type HTMLImageElement = { naturalWidth: number; getBoundingClientRect(): { width: number } };
type Document = unknown;

const CHROMIUM = '/usr/bin/chromium';
// Skipped with the reason printed on a developer's machine without Chromium; a failure in CI.
const HAVE_CHROMIUM = needTools('the website FAQ in Chromium', 'chromium') === undefined && existsSync(CHROMIUM);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

interface Made {
  name: string;
  dir: string;
  page: string;
  fragment: string;
  brand: ReturnType<typeof fullBrand>;
}

const work = mkdtempSync(path.join(tmpdir(), 'va-faq-browser-'));
let context: BrowserContext;
const made: Record<string, Made> = {};

async function make(name: string, brand: ReturnType<typeof fullBrand>, template: string): Promise<Made> {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'brand.json'), JSON.stringify(brand));
  const r = await run(['customize', '--template', template, '--brand', 'brand.json', '--format', 'html', '--out', 'site', '--json'], { cwd: dir });
  if (r.code !== 0) throw new Error(r.stderr);
  const outputs = (JSON.parse(r.stdout) as { outputs: { file: string }[] }).outputs.map((o) => path.resolve(dir, o.file));
  return { name, dir: path.join(dir, 'site'), page: outputs.find((f) => f.endsWith('.faq.html'))!, fragment: outputs.find((f) => f.endsWith('.faq.fragment.html'))!, brand };
}

/** A page that records every request and dialog; anything but a file of the page's folder fails the test. */
async function open(url: string, width = 1280): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, requests, dialogs };
}

async function axe(page: Page): Promise<{ violations: string[]; passes: string[] }> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: { id: string }[] }> } };
    const result = await w.axe.run(document);
    return { violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), passes: result.passes.map((p) => p.id) };
  });
}

function onlyOwnFiles(requests: string[], dir: string): void {
  for (const url of requests) {
    expect(url.startsWith('file://'), url).toBe(true);
    expect(decodeURIComponent(new URL(url).pathname).startsWith(dir), url).toBe(true);
  }
}

describe.skipIf(!HAVE_CHROMIUM)('website FAQ in Chromium', () => {
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'va-chromium-profile-')), { executablePath: CHROMIUM, headless: true, args: ARGS });
    made.en = await make('en', fullBrand('en'), 'healthcare');
    made.da = await make('da', fullBrand('da-DK'), 'financial-services');
    made.zh = await make('zh', fullBrand('zh-CN'), 'retail');
    made.bare = await make('bare', bareBrand('en'), 'generic');
    made.hostile = await make('hostile', hostileBrand('en'), 'healthcare');
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  });

  for (const key of ['en', 'da', 'zh', 'bare', 'hostile']) {
    it(`${key}: renders, questions open and close, links go to the brand's targets, no request`, async () => {
      const m = made[key]!;
      const brand = parseBrand(m.brand, key);
      const { page, requests, dialogs } = await open(`file://${m.page}`);
      // Renders: the title, the organisation, the fonts it embeds, the handout preview.
      await expect(page.locator('h1').textContent()).resolves.toMatch(/\S/);
      expect(await page.locator('.vafaq-org').textContent()).toBe(brand.organization);
      // Every embedded face loads once the text that uses it is shown (a face is fetched lazily).
      await page.evaluate(() => document.querySelectorAll('details').forEach((d: HTMLDetailsElement) => (d.open = true)));
      const fonts = await page.evaluate(() => document.fonts.ready.then(() => [...document.fonts].map((f) => `${f.family}:${f.weight}:${f.status}`)));
      expect(fonts.length).toBeGreaterThanOrEqual(key === 'zh' ? 5 : 3);
      for (const f of fonts) expect(f).toMatch(/:loaded$/);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d: HTMLDetailsElement) => (d.open = false)));
      const preview = await page.evaluate(() => {
        const img = (document.querySelector('.vafaq-preview img') as HTMLImageElement | null);
        return img ? { w: img.naturalWidth, shown: img.getBoundingClientRect().width } : null;
      });
      expect(preview!.w).toBeGreaterThan(500);
      expect(preview!.shown).toBeGreaterThan(200);

      // Every question opens on a click and shows its answer, and closes again.
      const summaries = page.locator('summary');
      const count = await summaries.count();
      expect(count).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < count; i++) {
        const details = page.locator('details').nth(i);
        expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        await summaries.nth(i).click();
        expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
        expect((await details.locator('.vafaq-a').boundingBox())!.height).toBeGreaterThan(10);
        await summaries.nth(i).click();
        expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      }
      // And from the keyboard: focus the first question, Enter opens it.
      await summaries.first().focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

      // The buttons go to the brand's links; every link in the text is the brand's, the phone,
      // the e-mail, Microsoft's guide or the handout next to the page.
      const buttons = await page.locator('.vafaq-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(buttons).toEqual(['booking', 'billing', 'homepage'].flatMap((r) => (brand.links?.[r as 'booking'] ? [brand.links[r as 'booking']] : [])));
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const allowed = new Set<string>([
        ...Object.values(brand.links ?? {}),
        brand.policy?.cancellation?.link,
        brand.policy?.portal?.url,
        ...(brand.policy?.otherBooking?.social ?? []).map((s) => s.url),
        brand.policy?.otherBooking?.email ? `mailto:${brand.policy.otherBooking.email}` : undefined,
        brand.policy?.otherBooking?.phone ? `tel:${brand.policy.otherBooking.phone.replace(/ /g, '%20')}` : undefined,
      ].filter((x): x is string => typeof x === 'string'));
      for (const href of hrefs) {
        if (href.startsWith('./')) expect(existsSync(path.join(m.dir, decodeURIComponent(href.slice(2)))), href).toBe(true);
        else if (href.startsWith('https://support.microsoft.com/')) continue;
        else expect(allowed.has(href), href).toBe(true);
      }
      for (const link of Object.values(brand.links ?? {})) expect(hrefs).toContain(link);

      // The JSON-LD as the browser sees it: one Question per question on the page.
      const ld = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!));
      expect(ld.mainEntity.map((q: { name: string }) => q.name)).toEqual(await summaries.allTextContents());

      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      onlyOwnFiles(requests, m.dir);
      expect(requests.some((u) => u.endsWith('.png'))).toBe(true);
      await page.close();
    });

    it(`${key}: axe-core finds no violation, with the questions closed and open`, async () => {
      const { page } = await open(`file://${made[key]!.page}`);
      const closed = await axe(page);
      expect(closed.violations).toEqual([]);
      expect(closed.passes).toContain('color-contrast');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d: HTMLDetailsElement) => (d.open = true)));
      const opened = await axe(page);
      expect(opened.violations).toEqual([]);
      expect(opened.passes).toContain('color-contrast');
      await page.close();
    });

    it(`${key}: reflows to a 360 px wide screen without scrolling sideways`, async () => {
      const { page } = await open(`file://${made[key]!.page}`, 360);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d: HTMLDetailsElement) => (d.open = true)));
      const overflow = await page.evaluate(() => {
        const wide: string[] = [];
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5)) wide.push(`${el.tagName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
        }
        return { scrollWidth: document.documentElement.scrollWidth, wide };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(360);
      expect(overflow.wide).toEqual([]);
      await page.close();
    });
  }

  it('hostile: the brand\'s text shows as text and nothing runs', async () => {
    const { page, dialogs } = await open(`file://${made.hostile!.page}`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d: HTMLDetailsElement) => (d.open = true)));
    const text = await page.evaluate(() => document.body.textContent);
    expect(text).toContain(HOSTILE.replace(/\n/g, ' ').slice(0, 40));
    expect(await page.locator('.vafaq-org').textContent()).toBe('A&B "Quotes" <script>x</script>');
    // Scripts: only the JSON-LD; no element carries an event handler.
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const booking = await page.locator('.vafaq-button-primary').getAttribute('href');
    expect(booking).toBe('https://x.example/book?a=1&b="2"<script>');
    expect(readableLink(booking!)).toContain('x.example/book');
    await page.close();
  });

  it('the fragment in a website with aggressive CSS: looks as on the page, and leaves the host alone', async () => {
    for (const key of ['da', 'hostile']) {
      const m = made[key]!;
      const host = path.join(m.dir, 'host.html');
      writeFileSync(
        host,
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title><style>
html{font-size:10px}
body{font:30px/1 serif;color:#444;background:#eee}
p{color:rgb(255,0,0);margin:40px;letter-spacing:3px;text-transform:uppercase}
a{color:rgb(255,255,0);font-weight:900}
div{padding:17px;border:3px dotted green}
details{background:pink}
summary{display:list-item;color:lime}
h2,h3{font-size:50px;text-decoration:underline}
ul,ol,li{list-style:square;margin:0}
img{width:10px}
.vafaq-button{all:unset}
</style></head><body><main><h1>Host site</h1><p class="host">Host paragraph</p>
${readFileSync(m.fragment, 'utf8')}
<p class="host-after">Host after</p></main></body></html>`,
      );
      const alone = await open(`file://${m.page}`);
      const hosted = await open(`file://${host}`);
      const probe = (p: Page) =>
        p.evaluate(() => {
          const s = (sel: string) => {
            const el = document.querySelector(sel)!;
            const c = getComputedStyle(el);
            // Widths of what fits in the content column (the band spans the host's column, whatever its width).
            const width = sel === '.vafaq-band' ? '' : Math.round(el.getBoundingClientRect().width);
            return [c.color, c.backgroundColor, c.fontFamily, c.fontSize, c.fontWeight, c.lineHeight, c.marginTop, c.paddingLeft, c.textTransform, c.letterSpacing, c.textDecorationLine, c.listStyleType, c.display, width].join('|');
          };
          return ['.vafaq-title', '.vafaq-lede', '.vafaq-q summary', '.vafaq-section-title', '.vafaq-button-primary', '.vafaq-a p', '.vafaq-a li', '.vafaq-preview img', '.vafaq-band'].map(s);
        });
      expect(await probe(hosted.page)).toEqual(await probe(alone.page));
      // The host's own elements keep the host's styles.
      const hostStyle = await hosted.page.evaluate(() => [...document.querySelectorAll('p.host, p.host-after')].map((p) => { const c = getComputedStyle(p); return [c.color, c.marginTop, c.fontSize, c.textTransform].join('|'); }));
      expect(hostStyle).toEqual(['rgb(255, 0, 0)|40px|30px|uppercase', 'rgb(255, 0, 0)|40px|30px|uppercase']);
      expect(await hosted.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe('serif');
      // Questions still open and close; the fragment's page-level rules could not touch <body>.
      await hosted.page.locator('summary').first().click();
      expect(await hosted.page.locator('details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(hosted.dialogs).toEqual([]);
      expect(await hosted.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      onlyOwnFiles(hosted.requests, m.dir);
      // The fragment itself is accessible inside the host page.
      const result = await axe(hosted.page);
      expect(result.violations).toEqual([]);
      await alone.page.close();
      await hosted.page.close();
    }
  });
});
