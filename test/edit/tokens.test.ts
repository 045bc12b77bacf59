import { describe, expect, it } from 'vitest';
import { brand, run } from './helpers/brands.js';
import { groupShape, miniDeck, run as r, shapesOf, textShape, partText } from './helpers/mini-deck.js';

const bold = ' b="1"';

describe('tokens', () => {
  it('replaces a token split over three runs, keeping the first run\'s formatting (before/after)', async () => {
    const deck = await miniDeck({
      slides: [{ shapes: textShape({ id: 2, name: 'Title', paras: [r('Welcome to {{organ', 2400, '', bold) + r('iza', 1200) + r('tion}}!', 1200, '', ' i="1"')] }) }],
    });
    const { pptx, warnings } = await run(deck, brand({ organization: 'Nordic Care' }));
    expect(warnings).toEqual([]);
    expect(shapesOf(pptx)).toContain(
      '<a:p><a:r><a:rPr lang="en-US" sz="2400" b="1"/><a:t>Welcome to Nordic Care</a:t></a:r><a:r><a:rPr lang="en-US" sz="1200" i="1"/><a:t>!</a:t></a:r></a:p>',
    );
  });

  it('escapes &, < and quotes in values (the XML stays well-formed)', async () => {
    const deck = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'T', paras: [r('{{organization}}')] }) }] });
    const { pptx } = await run(deck, brand({ organization: 'A & B <"Care"> \'Co\'' }));
    expect(shapesOf(pptx)).toContain('<a:t>A &amp; B &lt;"Care"&gt; \'Co\'</a:t>');
  });

  it('replaces every token with its value, links in display form', async () => {
    const deck = await miniDeck({
      slides: [{ shapes: textShape({ id: 2, name: 'T', paras: [r('{{bookingLink}} | {{billingLink}} | {{homepageLink}}')] }) }],
    });
    const { pptx } = await run(
      deck,
      brand({ links: { booking: 'https://www.example.org/book/?advisor=any&utm_source=pdf#top', billing: 'mailto:pay@example.org?subject=Invoice', homepage: 'tel:+4512345678' } }),
    );
    expect(shapesOf(pptx)).toContain('<a:t>example.org/book | pay@example.org | +4512345678</a:t>');
  });

  it('prints a link label of the brand instead of the address, and keeps the address as the target', async () => {
    const deck = await miniDeck({
      slides: [{ shapes: textShape({ id: 2, name: 'T', paras: [r('{{bookingLink}}')] }) }],
    });
    const { pptx } = await run(deck, brand({ links: { booking: 'https://www.example.org/book?utm_source=pdf', bookingLabel: 'Book at example.org' } }));
    expect(shapesOf(pptx)).toContain('<a:t>Book at example.org</a:t>');
  });

  it('points a hyperlinked link token at the link it shows, in any shape', async () => {
    const HL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
    const deck = await miniDeck({
      slides: [
        {
          shapes: textShape({ id: 2, name: 'Footer', paras: [r('Visit ') + r('{{homepageLink}}', 1200, '<a:hlinkClick r:id="rId10"/>')] }),
          rels: `<Relationship Id="rId10" Type="${HL}" Target="https://template.example/" TargetMode="External"/>`,
        },
      ],
    });
    const { pptx } = await run(deck, brand({ links: { homepage: 'https://acme.example/home' } }));
    expect(shapesOf(pptx)).toContain('<a:hlinkClick r:id="rId10"/></a:rPr><a:t>acme.example/home</a:t>');
    expect(partText(pptx, 'ppt/slides/_rels/slide1.xml.rels')).toContain(`<Relationship Id="rId10" Type="${HL}" Target="https://acme.example/home" TargetMode="External"/>`);
  });

  it('reports unknown tokens and leaves them; tokens are case-insensitive', async () => {
    const deck = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'T', paras: [r('{{Organization}} {{fax}}')] }) }] });
    const { pptx, warnings } = await run(deck, brand());
    expect(shapesOf(pptx)).toContain('<a:t>Acme Clinic {{fax}}</a:t>');
    expect(warnings).toEqual([{ code: 'W_TOKEN_UNKNOWN', message: 'unknown token {{fax}} on slide 1 was left as it is', part: 'ppt/slides/slide1.xml', slide: 1 }]);
  });

  it('does not treat a token cut by a line break as a token, and says so', async () => {
    const deck = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'T', paras: [r('{{organi') + '<a:br><a:rPr lang="en-US"/></a:br>' + r('zation}}')] }) }] });
    const { pptx, warnings } = await run(deck, brand());
    expect(shapesOf(pptx)).toContain('{{organi');
    expect(warnings.map((w) => w.code)).toEqual(['W_TOKEN_SPLIT']);
  });

  it('does not expand tokens inside values', async () => {
    const deck = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'T', paras: [r('{{organization}}')] }) }] });
    const { pptx, warnings } = await run(deck, brand({ organization: 'Ltd {{additionalInfo}}', additionalInfo: 'X' }));
    expect(shapesOf(pptx)).toContain('<a:t>Ltd {{additionalInfo}}</a:t>');
    expect(warnings).toEqual([]);
  });

  it('turns additionalInfo lines into paragraphs of the same style (blank lines kept once)', async () => {
    const deck = await miniDeck({
      slides: [{ shapes: textShape({ id: 2, name: 'Info', paras: ['<a:pPr marL="0"/>' + r('Note: {{additionalInfo}}', 1100) + '<a:endParaRPr lang="en-US" sz="1100"/>'] }) }],
    });
    const { pptx } = await run(deck, brand({ additionalInfo: 'Line one\r\nLine two\n\n\n\nLine three  ' }));
    expect(shapesOf(pptx)).toContain(
      '<a:p><a:pPr marL="0"/><a:r><a:rPr lang="en-US" sz="1100"/><a:t>Note: Line one</a:t></a:r><a:endParaRPr lang="en-US" sz="1100"/></a:p>' +
        '<a:p><a:pPr marL="0"/><a:r><a:rPr lang="en-US" sz="1100"/><a:t>Line two</a:t></a:r><a:endParaRPr lang="en-US" sz="1100"/></a:p>' +
        '<a:p><a:pPr marL="0"/><a:endParaRPr lang="en-US" sz="1100"/></a:p>' +
        '<a:p><a:pPr marL="0"/><a:r><a:rPr lang="en-US" sz="1100"/><a:t>Line three</a:t></a:r><a:endParaRPr lang="en-US" sz="1100"/></a:p>',
    );
  });

  it('removes a paragraph whose token has no value, label included, and keeps the others', async () => {
    const deck = await miniDeck({
      slides: [{ shapes: textShape({ id: 2, name: 'Links', paras: [r('Book: {{bookingLink}}'), r('Billing: ') + r('{{billingLink}}')] }) }],
    });
    const { pptx } = await run(deck, brand({ links: { booking: 'https://example.org/book' } }));
    const shapes = shapesOf(pptx);
    expect(shapes).toContain('<a:t>Book: example.org/book</a:t>');
    expect(shapes).not.toContain('Billing');
  });

  it('removes a shape left without paragraphs, and its va:stack closes the gap', async () => {
    const emu = 914400;
    const stack = groupShape({
      id: 10,
      name: 'va:stack',
      x: emu,
      y: emu,
      cx: 4 * emu,
      cy: 3 * emu,
      children:
        textShape({ id: 11, name: 'A', x: emu, y: emu, cx: 4 * emu, cy: emu / 2, paras: [r('{{organization}}')] }) +
        textShape({ id: 12, name: 'Info', x: emu, y: 1.75 * emu, cx: 4 * emu, cy: emu, paras: [r('{{additionalInfo}}')] }) +
        textShape({ id: 13, name: 'C', x: emu, y: 3 * emu, cx: 4 * emu, cy: emu, paras: [r('Thanks')] }),
    });
    const deck = await miniDeck({ slides: [{ shapes: stack }] });
    const { pptx } = await run(deck, brand());
    const shapes = shapesOf(pptx);
    expect(shapes).not.toContain('name="Info"');
    // C moves up by Info's height plus the gap after it (1 in + 0.25 in); the group shrinks as much.
    expect(shapes).toMatch(/name="C".*?<a:off x="914400" y="1600200"\/>/);
    expect(shapes).toContain('<a:off x="914400" y="914400"/><a:ext cx="3657600" cy="1600200"/><a:chOff x="914400" y="914400"/><a:chExt cx="3657600" cy="1600200"/>');
  });

  it('leaves an empty paragraph in a table cell instead of removing the table', async () => {
    const table = `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="5" name="Table"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblGrid><a:gridCol w="914400"/></a:tblGrid><a:tr h="370840"><a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>${r('{{homepageLink}}')}</a:p></a:txBody><a:tcPr/></a:tc></a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
    const deck = await miniDeck({ slides: [{ shapes: table }] });
    const { pptx } = await run(deck, brand());
    expect(shapesOf(pptx)).toContain('<a:txBody><a:bodyPr/><a:lstStyle/><a:p/></a:txBody>');
  });

  it('replaces tokens on layouts and masters too', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }], masterShapes: textShape({ id: 7, name: 'Footer', paras: [r('© {{organization}}')] }) });
    const { pptx } = await run(deck, brand());
    expect(partText(pptx, 'ppt/slideMasters/slideMaster1.xml')).toContain('<a:t>© Acme Clinic</a:t>');
  });
});
