/**
 * The one Deck reader (src/presentation/deck.ts): its rules on a deck built to break the three
 * readers it replaced (slides out of order, an orphan slide, a listed slide that is missing, a
 * master reached only through a layout, a hidden slide), and customize, render and inspect
 * seeing the same slides and masters on it.
 */
import { describe, expect, it } from 'vitest';
import { inspect } from '../../src/inspect/inspect.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { contentPartRoles, isHidden, partLabel, readDeck, slideNumber, themeOf } from '../../src/presentation/deck.js';
import { render } from '../../src/render/render.js';
import { brand, run } from '../edit/helpers/brands.js';
import { miniDeck, officeTheme } from '../edit/helpers/mini-deck.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Three slides, two masters; then p:presentation and the rels are edited as the comments say. */
async function awkwardDeck(): Promise<Uint8Array> {
  const pkg = OpcPackage.open(await miniDeck({ slides: [{ shapes: '' }, { shapes: '' }, { shapes: '' }], themes: [officeTheme('One'), officeTheme('Two')] }));
  let pres = dec.decode(pkg.get('ppt/presentation.xml'));
  // Show order: slide 3, then slide 1; slide 2 is an orphan (related, not listed); rIdGone has no relationship.
  pres = pres.replace(/<p:sldIdLst>.*<\/p:sldIdLst>/, '<p:sldIdLst><p:sldId id="300" r:id="rIdS3"/><p:sldId id="301" r:id="rIdS1"/><p:sldId id="302" r:id="rIdGone"/><p:sldId id="303" r:id="rIdS3"/></p:sldIdLst>');
  // Master 2 is not listed: slide 3 reaches it through layout 2.
  pres = pres.replace(/<p:sldMasterId id="\d+" r:id="rIdM2"\/>/, '');
  pkg.set('ppt/presentation.xml', enc.encode(pres));
  const slide3Rels = dec.decode(pkg.get('ppt/slides/_rels/slide3.xml.rels')).replace('slideLayout1.xml', 'slideLayout2.xml');
  pkg.set('ppt/slides/_rels/slide3.xml.rels', enc.encode(slide3Rels));
  // Slide 1 is hidden.
  pkg.set('ppt/slides/slide1.xml', enc.encode(dec.decode(pkg.get('ppt/slides/slide1.xml')).replace('<p:sld ', '<p:sld show="0" ')));
  return pkg.save();
}

describe('readDeck', () => {
  it('reads slides from p:sldIdLst only, in order, once each, and lists the missing ones', async () => {
    const deck = readDeck(OpcPackage.open(await awkwardDeck()));
    expect(deck.slides).toEqual(['ppt/slides/slide3.xml', 'ppt/slides/slide1.xml']);
    expect(deck.missingSlides).toEqual(['rIdGone']);
    expect(slideNumber(deck, 'ppt/slides/slide1.xml')).toBe(2);
    expect(slideNumber(deck, 'ppt/slides/slide2.xml')).toBeUndefined();
  });

  it('finds masters listed and masters reached only through a slide layout, with their layouts and themes', async () => {
    const deck = readDeck(OpcPackage.open(await awkwardDeck()));
    expect(deck.masters).toEqual(['ppt/slideMasters/slideMaster1.xml', 'ppt/slideMasters/slideMaster2.xml']);
    expect(deck.layouts).toEqual(['ppt/slideLayouts/slideLayout1.xml', 'ppt/slideLayouts/slideLayout2.xml']);
    expect(deck.themes).toEqual(['ppt/theme/theme1.xml', 'ppt/theme/theme2.xml']);
    expect([...deck.themeOfMaster]).toEqual([
      ['ppt/slideMasters/slideMaster1.xml', 'ppt/theme/theme1.xml'],
      ['ppt/slideMasters/slideMaster2.xml', 'ppt/theme/theme2.xml'],
    ]);
    expect(themeOf(deck, 'ppt/slides/slide3.xml')).toBe('ppt/theme/theme2.xml');
    expect(themeOf(deck, 'ppt/slides/slide1.xml')).toBe('ppt/theme/theme1.xml');
    expect(contentPartRoles(deck).map(partLabel)).toEqual(['slide 1', 'slide 2', 'layout slideLayout1.xml', 'layout slideLayout2.xml', 'master slideMaster1.xml', 'master slideMaster2.xml']);
  });

  it('flags p:sld@show="0" as hidden', async () => {
    const deck = readDeck(OpcPackage.open(await awkwardDeck()));
    expect(deck.slides.map((s) => isHidden(deck, s))).toEqual([false, true]);
  });

  it('an empty p:sldIdLst is a deck without slides, as in PowerPoint (no fallback to relationships)', async () => {
    const pkg = OpcPackage.open(await miniDeck({ slides: [{ shapes: '' }] }));
    pkg.set('ppt/presentation.xml', enc.encode(dec.decode(pkg.get('ppt/presentation.xml')).replace(/<p:sldIdLst>.*<\/p:sldIdLst>/, '<p:sldIdLst/>')));
    const deck = readDeck(OpcPackage.open(await pkg.save()));
    expect(deck.slides).toEqual([]);
    expect(deck.masters).toEqual(['ppt/slideMasters/slideMaster1.xml']);
  });
});

describe('customize, render and inspect see the same deck', () => {
  it('the same slides (order, hidden) and masters (one reached only through a layout)', async () => {
    const pptx = await awkwardDeck();
    const report = inspect(pptx);
    expect(report.slideCount).toBe(2);
    expect(report.masters).toBe(2);
    expect(report.themes.map((t) => t.part)).toEqual(['ppt/theme/theme1.xml', 'ppt/theme/theme2.xml']);

    const all = await render(pptx, { systemFonts: false, includeHidden: true });
    expect(all.pages).toBe(2);
    expect(all.warnings.map((w) => w.code)).toContain('W_RENDER_SLIDE_MISSING');
    const shown = await render(pptx, { systemFonts: false });
    expect(shown.pages).toBe(1);
    expect(shown.warnings.find((w) => w.code === 'W_RENDER_HIDDEN_SLIDES')?.message).toMatch(/^slide 2 is hidden/);

    // customize rebrands the theme of every master inspect reports, the unlisted one included.
    const out = await run(pptx, brand({ colors: { primary: '#0B6E69', secondary: '#7A3E9D', accent: '#D9480F' } }));
    const after = inspect(out.pptx);
    expect(after.slideCount).toBe(2);
    expect(after.masters).toBe(2);
    const accents = after.themes.map((t) => JSON.stringify(t.colors.accent1));
    expect(accents[0]).toBe(accents[1]);
    expect(accents[0]).not.toBe(JSON.stringify(report.themes[0]!.colors.accent1));
  });
});
