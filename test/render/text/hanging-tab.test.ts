/**
 * Tabs on a hanging first line: a paragraph whose first line starts left of marL (a:pPr indent < 0,
 * no bullet) tabs to marL first, then to the default stops. poi HowWeRefactor's quotes are written
 * that way ("⇥In almost all cases…" with marL = −indent) to line the first line up with the others.
 * The text-layout fixture's "tabs" box (0.5 in from the slide's left, 0.1 in inset) edited in memory.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../../src/package/opc-package.js';
import { fixture, IN, listOf, textWith } from '../helpers/fixtures.js';

const SLIDE = 'ppt/slides/slide1.xml';
const LEFT = 0.5 * IN + 7.2;

async function tabsBox(pPr: string, text: string) {
  const pkg = OpcPackage.open(fixture('text-layout'));
  const xml = new TextDecoder().decode(pkg.get(SLIDE)!);
  const before = '<a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:rPr lang="en-US" sz="1100" dirty="0"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt" pitchFamily="34" charset="0"/><a:ea typeface="+mn-lt" pitchFamily="34" charset="-122"/><a:cs typeface="+mn-lt" pitchFamily="34" charset="-120"/></a:rPr><a:t>Name:\tJane\tDoe</a:t>';
  expect(xml).toContain(before);
  const after = before.replace('<a:pPr indent="0" marL="0">', pPr).replace('Name:\tJane\tDoe', text);
  pkg.set(SLIDE, new TextEncoder().encode(xml.replace(before, after)));
  return listOf(await pkg.save()).list;
}

describe('tabs on a hanging first line', () => {
  it('a tab left of marL stops at marL, the next at the default 1 in stop', async () => {
    // marL 0.375 in (27 pt), indent −0.375 in: the first line starts at the inset.
    const list = await tabsBox('<a:pPr marL="342900" indent="-342900">', '\tJane\tDoe');
    expect(textWith(list, 'Jane').px).toBeCloseTo(LEFT + 27, 1);
    expect(textWith(list, 'Doe').px).toBeCloseTo(LEFT + 72, 1);
  });

  it('text that already reaches past marL tabs to the default stops', async () => {
    const list = await tabsBox('<a:pPr marL="114300" indent="-114300">', 'Name:\tJane');
    expect(textWith(list, 'Jane').px).toBeCloseTo(LEFT + 72, 1);
  });

  it('a first line that starts at marL or right of it has no stop there', async () => {
    const flush = await tabsBox('<a:pPr marL="342900" indent="0">', '\tJane');
    expect(textWith(flush, 'Jane').px).toBeCloseTo(LEFT + 72, 1);
    const indented = await tabsBox('<a:pPr marL="342900" indent="114300">', '\tJane');
    expect(textWith(indented, 'Jane').px).toBeCloseTo(LEFT + 72, 1);
  });
});
