/**
 * The tagged PDF (docs/accessibility.md): structure tree, marked content, parent tree, links,
 * alt text, language, metadata, and the PDF/A option, checked with our own PDF/UA checker
 * (helpers/pdf-ua.ts) on a built-in template and on small decks made for each rule. Every
 * template x locale x paper x brand is checked with poppler and qpdf in
 * test/interop/accessibility-pdf.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFName, PDFArray, PDFDict, type PDFString, type PDFHexString } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/render.js';
import { miniDeck, run as runXml, textShape } from '../edit/helpers/mini-deck.js';
import { registry, ROOT } from './helpers/fixtures.js';
import { checkPdfUa, elementsOf, leaves, structureOrderProblems, type Elem } from './helpers/pdf-ua.js';

const template = (id: string, variant: string) => new Uint8Array(readFileSync(path.join(ROOT, 'templates', id, `${variant}.pptx`)));

const kidsOf = (el: Elem): Elem[] => el.kids.filter((k): k is Elem => 'type' in k);
/** A run in a language (a:rPr@lang). */
const r = (text: string, lang: string) => `<a:r><a:rPr lang="${lang}" sz="1400"/><a:t>${text}</a:t></a:r>`;

describe('tagged PDF of a built-in template', () => {
  it('has the structure of the handout, in reading order, and passes our PDF/UA checks', async () => {
    const { pdf, warnings, pdfua } = await render(template('healthcare', 'en.letter'), { registry });
    expect(warnings).toEqual([]);
    expect(pdfua).toBe(true);
    const report = await checkPdfUa(pdf);
    expect(report.problems).toEqual([]);
    expect(structureOrderProblems(report)).toEqual([]);
    expect(report.lang).toBe('en-US');
    expect(report.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(report.xmp).toContain('<rdf:li xml:lang="x-default">Your virtual visit</rdf:li>');
    const root = report.root!;
    expect(root.type).toBe('Document');
    // Asserted on roles, not on a design's copy or layout (designs change): one H1, the deck's
    // title; section headings H2 and, below them, H3, none empty; the five steps.
    // (White space compared as plain spaces: a design may keep words together with no-break
    // spaces, which readers read as spaces.)
    const said = (e: Elem) => e.text.replace(/\s+/g, ' ').trim();
    const h1 = elementsOf(root, 'H1').map(said);
    expect(h1).toHaveLength(1);
    expect(report.xmp).toContain(`<rdf:li xml:lang="x-default">${h1[0]}</rdf:li>`);
    const h2 = elementsOf(root, 'H2').map(said);
    expect(h2.length).toBeGreaterThanOrEqual(1);
    for (const h of [...h2, ...elementsOf(root, 'H3').map(said)]) expect(h).not.toBe('');
    // The five steps: one numbered list, each item labelled by its number, title and text in its body.
    const steps = elementsOf(root, 'L').find((l) => l.attrs.some((a) => a.get(PDFName.of('ListNumbering'))?.toString() === '/Decimal'))!;
    const items = kidsOf(steps);
    expect(items.map((i) => i.type)).toEqual(['LI', 'LI', 'LI', 'LI', 'LI']);
    expect(items.map((i) => kidsOf(i).map((k) => k.type))).toEqual(Array(5).fill(['Lbl', 'LBody']));
    expect(items.map((i) => kidsOf(i)[0]!.text)).toEqual(['1', '2', '3', '4', '5']);
    for (const i of items) {
      const body = kidsOf(kidsOf(i)[1]!).map(said);
      expect(body.length).toBeGreaterThanOrEqual(2); // the step's title and its text
      for (const p of body) expect(p).not.toBe('');
    }
    // Other lists (bulleted paragraphs) are lists of items with labels and bodies too.
    for (const l of elementsOf(root, 'L').filter((x) => x !== steps)) for (const li of kidsOf(l)) expect(kidsOf(li).map((k) => k.type)).toEqual(['Lbl', 'LBody']);
    // The QR area of the unbranded template is a described figure; three links with their annotations.
    const figures = elementsOf(root, 'Figure');
    expect(figures.length).toBeGreaterThanOrEqual(1);
    for (const f of figures) expect(f.alt).toBeTruthy();
    expect(figures.some((f) => /QR/.test(f.alt ?? ''))).toBe(true);
    const links = elementsOf(root, 'Link');
    expect(links.map((l) => l.text).sort()).toEqual(['{{billingLink}}', '{{bookingLink}}', '{{homepageLink}}']);
    for (const l of links) expect(l.kids.some((k) => 'objr' in k)).toBe(true);
    expect(report.annots.map((a) => (a.dict.get(PDFName.of('Contents')) as PDFHexString).decodeText()).sort()).toEqual(['{{billingLink}}', '{{bookingLink}}', '{{homepageLink}}']);
    // Decoration is not read: the text read aloud is the handout's text only.
    expect(leaves(root).map((e) => e.text).join(' ')).not.toMatch(/\uFFFD/);
  });

  it('marks text in another language than the document\'s, and keeps words apart across line breaks', async () => {
    const shape = textShape({
      id: 2,
      name: 'Note',
      cx: 2000000,
      paras: [r('Velkommen til vores klinik, hvor vi taler dansk med alle patienter hver dag.', 'da-DK'), r('Welcome, ', 'en-US') + r('velkommen', 'da-DK') + r(' and hello.', 'en-US')],
    });
    const deck = await miniDeck({ slides: [{ shapes: shape }] });
    const { pdf } = await render(deck, { registry, metadata: { language: 'en-US' } });
    const report = await checkPdfUa(pdf);
    expect(report.problems).toEqual([]);
    const [danish, mixed] = elementsOf(report.root!, 'P');
    // A paragraph wholly in Danish says so; a Danish word in an English paragraph is a Span.
    expect(danish!.lang).toBe('da-DK');
    expect(danish!.text.trim()).toBe('Velkommen til vores klinik, hvor vi taler dansk med alle patienter hver dag.');
    expect(mixed!.lang).toBeUndefined();
    expect(kidsOf(mixed!).map((k) => [k.type, k.lang, k.text.trim()])).toEqual([['Span', 'da-DK', 'velkommen']]);
    // Lines break between words: the words stay apart for a reader (an invisible space at the break).
    expect(danish!.text.split(' ')).toHaveLength(13);
  });
});

describe('structure of any deck', () => {
  const PNG = async () => new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer());
  const pic = (id: number, name: string, descr: string | undefined, y: number) =>
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="${name}"${descr === undefined ? '' : ` descr="${descr}"`}/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="914400" y="${y}"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
  const imgRel = '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/p.png"/>';
  const decorative = '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';

  it('gives a title placeholder H1, text P, bullets lists, pictures figures with their alt text, decoration nothing', async () => {
    const title = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="200000"/><a:ext cx="6000000" cy="600000"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p>${runXml('Opening hours', 2800)}</a:p></p:txBody></p:sp>`;
    const bullets = textShape({
      id: 3,
      name: 'Body',
      y: 1000000,
      paras: [
        `<a:pPr marL="228600" indent="-228600"><a:buChar char="•"/></a:pPr>${runXml('Monday', 1400)}`,
        `<a:pPr marL="457200" lvl="1" indent="-228600"><a:buAutoNum type="arabicPeriod"/></a:pPr>${runXml('Morning', 1400)}`,
        `<a:pPr marL="228600" indent="-228600"><a:buChar char="•"/></a:pPr>${runXml('Tuesday', 1400)}`,
        runXml('Closed on Sundays.', 1400),
      ],
    });
    const band = `<p:sp><p:nvSpPr><p:cNvPr id="6" name="Band">${decorative}</p:cNvPr><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="7772400" cy="100000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="336699"/></a:solidFill></p:spPr></p:sp>`;
    const deck = await miniDeck({
      slides: [{ shapes: band + title + bullets + pic(4, 'Photo', 'Our reception desk', 4000000), rels: imgRel }],
      extra: [{ name: 'ppt/media/p.png', data: await PNG() }],
      defaults: { png: 'image/png' },
    });
    const { pdf, warnings, pdfua } = await render(deck, { registry });
    expect(warnings.filter((w) => w.code.startsWith('W_ALT') || w.code === 'W_PDFUA_NOT_CLAIMED')).toEqual([]);
    expect(pdfua).toBe(true);
    const report = await checkPdfUa(pdf);
    expect(report.problems).toEqual([]);
    const root = report.root!;
    expect(kidsOf(root).map((k) => k.type)).toEqual(['H1', 'L', 'P', 'Figure']);
    const list = kidsOf(root)[1]!;
    // Monday, with Morning in a numbered list nested in its body; then Tuesday.
    expect(kidsOf(list).map((li) => kidsOf(li).map((k) => k.type))).toEqual([['Lbl', 'LBody'], ['Lbl', 'LBody']]);
    const monday = kidsOf(kidsOf(list)[0]!)[1]!;
    expect(monday.text).toBe('Monday1.Morning');
    expect(kidsOf(monday).map((k) => k.type)).toEqual(['L']);
    expect(kidsOf(root)[3]!.alt).toBe('Our reception desk');
    // The title is the document title when the deck has none.
    expect(report.xmp).toContain('Opening hours');
  });

  it('does not claim PDF/UA when no text says its language, and says how to fix it', async () => {
    const noLang = `<a:r><a:rPr sz="1400"/><a:t>Opening hours</a:t></a:r>`;
    const deck = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'Text', paras: [noLang] }) }] });
    const { pdf, warnings, pdfua } = await render(deck, { registry });
    expect(pdfua).toBe(false);
    expect(warnings.find((w) => w.code === 'W_PDFUA_NOT_CLAIMED')?.message).toMatch(/no text of the deck says its language \(set the proofing language/);
    const report = await checkPdfUa(pdf);
    expect(report.problems).toEqual(['06-002: the XMP metadata has no PDF/UA identifier (pdfuaid:part 1)', '11-001/11-006: no valid document language (/Lang undefined)']);
    // The same text with a language (as PowerPoint writes every run) is claimed.
    const withLang = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'Text', paras: [runXml('Opening hours', 1400)] }) }] });
    expect((await render(withLang, { registry })).pdfua).toBe(true);
  });

  it('does not claim PDF/UA for a deck without a title or any text to take one from', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    const { pdf, warnings, pdfua } = await render(deck, { registry, metadata: { language: 'en-US' } });
    expect(pdfua).toBe(false);
    expect(warnings.find((w) => w.code === 'W_PDFUA_NOT_CLAIMED')?.message).toMatch(/the deck has no title and no text/);
    expect((await checkPdfUa(pdf)).problems).toContain('06-003: the XMP metadata has no dc:title');
  });

  it('reports a picture without alt text, and then does not claim PDF/UA', async () => {
    const deck = await miniDeck({
      slides: [{ shapes: textShape({ id: 2, name: 'Text', paras: [runXml('See the map below.', 1400)] }) + pic(3, 'Picture 3', undefined, 3000000), rels: imgRel }],
      extra: [{ name: 'ppt/media/p.png', data: await PNG() }],
      defaults: { png: 'image/png' },
    });
    const { pdf, warnings, pdfua } = await render(deck, { registry });
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['W_ALT_TEXT_MISSING', 'W_PDFUA_NOT_CLAIMED']));
    expect(warnings.find((w) => w.code === 'W_ALT_TEXT_MISSING')!.message).toMatch(/picture "Picture 3" has no alt text/);
    expect(pdfua).toBe(false);
    const report = await checkPdfUa(pdf);
    expect(report.problems).toEqual(['06-002: the XMP metadata has no PDF/UA identifier (pdfuaid:part 1)', '13-004: a Figure has no alternative text']);
  });

  it('reads role tags: [ol] and [li] groups, [lbl], [h2], a [figure] group with its alt text, decorative members', async () => {
    const g = (id: number, name: string, y: number, children: string, descr = '') =>
      `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="${name}"${descr ? ` descr="${descr}"` : ''}/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="${y}"/><a:ext cx="7000000" cy="900000"/><a:chOff x="0" y="${y}"/><a:chExt cx="7000000" cy="900000"/></a:xfrm></p:grpSpPr>${children}</p:grpSp>`;
    const item = (n: number, x: number) =>
      g(10 * n, `Step ${n} [li]`, 2000000, textShape({ id: 10 * n + 1, name: `Step ${n} number [lbl]`, x, y: 2000000, cx: 400000, cy: 400000, paras: [runXml(String(n), 1400)] }) + textShape({ id: 10 * n + 2, name: `Step ${n} title`, x, y: 2500000, cx: 1500000, cy: 400000, paras: [runXml(`Step ${n}`, 1400)] }));
    const heading = textShape({ id: 2, name: 'How [h2]', y: 1000000, paras: [runXml('How it works', 2000)] });
    const drawing = g(50, 'Map [figure]', 4000000, textShape({ id: 51, name: 'Label', y: 4000000, paras: [runXml('You are here', 1200)] }), 'Map of the clinic');
    const deck = await miniDeck({ slides: [{ shapes: heading + g(3, 'Steps [ol]', 2000000, item(1, 0) + item(2, 2000000)) + drawing }] });
    const { pdf, pdfua } = await render(deck, { registry });
    expect(pdfua).toBe(true);
    const report = await checkPdfUa(pdf);
    // An H2 with no H1 before it is a Matterhorn failure we report, as a validator would.
    expect(report.problems).toEqual(['14-002: the first heading is H2, not H1']);
    const root = report.root!;
    expect(kidsOf(root).map((k) => k.type)).toEqual(['H2', 'L', 'Figure']);
    const list = kidsOf(root)[1]!;
    expect(kidsOf(list).map((li) => kidsOf(li).map((k) => `${k.type}:${k.text}`))).toEqual([
      ['Lbl:1', 'LBody:Step 1'],
      ['Lbl:2', 'LBody:Step 2'],
    ]);
    const figure = kidsOf(root)[2]!;
    expect(figure.alt).toBe('Map of the clinic');
    expect(kidsOf(figure)).toEqual([]);
  });

  it('tags a table: rows, header cells with their scope, data cells', async () => {
    const cell = (t: string) => `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>${runXml(t, 1200)}</a:p></a:txBody><a:tcPr/></a:tc>`;
    const table = `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Hours"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="914400" y="914400"/><a:ext cx="3657600" cy="740000"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1"/><a:tblGrid><a:gridCol w="1828800"/><a:gridCol w="1828800"/></a:tblGrid><a:tr h="370000">${cell('Day')}${cell('Hours')}</a:tr><a:tr h="370000">${cell('Monday')}${cell('')}</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
    const deck = await miniDeck({ slides: [{ shapes: table }] });
    const report = await checkPdfUa((await render(deck, { registry })).pdf);
    expect(report.problems).toEqual([]);
    const t = elementsOf(report.root!, 'Table')[0]!;
    expect(kidsOf(t).map((tr) => kidsOf(tr).map((c) => `${c.type}:${c.text}`))).toEqual([
      ['TH:Day', 'TH:Hours'],
      ['TD:Monday', 'TD:'],
    ]);
    expect(kidsOf(kidsOf(t)[0]!)[0]!.attrs[0]!.get(PDFName.of('Scope'))?.toString()).toBe('/Column');
  });
});

describe('PDF/A-2a (--pdf-standard pdfa-2a)', () => {
  it('adds the sRGB output intent, the PDF/A identification and its extension schema, a file ID; PDF/UA stays', async () => {
    const { pdf } = await render(template('retail', 'zh-CN.a4'), { registry, pdfStandard: 'pdfa-2a' });
    const report = await checkPdfUa(pdf);
    expect(report.problems).toEqual([]);
    expect(report.lang).toBe('zh-CN');
    expect(report.xmp).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>');
    expect(report.xmp).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
    const intents = report.doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFA1');
    expect((intent.get(PDFName.of('OutputConditionIdentifier')) as PDFString).decodeText()).toBe('sRGB IEC61966-2.1');
    expect(intent.get(PDFName.of('DestOutputProfile'))).toBeDefined();
    const id = report.doc.context.trailerInfo.ID;
    expect(id?.toString()).toMatch(/^\[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]$/);
    // Annotations print (PDF/A).
    for (const a of report.annots) expect(a.dict.get(PDFName.of('F'))?.toString()).toBe('4');
    // Without the option: no output intent, no PDF/A claim.
    const plain = await checkPdfUa((await render(template('retail', 'zh-CN.a4'), { registry })).pdf);
    expect(plain.doc.catalog.get(PDFName.of('OutputIntents'))).toBeUndefined();
    expect(plain.xmp).not.toContain('pdfaid');
  });

  it('refuses a standard it does not know', async () => {
    await expect(render(template('retail', 'en.letter'), { registry, pdfStandard: 'pdfx-4' as never })).rejects.toThrow(/unknown PDF standard "pdfx-4"/);
  });
});
