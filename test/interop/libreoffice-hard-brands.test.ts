/**
 * LibreOffice's rendering of the PPTX shows the layout of our PDF for the hard brands of issue 9
 * (test/edit/helpers/hard-brands.ts: the longest allowed values in en, da-DK and zh-CN with a
 * pale, a mid-tone, a dark and a near-black primary, and a bare brand), on every template ×
 * locale × paper.
 *
 * LibreOffice gets only the system's fonts plus the font files taken out of each PPTX's
 * ppt/fonts/*.fntdata parts (as test/interop/libreoffice-embedded-fonts.test.ts; --embed-fonts
 * full, so that every deck's Noto Sans SC is the same whole font), a private profile, and one
 * soffice call per brand for its 24 decks. For every deck, on pdftotext -bbox-layout lines
 * (spaces removed):
 *  - the same lines: every line of our PDF is a line of LibreOffice's and the other way round
 *    (the same text broken at the same places);
 *  - at the same place: each pair of matched lines starts within POS_TOL pt horizontally and has
 *    its baseline within POS_TOL pt;
 *  - the footer on the bottom margin in both: the lowest ink of each PDF (pdftoppm at 72 dpi, the
 *    bottom of the page) is within 2 pt of the layout's bottom margin. Where the QR code sits in
 *    the footer row (a long note's compact form), its box counts: the code's white quiet zone is
 *    part of it, so its ink ends 8 pt above the box.
 * One exception, LibreOffice's (docs/renderer.md, "Known, deliberate differences"): it lays a
 * hyperlink out as one text field, so a link that wraps (the 142-character booking link) breaks
 * elsewhere; the lines that differ must be lines of a link and hold the same text on both sides,
 * and the lines of a wrapped link are not held to the positions.
 *
 * Measured (2026-12-06): 6,254 lines in place, largest offsets 0.09 pt across, 0.19 pt on the
 * baseline, 0.01 pt in size; 77 lines of wrapped links per long-valued brand. 6-17 minutes on
 * the shared 2-core machine by its load, nearly all of it branding, rendering and the 5 soffice
 * calls.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customize } from '../../src/edit/customize.js';
import { fontconfigXml } from '../../src/fonts/fontconfig-file.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { NS } from '../../src/xml/namespaces.js';
import { embeddedFontFiles } from '../../src/presentation/embedded-fonts.js';
import { displayLink } from '../../src/brand/links.js';
import { displayList, render } from '../../src/render/render.js';
import { apply } from '../../src/render/matrix.js';
import type { TextOp } from '../../src/render/ops.js';
import { a4 } from '../../src/templates/source/layouts/a4.js';
import { letter } from '../../src/templates/source/layouts/letter.js';
import { HARD_BRANDS, hardBrand, hardLogos } from '../edit/helpers/hard-brands.js';
import { needTools } from '../helpers/tools.js';
import { templateDecks } from '../render/helpers/decks.js';
import { registry } from '../render/helpers/fixtures.js';

const missing = needTools('libreoffice-hard-brands', 'soffice', 'pdftotext', 'pdftoppm');
const templates = templateDecks();

/** Points: how far a line may start, or its baseline sit, from where our renderer put it. */
const POS_TOL = 1;
/** Points: how far LibreOffice's font size of a line may be from ours. */
const SIZE_TOL = 0.25;
/** Points: how far the lowest ink may be from the bottom margin. */
const MARGIN_TOL = 2;

interface Line {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The box of its last word (a bullet, drawn by LibreOffice in OpenSymbol, is never last). */
  last: { y0: number; y1: number };
}

/** The lines pdftotext finds (points from the top-left), spaces removed, top to bottom. */
function lines(pdf: string): Line[] {
  const out = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  return [...out.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)]
    .map((l) => ({
      last: [...l[5]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => ({ y0: Number(m[1]), y1: Number(m[2]) })).at(-1)!,
      text: [...l[5]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
      x0: Number(l[1]),
      y0: Number(l[2]),
      x1: Number(l[3]),
      y1: Number(l[4]),
    }))
    .sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
}

