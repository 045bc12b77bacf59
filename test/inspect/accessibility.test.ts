/**
 * inspect's accessibility report (what PowerPoint's Accessibility Checker looks for): a slide
 * title, alt text or the decorative mark, reading order = visual order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleBrand } from '../../src/brand/sample.js';
import { customize } from '../../src/edit/customize.js';
import { inspect } from '../../src/inspect/inspect.js';
import { groupShape, miniDeck, rectShape, run, textShape } from '../edit/helpers/mini-deck.js';
import { ROOT, VARIANTS } from '../templates/template-file.js';

const IN = 914400;
const decorative = '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';
const title = (text: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${IN}" y="${IN / 2}"/><a:ext cx="${5 * IN}" cy="${IN / 2}"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p>${run(text)}</a:p></p:txBody></p:sp>`;
const footer = '<p:sp><p:nvSpPr><p:cNvPr id="9" name="Footer Placeholder 8"/><p:cNvSpPr/><p:nvPr><p:ph type="ftr" idx="11"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>';

describe('inspect: accessibility', () => {
  it('finds nothing to fix on a slide with a title, described or decorative graphics, and shapes in reading order', async () => {
    const band = rectShape({ id: 3, name: 'Band', x: 0, y: 0, cx: 8 * IN, cy: IN / 4 }).replace('name="Band"/>', `name="Band">${decorative}</p:cNvPr>`);
    const photo = rectShape({ id: 4, name: 'Photo', x: IN, y: 2 * IN, cx: 2 * IN, cy: 2 * IN }).replace('name="Photo"/>', 'name="Photo" descr="The waiting room"/>');
    const body = textShape({ id: 5, name: 'Body', x: IN, y: 4.5 * IN, cx: 5 * IN, cy: IN, paras: [run('Come in.')] });
    const deck = await miniDeck({ slides: [{ shapes: band + title('Welcome') + photo + body + footer }] });
    expect(inspect(deck).accessibility).toEqual([{ slide: 1, title: 'Welcome', missingAlt: [], readingOrder: [] }]);
  });

  it('finds a slide without a title, a shape without alt text, and a shape read before one above it', async () => {
    const below = textShape({ id: 3, name: 'Later text', x: IN, y: 5 * IN, cx: 5 * IN, cy: IN, paras: [run('Second')] });
    const above = textShape({ id: 4, name: 'Top text', x: IN, y: 2 * IN, cx: 5 * IN, cy: IN, paras: [run('First')] });
    const star = rectShape({ id: 5, name: 'Star 4', x: 6 * IN, y: 7 * IN, cx: IN, cy: IN });
    // A described group covers its members; a decorative group too.
    const icons = groupShape({ id: 6, name: 'Icons', x: IN, y: 8 * IN, cx: 2 * IN, cy: IN, children: rectShape({ id: 7, name: 'Icon part', x: IN, y: 8 * IN, cx: IN, cy: IN }) }).replace('name="Icons"', 'name="Icons" descr="Phone and laptop"');
    const deck = await miniDeck({ slides: [{ shapes: below + above + star + icons }] });
    const [slide] = inspect(deck).accessibility;
    expect(slide).toEqual({
      slide: 1,
      title: null,
      missingAlt: ['Star 4'],
      readingOrder: ['"Top text: First" is read after "Later text: Second" but is above it'],
    });
  });

  it.each(VARIANTS.filter((v) => v.paper === 'a4'))('finds nothing to fix in $file', ({ file }) => {
    const report = inspect(readFileSync(path.join(ROOT, file)));
    expect(report.accessibility).toHaveLength(1);
    const a = report.accessibility[0]!;
    expect(a.title).not.toBeNull();
    expect([a.missingAlt, a.readingOrder]).toEqual([[], []]);
  });

  it('finds nothing to fix in a branded handout: the logo and the QR code the brand engine adds carry alt text', async () => {
    const { brand, assets } = sampleBrand();
    const { pptx } = await customize(readFileSync(path.join(ROOT, 'templates/retail/zh-CN.a4.pptx')), { ...brand, locale: 'zh-CN' }, assets);
    expect(inspect(pptx).accessibility).toEqual([{ slide: 1, title: expect.any(String), missingAlt: [], readingOrder: [] }]);
  });
});
