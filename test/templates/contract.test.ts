/**
 * Every committed template follows docs/template-contract.md: one portrait slide of the exact
 * paper size, scheme colours only and in their roles, theme fonts only (East Asian slots for
 * Chinese), the named shapes, groups and tokens of the contract, text of 9 pt or more that
 * fits, icons, links. (contract-checks.test.ts proves that each check catches its problem.)
 */
import { describe, expect, it } from 'vitest';
import { LINK_ROLES } from '../../src/brand/schema.js';
import { INDUSTRIES } from '../../src/templates/source/industries/index.js';
import { NOTE_TYPICAL_LENGTH } from '../../src/templates/build/sections/cta.js';
import { LOCALE_STRINGS } from '../../src/templates/source/locales/index.js';
import { a4 } from '../../src/templates/source/layouts/a4.js';
import { letter } from '../../src/templates/source/layouts/letter.js';
import { NS } from '../../src/xml/namespaces.js';
import {
  additionalInfoFit,
  cjkSpacingProblems,
  illustrationProblems,
  printSafeProblems,
  qrCodeMm,
  templateCjkSpacing,
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

describe('the Chinese spacing check', () => {
  it('finds a space before full-width punctuation, a space next to a Han character, and Latin text right before full-width punctuation', () => {
    expect(cjkSpacingProblems('请致电+1 555 0100 ，我们')).toHaveLength(1);
    expect(cjkSpacingProblems('在Microsoft Teams 应用中')).toHaveLength(1);
    expect(cjkSpacingProblems('预约 时间')).toHaveLength(1);
    expect(cjkSpacingProblems('请致电{{helpPhone}}。')).toHaveLength(1);
    expect(cjkSpacingProblems('在Microsoft Teams应用中打开，请致电{{helpPhone}}获取帮助。')).toEqual([]);
  });
});

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

  it('has text of 10.5 pt or more with exact line spacing, in square-wrapped boxes with explicit insets and no autofit', () => {
    expect(textBoxProblems(t)).toEqual([]);
  });

  it('draws its icons as custom geometry with round-capped scheme-colour outlines', () => {
    // Section headings, link rows and the QR placeholder at least; the steps in most designs.
    expect(iconShapes(t).length).toBeGreaterThanOrEqual(6);
    expect(iconProblems(t)).toEqual([]);
  });

  it('draws its illustration in scheme colours only, as editable custom shapes', () => {
    expect(illustrationProblems(t)).toEqual([]);
  });

  it('keeps 6 mm from every page edge (print-safe: only the background reaches the edge)', () => {
    expect(printSafeProblems(t)).toEqual([]);
  });

  it('leaves room for a QR code of at least 25 mm plus its quiet zone', () => {
    expect(qrCodeMm(t)).toBeGreaterThanOrEqual(25);
  });

  it.runIf(locale === 'zh-CN')('spaces Chinese text for autospace: no space next to Han characters, nothing before full-width punctuation', () => {
    expect(templateCjkSpacing(t)).toEqual([]);
  });

  it('uses plain DrawingML only: no pictures, tables, charts, effects or gradients', () => {
    expect(exoticContent(t)).toEqual([]);
  });

  it('has groups with identity child spaces that bound their members, and unique ids', () => {
    expect(groupProblems(t)).toEqual([]);
  });

  it('lays out every va:stack top to bottom, the billing and homepage links each in a stacked va:when group', () => {
    expect(stackProblems(t)).toEqual([]);
    for (const role of LINK_ROLES.filter((r) => r !== 'booking')) {
      const when = all.find((el) => nameOf(el) === `va:when:links.${role}` && [...el.descendants(NS.p, 'sp')].some((sp) => nameOf(sp) === `va:link:${role}`))!;
      expect((nameOf(when.parent!) ?? '').split(/\s+/)).toContain('va:stack');
    }
  });

  it('is one filled page stack from the top to the bottom margin: header first, the call tips va:when:spare (hidden) before the note va:grow, the links va:bottom last, the general tips va:when:room', () => {
    const page = all.find((el) => nameOf(el) === 'Page va:stack')!;
    const members = [...page.elements()].filter((c) => c.is(NS.p, 'sp') || c.is(NS.p, 'grpSp')).map((c) => nameOf(c) ?? '');
    expect(members[0]).toBe('Header');
    expect(members.at(-2)).toBe('Additional information va:grow');
    expect(members.at(-3)).toBe('Call tips va:when:spare');
    expect(members.at(-1)).toBe('Links va:stack va:bottom');
    expect(members.filter((n) => n.split(/\s+/).includes('va:when:room'))).toHaveLength(1);
    const layout = paper === 'letter' ? letter : a4;
    const box = rectOf(page);
    const emu = (pt: number) => Math.round(pt * 12700);
    expect(Math.abs(box.y - emu(layout.margin.top))).toBeLessThanOrEqual(emu(4));
    expect(Math.abs(box.y + box.cy - (layout.heightEmu - emu(layout.margin.bottom)))).toBeLessThanOrEqual(emu(4));
  });

  it(`holds a typical note (the start of the locale's sample) at its own size, 10.5 pt`, () => {
    const strings = LOCALE_STRINGS[locale];
    expect([...strings.additionalInfoSample]).toHaveLength(600);
    const typical = [...strings.additionalInfoSample].slice(0, NOTE_TYPICAL_LENGTH[strings.script]).join('');
    const fit = additionalInfoFit(t, typical);
    for (const size of fit.sizes) expect(size).toBeGreaterThanOrEqual(10.5);
    expect(fit.needed).toBeLessThanOrEqual(fit.available);
  });

  it('has its compact forms for a long note (contract section 9): hidden, after their originals, level 1 the call to action beside the links (not in financial services), level 2 the title alone', () => {
    const forms = t.compactForms.map((f) => ({ ...f, original: f.original && nameOf(f.original) }));
    for (const f of forms) expect(f.hidden, f.name).toBe(true);
    // Financial services keeps its call to action in the side column (docs/templates.md).
    const footer = forms.find((f) => f.name.includes('va:compact:1'));
    if (id === 'financial-services') expect(footer).toBeUndefined();
    else {
      expect(footer!.original).toBe('Links va:stack va:bottom');
      expect(footer!.names.filter((n) => ['va:qr:booking', 'va:link:booking', 'va:link:billing', 'va:link:homepage'].includes(n))).toHaveLength(4);
    }
    const hero = forms.find((f) => f.name.includes('va:compact:2'))!;
    expect(hero.original).toBe('Hero');
    expect(hero.rect.cy).toBeLessThan(rectOf(all.find((el) => nameOf(el) === 'Hero')!).cy);
    // The call to action it replaces goes at the same level.
    expect(all.filter((el) => (nameOf(el) ?? '').endsWith('va:full:1')).map(nameOf)).toEqual(id === 'financial-services' ? [] : ['Call to action va:full:1']);
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