/**
 * Our lines with their baseline and font size, from the display list the PDF was drawn from (the
 * text operation of the line with the largest size). pdftotext cannot give them: its boxes are
 * the fonts' ascent and descent, which our PDF writes from the font and LibreOffice writes as 0
 * (poppler then takes 0.95 and -0.35 em).
 */
function withBaselines(list: Line[], ops: { x: number; y: number; size: number }[]): (Line & { baseline: number; size: number })[] {
  return list.map((l) => {
    const on = ops.filter((o) => o.y >= l.y0 - 0.5 && o.y <= l.y1 + 0.5 && o.x >= l.x0 - 1 && o.x <= l.x1 + 1).sort((a, b) => b.size - a.size)[0];
    return { ...l, baseline: on?.y ?? Number.NaN, size: on?.size ?? Number.NaN };
  });
}

/** LibreOffice's baseline and font size of a line: its PDFs give every font ascent 0.95 and descent -0.35 em for poppler. */
function loBaseline(l: Line): { baseline: number; size: number } {
  const size = (l.last.y1 - l.last.y0) / 1.3;
  return { baseline: l.last.y1 - 0.35 * size, size };
}

/** Pairs lines of `a` and `b` with the same text, in reading order; the rest of each side. */
function pair<A extends Line>(a: A[], b: Line[]): { pairs: [A, Line][]; onlyA: A[]; onlyB: Line[] } {
  const pool = new Map<string, Line[]>();
  for (const l of b) pool.set(l.text, [...(pool.get(l.text) ?? []), l]);
  const pairs: [A, Line][] = [];
  const onlyA: A[] = [];
  for (const l of a) {
    const m = pool.get(l.text)?.shift();
    if (m) pairs.push([l, m]);
    else onlyA.push(l);
  }
  return { pairs, onlyA, onlyB: [...pool.values()].flat() };
}

/** Points from the top-left: the box of the slide's QR code picture. */
interface QrBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The QR code's box (the shape named "QR code", src/edit/qr.ts: p:sp > p:spPr > a:xfrm), or null. */
function qrBox(pkg: OpcPackage): QrBox | null {
  const slide = pkg.readOnlyXml('ppt/slides/slide1.xml');
  for (const sp of slide.root.descendants(NS.p, 'sp')) {
    if (sp.child(NS.p, 'nvSpPr')?.child(NS.p, 'cNvPr')?.attr('name') !== 'QR code') continue;
    const xfrm = sp.child(NS.p, 'spPr')?.child(NS.a, 'xfrm');
    const off = xfrm?.child(NS.a, 'off');
    const ext = xfrm?.child(NS.a, 'ext');
    if (!off || !ext) return null;
    const pt = (v: string | undefined) => Number(v) / 12700;
    const [x, y] = [pt(off.attr('x')), pt(off.attr('y'))];
    return { x0: x, y0: y, x1: x + pt(ext.attr('cx')), y1: y + pt(ext.attr('cy')) };
  }
  return null;
}

/**
 * The lowest row of ink (points from the top) on the page: pdftoppm at 72 dpi, greyscale, the
 * bottom 200 pt. Ink inside the QR code's box counts as the box's bottom: the code's quiet zone
 * (a white border of four modules, part of the code) is ink for the layout.
 */
