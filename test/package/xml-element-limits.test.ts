/**
 * The element limits of a deck (src/package/limits.ts): per part (maxXmlElements) and for all the
 * parts of a package that are read (maxPackageXmlElements). Over either, reading a part ends in
 * one E_XML_LIMIT line naming the input and the part; `inspect` refuses the deck, the renderer
 * leaves the slide blank with a warning.
 */
import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { inspect } from '../../src/inspect/inspect.js';
import { DEFAULT_LIMITS } from '../../src/package/limits.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { displayList } from '../../src/render/render.js';
import { createFontRegistry } from '../../src/fonts/index.js';
import type { Warning } from '../../src/warnings.js';
import { miniDeck, rectShape } from '../edit/helpers/mini-deck.js';

function thrown(fn: () => unknown): VaError {
  try {
    fn();
  } catch (e) {
    if (e instanceof VaError) return e;
    throw e;
  }
  throw new Error('nothing thrown');
}

describe('elements per part', () => {
  it('a slide of 500,001 elements: E_XML_LIMIT from the package, inspect refuses, render leaves the slide blank', async () => {
    // Made here, not committed: p:sp-sized children would be 7 MB; empty ones are 3.5 MB.
    const deck = await miniDeck({ slides: [{ shapes: '<p:extLst/>'.repeat(DEFAULT_LIMITS.maxXmlElements) }] });
    const pkg = OpcPackage.open(deck, { what: 'deck.pptx' });
    const err = thrown(() => pkg.xml('ppt/slides/slide1.xml'));
    expect(err.code).toBe('E_XML_LIMIT');
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe('deck.pptx: the XML part ppt/slides/slide1.xml has more than 500,000 elements, over the limit per part');
    expect(thrown(() => inspect(deck)).code).toBe('E_XML_LIMIT');
    const warnings: Warning[] = [];
    const list = displayList(deck, { registry: createFontRegistry({ systemFonts: false }) }, warnings);
    expect(list.pages).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toContain('W_RENDER_SLIDE_FAILED');
  });
});

describe('elements per deck', () => {
  it('parts under their own limit, too many together: E_XML_LIMIT naming the part that went over, and no part parsed after it', async () => {
    const slides = Array.from({ length: 4 }, (_, i) => ({ shapes: rectShape({ id: 2, name: `R${i}`, x: 0, y: 0, cx: 10, cy: 10 }) }));
    const deck = await miniDeck({ slides });
    const pkg = OpcPackage.open(deck, { what: 'deck.pptx', limits: { maxPackageXmlElements: 40 } });
    // Each slide: 23 elements (the slide, its tree and one rectangle).
    expect(pkg.xml('ppt/slides/slide1.xml').elements).toBe(23);
    const err = thrown(() => pkg.xml('ppt/slides/slide2.xml'));
    expect(err.code).toBe('E_XML_LIMIT');
    expect(err.message).toBe('deck.pptx: the XML parts read have more than 40 elements together, over the limit per deck (at ppt/slides/slide2.xml)');
    expect(thrown(() => pkg.xml('ppt/slides/slide3.xml')).code).toBe('E_XML_LIMIT');
    // A part read before stays readable (it is counted once).
    expect(pkg.xml('ppt/slides/slide1.xml').root.localName).toBe('sld');
  });

  it('the default limits leave room for the largest real decks (79,410 elements in a part, 312,650 in a deck)', () => {
    expect(DEFAULT_LIMITS.maxXmlElements).toBeGreaterThanOrEqual(5 * 79_410);
    expect(DEFAULT_LIMITS.maxPackageXmlElements).toBeGreaterThanOrEqual(4 * 312_650);
  });
});
