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
import { ALT_TEXT } from '../../src/accessibility/alt-text.js';
import { readableLink } from '../../src/brand/links.js';
import { parseBrand } from '../../src/brand/validate.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { readDeck } from '../../src/presentation/deck.js';
import { TEMPLATE_IDS } from '../../src/templates/catalog.js';
import { NS } from '../../src/xml/namespaces.js';

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

  it.each(VARIANTS)('finds nothing to fix in $file', ({ file }) => {
    const report = inspect(readFileSync(path.join(ROOT, file)));
    expect(report.accessibility).toHaveLength(1);
    const a = report.accessibility[0]!;
    expect(a.title).not.toBeNull();
    expect([a.missingAlt, a.readingOrder]).toEqual([[], []]);
  });

  // Every template branded with the sample brand (logo, three links) and with a pale brand without
  // a logo, each in another language: the pictures and graphics the brand engine adds carry alt
  // text in that language, what it leaves is still described or decorative, in reading order.
  const paleNoLogo = parseBrand({ organization: 'Nordlys Sundhed', colors: { primary: '#FFE066' }, links: { booking: 'https://nordlys.example.dk/booking' } }, 'test brand');
  it.each(TEMPLATE_IDS.map((id, i) => ({ id, locale: (['en', 'da-DK', 'zh-CN'] as const)[i % 3]!, paper: i % 2 ? 'a4' : 'letter' })))(
    'finds nothing to fix in $id ($locale, $paper) branded with the sample brand and with a brand without a logo',
    async ({ id, locale, paper }) => {
      const template = readFileSync(path.join(ROOT, `templates/${id}/${locale}.${paper}.pptx`));
      const { brand, assets } = sampleBrand();
      for (const [b, a] of [[{ ...brand, locale }, assets], [{ ...paleNoLogo, locale }, {}]] as const) {
        const { pptx } = await customize(template, b, a);
        expect(inspect(pptx).accessibility, b.organization).toEqual([{ slide: 1, title: expect.any(String), missingAlt: [], readingOrder: [] }]);
        // Every picture has a description (p:pic/p:nvPicPr/p:cNvPr@descr).
        const pkg = OpcPackage.open(pptx);
        const slide = pkg.xml(readDeck(pkg).slides[0]!).root;
        for (const pic of slide.descendants(NS.p, 'pic')) expect(pic.path(NS.p, 'nvPicPr', 'cNvPr')?.attr('descr'), b.organization).toBeTruthy();
        // The QR code the brand engine draws says where it leads, in the handout's language.
        const described = [...slide.descendants(NS.p, 'cNvPr')].map((c) => c.attr('descr'));
        expect(described, b.organization).toContain(ALT_TEXT[locale].qr(readableLink(b.links!.booking!)));
        if (a === assets) expect(described, b.organization).toContain(ALT_TEXT[locale].logo(b.organization));
      }
    },
  );
});