function lowestInk(pdf: string, height: number, qr: QrBox | null): number {
  const top = Math.floor(height) - 200;
  const r = spawnSync('pdftoppm', ['-r', '72', '-gray', '-y', String(top), '-H', '200', '-W', '2000', '-singlefile', pdf], { maxBuffer: 64 << 20 });
  const pgm = r.stdout;
  // P5 <w> <h> <max>\n<bytes>
  const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!head) throw new Error(`pdftoppm gave no image for ${pdf}`);
  const [w, h] = [Number(head[1]), Number(head[2])];
  const data = pgm.subarray(head[0].length);
  const background = data[(h - 1) * w];
  const inQr = (x: number, y: number) => qr !== null && x + 0.5 >= qr.x0 && x + 0.5 <= qr.x1 && top + y + 0.5 >= qr.y0 && top + y + 0.5 <= qr.y1;
  let lowest = top;
  let qrInk = false;
  for (let y = h - 1; y >= 0; y--) {
    for (let x = 0; x < w; x++) {
      if (Math.abs(data[y * w + x]! - background!) <= 3) continue;
      if (inQr(x, y)) qrInk = true;
      else lowest = Math.max(lowest, top + y + 1);
    }
  }
  if (qrInk) lowest = Math.max(lowest, qr!.y1);
  return lowest;
}

