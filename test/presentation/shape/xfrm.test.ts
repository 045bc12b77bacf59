/**
 * Transforms through src/presentation/shape/xfrm.ts on real files: a:xfrm in p:spPr (p:sp,
 * p:pic, p:cxnSp), in p:grpSpPr with the child space (p:grpSp), p:xfrm of a graphic frame, and
 * none at all (a placeholder that inherits its place from the layout). Corpus cases skip with a
 * printed reason when ../shared/corpus is absent.
 */
import { describe, expect, it } from 'vitest';
import { boxIn, boxOf, childBoxOf, intAttrOf, xfrmOf } from '../../../src/presentation/shape/xfrm.js';
import { NS } from '../../../src/xml/namespaces.js';
import { corpusPath, HAVE_CORPUS } from '../../edit/helpers/corpus.js';
import { shapeNamed, slideRoot, templateFiles } from './helpers.js';

const real = (file: string) => corpusPath('real', file);

describe('xfrm on the templates', () => {
  it('every shape of each design has a box, and each group a child space, read as written', () => {
    for (const file of templateFiles('en.letter.pptx')) {
      const tree = slideRoot(file).path(NS.p, 'cSld', 'spTree')!;
      for (const el of tree.descendants()) {
        if (!['sp', 'pic', 'grpSp', 'graphicFrame', 'cxnSp'].includes(el.localName)) continue;
        const xfrm = xfrmOf(el)!;
        expect(xfrm.localName).toBe('xfrm');
        expect(xfrm.parent!.localName).toBe(el.localName === 'grpSp' ? 'grpSpPr' : el.localName === 'graphicFrame' ? 'graphicFrame' : 'spPr');
        const off = xfrm.child(NS.a, 'off')!;
        expect(boxOf(el)).toEqual({ x: Number(off.attr('x')), y: Number(off.attr('y')), cx: Number(xfrm.child(NS.a, 'ext')!.attr('cx')), cy: Number(xfrm.child(NS.a, 'ext')!.attr('cy')) });
        if (el.localName === 'grpSp') expect(childBoxOf(el)).toEqual(boxIn(xfrm, 'chOff', 'chExt'));
        else expect(childBoxOf(el)).toBeUndefined();
      }
    }
  });
});

describe('intAttrOf', () => {
  it('reads integers only', () => {
    const xfrm = xfrmOf(slideRoot(templateFiles('en.letter.pptx')[0]!).path(NS.p, 'cSld', 'spTree')!.child(NS.p, 'grpSp')!)!;
    const off = xfrm.child(NS.a, 'off')!;
    for (const [value, read] of [[' 12 ', 12], ['-3', -3], ['1.5', undefined], ['12abc', undefined], ['', undefined]] as const) {
      off.setAttr('x', value);
      expect(intAttrOf(off, 'x'), JSON.stringify(value)).toBe(read);
    }
    expect(intAttrOf(off, 'nope')).toBeUndefined();
    expect(boxIn(xfrm, 'off', 'ext')).toBeUndefined();
  });
});

describe.skipIf(!HAVE_CORPUS)('xfrm on real decks', () => {
  it('p:xfrm of a graphic frame, a:xfrm of a connector and of a picture', () => {
    const root = slideRoot(real('poi__shapes-links-tables.pptx'));
    expect(boxOf(shapeNamed(root, 'Table 2'))).toEqual({ x: 3810000, y: 4724400, cx: 4724400, cy: 1219200 });
    expect(boxOf(shapeNamed(root, 'Straight Connector 5'))).toEqual({ x: 1066800, y: 1828800, cx: 2133600, cy: 0 });
    expect(boxOf(shapeNamed(root, 'Picture 1'))).toEqual({ x: 5105400, y: 990600, cx: 1828800, cy: 1676400 });
  });

  it('a group with its own child space, and members in it', () => {
    const root = slideRoot(real('poi__grouping_issues.pptx'));
    const group = shapeNamed(root, 'Group 10');
    expect(boxOf(group)).toEqual({ x: 6870700, y: 1600200, cx: 1344613, cy: 604838 });
    const inner = childBoxOf(group)!;
    expect(inner.cx).toBeGreaterThan(0);
    expect(inner.cx).not.toBe(1344613);
    expect(boxOf(shapeNamed(root, 'AutoShape 11'))).toEqual({ x: 1525, y: 1870, cx: 97, cy: 266 });
  });

  it('a placeholder without a transform of its own', () => {
    const title = shapeNamed(slideRoot(real('automizer__SlidesWithAdditionalMaster.pptx')), 'Titel 1');
    expect(xfrmOf(title)).toBeUndefined();
    expect(boxOf(title)).toBeUndefined();
  });
});
