/**
 * Logos that fit, as printed: on the four built-in designs and both papers, the PDF our renderer
 * draws shows the logo at the size and proportions the PPTX gives it (`pdfimages -list`: pixels
 * and resolution), the card behind a white logo and none behind a dark one (the pixels of the
 * page, `pdftoppm`), the logo as a Figure with its alt text (`pdfinfo -struct-text`), and passes
 * `qpdf --check`. LibreOffice opens the same PPTX files and draws the card where ours does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBrand } from '../../src/brand/validate.js';
import { customize } from '../../src/edit/customize.js';
import { allShapes, shapeName, type Box } from '../../src/edit/shapes.js';
import { slideBox } from '../../src/edit/slide-geometry.js';
import { writeFontconfigFile } from '../../src/fonts/index.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { render } from '../../src/render/render.js';
import { templateRelativePath, TEMPLATE_IDS } from '../../src/templates/catalog.js';
import { NS } from '../../src/xml/namespaces.js';
import { REPO_ROOT } from '../edit/helpers/corpus.js';
import { makeLogos } from '../edit/helpers/logos.js';
import { registry } from '../render/helpers/fixtures.js';
import { checkPdfUa, elementsOf } from '../render/helpers/pdf-ua.js';
import { needTools, qpdfCheck } from '../render/helpers/tools.js';

const skip = needTools('logo-pdf', 'qpdf', 'pdfimages', 'pdftoppm', 'pdfinfo');
const skipLo = needTools('logo-pdf (LibreOffice)', 'soffice', 'pdftoppm');
const EMU_PER_PT = 12700;
const KEYS = ['wide', 'tall', 'white', 'dark'] as const;

interface Made {
  name: string;
  key: (typeof KEYS)[number];
  pptx: Uint8Array;
  pdf: string;
  pic: Box;
  card?: Box;
}

function shapesOn(pptx: Uint8Array): { pic: Box; card?: Box } {
  const root = OpcPackage.open(pptx).xml('ppt/slides/slide1.xml').root;
  let pic: Box | undefined;
  let card: Box | undefined;
  for (const s of allShapes(root)) {
    if (s.is(NS.p, 'pic') && shapeName(s) === 'Logo') pic = slideBox(s);
    if (shapeName(s) === 'va:logo:card') card = slideBox(s);
  }
  return { pic: pic!, ...(card ? { card } : {}) };
}

/** The colour of a PDF page's pixel at (x, y) points, drawn at `dpi`. */
async function pixelAt(png: string, dpi: number, xPt: number, yPt: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const x = Math.round((xPt * dpi) / 72);
  const y = Math.round((yPt * dpi) / 72);
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

/** A point inside the card's padding, left of the logo, in points. */
function paddingPoint(card: Box, pic: Box): [number, number] {
  return [(card.x + (pic.x - card.x) / 2) / EMU_PER_PT, (pic.y + pic.cy / 2) / EMU_PER_PT];
}

const isPageWhite = (c: [number, number, number]) => c.every((v) => v > 245);
// The sample's primary #0A5FAD is the brand's ink (tx2) as it is.
const isInk = (c: [number, number, number]) => Math.abs(c[0] - 0x0a) < 12 && Math.abs(c[1] - 0x5f) < 12 && Math.abs(c[2] - 0xad) < 12;

describe.skipIf(skip !== undefined)('logo in the PDF: every design, Letter and A4', () => {
  let dir: string;
  const made: Made[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'va-logo-pdf-'));
    const logos = await makeLogos();
    for (const id of TEMPLATE_IDS) {
      for (const paper of ['letter', 'a4'] as const) {
        const template = new Uint8Array(readFileSync(path.join(REPO_ROOT, templateRelativePath(id, 'en', paper))));
        for (const key of KEYS) {
          const logo = logos[key]!;
          const brand = parseBrand({ organization: 'Harbour & Co.', colors: { primary: '#0A5FAD' }, paper, logo: logo.name, links: { booking: 'https://example.org/book' } }, 'brand.json');
          const { pptx } = await customize(template, brand, { logo: { name: logo.name, bytes: logo.bytes } }, { fonts: registry });
          const { pdf } = await render(pptx, { registry, metadata: { title: 'Logo', author: 'Harbour & Co.' } });
          const name = `${id}-${paper}-${key}`;
          writeFileSync(path.join(dir, `${name}.pptx`), pptx);
          writeFileSync(path.join(dir, `${name}.pdf`), pdf);
          made.push({ name, key, pptx, pdf: path.join(dir, `${name}.pdf`), ...shapesOn(pptx) });
        }
      }
    }
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the logo at the size of its picture in the PPTX, proportions kept', () => {
    for (const m of made) {
      const list = execFileSync('pdfimages', ['-list', m.pdf], { encoding: 'utf8' }).split('\n').slice(2);
      const rows = list.map((l) => l.trim().split(/\s+/)).filter((r) => r[2] === 'image');
      expect(rows, m.name).toHaveLength(1);
      const [w, h, xppi, yppi] = [Number(rows[0]![3]), Number(rows[0]![4]), Number(rows[0]![12]), Number(rows[0]![13])];
      const printedW = (w / xppi) * 72;
      const printedH = (h / yppi) * 72;
      expect(Math.abs(printedW - m.pic.cx / EMU_PER_PT), `${m.name} width`).toBeLessThan(1);
      expect(Math.abs(printedH - m.pic.cy / EMU_PER_PT), `${m.name} height`).toBeLessThan(1);
      // 300 dpi of the printed size (the tall 1:4 mark: a raster made at 144 dpi is not enlarged).
      expect(xppi, m.name).toBeGreaterThanOrEqual(m.key === 'tall' ? 140 : 295);
    }
  });

  it('draws the card in the brand\'s ink behind the white logo, and none behind the others', async () => {
    for (const m of made) {
      const png = path.join(dir, `${m.name}.png`);
      execFileSync('pdftoppm', ['-png', '-r', '144', '-f', '1', '-l', '1', '-singlefile', m.pdf, png.replace(/\.png$/, '')]);
      if (m.key === 'white') {
        expect(m.card, m.name).toBeDefined();
        expect(isInk(await pixelAt(png, 144, ...paddingPoint(m.card!, m.pic))), m.name).toBe(true);
      } else {
        expect(m.card, m.name).toBeUndefined();
        // Just left of the logo, where a card's padding would be: the page.
        expect(isPageWhite(await pixelAt(png, 144, (m.pic.x - 4.5 * EMU_PER_PT) / EMU_PER_PT, (m.pic.y + m.pic.cy / 2) / EMU_PER_PT)), m.name).toBe(true);
      }
    }
  });

  it('tags the logo as a Figure with its alt text and passes qpdf --check', async () => {
    for (const m of made) {
      const report = await checkPdfUa(new Uint8Array(readFileSync(m.pdf)));
      expect(report.problems, m.name).toEqual([]);
      expect(elementsOf(report.root!, 'Figure').map((f) => f.alt), m.name).toContain('Harbour & Co. logo');
      const struct = execFileSync('pdfinfo', ['-struct-text', m.pdf], { encoding: 'utf8' });
      expect((struct.match(/^\s+Figure:?$/gm) ?? []).length, m.name).toBe(2);
      const check = qpdfCheck(m.pdf);
      expect(check.ok, `${m.name}: ${check.output}`).toBe(true);
    }
  });

  describe.skipIf(skipLo !== undefined)('LibreOffice', () => {
    it('opens every PPTX and draws the card where our renderer does', async () => {
      const out = path.join(dir, 'lo');
      // Every white logo (with its card) and one wide wordmark (without): one soffice call.
      const lo = made.filter((m) => m.key === 'white' || m.name === 'healthcare-letter-wide');
      const files = lo.map((m) => path.join(dir, `${m.name}.pptx`));
      const r = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], {
        env: { ...process.env, FONTCONFIG_FILE: writeFontconfigFile(dir) },
        stdio: 'pipe',
        timeout: 280_000,
      });
      expect(r.status, r.stderr?.toString()).toBe(0);
      expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toHaveLength(files.length);
      for (const m of lo) {
        const pdf = path.join(out, `${m.name}.pdf`);
        execFileSync('pdftoppm', ['-png', '-r', '144', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(out, m.name)]);
        const png = path.join(out, `${m.name}.png`);
        if (m.card) expect(isInk(await pixelAt(png, 144, ...paddingPoint(m.card, m.pic))), m.name).toBe(true);
        else expect(isPageWhite(await pixelAt(png, 144, (m.pic.x - 4.5 * EMU_PER_PT) / EMU_PER_PT, (m.pic.y + m.pic.cy / 2) / EMU_PER_PT)), m.name).toBe(true);
      }
    }, 300_000);
  });
});