describe.skipIf(missing !== undefined || templates.length === 0)('LibreOffice draws the hard brands with our layout', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'va-lo-hard-'));
  const decks: { name: string; paper: string; links: string[]; ops: { x: number; y: number; size: number }[]; qr: QrBox | null }[] = [];

  beforeAll(async () => {
    const started = Date.now();
    const logos = await hardLogos();
    for (const [i, c] of HARD_BRANDS.entries()) {
      const fontDir = path.join(dir, `fonts-${i}`);
      mkdirSync(fontDir);
      mkdirSync(path.join(dir, `cache-${i}`));
      const files: string[] = [];
      for (const deck of templates) {
        const name = `${i}-${deck.name.replace('/', '-').replace(/\.pptx$/, '')}`;
        const { brand, assets } = hardBrand(c, deck, logos, `${deck.name} (${c.key})`);
        const { pptx } = await customize(deck.bytes, brand, assets, { fonts: registry, embedFonts: 'full' });
        const file = path.join(dir, `${name}.pptx`);
        writeFileSync(file, pptx);
        files.push(file);
        writeFileSync(path.join(dir, `${name}.ours.pdf`), (await render(pptx, { registry })).pdf);
        const ops = displayList(pptx, { registry }, [])
          .pages[0]!.ops.filter((o): o is TextOp => o.kind === 'text')
          .map((o) => ({ ...apply(o.transform, o.x, o.y), size: o.size }));
        const links = Object.entries(brand.links ?? {})
          .filter(([k]) => !k.endsWith('Label'))
          .map(([, url]) => displayLink(url as string).replace(/\s/g, ''));
        const pkg = OpcPackage.open(pptx, { what: name });
        decks.push({ name, paper: deck.paper, links, ops, qr: qrBox(pkg) });
        for (const f of embeddedFontFiles(pkg)) {
          writeFileSync(path.join(fontDir, `${createHash('sha256').update(f.font).digest('hex').slice(0, 16)}.ttf`), f.font);
        }
      }
      const conf = path.join(dir, `fonts-${i}.conf`);
      writeFileSync(conf, fontconfigXml([fontDir], path.join(dir, `cache-${i}`)));
      const r = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, `profile-${i}`)}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), ...files], {
        env: { ...process.env, FONTCONFIG_FILE: conf },
        stdio: 'pipe',
        timeout: 560_000,
      });
      if (r.error || r.status !== 0) throw new Error(`soffice failed: ${r.error?.message ?? r.stderr?.toString()}`);
      for (const f of files) rmSync(f);
    }
    writeFileSync(path.join(dir, 'decks.json'), JSON.stringify(decks));
    console.log(`${decks.length} decks branded, rendered and converted by LibreOffice in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }, 1_200_000);

  afterAll(() => {
    if (!process.env.VA_KEEP) rmSync(dir, { recursive: true, force: true });
  });

  for (const [i, c] of HARD_BRANDS.entries()) {
    it(`${c.key}: the same lines at the same places, the footer on the bottom margin in both`, () => {
      const problems: string[] = [];
      const stats = { lines: 0, dx: 0, dy: 0, ds: 0, linkLines: 0 };
      for (const deck of decks.filter((d) => d.name.startsWith(`${i}-`))) {
        const { name } = deck;
        const ours = withBaselines(lines(path.join(dir, `${name}.ours.pdf`)), deck.ops);
        const lo = lines(path.join(dir, 'lo', `${name}.pdf`));
        if (ours.length < 30) problems.push(`${name}: only ${ours.length} lines in our PDF`);
        // A line showing part of a link (at least 6 characters of it, after a label such as "or go
        // to" of up to 12 characters), or only such a label.
        const linkPart = (t: string, labelOnly = false) =>
          (labelOnly && t.length <= 12) || (t.length >= 6 && deck.links.some((d) => [...Array(Math.min(12, t.length - 6) + 1).keys()].some((k) => d.includes(t.slice(k)))));
        const wholeLink = (t: string) => deck.links.some((d) => t.includes(d));
        const { pairs, onlyA, onlyB } = pair(ours, lo);
        // LibreOffice lays a hyperlink out as one text field (docs/renderer.md): where a link
        // wraps, its lines may break elsewhere, but the text must be the same.
        const joined = (l: Line[]) => l.map((x) => x.text).join('');
        for (const l of [...onlyA, ...onlyB]) {
          if (!linkPart(l.text, true)) problems.push(`${name}: ${onlyA.includes(l as never) ? 'our' : "LibreOffice's"} line "${l.text}" is not a line of ${onlyA.includes(l as never) ? "LibreOffice's" : 'ours'}`);
        }
        if (joined(onlyA) !== joined(onlyB)) problems.push(`${name}: the lines that differ do not hold the same text: ours ${JSON.stringify(onlyA.map((l) => l.text))}, LibreOffice's ${JSON.stringify(onlyB.map((l) => l.text))}`);
        stats.linkLines += onlyA.length;
        for (const [a, b] of pairs) {
          // Lines of a wrapped link: LibreOffice aligns and spaces a broken field its own way.
          if (linkPart(a.text) && !wholeLink(a.text)) {
            stats.linkLines++;
            continue;
          }
          const l = loBaseline(b);
          const dx = b.x0 - a.x0;
          const dy = l.baseline - a.baseline;
          const ds = l.size - a.size;
          stats.lines++;
          stats.dx = Math.max(stats.dx, Math.abs(dx));
          stats.dy = Math.max(stats.dy, Math.abs(dy));
          stats.ds = Math.max(stats.ds, Math.abs(ds));
          if (!(Math.abs(dx) <= POS_TOL && Math.abs(dy) <= POS_TOL && Math.abs(ds) <= SIZE_TOL)) {
            problems.push(`${name}: "${a.text.slice(0, 30)}" at x ${a.x0.toFixed(1)}, baseline ${a.baseline.toFixed(1)}, ${a.size.toFixed(1)} pt in ours; x ${b.x0.toFixed(1)}, baseline ${l.baseline.toFixed(1)}, ${l.size.toFixed(1)} pt in LibreOffice's`);
          }
        }
        const layout = deck.paper === 'a4' ? a4 : letter;
        for (const [who, pdf] of [['ours', `${name}.ours.pdf`], ['LibreOffice', `lo/${name}.pdf`]] as const) {
          const file = path.join(dir, pdf);
          const height = deck.paper === 'a4' ? 841.89 : 792;
          const margin = height - layout.margin.bottom;
          const ink = lowestInk(file, height, deck.qr);
          if (Math.abs(ink - margin) > MARGIN_TOL) problems.push(`${name}: the lowest ink of ${who} is at ${ink} pt, the bottom margin at ${margin.toFixed(1)} pt`);
        }
      }
      console.log(
        `${c.key}: ${stats.lines} lines at the same place (largest offsets ${stats.dx.toFixed(2)} pt across, ${stats.dy.toFixed(2)} pt on the baseline, ${stats.ds.toFixed(2)} pt in size), ${stats.linkLines} lines of wrapped links`,
      );
      expect(problems).toEqual([]);
    });
  }
});
