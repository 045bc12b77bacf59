/**
 * inspect's list of content the embedded renderer does not draw faithfully must match what the
 * renderer really skips: for every real deck of the corpus, the kinds per slide from inspect and
 * from the renderer's W_RENDER_SKIPPED warnings are the same. When the renderer learns to draw
 * something, this test says which part of src/inspect/unsupported.ts to update.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../src/inspect/inspect.js';
import { render } from '../../src/render/render.js';
import { CORPUS } from '../edit/helpers/corpus.js';

const REAL = path.join(CORPUS, 'real');
if (!existsSync(REAL)) console.log(`skipped: the corpus is not at ${REAL}`);

/** The renderer's skip messages (src/render/scene/context.ts SKIP_KINDS) → inspect's kinds. */
const FROM_RENDERER: [RegExp, string][] = [
  [/chart\(s\) of a kind not drawn|chart\(s\) whose data part is missing|3-D chart\(s\) drawn flat/, 'chart'],
  [/SmartArt diagram\(s\) not drawn/, 'smartart'],
  [/SmartArt diagram\(s\) without a saved drawing drawn as a plain list/, 'smartart'],
  [/OLE object\(s\) not drawn/, 'ole:not drawn'],
  [/OLE object\(s\) drawn as their preview picture/, 'ole:preview picture only'],
  [/ActiveX control/, 'activex'],
  [/video\/audio clip/, 'media'],
  [/ink drawing/, 'ink'],
  [/3-D effects drawn flat/, '3d-effect'],
  [/of an unknown kind not drawn/, 'other-graphic'],
];

/**
 * Known differences, with the reason. The renderer recognises graphic data by Transitional URIs
 * only, so a Strict-OOXML SmartArt is an unknown graphic to it; inspect names it SmartArt (its
 * saved drawings are empty, so inspect lists them as SmartArt not drawn).
 */
const KNOWN: Record<string, { renderOnly: string[]; inspectOnly: string[] }> = {
  'openxmlsdk__strict-smartart.pptx': { renderOnly: ['1:other-graphic', '2:other-graphic'], inspectOnly: ['1:smartart', '2:smartart'] },
};

describe.skipIf(!existsSync(REAL))('inspect agrees with the renderer on what it does not draw', () => {
  it('for every real deck, slide by slide', async () => {
    for (const f of readdirSync(REAL)) {
      const bytes = readFileSync(path.join(REAL, f));
      const report = inspect(bytes, { what: f });
      const { warnings } = await render(bytes, { systemFonts: false, what: f });
      const fromRender = new Set<string>();
      for (const w of warnings) {
        if (w.code !== 'W_RENDER_SKIPPED') continue;
        for (const [re, kind] of FROM_RENDERER) if (re.test(w.message)) fromRender.add(`${w.slide}:${kind}`);
      }
      const fromInspect = new Set(report.unsupported.filter((u) => u.slide !== undefined).map((u) => `${u.slide}:${u.kind === 'ole' ? `ole:${u.treatment}` : u.kind}`));
      const renderOnly = [...fromRender].filter((k) => !fromInspect.has(k)).sort();
      const inspectOnly = [...fromInspect].filter((k) => !fromRender.has(k)).sort();
      expect({ deck: f, renderOnly, inspectOnly }).toEqual({ deck: f, ...(KNOWN[f] ?? { renderOnly: [], inspectOnly: [] }) });
    }
  }, 300_000);
});
