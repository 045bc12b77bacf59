/**
 * Filled stacks (contract section 9) on a page built as a user would build it
 * (fixtures/edit/layout-page.pptx: title, intro, an illustration shown when there is room, the
 * note that grows, a footer group on the bottom margin with a compact stack of link rows).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrand } from '../../src/brand/validate.js';
import { customize } from '../../src/edit/customize.js';
import { lineLength, spread } from '../../src/edit/layout.js';
import { allShapes, boxOf, markersOf, shapeName } from '../../src/edit/shapes.js';
import { createFontRegistry } from '../../src/fonts/index.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import type { XElement } from '../../src/xml/element.js';
import { NS } from '../../src/xml/namespaces.js';
import { REPO_ROOT } from './helpers/corpus.js';
import { pageMetrics } from './helpers/page-metrics.js';
import { sampleBrandInput } from '../../src/brand/sample.js';

const FIXTURE = readFileSync(path.join(REPO_ROOT, 'fixtures/edit/layout-page.pptx'));
const fonts = createFontRegistry({ systemFonts: false });
const PT = 12700;
const LONG = 'Please join five minutes early from a quiet, well-lit room with a stable internet connection. Have your ID card, your insurance details and a list of your questions ready. ';

function info(n: number): string {
  return LONG.repeat(Math.ceil(n / LONG.length)).slice(0, n);
}

function brand(extra: Record<string, unknown> = {}) {
  return parseBrand({ organization: 'Fixture Clinic', colors: { primary: '#0A5FAD' }, links: { homepage: 'https://www.example.org/', billing: 'https://example.org/pay' }, ...extra }, 'test');
}

/** The page stack's members after branding: name, top and bottom (points), and the note's columns. */
function page(pptx: Uint8Array) {
  const pkg = OpcPackage.open(pptx);
  const root = pkg.xml('ppt/slides/slide1.xml').root;
  const shapes = allShapes(root);
  const stack = shapes.find((s) => shapeName(s) === 'Page va:stack')!;
  const inner = stack.child(NS.p, 'grpSpPr')!.child(NS.a, 'xfrm')!;
  const area = { top: Number(inner.child(NS.a, 'chOff')!.attr('y')) / PT, bottom: (Number(inner.child(NS.a, 'chOff')!.attr('y')) + Number(inner.child(NS.a, 'chExt')!.attr('cy'))) / PT };
  const members = [...stack.elements()]
    .filter((c) => c.is(NS.p, 'sp') || c.is(NS.p, 'grpSp'))
    .map((el: XElement) => {
      const b = boxOf(el)!;
      return { name: shapeName(el)!, top: b.y / PT, bottom: (b.y + b.cy) / PT, el };
    });
  const note = members.find((m) => m.name === 'Note va:grow');
  const cols = Number(note?.el.child(NS.p, 'txBody')?.child(NS.a, 'bodyPr')?.attr('numCol') ?? '1');
  const gaps = members.slice(1).map((m, i) => m.top - members[i]!.bottom);
  return { area, members, gaps, cols, names: members.map((m) => m.name) };
}

async function brandIt(b = brand(), input: Uint8Array = FIXTURE) {
  return customize(input, b, {}, { fonts, source: 'the layout fixture' });
}

