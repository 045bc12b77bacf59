/**
 * The step numbers sit in the optical middle of their badges (discs in healthcare, rounded
 * squares in financial services, the cards' badges in retail, the rows' in generic): on every
 * committed template variant, the middle of the numeral's ink (baseline − cap height ÷ 2, lining
 * figures are cap height tall) is within 0.5 pt of the badge's middle, as drawn by the renderer.
 * Before the numerals' line was single spaced they sat 0.8-2.4 pt low.
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/render/matrix.js';
import type { DrawOp, TextOp } from '../../src/render/ops.js';
import { displayList } from '../../src/render/render.js';
import { templateDecks } from '../render/helpers/decks.js';
import { registry } from '../render/helpers/fixtures.js';

const decks = templateDecks();

/** For each step number 1-5: how far the numeral's middle is below its badge's middle (points). */
function offsets(pptx: Uint8Array): { n: string; below: number }[] {
  const ops = displayList(pptx, { registry }, []).pages[0]!.ops;
  const out: { n: string; below: number }[] = [];
  ops.forEach((op, i) => {
    if (op.kind !== 'text' || !/^[1-5]$/.test(op.text)) return;
    // The badge: the filled path drawn just before the numeral.
    const badge = ops.slice(0, i).reverse().find((o): o is Extract<DrawOp, { kind: 'path' }> => o.kind === 'path' && o.fill !== undefined);
    if (!badge) return;
    const ys = badge.commands.flatMap((c) => ('y' in c ? [apply(badge.transform, c.x, c.y).y] : []));
    const middle = (Math.min(...ys) + Math.max(...ys)) / 2;
    const t = op as TextOp;
    const baseline = apply(t.transform, t.x, t.y).y;
    const ink = baseline - ((t.face.capHeight / t.face.unitsPerEm) * t.size) / 2;
    out.push({ n: op.text, below: ink - middle });
  });
  return out;
}

describe('step number badges', () => {
  it.each(decks.map((d) => [d.name, d] as const))('%s: each numeral in the optical middle of its badge', (_name, deck) => {
    const found = offsets(deck.bytes);
    expect(found.map((f) => f.n).sort()).toEqual(['1', '2', '3', '4', '5']);
    for (const f of found) expect(Math.abs(f.below), `step ${f.n}: ${f.below.toFixed(2)} pt below the middle`).toBeLessThanOrEqual(0.5);
  });
});
