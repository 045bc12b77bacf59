/**
 * A tab is a character of its line like any other: its run's size counts in the line's height.
 * poi HowWeRefactor's quotes start with a 24 pt tab before 18 pt text, and hold a paragraph of one
 * 18 pt tab between them (which took the level's default 32 pt when the tab did not count).
 * The text-layout fixture's "tabs" box edited in memory.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../../src/package/opc-package.js';
import { fixture, listOf, textWith } from '../helpers/fixtures.js';

const SLIDE = 'ppt/slides/slide1.xml';
const RPR = (sz: number) => `<a:rPr lang="en-US" sz="${sz}" dirty="0"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt" pitchFamily="34" charset="0"/></a:rPr>`;
const run = (sz: number, t: string) => `<a:r>${RPR(sz)}<a:t>${t}</a:t></a:r>`;

/** The tabs box with its paragraph replaced by `paragraphs` (each a list of runs). */
async function tabsBox(paragraphs: string[]) {
  const pkg = OpcPackage.open(fixture('text-layout'));
  const xml = new TextDecoder().decode(pkg.get(SLIDE)!);
  const para = /<a:p><a:pPr indent="0" marL="0"><a:buNone\/><\/a:pPr><a:r><a:rPr lang="en-US" sz="1100"[\s\S]*?Name:\tJane\tDoe<\/a:t><\/a:r>[\s\S]*?<\/a:p>/;
  expect(xml).toMatch(para);
  const body = paragraphs.map((p) => `<a:p><a:pPr indent="0" marL="0"><a:buNone/></a:pPr>${p}</a:p>`).join('');
  pkg.set(SLIDE, new TextEncoder().encode(xml.replace(para, body)));
  return listOf(await pkg.save()).list;
}

describe('the height of a line with a tab', () => {
  it('a 24 pt tab before 11 pt text makes a 24 pt line', async () => {
    const small = await tabsBox([run(1100, 'Top'), run(1100, '\t') + run(1100, 'Jane')]);
    const large = await tabsBox([run(1100, 'Top'), run(2400, '\t') + run(1100, 'Jane')]);
    // A baseline sits the line's size below the line's top (LibreOffice's and our PPTX line box).
    const gap = (list: Awaited<ReturnType<typeof tabsBox>>) => textWith(list, 'Jane').py - textWith(list, 'Top').py;
    expect(gap(large) - gap(small)).toBeCloseTo(13, 0);
  });

  it('a paragraph of one tab is as tall as a line of its run\'s size', async () => {
    const tab = await tabsBox([run(1100, 'Jane'), run(4000, '\t'), run(1100, 'Doe')]);
    const text = await tabsBox([run(1100, 'Jane'), run(4000, 'x'), run(1100, 'Doe')]);
    expect(textWith(tab, 'Doe').py - textWith(tab, 'Jane').py).toBeGreaterThan(40);
    expect(textWith(tab, 'Doe').py).toBeCloseTo(textWith(text, 'Doe').py, 1);
  });
});
