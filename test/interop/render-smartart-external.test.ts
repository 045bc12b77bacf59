/**
 * SmartArt without a saved drawing laid out from its data (src/render/scene/smartart/), on the
 * real decks of the external corpus that have such diagrams (read from the mirrored repositories,
 * test/helpers/external-corpus.ts): poi stress022 (24 diagrams whose dsp:drawing parts are
 * empty) and Open-XML-SDK's SmartArt_OrgChart1 (an Office 2007 deck: no drawing part at all).
 * Skips with a printed reason when the mirrors are absent.
 */
import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/render/color/rgba.js';
import type { PathOp, TextOp } from '../../src/render/ops.js';
import { unavailableReason } from '../helpers/external-corpus.js';
import { externalDeckList } from '../render/helpers/external-deck.js';

const reason = unavailableReason();
if (reason) console.log(`skipped: SmartArt laid out on external decks: ${reason}`);


const LAID_OUT = /SmartArt diagram\(s\) without a saved drawing laid out from their data/;
const LISTED = /SmartArt diagram\(s\) without a saved drawing drawn as a plain list/;
const textOps = (ops: readonly { kind: string }[]) => ops.filter((o): o is TextOp => o.kind === 'text');

describe.skipIf(reason !== undefined)('SmartArt laid out from its data on external decks', () => {
  it('poi stress022: vList5, vList6, chevron2, pyramid2, arrow2 and matrix1 slides are laid out, the others listed', async () => {
    const { list, warnings } = await externalDeckList('poi__test-data_integration_stress022.pptx');
    const skipped = (slide: number) => warnings.filter((w) => w.slide === slide && w.code === 'W_RENDER_SKIPPED').map((w) => w.message);
    // Slides 5 and 27 vList5, 22 and 44 vList6, 7 and 29 chevron2, 25 pyramid2, 8 and 30 arrow2, 2 matrix1; 6 process4 is not laid out.
    for (const slide of [5, 27, 22, 44, 7, 29, 25, 8, 30, 2]) expect(skipped(slide).some((m) => LAID_OUT.test(m)), `slide ${slide}`).toBe(true);
    expect(skipped(6).some((m) => LISTED.test(m))).toBe(true);
    // Slide 5 (vList5): the six labels in the left 36 % of the frame (x 13.5 pt, 692 pt wide), their bullets right of it.
    const page = list.pages[4]!;
    const at = (s: string) => textOps(page.ops).find((o) => o.text.includes(s))!;
    const frameX = 171116 / 12700;
    const split = frameX + (8786874 / 12700) * 0.36;
    for (const s of ['Le Semestre', 'Le domaine', 'La filière']) expect(at(s).transform[4] + at(s).x).toBeLessThan(split);
    expect(at('Durée périodique').transform[4] + at('Durée périodique').x).toBeGreaterThan(split);
    // The nodes' own fills (dgm:spPr: 57B7FF labels, 005392 descendants) are kept.
    const fills = new Set(page.ops.flatMap((o) => (o.kind === 'path' && (o as PathOp).fill?.kind === 'solid' ? [toHex(((o as PathOp).fill as { color: Parameters<typeof toHex>[0] }).color)] : [])));
    expect(fills.has('#57b7ff')).toBe(true);
    expect(fills.has('#005392')).toBe(true);
  }, 120_000);

  it('Open-XML-SDK SmartArt_OrgChart1: all nine boxes of the organisation chart, joined by connectors', async () => {
    const { list, warnings } = await externalDeckList('Open-XML-SDK__taStorage_v2FxTestFiles_presentation_SmartArt_OrgChart1.pptx');
    expect(warnings.some((w) => LAID_OUT.test(w.message))).toBe(true);
    const texts = textOps(list.pages[0]!.ops).map((o) => o.text);
    for (const s of ['Top', 'Mid-Left', 'Mid-Right', 'Temp', 'Assistant']) expect(texts.join(' ')).toContain(s);
    const paths = list.pages[0]!.ops.filter((o): o is PathOp => o.kind === 'path');
    // The boxes in accent1 (node0 / node1 / asst1 of colors accent1_2); the page's own background apart.
    expect(paths.filter((o) => o.fill?.kind === 'solid' && toHex(o.fill.color) === '#4f81bd').length).toBe(9);
    expect(paths.filter((o) => o.stroke && !o.fill).length).toBeGreaterThanOrEqual(9);
  }, 60_000);

  it('Open-XML-SDK bvt_O12Typical slide 11: cycle8, four wedges in the colours of colorful1 (accent2 to accent5, in turn)', async () => {
    const { list, warnings } = await externalDeckList('Open-XML-SDK__ets_assets_TestDataStorage_v2FxTestFiles_bvt_O12Typical.pptx');
    expect(warnings.some((w) => w.slide === 11 && LAID_OUT.test(w.message))).toBe(true);
    const page = list.pages[10]!;
    const texts = textOps(page.ops).map((o) => o.text);
    for (const s of ['Meetings', 'Phone', 'E-mail', 'Documents']) expect(texts.join(' ')).toContain(s);
    const fills = page.ops.flatMap((o) => (o.kind === 'path' && (o as PathOp).fill?.kind === 'solid' ? [toHex(((o as PathOp).fill as { color: Parameters<typeof toHex>[0] }).color)] : []));
    for (const c of ['#c0504d', '#9bbb59', '#8064a2', '#4bacc6']) expect(fills, c).toContain(c);
  }, 60_000);
});
