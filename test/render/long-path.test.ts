/**
 * A freeform with as many points as the custom-geometry limit allows (100,000 commands) is drawn,
 * in the PDF, in the PNG and with bleed, on the main thread's stack. Before, its operators were
 * spread as call arguments (`push(...ops)`) and the PDF ended with "Maximum call stack size
 * exceeded" (fuzz seed 2031, case 358: a:lnTo copied 204,183 times). Vitest's workers have a
 * 4 MB stack and the CLI's main thread about 1 MB, part of it already taken by the callers of
 * the renderer (customize, batch): the render runs in a child process with a 600 KB stack.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';
import { inflate } from 'pako';
import { afterAll, describe, expect, it } from 'vitest';
import { miniDeck } from '../edit/helpers/mini-deck.js';

const POINTS = 150_000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'va-long-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** p:sp with a:custGeom: a zigzag of POINTS a:lnTo on a 1,000 × 1,000 path, solid fill, touching the slide's left edge. */
function freeform(): string {
  const pts: string[] = [];
  for (let i = 0; i < POINTS; i++) pts.push(`<a:lnTo><a:pt x="${Math.round((i / POINTS) * 1000)}" y="${i % 2 ? 0 : 1000}"/></a:lnTo>`);
  return `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Freeform"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="2000000"/></a:xfrm><a:custGeom><a:pathLst><a:path w="1000" h="1000"><a:moveTo><a:pt x="0" y="1000"/></a:moveTo>${pts.join('')}<a:close/></a:path></a:pathLst></a:custGeom><a:solidFill><a:srgbClr val="0A5FAD"/></a:solidFill></p:spPr></p:sp>`;
}

/** Renders the deck in a new Node process: the PDF, the PDF with 9 pt bleed, a PNG. */
const SCRIPT = `
import { readFileSync, writeFileSync } from 'node:fs';
import { render, renderPng } from ${JSON.stringify(path.join(ROOT, 'src/render/render.ts'))};
const [deckFile, out] = process.argv.slice(2);
const deck = readFileSync(deckFile);
const pdf = await render(deck);
writeFileSync(out + '.pdf', pdf.pdf);
const bled = await render(deck, { bleed: 9 });
writeFileSync(out + '-bleed.pdf', bled.pdf);
const png = await renderPng(deck, { dpi: 10 });
process.stdout.write(JSON.stringify({ warnings: pdf.warnings.map((w) => w.code), pngs: png.pngs.length }));
`;

describe('a freeform at the command limit', () => {
  it('is drawn (cut to 100,000 commands, with W_GEOMETRY_LIMIT) in the PDF, the PNG and with bleed', async () => {
    const deckFile = path.join(dir, 'deck.pptx');
    writeFileSync(deckFile, await miniDeck({ slides: [{ shapes: freeform() }] }));
    writeFileSync(path.join(dir, 'run.mts'), SCRIPT);
    const child = spawnSync(process.execPath, ['--stack-size=600', '--import', 'tsx', path.join(dir, 'run.mts'), deckFile, path.join(dir, 'out')], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const result = JSON.parse(child.stdout) as { warnings: string[]; pngs: number };
    expect(result.warnings).toContain('W_GEOMETRY_LIMIT');
    expect(result.pngs).toBe(1);
    for (const name of ['out.pdf', 'out-bleed.pdf']) {
      const doc = await PDFDocument.load(await import('node:fs').then((fs) => fs.readFileSync(path.join(dir, name))));
      expect(doc.getPageCount()).toBe(1);
      // The path cut at the limit: 100,000 commands, so 99,999 line-to operators after the
      // move-to (the commands past the limit, and a:close, are left out).
      const stream = doc.getPage(0).node.Contents();
      expect(stream).toBeInstanceOf(PDFRawStream);
      const text = Buffer.from(inflate((stream as PDFRawStream).contents)).toString('latin1');
      expect(text.match(/ l\n/g)?.length).toBeGreaterThanOrEqual(99_999);
    }
  }, 180_000);
});
