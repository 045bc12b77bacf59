/**
 * Image snapshots of our own renders: every fixture deck rendered to PNG (36 dpi) is compared
 * with the committed picture in __snapshots__/ by the fidelity measure (a pixel differs when
 * no pixel within 1 px is within 48/255 per channel); at most 0.5 % may differ, and the number of
 * pages must be that of the committed pictures.
 * Update deliberately with: UPDATE_SNAPSHOTS=1 npx vitest run test/render/snapshots.test.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../src/render/render.js';
import { fixture, registry, ROOT } from './helpers/fixtures.js';
import { decodeRgb, pixelDifference } from './helpers/pixel-diff.js';

const DIR = path.join(ROOT, 'test/render/__snapshots__');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const TOLERANCE = 0.005;
const FIXTURES = [
  'shapes-fills-lines',
  'text-layout',
  'text-cjk-kinsoku',
  'text-overflow',
  'links',
  'pictures',
  'groups-transforms',
  'colors-transforms',
  'unsupported-content',
  'placeholders-inheritance',
  'backgrounds',
  // One slide per chart type: clustered columns (with data labels), stacked bars, percent-stacked
  // columns, lines with markers, areas, pie, doughnut, scatter, and a radar chart (a placeholder).
  'charts',
  // 3-D charts with their depth: standard columns, clustered cylinders, stacked columns
  // (right-angled axes, data labels), pie, line ribbons, extruded areas, clustered horizontal bars.
  'charts-3d',
  // Horizontal 3-D bars: clustered (right-angled axes), stacked in perspective (data labels),
  // percent-stacked cylinders, clustered cones (narrow gaps), standard pyramids (series axis).
  'charts-3d-bars',
  // EMF and WMF pictures drawn record by record (fixtures/render/metafile-bytes.mts).
  'metafiles',
];

describe('image snapshots of our renders', () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const { pngs } = await renderPng(fixture(name), { registry, dpi: 36 });
      // One picture per page: a page drawn or lost shows here before any pixel does.
      expect(pngs.length, `${name}: pages rendered`).toBeGreaterThan(0);
      const committed = existsSync(DIR) ? readdirSync(DIR).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f)).length : 0;
      if (!UPDATE && committed > 0) expect(pngs.length, `${name}: pages`).toBe(committed);
      for (let i = 0; i < pngs.length; i++) {
        const file = path.join(DIR, `${name}-${i + 1}.png`);
        if (UPDATE || !existsSync(file)) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, pngs[i]!);
          if (!UPDATE) throw new Error(`snapshot ${path.basename(file)} was missing and has been written; check it and commit it`);
          continue;
        }
        const diff = pixelDifference(await decodeRgb(pngs[i]!), await decodeRgb(readFileSync(file)));
        expect(diff.ratio, `${name} page ${i + 1}: ${(diff.ratio * 100).toFixed(2)} % of pixels differ`).toBeLessThanOrEqual(TOLERANCE);
      }
    });
  }
});
