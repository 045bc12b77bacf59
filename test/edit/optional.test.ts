import { describe, expect, it } from 'vitest';
import { brand, run } from './helpers/brands.js';
import { groupShape, miniDeck, rectShape, run as r, shapesOf, textShape } from './helpers/mini-deck.js';

const IN = 914400;

function offY(xml: string, name: string): number {
  const m = new RegExp(`name="${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}".*?<a:off x="-?\\d+" y="(-?\\d+)"/>`).exec(xml);
  if (!m) throw new Error(`no ${name}`);
  return Number(m[1]);
}

function groupExt(xml: string, name: string): { cy: number; chCy: number } {
  const m = new RegExp(`name="${name}".*?<a:ext cx="\\d+" cy="(\\d+)"/><a:chOff x="-?\\d+" y="-?\\d+"/><a:chExt cx="\\d+" cy="(\\d+)"/>`).exec(xml);
  if (!m) throw new Error(`no group ${name}`);
  return { cy: Number(m[1]), chCy: Number(m[2]) };
}

describe('va:when and va:stack', () => {
  const members = () =>
    rectShape({ id: 11, name: 'Head', x: IN, y: IN, cx: 4 * IN, cy: IN / 2 }) +
    rectShape({ id: 12, name: 'va:when:links.billing', x: IN, y: 1.75 * IN, cx: 4 * IN, cy: IN / 2 }) +
    rectShape({ id: 13, name: 'Tail', x: IN, y: 2.5 * IN, cx: 4 * IN, cy: IN / 2 });

  it('removes a va:when shape of a missing field; the stack below moves up and shrinks', async () => {
    const deck = await miniDeck({ slides: [{ shapes: groupShape({ id: 10, name: 'va:stack', x: IN, y: IN, cx: 4 * IN, cy: 2 * IN, children: members() }) }] });
    const { pptx } = await run(deck, brand());
    const xml = shapesOf(pptx);
    expect(xml).not.toContain('va:when:links.billing');
    expect(offY(xml, 'Tail')).toBe(1.75 * IN);
    expect(groupExt(xml, 'va:stack')).toEqual({ cy: 1.25 * IN, chCy: 1.25 * IN });
  });

  it('keeps a va:when shape whose field is present', async () => {
    const deck = await miniDeck({ slides: [{ shapes: groupShape({ id: 10, name: 'va:stack', x: IN, y: IN, cx: 4 * IN, cy: 2 * IN, children: members() }) }] });
    const { pptx } = await run(deck, brand({ links: { billing: 'https://acme.example/pay' } }));
    const xml = shapesOf(pptx);
    expect(xml).toContain('va:when:links.billing');
    expect(offY(xml, 'Tail')).toBe(2.5 * IN);
  });

  it('shrinks the stack when its last member goes (by its height and the gap before it)', async () => {
    const children =
      rectShape({ id: 11, name: 'Head', x: IN, y: IN, cx: 4 * IN, cy: IN / 2 }) +
      rectShape({ id: 12, name: 'va:when:logo', x: IN, y: 1.75 * IN, cx: 4 * IN, cy: IN / 2 });
    const deck = await miniDeck({ slides: [{ shapes: groupShape({ id: 10, name: 'va:stack', x: IN, y: IN, cx: 4 * IN, cy: 1.25 * IN, children }) }] });
    const { pptx } = await run(deck, brand());
    expect(groupExt(shapesOf(pptx), 'va:stack')).toEqual({ cy: IN / 2, chCy: IN / 2 });
  });

  it('converts child-space amounts when the group scales its members', async () => {
    // Child space twice as tall as the group: everything inside is drawn at half height.
    const deck = await miniDeck({
      slides: [
        {
          shapes: groupShape({ id: 10, name: 'va:stack', x: IN, y: IN, cx: 4 * IN, cy: IN, chOff: { x: IN, y: IN }, chExt: { cx: 4 * IN, cy: 2 * IN }, children: members() }),
        },
      ],
    });
    const { pptx } = await run(deck, brand());
    const xml = shapesOf(pptx);
    expect(offY(xml, 'Tail')).toBe(1.75 * IN);
    expect(groupExt(xml, 'va:stack')).toEqual({ cy: 0.625 * IN, chCy: 1.25 * IN });
  });

  it('passes the shrinking of an inner stack on to the outer stack', async () => {
    const inner = groupShape({
      id: 20,
      name: 'va:stack',
      x: IN,
      y: IN,
      cx: 4 * IN,
      cy: 2 * IN,
      children: members(),
    });
    const outer = groupShape({
      id: 30,
      name: 'va:stack',
      x: IN,
      y: IN,
      cx: 4 * IN,
      cy: 4 * IN,
      children: inner + rectShape({ id: 31, name: 'Below', x: IN, y: 3.5 * IN, cx: 4 * IN, cy: IN / 2 }),
    });
    const deck = await miniDeck({ slides: [{ shapes: outer }] });
    const { pptx } = await run(deck, brand());
    const xml = shapesOf(pptx);
    expect(offY(xml, 'Tail')).toBe(1.75 * IN);
    expect(offY(xml, 'Below')).toBe(2.75 * IN);
    expect(groupExt(xml.slice(xml.indexOf('id="30"')), 'va:stack').cy).toBe(3.25 * IN);
  });

  it('removes a whole va:when group with its members, and a group left empty', async () => {
    const when = groupShape({ id: 40, name: 'va:when:additionalInfo', x: 0, y: 0, cx: IN, cy: IN, children: textShape({ id: 41, name: 'Inner', paras: [r('{{additionalInfo}}')] }) });
    const plain = groupShape({ id: 50, name: 'Wrapper', x: 0, y: 0, cx: IN, cy: IN, children: rectShape({ id: 51, name: 'va:when:logo', x: 0, y: 0, cx: IN, cy: IN }) });
    const deck = await miniDeck({ slides: [{ shapes: when + plain }] });
    const { pptx, warnings } = await run(deck, brand());
    const xml = shapesOf(pptx);
    expect(xml).not.toContain('Inner');
    expect(xml).not.toContain('Wrapper');
    expect(warnings).toEqual([]);
  });

  it('reports an unknown va:when field and keeps the shape', async () => {
    const deck = await miniDeck({ slides: [{ shapes: rectShape({ id: 2, name: 'va:when:fax', x: 0, y: 0, cx: IN, cy: IN }) }] });
    const { pptx, warnings } = await run(deck, brand());
    expect(shapesOf(pptx)).toContain('va:when:fax');
    expect(warnings.map((w) => w.code)).toEqual(['W_WHEN_UNKNOWN']);
  });
});
