/**
 * Chart fixes found by the fidelity run on the external corpus (npm run fidelity -- --external),
 * each asserted on the real deck that showed it, against where LibreOffice's PDF of that deck puts
 * things (pdftotext -bbox). Skips with a printed reason when the mirrors are absent.
 */
import { describe, expect, it } from 'vitest';
import { unavailableReason } from '../helpers/external-corpus.js';
import { externalDeckList } from '../render/helpers/external-deck.js';
import { texts } from '../render/helpers/fixtures.js';

const reason = unavailableReason();
if (reason) console.log(`skipped: chart fixes on external decks: ${reason}`);

describe.skipIf(reason !== undefined)('chart fixes on external decks', () => {
  it("3-D columns in perspective: the box's height is LibreOffice's automatic 3-D aspect, so the category labels stay upright", async () => {
    // Open-XML-SDK presentation_Chart_3D_(Column): 4 categories × 3 series (standard grouping),
    // c:view3D with only c:perspective (rotX 15, rotY 20, not right-angled: an Office 2007 file).
    // The box was made taller than LibreOffice makes it (the picture filling the height and 0.9
    // of the width), so the categories stood 81 pt apart and the 78 pt wide labels were turned
    // 45°; LibreOffice's labels are upright, centred 87.7 pt apart at x 144.2 … 407.2
    // (ours: 137, 222, 311, 404 with the shipped fonts of the tests; LibreOffice spaces them evenly,
    // we in perspective).
    const { list } = await externalDeckList('Open-XML-SDK__ataStorage_v2FxTestFiles_presentation_Chart_3D_(Column).pptx');
    const cats = texts(list).filter((t) => /^Category \d$/.test(t.text));
    expect(cats.map((t) => t.text)).toEqual(['Category 1', 'Category 2', 'Category 3', 'Category 4']);
    for (const t of cats) {
      // Upright: no rotation in the text's transform.
      expect(Math.abs(t.transform[1]) + Math.abs(t.transform[2])).toBeLessThan(1e-9);
    }
    const centres = cats.map((t) => t.px + t.width / 2);
    const lo = [144.2, 231.9, 319.5, 407.2];
    centres.forEach((c, i) => expect(Math.abs(c - lo[i]!), `Category ${i + 1} at ${c.toFixed(1)}`).toBeLessThan(10));
    // As far apart as LibreOffice's (81 pt before).
    expect((centres[3]! - centres[0]!) / 3).toBeGreaterThan(86);
  }, 60_000);

  it("18 pt tick labels in small charts: as many value intervals as labels fit along the axis, as LibreOffice's", async () => {
    // python-pptx cht-chart-type slide 5: five scatter charts 147 pt high with 18 pt labels (the
    // chart's c:txPr), y values up to 3.2. LibreOffice labels 0–4 by 1 (the axis over a label's
    // height leaves room for 5); we labelled 0–3.5 by 0.5 (the chart's height over 14 pt: 10).
    const { list } = await externalDeckList('python-pptx__features_steps_test_files_cht-chart-type.pptx');
    const shown = texts(list, 4).map((t) => t.text);
    expect(shown).not.toContain('3.5');
    expect(shown.filter((t) => t === '4').length).toBe(5);
  }, 60_000);
});
