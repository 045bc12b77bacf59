/**
 * Hidden slides (p:sld@show="0") are left out by default, as PowerPoint's PDF export does, with
 * one warning naming them; `includeHidden` draws them.
 */
import pptxgen from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { NS } from '../../src/xml/namespaces.js';
import { displayList, render } from '../../src/render/render.js';
import type { Warning } from '../../src/warnings.js';
import { registry } from './helpers/fixtures.js';

async function hide(bytes: Uint8Array, slides: number[]): Promise<Uint8Array> {
  const pkg = OpcPackage.open(bytes);
  const pres = pkg.xml(pkg.mainPart).root;
  const ids = pres.child(NS.p, 'sldIdLst')!.childrenNamed(NS.p, 'sldId');
  for (const n of slides) {
    const part = pkg.rels(pkg.mainPart).targetPart(ids[n - 1]!.attrNS(NS.r, 'id')!)!;
    pkg.xml(part).root.attrs.set('show', '0');
    pkg.touch(part);
  }
  return pkg.save();
}

type Pptx = InstanceType<typeof pptxgen>;
const gen = new (pptxgen as unknown as new () => Pptx)();
for (const word of ['one', 'two', 'three']) gen.addSlide().addText(word, { x: 1, y: 1, w: 4, h: 1, fontFace: 'Inter', color: '000000' });
const base = new Uint8Array((await gen.write({ outputType: 'uint8array' })) as Uint8Array);
const slideCount = 3;
const words = (page: { ops: { kind: string; text?: string }[] }) => page.ops.filter((o) => o.kind === 'text').map((o) => o.text).join(' ');

describe('hidden slides', () => {
  it('are left out by default, with one warning naming them', async () => {
    const deck = await hide(base, [2]);
    const warnings: Warning[] = [];
    const list = displayList(deck, { registry }, warnings);
    expect(list.pages.length).toBe(slideCount - 1);
    const w = warnings.filter((x) => x.code === 'W_RENDER_HIDDEN_SLIDES');
    expect(w.length).toBe(1);
    expect(w[0]!.message).toMatch(/^slide 2 is hidden and left out.*--include-hidden/);
    expect(list.pages.map(words)).toEqual(['one', 'three']);
  });

  it('are drawn with includeHidden, and the PDF has every slide', async () => {
    const deck = await hide(base, [2]);
    const warnings: Warning[] = [];
    expect(displayList(deck, { registry, includeHidden: true }, warnings).pages.map(words)).toEqual(['one', 'two', 'three']);
    expect(warnings.some((x) => x.code === 'W_RENDER_HIDDEN_SLIDES')).toBe(false);
    expect((await render(deck, { registry, includeHidden: true })).pages).toBe(slideCount);
    expect((await render(deck, { registry })).pages).toBe(slideCount - 1);
  });

  it('a deck whose slides are all hidden gives one blank page and says why', async () => {
    const deck = await hide(base, Array.from({ length: slideCount }, (_, i) => i + 1));
    const warnings: Warning[] = [];
    const list = displayList(deck, { registry }, warnings);
    expect(list.pages.length).toBe(1);
    expect(list.pages[0]!.ops).toEqual([]);
    expect(warnings.find((w) => w.code === 'W_RENDER_NO_SLIDES')!.message).toMatch(/every slide of the presentation is hidden/);
  });
});
