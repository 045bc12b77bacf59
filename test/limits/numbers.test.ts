/**
 * Nothing degenerate reaches a PDF content stream: an operation with a number that is not finite
 * or far off any page is left out with a W_RENDER_GEOMETRY warning
 * (fixtures/hostile/degenerate-numbers.pptx: NaN, Infinity, 1e308 and 23-digit numbers in
 * offsets, sizes, rotations, adjust values, widths, gradients, insets, spacing, font sizes, group
 * extents and custom geometry; before, a 21-digit number reached the PDF and qpdf rejected it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFontRegistry } from '../../src/fonts/index.js';
import { drawableNumbers, MAX_DRAWING_NUMBER } from '../../src/limits/numbers.js';
import { displayList, render } from '../../src/render/render.js';
import type { TextOp } from '../../src/render/ops.js';
import type { Warning } from '../../src/warnings.js';

const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'hostile');
const registry = createFontRegistry({ systemFonts: false });

describe('drawableNumbers', () => {
  it('accepts finite numbers within the page range, at any depth, ignoring faces and picture bytes', () => {
    expect(drawableNumbers({ transform: [1, 0, 0, 1, 5, 5], commands: [{ x: 1 }, [2, 3]], face: { unitsPerEm: NaN } })).toBe(true);
    expect(drawableNumbers({ image: { bytes: new Uint8Array([1]), size: Infinity } })).toBe(true);
  });

  it('refuses NaN, Infinity and numbers beyond MAX_DRAWING_NUMBER anywhere', () => {
    expect(drawableNumbers({ transform: [1, 0, 0, 1, NaN, 0] })).toBe(false);
    expect(drawableNumbers({ commands: [{ points: [{ x: -Infinity }] }] })).toBe(false);
    expect(drawableNumbers({ w: MAX_DRAWING_NUMBER * 10 })).toBe(false);
  });

  it('walks 300,000 commands without recursion', () => {
    const commands = Array.from({ length: 300_000 }, (_, i) => ({ kind: 'L', x: i % 100, y: 1 }));
    expect(drawableNumbers({ commands })).toBe(true);
  });
});

describe('a deck of degenerate numbers', () => {
  it('draws what is sane, leaves out the rest with one warning, and the PDF has no NaN, Infinity or huge number', async () => {
    const deck = readFileSync(path.join(HOSTILE, 'degenerate-numbers.pptx'));
    const warnings: Warning[] = [];
    const list = displayList(deck, { registry }, warnings);
    for (const op of list.pages[0]!.ops) expect(drawableNumbers(op)).toBe(true);
    expect(list.pages[0]!.ops.some((o) => o.kind === 'text' && (o as TextOp).text.includes('This shape is fine'))).toBe(true);
    expect(warnings.filter((w) => w.code === 'W_RENDER_GEOMETRY').map((w) => w.message)).toEqual([
      expect.stringMatching(/^slide 1: \d+ drawing operation\(s\) with coordinates or sizes that are not finite numbers, or far off any page, were not drawn$/),
    ]);
    const { pdf } = await render(deck, { registry });
    // The deck's own text ("hello NaN") is in the tagged PDF's title and XMP metadata as text:
    // check every stream but the metadata, and the objects outside streams without their strings.
    const pdfText = Buffer.from(pdf).toString('latin1');
    const streamRe = /stream\r?\n([\s\S]*?)endstream/g;
    const streams = [...pdfText.matchAll(streamRe)]
      .filter((m) => !/\/Type \/Metadata[^>]*>>\s*$/.test(pdfText.slice(Math.max(0, m.index! - 200), m.index!)))
      .map((m) => {
        try {
          return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
        } catch {
          return m[1]!;
        }
      });
    const text = pdfText.replace(streamRe, '').replace(/\((?:\\.|[^\\)])*\)/g, '()');
    for (const s of [text, ...streams]) {
      expect(s).not.toMatch(/NaN|Infinity/);
      // A number token of ten or more integer digits (hex strings and dates are not tokens of digits alone).
      expect(s).not.toMatch(/(^|[\s[])-?\d{10,}(\.\d+)?(?=[\s\]])/m);
    }
  });
});
