/**
 * SVGs that librsvg would take minutes over are refused before they reach it: as a logo
 * (E_LOGO_LIMIT) and as a picture in a deck (not drawn, W_IMAGE_INVALID).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLogo } from '../../src/edit/logo-image.js';
import { VaError } from '../../src/errors.js';
import { MAX_SVG_ELEMENTS, MAX_SVG_TEXT_CHARS, svgComplexity, svgTooComplex } from '../../src/limits/svg.js';
import { SAMPLE_LOGO_SVG } from '../../src/brand/sample.js';

const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'hostile');

describe('svgComplexity', () => {
  it('counts elements and the characters inside text elements only', () => {
    const c = svgComplexity('<svg><style>.a{fill:red}</style><g><text x="1">Hello <tspan>big</tspan> world</text><!-- <text>no</text> --><text/></g></svg>');
    expect(c).toEqual({ elements: 6, textChars: 'Hello'.length + 'big'.length + 'world'.length });
    expect(svgComplexity('<svg><text><![CDATA[abc]]></text> stray < text</svg>').textChars).toBe(3);
  });

  it('the sample logo is well within the limits; the fixtures are not', () => {
    expect(svgTooComplex(SAMPLE_LOGO_SVG)).toBeUndefined();
    expect(svgTooComplex(readFileSync(path.join(HOSTILE, 'logo-svg-long-text.svg'), 'utf8'))).toBe(`it has 5000 characters of text, over the limit of ${MAX_SVG_TEXT_CHARS}`);
    expect(svgTooComplex(readFileSync(path.join(HOSTILE, 'logo-svg-many-elements.svg'), 'utf8'))).toBe(`it has 20003 elements, over the limit of ${MAX_SVG_ELEMENTS}`);
  });
});

describe('a too complex SVG logo', () => {
  it.each(['logo-svg-long-text.svg', 'logo-svg-many-elements.svg'])('%s is refused with E_LOGO_LIMIT before rasterising', async (name) => {
    const err = await readLogo(readFileSync(path.join(HOSTILE, name)), name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VaError);
    expect((err as VaError).code).toBe('E_LOGO_LIMIT');
    expect((err as VaError).message).toMatch(new RegExp(`^the SVG logo ${name} is too complex to draw: it has \\d+ (characters of text|elements), over the limit of \\d+$`));
  });
});

describe('a too complex SVG picture in a deck', () => {
  it('is not drawn, with a W_IMAGE_INVALID warning that says why', async () => {
    const { render } = await import('../../src/render/render.js');
    const { createFontRegistry } = await import('../../src/fonts/index.js');
    const r = await render(readFileSync(path.join(HOSTILE, 'picture-svg-long-text.pptx')), { registry: createFontRegistry({ systemFonts: false }) });
    const w = r.warnings.find((x) => x.code === 'W_IMAGE_INVALID');
    expect(w?.message).toBe(`slide 1: the picture ppt/media/image1.svg could not be decoded (the SVG is too complex to draw: it has 5000 characters of text, over the limit of ${MAX_SVG_TEXT_CHARS}) and was not drawn`);
    expect(r.pages).toBe(1);
  });
});
