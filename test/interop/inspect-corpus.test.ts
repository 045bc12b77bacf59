/**
 * inspect on every real deck of the corpus (../shared/corpus, never copied into the project):
 * no deck throws, reports are plain JSON, and what it finds in known decks. Skips with a printed
 * reason when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../src/inspect/inspect.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

const corpusReal = path.join(CORPUS, 'real');
describe.skipIf(!existsSync(corpusReal))('inspect (real-world corpus)', () => {
  if (!existsSync(corpusReal)) console.log(`skipped: the corpus is not at ${corpusReal}`);

  it('inspects every real deck without throwing, and the report is plain JSON', () => {
    for (const f of readdirSync(corpusReal)) {
      const report = inspect(readFileSync(path.join(corpusReal, f)), { what: f });
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      expect(report.themes.length).toBeGreaterThan(0);
    }
  });

  it('finds charts, media, ActiveX, slide jumps and every master theme', () => {
    const kinds = (f: string) => new Set(inspect(readFileSync(path.join(corpusReal, f))).unsupported.map((u) => u.kind));
    // Bar and area charts are drawn from their cached values: not listed.
    expect(kinds('poi__bar-chart-mac.pptx')).toEqual(new Set());
    // SmartArt with the drawing PowerPoint saved is drawn by the renderer: not listed.
    expect(kinds('poi__SmartArt.pptx')).toEqual(new Set());
    expect(kinds('poi__keyframes-slidejumps-activex.pptx')).toEqual(new Set(['activex']));
    expect(kinds('poi__EmbeddedVideo.pptx')).toEqual(new Set(['media']));
    expect(kinds('poi__shapes-links-tables.pptx')).toEqual(new Set());
    expect(kinds('openxmlsdk__strict-charts.pptx')).toEqual(new Set());
    const links = inspect(readFileSync(path.join(corpusReal, 'automizer__SlideWithLink.pptx'))).links;
    expect(links.some((l) => l.kind === 'slide' && l.target === 'ppt/slides/slide2.xml')).toBe(true);
    expect(inspect(readFileSync(path.join(corpusReal, 'unstructured__libreoffice75-11-masters.pptx'))).themes).toHaveLength(11);
    // sysClr in the theme is reported with its last colour.
    const dk1 = inspect(readFileSync(path.join(corpusReal, 'automizer__TextReplace-base.pptx'))).themes[0]!.colors.dk1;
    expect(dk1?.written).toMatch(/^sysClr|^srgbClr/);
  });

  it('reports a theme without a colour scheme', () => {
    const f = path.join(CORPUS, 'derived', 'derived__theme-without-clrScheme.pptx');
    if (!existsSync(f)) return;
    expect(inspect(readFileSync(f)).themes[0]!.missingColors).toHaveLength(12);
  });
});
