import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { createFontRegistry, inspectFontFile, missingCharacters, MAX_FONT_BYTES } from '../../src/fonts/index.js';
import { sniffFontFormat } from '../../src/fonts/parse.js';
import { brandFile, shippedBytes } from './helpers.js';

/** Calls fn and returns the VaError it throws (fails the test when it does not throw one). */
function vaError(fn: () => unknown): VaError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(VaError);
    return error as VaError;
  }
  throw new Error('expected a VaError');
}

function asBrandHeading(name: string, bytes: Uint8Array): VaError {
  return vaError(() => createFontRegistry({ systemFonts: false, brand: { heading: { family: 'Acme', file: brandFile(name, bytes) } } }));
}

function expectFontInvalid(error: VaError, name: string, pattern: RegExp): void {
  expect(error.code).toBe('E_FONT_INVALID');
  expect(error.exitCode).toBe(2);
  expect(error.subject).toBe(name);
  expect(error.message).toContain(name);
  expect(error.message).toMatch(pattern);
  expect(error.message).not.toMatch(/\n/);
  expect(error.message.length).toBeLessThan(300);
}

const header = (tag: string, rest = 64) => {
  const b = new Uint8Array(4 + rest);
  for (let i = 0; i < 4; i++) b[i] = tag.charCodeAt(i);
  return b;
};

describe('untrusted font files', () => {
  it('refuses WOFF2 and WOFF with a message that says to use TTF/OTF', () => {
    expectFontInvalid(asBrandHeading('brand/Acme.woff2', header('wOF2', 2000)), 'brand/Acme.woff2', /WOFF2 web font.*TTF or OTF/);
    expectFontInvalid(asBrandHeading('brand/Acme.woff', header('wOFF', 2000)), 'brand/Acme.woff', /WOFF web font/);
  });

  it('refuses random bytes, empty files and other formats', () => {
    const random = new Uint8Array(4096);
    let seed = 42;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    expectFontInvalid(asBrandHeading('random.ttf', random), 'random.ttf', /not a TrueType or OpenType font/);
    expectFontInvalid(asBrandHeading('empty.ttf', new Uint8Array(0)), 'empty.ttf', /is empty/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expectFontInvalid(asBrandHeading('logo.png', png), 'logo.png', /not a TrueType or OpenType font/);
  });

  it('refuses random bytes behind a valid TrueType or OpenType signature', () => {
    const fake = header('\u0000\u0001\u0000\u0000', 4000);
    for (let i = 4; i < fake.length; i++) fake[i] = (i * 7919) & 0xff;
    expectFontInvalid(asBrandHeading('fake.ttf', fake), 'fake.ttf', /could not be read|damaged|truncated/);
    const otto = header('OTTO', 100);
    expectFontInvalid(asBrandHeading('fake.otf', otto), 'fake.otf', /could not be read|damaged|truncated/);
  });

  it('refuses truncated files, wherever the cut is', () => {
    const inter = shippedBytes('Inter');
    for (const fraction of [0.001, 0.05, 0.5, 0.9, 0.999]) {
      const cut = inter.slice(0, Math.floor(inter.length * fraction));
      expectFontInvalid(asBrandHeading('Inter-cut.ttf', cut), 'Inter-cut.ttf', /truncated|could not be read|damaged/);
    }
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = new Uint8Array(MAX_FONT_BYTES + 1);
    huge.set([0, 1, 0, 0]);
    expectFontInvalid(asBrandHeading('huge.ttf', huge), 'huge.ttf', /40\.0 MB; fonts larger than 40 MB are refused/);
  });

  it('refuses a font collection (.ttc) from a brand: one style per file', () => {
    const ttc = header('ttcf', 64);
    expectFontInvalid(asBrandHeading('Acme.ttc', ttc), 'Acme.ttc', /font collection/);
  });

  it('refuses damaged table data that parses but breaks later (a zeroed head table)', () => {
    const bytes = shippedBytes('Lora');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const numTables = view.getUint16(4);
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16;
      const tag = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
      if (tag === 'head') bytes.fill(0, view.getUint32(rec + 8), view.getUint32(rec + 8) + view.getUint32(rec + 12));
    }
    expectFontInvalid(asBrandHeading('zeroed-head.ttf', bytes), 'zeroed-head.ttf', /damaged|could not be read/);
  });

  it('accepts a good brand font and describes it', () => {
    const info = inspectFontFile(brandFile('brand/Lora-BoldItalic.ttf', shippedBytes('Lora', 700, true)));
    expect(info).toEqual({ family: 'Lora', postscriptName: 'Lora-BoldItalic', weight: 700, italic: true, glyphs: expect.any(Number) });
  });

  it('reports, without failing, the characters a brand font lacks', () => {
    const lora = brandFile('Lora.ttf', shippedBytes('Lora'));
    expect(missingCharacters(lora, 'Hjælp på dansk — 预约 →')).toEqual([0x9884, 0x7ea6, 0x2192]);
    const fonts = createFontRegistry({ systemFonts: false, brand: { body: { family: 'Acme', file: lora } } });
    const face = fonts.resolve('Acme', { bold: false, italic: false }).face;
    expect(face.measure('预约', 10)).toBeGreaterThan(0);
    expect(fonts.faceForChar(0x9884, face, { bold: false, italic: false })?.family).toBe('Noto Sans SC');
  });

  it('sniffs formats by their first bytes', () => {
    expect(sniffFontFormat(shippedBytes('Inter'))).toBe('truetype');
    expect(sniffFontFormat(header('OTTO'))).toBe('opentype-cff');
    expect(sniffFontFormat(header('true'))).toBe('truetype');
    expect(sniffFontFormat(header('ttcf'))).toBe('collection');
    expect(sniffFontFormat(new Uint8Array(2))).toBe('unknown');
  });
});

describe('damaged fonts (fixed-seed mutations of a real font)', () => {
  it('either work or fail with E_FONT_INVALID, when opened, measured, shaped or embedded', async () => {
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const { embedFace, finishFonts } = await import('../../src/fonts/index.js');
    const base = shippedBytes('Lora');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < 100; i++) {
      const bytes = base.slice();
      // Half of the variants are damaged in the table directory and the first tables.
      const span = i % 2 ? 2000 : bytes.length;
      for (let j = 0, n = 1 + Math.floor(random() * 20); j < n; j++) bytes[Math.floor(random() * span)] = Math.floor(random() * 256);
      let stage = 'open';
      try {
        const fonts = createFontRegistry({ systemFonts: false, brand: { body: { family: 'F', file: brandFile(`mutant-${i}.ttf`, bytes) } } });
        stage = 'use';
        const face = fonts.resolve('F', { bold: false, italic: false }).face;
        face.measure('Hello AVATAR æøå e\u0301', 12);
        fonts.faceForChar(0x4e2d, face, { bold: false, italic: false });
        const doc = await PDFDocument.create();
        embedFace(doc, face).showText('Hello AVATAR æøå');
        finishFonts(doc);
        await doc.save();
        outcomes.ok = (outcomes.ok ?? 0) + 1;
      } catch (error) {
        expect(error, `mutant ${i} (${stage}): ${String(error)}`).toBeInstanceOf(VaError);
        expect((error as VaError).code).toBe('E_FONT_INVALID');
        expect((error as VaError).message).toContain(`mutant-${i}.ttf`);
        outcomes[stage] = (outcomes[stage] ?? 0) + 1;
      }
    }
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.open).toBeGreaterThan(0);
  });
});
