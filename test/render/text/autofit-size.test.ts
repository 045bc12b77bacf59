/**
 * a:normAutofit fontScale: the scaled size is painted at the nearest whole point, halves up, as
 * PowerPoint paints it (a native PowerPoint probe in developer0hye/office2pdf#1655; PowerPoint's
 * own thumbnail of poi pptx2svg wraps 16 pt text at 85 % as 14 pt). The text-layout fixture's
 * "tabs" box (11 pt text) edited in memory.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../../src/package/opc-package.js';
import { autofitSize } from '../../../src/render/text/itemize.js';
import { fixture, listOf, textWith } from '../helpers/fixtures.js';

const SLIDE = 'ppt/slides/slide1.xml';
const BODY = '<a:bodyPr wrap="square" rtlCol="0" anchor="t"></a:bodyPr>';

async function tabsBox(autofit: string) {
  const pkg = OpcPackage.open(fixture('text-layout'));
  const xml = new TextDecoder().decode(pkg.get(SLIDE)!);
  const shape = /<p:sp><p:nvSpPr><p:cNvPr id="13" name="tabs">[\s\S]*?<\/p:sp>/.exec(xml)![0];
  expect(shape).toContain(BODY);
  pkg.set(SLIDE, new TextEncoder().encode(xml.replace(shape, shape.replace(BODY, BODY.replace('</a:bodyPr>', `${autofit}</a:bodyPr>`)))));
  return listOf(await pkg.save()).list;
}

describe('autofitSize', () => {
  it("paints PowerPoint's sizes from its probe: the nearest whole point, halves up", () => {
    // 22 pt body and 35 pt heading at 62.5, 70, 75, 80, 85, 92.5 and 97.5 %.
    const scales = [0.625, 0.7, 0.75, 0.8, 0.85, 0.925, 0.975];
    expect(scales.map((s) => autofitSize(22, s))).toEqual([14, 15, 17, 18, 19, 20, 21]);
    expect(scales.map((s) => autofitSize(35, s))).toEqual([22, 25, 26, 28, 30, 32, 34]);
    expect(autofitSize(36, 0.9)).toBe(32);
    expect(autofitSize(16, 0.85)).toBe(14);
  });

  it('leaves an unscaled size alone (10.5 pt stays 10.5 pt) and never goes below 1 pt', () => {
    expect(autofitSize(10.5, 1)).toBe(10.5);
    expect(autofitSize(2, 0.1)).toBe(1);
  });
});

describe('a:normAutofit fontScale in a text box', () => {
  it('draws 11 pt text at 62.5 % in 7 pt (6.875 rounded), at 100 % in 11 pt', async () => {
    expect(textWith(await tabsBox('<a:normAutofit fontScale="62500"/>'), 'Name').size).toBe(7);
    expect(textWith(await tabsBox('<a:normAutofit/>'), 'Name').size).toBe(11);
  });
});
