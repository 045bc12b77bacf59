/**
 * Each contract check finds the problem it is meant to find: a freshly built template passes,
 * and the same template with one defect planted fails that one check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates/build/build-template.js';
import { LOCALE_STRINGS } from '../../src/templates/source/locales/index.js';
import type { XElement } from '../../src/xml/element.js';
import { NS } from '../../src/xml/namespaces.js';
import {
  additionalInfoFit,
  illustrationProblems,
  printSafeProblems,
  qrCodeMm,
  exoticContent,
  fontProblems,
  groupProblems,
  iconProblems,
  linkProblems,
  literalColors,
  namedShapes,
  paletteContrast,
  semanticProblems,
  stackProblems,
  textBoxProblems,
  textRoles,
  tokenProblems,
} from './contract-checks.js';
import { nameOf, openTemplate, shapesAndGroups, type OpenTemplate } from './template-file.js';

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = (await buildTemplate('generic', 'en', 'letter')).bytes;
});

function fresh(): OpenTemplate {
  return openTemplate(bytes, 'generic en letter');
}

function named(t: OpenTemplate, name: string): XElement {
  const el = shapesAndGroups(t.spTree).find((e) => nameOf(e) === name);
  if (!el) throw new Error(`no ${name}`);
  return el;
}

function firstRun(t: OpenTemplate, shape: string): XElement {
  return [...named(t, shape).descendants(NS.a, 'rPr')][0]!;
}

const lang = LOCALE_STRINGS.en.lang;

describe('contract checks', () => {
  it('pass on a freshly built template', () => {
    const t = fresh();
    for (const problems of [
      literalColors(t),
      paletteContrast(t),
      textRoles(t),
      fontProblems(t, lang),
      namedShapes(t),
      linkProblems(t),
      tokenProblems(t),
      textBoxProblems(t),
      iconProblems(t),
      exoticContent(t),
      groupProblems(t),
      stackProblems(t),
      semanticProblems(t, LOCALE_STRINGS.en.industries.generic.title),
      illustrationProblems(t),
      printSafeProblems(t),
    ]) {
      expect(problems).toEqual([]);
    }
  });

  it('find a literal colour', () => {
    const t = fresh();
    const clr = [...firstRun(t, 'Title').descendants(NS.a, 'schemeClr')][0]!;
    clr.replaceWith(clr.make(NS.a, 'srgbClr', { val: 'FF0000' }));
    expect(literalColors(t)).toHaveLength(1);
  });

  it('find a palette below the contrast targets', () => {
    const t = fresh();
    const dk2 = t.pkg.xml(t.themePart).root.path(NS.a, 'themeElements', 'clrScheme', 'dk2')!;
    dk2.child(NS.a, 'srgbClr')!.setAttr('val', 'A0A0A0');
    expect(paletteContrast(t).join()).toMatch(/dk2 on lt1/);
  });

  it('find text in an accent colour on the page and text in the colour of its own panel', () => {
    const t = fresh();
    firstRun(t, 'Steps heading [h2]').child(NS.a, 'solidFill')!.child(NS.a, 'schemeClr')!.setAttr('val', 'accent1');
    firstRun(t, 'Title').child(NS.a, 'solidFill')!.child(NS.a, 'schemeClr')!.setAttr('val', 'accent1');
    // The generic title sits on a panel in the brand colour (accent1).
    expect(textRoles(t).sort()).toEqual(['Steps heading [h2]: accent1 text on bg1', 'Title: accent1 text on accent1']);
  });

  it('find a named font family and a bullet font', () => {
    const t = fresh();
    firstRun(t, 'Subtitle').child(NS.a, 'latin')!.setAttr('typeface', 'Arial');
    const pPr = [...named(t, 'Before list 1').descendants(NS.a, 'pPr')][0]!;
    pPr.child(NS.a, 'buFont')!.setAttr('typeface', 'Wingdings');
    const problems = fontProblems(t, lang);
    expect(problems.some((p) => p.includes('Arial'))).toBe(true);
    expect(problems.some((p) => p.includes('Wingdings'))).toBe(true);
  });

  it('find a missing named shape and an unknown va: name', () => {
    const t = fresh();
    named(t, 'va:logo').child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!.setAttr('name', 'Logo');
    named(t, 'Title').child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!.setAttr('name', 'va:title');
    expect(namedShapes(t)).toEqual(['va:logo: 0 shapes', 'unknown name va:title']);
  });

  it('find a link shape without its hyperlink', () => {
    const t = fresh();
    for (const click of [...named(t, 'va:link:billing').descendants(NS.a, 'hlinkClick')]) click.remove();
    expect(linkProblems(t)).toEqual(['va:link:billing has no hyperlink']);
  });

  it('find an unknown token and a missing one', () => {
    const t = fresh();
    const text = [...named(t, 'Organization name va:logo:beside').descendants(NS.a, 't')][0]!;
    text.setText('{{organisation}}');
    expect(tokenProblems(t)).toEqual(['unknown token {{organisation}}', 'missing token {{organization}}']);
  });

  it('find text under 10.5 pt and a box that autofits', () => {
    const t = fresh();
    firstRun(t, 'QR code caption').setAttr('sz', '1000');
    const bodyPr = [...named(t, 'Subtitle').descendants(NS.a, 'bodyPr')][0]!;
    bodyPr.append(bodyPr.make(NS.a, 'normAutofit'));
    expect(textBoxProblems(t).sort()).toEqual(['a:rPr sz=1000', 'bodyPr with a:normAutofit']);
  });

  it('find an icon with square caps or an arc', () => {
    const t = fresh();
    named(t, 'Step 1 icon').child(NS.p, 'spPr')!.child(NS.a, 'ln')!.setAttr('cap', 'flat');
    const path = [...named(t, 'Step 2 icon').descendants(NS.a, 'path')][0]!;
    path.append(path.make(NS.a, 'arcTo', { wR: '10', hR: '10', stAng: '0', swAng: '5400000' }));
    expect(iconProblems(t)).toEqual(['Step 1 icon: outline caps flat', 'Step 2 icon: a:arcTo']);
  });

  it('find a shadow effect', () => {
    const t = fresh();
    const spPr = named(t, 'Title panel').child(NS.p, 'spPr')!;
    spPr.append(spPr.make(NS.a, 'effectLst'));
    expect(exoticContent(t)).toEqual(['effectLst']);
  });

  it('find a group whose child space is not the identity', () => {
    const t = fresh();
    named(t, 'Step 3 [li]').child(NS.p, 'grpSpPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'chOff')!.setAttr('x', '0');
    expect(groupProblems(t)).toEqual(['Step 3 [li]: child space is not the identity']);
  });

  it('find stack members that overlap', () => {
    const t = fresh();
    const booking = named(t, 'Booking');
    const before = named(t, 'Before your appointment va:when:room');
    const y = before.child(NS.p, 'grpSpPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'off')!.attr('y')!;
    booking.child(NS.p, 'grpSpPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'off')!.setAttr('y', y);
    expect(stackProblems(t)).toEqual(['Booking overlaps Before your appointment va:when:room in a va:stack']);
  });

  it('find an additional-information box too small for a typical note', () => {
    const t = fresh();
    const sample = LOCALE_STRINGS.en.additionalInfoSample.slice(0, 300);
    const ok = additionalInfoFit(t, sample);
    expect(ok.needed).toBeLessThanOrEqual(ok.available);
    const ext = named(t, 'Additional information va:grow').child(NS.p, 'spPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'ext')!;
    ext.setAttr('cy', String(Math.round((ok.needed / 2) * 12700)));
    const small = additionalInfoFit(t, sample);
    expect(small.needed).toBeGreaterThan(small.available);
  });

  it('find a shape a reader would miss, a lost title placeholder, a broken step list, a skipped heading level and a shape out of reading order', () => {
    const title = LOCALE_STRINGS.en.industries.generic.title;
    const t = fresh();
    // The step icon loses its decorative flag; the title its placeholder.
    named(t, 'Step 2 icon').child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!.removeChildren(NS.a, 'extLst');
    named(t, 'Title').child(NS.p, 'nvSpPr')!.child(NS.p, 'nvPr')!.removeChildren(NS.p, 'ph');
    // Step 4's number is no longer its label.
    named(t, 'Step 4 number [lbl]').child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!.setAttr('name', 'Step 4 number');
    // A sub-heading right after the title.
    named(t, 'Subtitle').child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!.setAttr('name', 'Subtitle [h3]');
    expect(semanticProblems(t, title).sort()).toEqual(
      [
        `title placeholder: undefined instead of ${JSON.stringify(title)}`,
        'Step 2 icon: neither alt text nor decorative',
        'Step 4 [li]: labels [] instead of "4"',
        'Subtitle [h3]: heading level 3 after level 0',
      ].sort(),
    );
    // Step 3 is no longer a list item.
    const u = fresh();
    named(u, 'Step 3 [li]').child(NS.p, 'nvGrpSpPr')!.child(NS.p, 'cNvPr')!.setAttr('name', 'Step 3');
    expect(semanticProblems(u, title).filter((p) => p.startsWith('Steps'))).toEqual(['Steps [ol]: 4 list items instead of 5', 'Steps [ol]: member Step 3 is neither a list item nor decorative']);
  });

  it('find shapes whose order is not the visual order', () => {
    const t = fresh();
    // The call to action's caption moved right after the subtitle in the shape tree.
    const caption = named(t, 'QR code caption');
    const subtitle = named(t, 'Subtitle');
    subtitle.parent!.insertAfter(caption, subtitle);
    const order = semanticProblems(t, LOCALE_STRINGS.en.industries.generic.title).filter((p) => p.startsWith('reading order'));
    expect(order).toHaveLength(1);
    expect(order[0]).toMatch(/^reading order: ".*" is read after "QR code caption: .*" but is above it$/);
  });

  it('find a shape within 6 mm of the page edge', () => {
    const t = fresh();
    named(t, 'Organization name va:logo:beside').child(NS.p, 'spPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'off')!.setAttr('x', String(5 * 36000));
    expect(printSafeProblems(t)).toEqual(['Organization name va:logo:beside: 5.0 mm from the left edge']);
  });

  it('find a QR code area too small for a 25 mm code', () => {
    const t = fresh();
    expect(qrCodeMm(t)).toBeGreaterThanOrEqual(25);
    const ext = named(t, 'va:qr:booking').child(NS.p, 'spPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'ext')!;
    ext.setAttr('cx', String(72 * 12700));
    ext.setAttr('cy', String(72 * 12700));
    expect(qrCodeMm(t)).toBeLessThan(25);
  });

  it('find an illustration shape with text or without a scheme colour', () => {
    const t = fresh();
    const art = shapesAndGroups(t.spTree).filter((el) => el.is(NS.p, 'sp') && (nameOf(el) ?? '').startsWith('video-call'));
    for (const clr of [...art[0]!.descendants(NS.a, 'schemeClr')]) clr.remove();
    expect(illustrationProblems(t)).toEqual(['video-call 1: no scheme colour']);
  });
});
