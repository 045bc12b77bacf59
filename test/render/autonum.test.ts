import { describe, expect, it } from 'vitest';
import { AutoNumberer, autoNumberLabel } from '../../src/render/text/autonum.js';

describe('automatic numbering', () => {
  it('writes the labels of the common schemes', () => {
    expect(autoNumberLabel('arabicPeriod', 3)).toBe('3.');
    expect(autoNumberLabel('arabicParenR', 12)).toBe('12)');
    expect(autoNumberLabel('arabicParenBoth', 2)).toBe('(2)');
    expect(autoNumberLabel('arabicPlain', 7)).toBe('7');
    expect(autoNumberLabel('romanUcPeriod', 14)).toBe('XIV.');
    expect(autoNumberLabel('romanLcParenR', 4)).toBe('iv)');
    expect(autoNumberLabel('alphaLcPeriod', 1)).toBe('a.');
    expect(autoNumberLabel('alphaUcParenR', 28)).toBe('BB)');
    expect(autoNumberLabel('circleNumDbPlain', 3)).toBe('③');
    expect(autoNumberLabel('ea1ChsPeriod', 12)).toBe('十二．');
  });

  it('continues per level, restarts after a shallower paragraph or a different scheme', () => {
    const n = new AutoNumberer();
    const num = { scheme: 'arabicPeriod', startAt: 1 };
    expect(n.next(0, num)).toBe(1);
    expect(n.next(0, num)).toBe(2);
    expect(n.next(1, num)).toBe(1);
    expect(n.next(1, num)).toBe(2);
    expect(n.next(0, num)).toBe(3);
    expect(n.next(1, num)).toBe(1);
    expect(n.next(0, { scheme: 'alphaLcPeriod', startAt: 1 })).toBe(1);
    expect(n.next(0, undefined)).toBeUndefined();
    expect(n.next(0, { scheme: 'arabicPeriod', startAt: 5 })).toBe(5);
  });
});

describe('symbol-font bullets', async () => {
  const { mapSymbolBullet } = await import('../../src/render/text/symbol-fonts.js');
  it('maps Wingdings and Symbol bullets to the Unicode character they show', () => {
    expect(mapSymbolBullet('Wingdings', '\uf0d8').ch).toBe('➢');
    expect(mapSymbolBullet('Wingdings', 'Ø').ch).toBe('➢');
    expect(mapSymbolBullet('Wingdings', '§').ch).toBe('▪');
    expect(mapSymbolBullet('Wingdings', 'ü').ch).toBe('✓');
    expect(mapSymbolBullet('Symbol', '\uf0b7').ch).toBe('•');
    expect(mapSymbolBullet(undefined, '\uf0a7').ch).toBe('▪');
    expect(mapSymbolBullet('Arial', '•')).toEqual({ font: 'Arial', ch: '•' });
  });
  it('keeps a Unicode character beyond the symbol font\'s codes, to be drawn by a font that has it', () => {
    // poi pptx2svg: a:buFont typeface="Wingdings" with a:buChar char="✭" (PowerPoint draws a star).
    expect(mapSymbolBullet('Wingdings', '✭')).toEqual({ font: undefined, ch: '✭' });
    expect(mapSymbolBullet('Wingdings 2', '★')).toEqual({ font: undefined, ch: '★' });
    // The symbol font's own codes are still mapped.
    expect(mapSymbolBullet('Wingdings', 'v').ch).toBe('❖');
  });
});

describe('Wingdings 2 and 3 bullets', async () => {
  const { mapSymbolBullet } = await import('../../src/render/text/symbol-fonts.js');
  it('uses their own tables', () => {
    expect(mapSymbolBullet('Wingdings 3', '\uf07d').ch).toBe('‣');
    expect(mapSymbolBullet('Wingdings 3', 'u').ch).toBe('►');
    expect(mapSymbolBullet('Wingdings 2', '\uf096').ch).toBe('▪');
  });
});