describe('filled stacks', () => {
  it('anchors the footer to the stack bottom, fits the note box to its text, and spreads the rest evenly', async () => {
    const { pptx, warnings } = await brandIt(brand({ additionalInfo: 'Bring your ID card.' }));
    expect(warnings).toEqual([]);
    const p = page(pptx);
    expect(p.names).toEqual(['Title', 'Intro', 'Illustration va:when:room', 'Note va:grow', 'Footer va:bottom']);
    const footer = p.members.at(-1)!;
    expect(footer.bottom).toBeCloseTo(p.area.bottom, 1);
    const note = p.members[3]!;
    // One line at 14 pt line spacing.
    expect(note.bottom - note.top).toBeGreaterThan(10);
    expect(note.bottom - note.top).toBeLessThan(20);
    expect(p.cols).toBe(1);
    // Water-filled: the gaps grow to one height (within rounding), no gap is left much wider.
    expect(Math.max(...p.gaps) - Math.min(...p.gaps)).toBeLessThan(1);
    for (let i = 1; i < p.members.length; i++) expect(p.members[i]!.top).toBeGreaterThanOrEqual(p.members[i - 1]!.bottom - 0.01);
  });

  it('leaves no hole where a value is missing: the note goes, the rest is spread, the footer stays down', async () => {
    const { pptx } = await brandIt(brand());
    const p = page(pptx);
    expect(p.names).toEqual(['Title', 'Intro', 'Illustration va:when:room', 'Footer va:bottom']);
    expect(p.members.at(-1)!.bottom).toBeCloseTo(p.area.bottom, 1);
    expect(Math.max(...p.gaps) - Math.min(...p.gaps)).toBeLessThan(1);
  });

  it('keeps the stack at its designed scale when the footer goes (a bare brand: no links, no note)', async () => {
    // Removing a member used to fit the group's a:ext to what was left while a:chExt kept the
    // designed area: the whole page was drawn squeezed (titles taller than their boxes).
    for (const input of [FIXTURE, readFileSync(path.join(REPO_ROOT, 'templates/generic/en.letter.pptx'))]) {
      const { pptx, warnings } = await brandIt(parseBrand({ organization: 'Bare Clinic', colors: { primary: '#0A5FAD' } }, 't'), input);
      expect(warnings.map((w) => w.code)).not.toContain('W_TEXT_OVERFLOW');
      const pkg = OpcPackage.open(pptx);
      const stack = allShapes(pkg.xml('ppt/slides/slide1.xml').root).find((s) => shapeName(s) === 'Page va:stack')!;
      const x = stack.child(NS.p, 'grpSpPr')!.child(NS.a, 'xfrm')!;
      expect(Number(x.child(NS.a, 'ext')!.attr('cy'))).toBe(Number(x.child(NS.a, 'chExt')!.attr('cy')));
      expect(Number(x.child(NS.a, 'ext')!.attr('cx'))).toBe(Number(x.child(NS.a, 'chExt')!.attr('cx')));
    }
  });

  it('keeps the footer group as tall as what is left in it (a removed link row), on the bottom edge', async () => {
    const { pptx } = await brandIt(parseBrand({ organization: 'Fixture Clinic', colors: { primary: '#0A5FAD' }, links: { homepage: 'https://www.example.org/' } }, 't'));
    const p = page(pptx);
    const footer = p.members.at(-1)!;
    expect(footer.bottom).toBeCloseTo(p.area.bottom, 1);
    // The stamp (1 in) is now the tallest thing in the footer.
    expect(footer.bottom - footer.top).toBeCloseTo(72, 0);
  });

  it('sets a long note in two balanced columns when one column would run over 90 characters a line', async () => {
    const { pptx } = await brandIt(brand({ additionalInfo: info(1200) }));
    const p = page(pptx);
    expect(p.cols).toBe(2);
    expect(p.names).toContain('Illustration va:when:room');
    expect(p.members.at(-1)!.bottom).toBeCloseTo(p.area.bottom, 1);
  });

  it('keeps a va:when:room member when the note fits beside it at 9 pt or more (smaller text before fewer sections)', async () => {
    const pkg = OpcPackage.open(FIXTURE);
    const slide = pkg.xml('ppt/slides/slide1.xml');
    const ill = allShapes(slide.root).find((s) => shapeName(s) === 'Illustration va:when:room')!;
    ill.child(NS.p, 'spPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'ext')!.setAttr('cy', String(5 * 914400));
    pkg.touch('ppt/slides/slide1.xml');
    const { pptx } = await brandIt(brand({ additionalInfo: info(1200) }), await pkg.save());
    const p = page(pptx);
    expect(p.names).toEqual(['Title', 'Intro', 'Illustration va:when:room', 'Note va:grow', 'Footer va:bottom']);
    const note = p.members[3]!.el;
    const sizes = [...note.descendants(NS.a, 'rPr')].map((r) => Number(r.attr('sz')) / 100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    for (let i = 1; i < p.members.length; i++) expect(p.members[i]!.top).toBeGreaterThanOrEqual(p.members[i - 1]!.bottom - 0.01);
  });

  it('gives the room of a va:when:room member to the note when the page cannot hold both', async () => {
    // A taller illustration: 1,200 characters no longer fit beside it, even at 9 pt.
    const pkg = OpcPackage.open(FIXTURE);
    const slide = pkg.xml('ppt/slides/slide1.xml');
    const ill = allShapes(slide.root).find((s) => shapeName(s) === 'Illustration va:when:room')!;
    ill.child(NS.p, 'spPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'ext')!.setAttr('cy', String(6.5 * 914400));
    pkg.touch('ppt/slides/slide1.xml');
    const { pptx } = await brandIt(brand({ additionalInfo: info(1200) }), await pkg.save());
    const p = page(pptx);
    expect(p.names).toEqual(['Title', 'Intro', 'Note va:grow', 'Footer va:bottom']);
    for (let i = 1; i < p.members.length; i++) expect(p.members[i]!.top).toBeGreaterThanOrEqual(p.members[i - 1]!.bottom - 0.01);
  });

  it('stops with E_TEXT_OVERFLOW naming the field, the template and how much fits, when even 9 pt is too big', async () => {
    // A stack 3.5 in tall: without the illustration, the note has about half an inch.
    const pkg = OpcPackage.open(FIXTURE);
    const root = pkg.xml('ppt/slides/slide1.xml').root;
    const stack = allShapes(root).find((s) => shapeName(s) === 'Page va:stack')!;
    const x = stack.child(NS.p, 'grpSpPr')!.child(NS.a, 'xfrm')!;
    const cy = Number(x.child(NS.a, 'ext')!.attr('cy')) - 6 * 914400;
    x.child(NS.a, 'ext')!.setAttr('cy', String(cy));
    x.child(NS.a, 'chExt')!.setAttr('cy', String(cy));
    pkg.touch('ppt/slides/slide1.xml');
    const err = await brandIt(brand({ additionalInfo: info(1200) }), await pkg.save()).catch((e: unknown) => e);
    expect(err, String(err)).toMatchObject({ code: 'E_TEXT_OVERFLOW', exitCode: 1 });
    const m = /^additionalInfo does not fit the layout fixture even at 9 pt in two columns: (\d+) of its 1200 characters fit; shorten it by (\d+) characters$/.exec((err as Error).message);
    expect(m, (err as Error).message).not.toBeNull();
    expect(Number(m![1]) + Number(m![2])).toBe(1200);
    expect(Number(m![1])).toBeGreaterThan(100);
  });

  it('gives the PPTX the positions the PDF is drawn with (one layout for both)', async () => {
    const { pptx } = await brandIt(brand({ additionalInfo: info(600) }));
    const again = await customize(FIXTURE, brand({ additionalInfo: info(600) }), {}, { fonts, source: 'the layout fixture' });
    expect(Buffer.from(again.pptx).equals(Buffer.from(pptx))).toBe(true);
  });
});

describe('spare members and the content bottom (built-in templates)', () => {
  const template = (name: string) => new Uint8Array(readFileSync(path.join(REPO_ROOT, 'templates', name)));
  const bare = (locale: string, paper: string) => parseBrand({ organization: 'Bare Clinic', colors: { primary: '#0A5FAD' }, links: { booking: 'https://example.org/book' }, locale, paper }, 't');
  const hidden = (el: XElement) => el.child(NS.p, 'nvGrpSpPr')?.child(NS.p, 'cNvPr')?.attr('hidden');

  it('shows a hidden va:when:spare member, between its neighbours, when the page has room for it with every text at its own size', async () => {
    const { pptx } = await brandIt(bare('en', 'a4'), template('healthcare/en.a4.pptx'));
    const p = page(pptx);
    expect(p.names).toEqual(['Header', 'How your visit works', 'Before your visit va:when:room', 'Booking', 'Call tips va:when:spare']);
    const tips = p.members.at(-1)!;
    expect(hidden(tips.el)).toBeUndefined();
    // The tips panel ends on the bottom margin; every member keeps at least its designed gap.
    expect(tips.bottom).toBeCloseTo(p.area.bottom, 0);
    for (const g of p.gaps) expect(g).toBeGreaterThanOrEqual(12);
    expect(Math.max(...p.gaps) - Math.min(...p.gaps)).toBeLessThan(1);
  });

  it('removes it, before any text shrinks, when the brand content needs the room (the sample brand, a long note)', async () => {
    const { logo: _logo, ...input } = sampleBrandInput('en');
    const { pptx: sample } = await brandIt(parseBrand({ ...input, locale: 'en', paper: 'a4' }, 't'), template('healthcare/en.a4.pptx'));
    expect(page(sample).names).toEqual(['Header', 'How your visit works', 'Before your visit va:when:room', 'Booking', 'Additional information va:grow', 'Links va:stack va:bottom']);
    const { pptx: long } = await brandIt(brand({ additionalInfo: info(1200), locale: 'en', paper: 'a4' }), template('healthcare/en.a4.pptx'));
    const p = page(long);
    expect(p.names).not.toContain('Call tips va:when:spare');
    const sizes = [...p.members.find((m) => m.name === 'Additional information va:grow')!.el.descendants(NS.a, 'rPr')].map((r) => Number(r.attr('sz')) / 100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
  });

  it('says so (W_EXTRA_LEFT_OUT) when a va:when:room member that goes holds an extra the brand asked for', async () => {
    // Financial services keeps the write-in lines in the row that gives way to a long note.
    const asked = (additionalInfo: string) => brand({ additionalInfo, locale: 'en', paper: 'letter', handout: { writeIn: true } });
    const short = await brandIt(asked('Bring your ID card.'), template('financial-services/en.letter.pptx'));
    expect(page(short.pptx).names).toContain('Before your meeting va:when:room');
    expect(short.warnings.filter((w) => w.code === 'W_EXTRA_LEFT_OUT')).toEqual([]);
    const long = await brandIt(asked(info(1200)), template('financial-services/en.letter.pptx'));
    expect(page(long.pptx).names).not.toContain('Before your meeting va:when:room');
    const left = long.warnings.filter((w) => w.code === 'W_EXTRA_LEFT_OUT');
    expect(left.map((w) => w.message)).toEqual([
      'the layout fixture: the write-in lines (handout.writeIn) left out: the additional information needs the room; shorten it to keep it',
    ]);
    // Without the extra, the row (general tips only) goes without a warning.
    const plain = await brandIt(brand({ additionalInfo: info(1200), locale: 'en', paper: 'letter' }), template('financial-services/en.letter.pptx'));
    expect(page(plain.pptx).names).not.toContain('Before your meeting va:when:room');
    expect(plain.warnings.filter((w) => w.code === 'W_EXTRA_LEFT_OUT')).toEqual([]);
  });

  it('puts the lowest text line of the last member on the bottom margin when no va:bottom member is left', async () => {
    // Retail in Danish on Letter has no room for the tips with a bare brand: the checklist row is
    // last, and its text boxes keep an empty line for wider fonts.
    const { pptx } = await brandIt(bare('da-DK', 'letter'), template('retail/da-DK.letter.pptx'));
    const p = page(pptx);
    expect(p.names.at(-1)).toBe('Before your video call va:when:room');
    const m = pageMetrics(pptx, fonts);
    expect(Math.abs(m.contentBottom - p.area.bottom)).toBeLessThan(2);
  });
});

describe('two columns for long lines', () => {
  it('counts a CJK character as two (45 Chinese characters are as long a line as 90 Latin ones)', () => {
    expect(lineLength('Microsoft Teams')).toBe(15);
    expect(lineLength('请使用Teams应用')).toBe(15);
    expect(lineLength('，。')).toBe(4);
  });

  it('sets a long Chinese note in two columns (one column across an A4 page holds about 50)', async () => {
    const note = '请提前五分钟从安静、光线充足且网络稳定的房间加入。请准备好您的身份证、保险信息以及想要咨询的问题清单。'.repeat(8).slice(0, 400);
    const b = parseBrand({ organization: '示例诊所', colors: { primary: '#0A5FAD' }, links: { booking: 'https://example.org/book' }, locale: 'zh-CN', paper: 'a4', additionalInfo: note }, 't');
    const { pptx } = await brandIt(b, new Uint8Array(readFileSync(path.join(REPO_ROOT, 'templates/healthcare/zh-CN.a4.pptx'))));
    const p = page(pptx);
    const box = p.members.find((m) => m.name === 'Additional information va:grow')!.el;
    expect(box.child(NS.p, 'txBody')!.child(NS.a, 'bodyPr')!.attr('numCol')).toBe('2');
    const sizes = [...box.descendants(NS.a, 'rPr')].map((r) => Number(r.attr('sz')) / 100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
  });
});

describe('spread', () => {
  it('fills the smallest open gaps first, towards one height', () => {
    expect(spread([10, 20, 40], [true, true, true], 30)).toEqual([20, 10, 0]);
    const e = spread([10, 20, 40], [true, true, true], 100);
    expect([10 + e[0]!, 20 + e[1]!, 40 + e[2]!].map((v) => Math.round(v * 100) / 100)).toEqual([56.67, 56.67, 56.67]);
    // A closed gap (inside the bottom block) never grows.
    expect(spread([10, 10], [true, false], 20)).toEqual([20, 0]);
    expect(spread([10], [true], -5)).toEqual([0]);
  });
});

describe('markers', () => {
  it('reads every va: word of a name, beside other words and role tags', () => {
    expect(markersOf('Footer va:when:links.booking  va:bottom [figure]')).toEqual(['va:when:links.booking', 'va:bottom']);
    expect(markersOf('Title')).toEqual([]);
  });
});

describe('compact forms (va:compact)', () => {
  /**
   * The fixture with a tall title (2 in) and, hidden after it, its compact form (0.5 in, named
   * `Title short va:compact`), in a stack of `stackIn` inches.
   */
  async function withCompact(stackIn: number): Promise<Uint8Array> {
    const pkg = OpcPackage.open(FIXTURE);
    const root = pkg.xml('ppt/slides/slide1.xml').root;
    const shapes = allShapes(root);
    const stack = shapes.find((s) => shapeName(s) === 'Page va:stack')!;
    const x = stack.child(NS.p, 'grpSpPr')!.child(NS.a, 'xfrm')!;
    x.child(NS.a, 'ext')!.setAttr('cy', String(stackIn * 914400));
    x.child(NS.a, 'chExt')!.setAttr('cy', String(stackIn * 914400));
    const title = shapes.find((s) => shapeName(s) === 'Title')!;
    const form = title.clone();
    // Inserted first: a detached element does not resolve its prefixes.
    title.parent!.insertAfter(form, title);
    form.child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!.setAttr('name', 'Title short va:compact').setAttr('id', '901').setAttr('hidden', '1');
    // The designed title: 2 in tall; everything below it moves down by the difference.
    const grow = 2 * 914400 - 457200;
    for (const s of [...stack.elements()]) {
      if (s === title || s === form) continue;
      const off = (s.child(NS.p, 'spPr') ?? s.child(NS.p, 'grpSpPr'))?.child(NS.a, 'xfrm')?.child(NS.a, 'off');
      if (off) off.setAttr('y', String(Number(off.attr('y')) + grow));
    }
    title.child(NS.p, 'spPr')!.child(NS.a, 'xfrm')!.child(NS.a, 'ext')!.setAttr('cy', String(2 * 914400));
    pkg.touch('ppt/slides/slide1.xml');
    return pkg.save();
  }

  it('removes a compact form the page does not need: the page is the one the template shows', async () => {
    const { pptx } = await brandIt(brand({ additionalInfo: 'Bring your ID card.' }), await withCompact(10));
    const p = page(pptx);
    expect(p.names).toEqual(['Title', 'Intro', 'Illustration va:when:room', 'Note va:grow', 'Footer va:bottom']);
    expect(p.members[0]!.bottom - p.members[0]!.top).toBeCloseTo(144, 0);
  });

  it('puts the compact form in its original’s place when the note does not fit even at 9 pt without the va:when:room members', async () => {
    const input = await withCompact(5);
    // Without the compact form, the same page stops with E_TEXT_OVERFLOW.
    const pkg = OpcPackage.open(input);
    const root = pkg.xml('ppt/slides/slide1.xml').root;
    allShapes(root).find((s) => shapeName(s) === 'Title short va:compact')!.remove();
    pkg.touch('ppt/slides/slide1.xml');
    const err = await brandIt(brand({ additionalInfo: info(1200) }), await pkg.save()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'E_TEXT_OVERFLOW' });

    const { pptx } = await brandIt(brand({ additionalInfo: info(1200) }), input);
    const p = page(pptx);
    expect(p.names).toEqual(['Title short va:compact', 'Intro', 'Note va:grow', 'Footer va:bottom']);
    const form = p.members[0]!;
    expect(form.el.child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!.attr('hidden')).toBeUndefined();
    expect(form.top).toBeCloseTo(p.area.top, 1);
    expect(form.bottom - form.top).toBeCloseTo(36, 0);
    const sizes = [...p.members[2]!.el.descendants(NS.a, 'rPr')].map((r) => Number(r.attr('sz')) / 100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    expect(p.members.at(-1)!.bottom).toBeCloseTo(p.area.bottom, 1);
    for (let i = 1; i < p.members.length; i++) expect(p.members[i]!.top).toBeGreaterThanOrEqual(p.members[i - 1]!.bottom - 0.01);
  });
});
