/**
 * Every committed template follows docs/template-contract.md: one portrait slide of the exact
 * paper size, scheme colours only and in their roles, theme fonts only (East Asian slots for
 * Chinese), the named shapes, groups and tokens of the contract, text of 9 pt or more that
 * fits, icons, links. (contract-checks.test.ts proves that each check catches its problem.)
 */
import { describe, expect, it } from 'vitest';
import { LINK_ROLES } from '../../src/brand/schema.js';
import { INDUSTRIES } from '../../src/templates/source/industries/index.js';
import { LOCALE_STRINGS } from '../../src/templates/source/locales/index.js';
import { NS } from '../../src/xml/namespaces.js';
import {
  additionalInfoFit,
  exoticContent,
  fontProblems,
  groupProblems,
  iconProblems,
  iconShapes,
  linkProblems,
  literalColors,
  namedShapes,
  PAPER_EMU,
  paletteContrast,
  semanticProblems,
  stackProblems,
  textBoxProblems,
  textRoles,
  themeFonts,
  tokenProblems,
} from './contract-checks.js';
import { nameOf, readTemplate, rectOf, shapesAndGroups, VARIANTS } from './template-file.js';

describe.each(VARIANTS)('$file', ({ file, id, locale, paper }) => {
  const t = readTemplate(file);
  const all = shapesAndGroups(t.spTree);

  it('has one portrait slide of the exact paper size and no notes', () => {
    expect(t.pkg.related(t.pkg.mainPart, 'slide')).toHaveLength(1);
    const size = t.pkg.xml(t.pkg.mainPart).root.child(NS.p, 'sldSz')!;
    expect({ cx: Number(size.attr('cx')), cy: Number(size.attr('cy')) }).toEqual(PAPER_EMU[paper]);
    expect(t.pkg.partNames().filter((n) => /notes/i.test(n))).toEqual([]);
  });

  it('uses scheme colours only on the slide, its layout and master', () => {
    expect(literalColors(t)).toEqual([]);
  });

  it('has a theme palette that meets the contrast targets of its roles', () => {
    expect(paletteContrast(t)).toEqual([]);
  });

  it('puts dark text on bg1/bg2, light text on tx2, readable bg1 or tx1 text on brand fills', () => {
    expect(textRoles(t)).toEqual([]);
  });

  it('uses theme fonts only, with shipped defaults and the East Asian slot set', () => {
    expect(fontProblems(t, LOCALE_STRINGS[locale].lang)).toEqual([]);
    expect(themeFonts(t)).toEqual({ major: INDUSTRIES[id].fonts.heading, minor: INDUSTRIES[id].fonts.body, majorEa: 'Noto Sans SC', minorEa: 'Noto Sans SC' });
  });

  it('has the named shapes and groups of the contract', () => {
    expect(namedShapes(t)).toEqual([]);
    const logoGroup = all.find((el) => nameOf(el) === 'va:when:logo')!;
    expect([...logoGroup.descendants(NS.p, 'sp')].map(nameOf)).toContain('va:logo');
    const qrGroup = all.find((el) => nameOf(el) === 'va:when:links.booking' && [...el.descendants(NS.p, 'sp')].some((sp) => nameOf(sp) === 'va:qr:booking'));
    expect(qrGroup).toBeDefined();
  });

  it('gives every link shape a hyperlink and its readable-link token', () => {
    expect(linkProblems(t)).toEqual([]);
  });

  it('uses only the tokens of the contract', () => {
    expect(tokenProblems(t)).toEqual([]);
  });

  it('has text of 9 pt or more with exact line spacing, in square-wrapped boxes with explicit insets and no autofit', () => {
    expect(textBoxProblems(t)).toEqual([]);
  });

  it('draws its icons as custom geometry with round-capped scheme-colour outlines', () => {
    // 5 steps, 3 columns of the box, 3 links, the QR placeholder.
    expect(iconShapes(t)).toHaveLength(12);
    expect(iconProblems(t)).toEqual([]);
  });

  it('uses plain DrawingML only: no pictures, tables, charts, effects or gradients', () => {
    expect(exoticContent(t)).toEqual([]);
  });

  it('has groups with identity child spaces that bound their members, and unique ids', () => {
    expect(groupProblems(t)).toEqual([]);
  });

  it('is one filled page stack: sections in order, the note va:grow, the footer va:bottom on the bottom margin', () => {
    const page = all.find((el) => nameOf(el) === 'Page va:stack')!;
    const members = [...page.elements()].filter((c) => c.is(NS.p, 'sp') || c.is(NS.p, 'grpSp')).map(nameOf);
    expect(members).toEqual(['Header', 'How it works section', 'Before your appointment va:when:room', 'Additional information va:grow', 'Links and QR code va:bottom']);
    const box = rectOf(page);
    const bottom = paper === 'letter' ? 10058400 - 32 * 12700 : 10692000 - 36 * 12700;
    expect(Math.abs(box.y + box.cy - bottom)).toBeLessThanOrEqual(4 * 12700);
  });

  it('lays out every va:stack top to bottom, the links each in a stacked va:when group', () => {
    expect(stackProblems(t)).toEqual([]);
    for (const role of LINK_ROLES) {
      const when = all.find((el) => nameOf(el) === `va:when:links.${role}` && [...el.descendants(NS.p, 'sp')].some((sp) => nameOf(sp) === `va:link:${role}`))!;
      expect(nameOf(when.parent!)).toBe('va:stack');
    }
  });

  it(`holds the locale's 600-character additional information at its own size (9 pt or more)`, () => {
    const sample = LOCALE_STRINGS[locale].additionalInfoSample;
    expect([...sample]).toHaveLength(600);
    const fit = additionalInfoFit(t, sample);
    for (const size of fit.sizes) expect(size).toBeGreaterThanOrEqual(9);
    expect(fit.needed).toBeLessThanOrEqual(fit.available);
  });

  it('tells readers what each shape is: title placeholder, headings, the steps as a numbered list, alt text or decorative, reading order', () => {
    expect(semanticProblems(t, LOCALE_STRINGS[locale].industries[id].title)).toEqual([]);
  });

  it('carries fixed document properties', () => {
    const core = new TextDecoder().decode(t.pkg.get('docProps/core.xml'));
    expect(core).toContain('2025-01-01T00:00:00Z');
    expect(core).toContain(`<dc:language>${LOCALE_STRINGS[locale].lang}</dc:language>`);
    expect(core).not.toContain('PptxGenJS');
  });
});
