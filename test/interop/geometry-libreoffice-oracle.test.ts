/**
 * LibreOffice as an oracle for the preset definitions: every preset is placed on slides with
 * pptxgenjs, once with its default adjust values and once with changed ones; LibreOffice (which
 * implements the presets from the specification's own definitions) converts the deck to PDF; the
 * outlines it drew are compared with ours, cell by cell, as the symmetric Hausdorff distance of
 * the densified paths (0.14 pt is the sampling floor on these 58 × 40 pt shapes; a default of
 * star8 off by 2 % of its inner radius already shows as 0.46 pt). Skipped, with the reason
 * printed, when soffice is not installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFPage } from '@cantoo/pdf-lib';
import pptxgen from 'pptxgenjs';
import { afterAll, describe, expect, it } from 'vitest';
import { presetGeometry, presetNames } from '../../src/render/geometry/preset.js';
import { PRESETS } from '../../src/render/geometry/presets/index.js';
import type { PathCommand } from '../../src/render/geometry/types.js';
import { needTools } from '../helpers/tools.js';

type Pt = [number, number];

const available = needTools('preset oracle', 'soffice') === undefined;

const COLS = 8;
const ROWS = 5;
const PER = COLS * ROWS;
const CELL_W = 13.333 / COLS; // inches
const CELL_H = 7.5 / ROWS;
const SHAPE_W = 0.8;
const SHAPE_H = 0.55;
const PAGE_H = 540; // points

/** Changed adjust values: 60 % of each default; arc angles turned by 50°. */
function changed(name: string): Record<string, number> {
  const adj: Record<string, number> = {};
  for (const [k, v] of Object.entries(PRESETS[name]!.av ?? {})) {
    if (k === 'hf' || k === 'vf') continue;
    const isAngle = Math.abs(v) >= 1_000_000 || ['pie', 'arc', 'chord', 'blockArc'].includes(name);
    adj[k] = isAngle && (k === 'adj1' || k === 'adj2') ? (v + 3_000_000) % 21_600_000 : Math.round(v * 0.6);
  }
  return adj;
}

interface Cell {
  name: string;
  adj: Record<string, number>;
  page: number;
  x: number; // inches
  y: number;
}

function layout(): Cell[] {
  const cells: Cell[] = [];
  for (const variant of ['default', 'changed'] as const) {
    for (const name of presetNames()) {
      const i = cells.length;
      const k = i % PER;
      cells.push({
        name,
        adj: variant === 'default' ? {} : changed(name),
        page: Math.floor(i / PER),
        x: (k % COLS) * CELL_W + (CELL_W - SHAPE_W) / 2,
        y: Math.floor(k / COLS) * CELL_H + (CELL_H - SHAPE_H) / 2,
      });
    }
  }
  return cells;
}

async function deck(cells: Cell[]): Promise<Uint8Array> {
  const pptx = new pptxgen();
  pptx.layout = 'LAYOUT_WIDE';
  let slide: ReturnType<typeof pptx.addSlide> | undefined;
  cells.forEach((c, i) => {
    if (i % PER === 0) slide = pptx.addSlide();
    slide!.addShape(c.name as never, { x: c.x, y: c.y, w: SHAPE_W, h: SHAPE_H, fill: { color: '7FA7DA' }, line: { color: '000000', width: 1 }, objectName: `cell${i}` });
  });
  const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  // Write the changed adjust values into a:prstGeom/a:avLst.
  for (const f of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const xml = (await zip.file(f)!.async('string')).replace(/<p:sp>(?:(?!<\/p:sp>).)*?<\/p:sp>/gs, (sp) => {
      const m = /name="cell(\d+)"/.exec(sp);
      if (!m) return sp;
      const gds = Object.entries(cells[Number(m[1])]!.adj)
        .map(([k, v]) => `<a:gd name="${k}" fmla="val ${v}"/>`)
        .join('');
      return sp.replace(/<a:avLst\s*\/>|<a:avLst><\/a:avLst>/, `<a:avLst>${gds}</a:avLst>`);
    });
    zip.file(f, xml);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/** Densifies a segment into points at most `step` apart. */
function pushSegment(out: Pt[], a: Pt, b: Pt, step = 0.25): void {
  const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
  for (let i = 1; i <= n; i++) out.push([a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n]);
}

function pushCubic(out: Pt[], p0: Pt, p1: Pt, p2: Pt, p3: Pt): void {
  let prev = p0;
  for (let i = 1; i <= 24; i++) {
    const t = i / 24;
    const u = 1 - t;
    const p: Pt = [
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ];
    pushSegment(out, prev, p);
    prev = p;
  }
}

/** Points along every path a PDF page draws (page coordinates, y down; full-page paths skipped). */
function pagePoints(page: PDFPage): Pt[] {
  const contents = page.node.get(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  let text = '';
  for (const ref of streams) {
    const s = page.doc.context.lookup(ref as never);
    if (s instanceof PDFRawStream) text += new TextDecoder('latin1').decode(decodePDFRawStream(s).decode()) + '\n';
  }
  const out: Pt[] = [];
  let sub: Pt[] = [];
  const flush = () => {
    if (sub.length > 0) {
      const xs = sub.map((p) => p[0]);
      if (Math.max(...xs) - Math.min(...xs) < 500) out.push(...sub);
      sub = [];
    }
  };
  let stack: string[] = [];
  let m = [1, 0, 0, 1, 0, 0];
  const saved: number[][] = [];
  let cur: Pt = [0, 0];
  let start: Pt = [0, 0];
  let inText = false;
  const tr = (x: number, y: number): Pt => [m[0]! * x + m[2]! * y + m[4]!, PAGE_H - (m[1]! * x + m[3]! * y + m[5]!)];
  const num = (k: number) => Number(stack[stack.length - k]);
  for (const tok of text.split(/\s+/)) {
    if (tok === 'BT') inText = true;
    else if (tok === 'ET') inText = false;
    else if (inText) continue;
    else if (tok === 'q') saved.push(m);
    else if (tok === 'Q') m = saved.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (tok === 'cm') {
      const [a, b, c, d, e, f] = [num(6), num(5), num(4), num(3), num(2), num(1)];
      m = [a * m[0]! + b * m[2]!, a * m[1]! + b * m[3]!, c * m[0]! + d * m[2]!, c * m[1]! + d * m[3]!, e * m[0]! + f * m[2]! + m[4]!, e * m[1]! + f * m[3]! + m[5]!];
    } else if (tok === 'm') {
      flush();
      cur = tr(num(2), num(1));
      start = cur;
      sub.push(cur);
    } else if (tok === 'l') {
      const p = tr(num(2), num(1));
      pushSegment(sub, cur, p);
      cur = p;
    } else if (tok === 'c') {
      const p3 = tr(num(2), num(1));
      pushCubic(sub, cur, tr(num(6), num(5)), tr(num(4), num(3)), p3);
      cur = p3;
    } else if (tok === 'h') {
      pushSegment(sub, cur, start);
      cur = start;
    } else if (/^[-+.\d]+$/.test(tok)) {
      stack.push(tok);
      continue;
    }
    stack = [];
  }
  flush();
  return out;
}

/** Points along our geometry for a cell, in page points (y down). */
function ourPoints(c: Cell): Pt[] {
  const g = presetGeometry(c.name, SHAPE_W * 72, SHAPE_H * 72, c.adj)!;
  const out: Pt[] = [];
  const at = (x: number, y: number): Pt => [c.x * 72 + x, c.y * 72 + y];
  for (const p of g.paths) {
    let cur: Pt = [0, 0];
    let start: Pt = [0, 0];
    for (const cmd of p.commands as PathCommand[]) {
      if (cmd.op === 'M') {
        cur = at(cmd.x, cmd.y);
        start = cur;
        out.push(cur);
      } else if (cmd.op === 'L') {
        const q = at(cmd.x, cmd.y);
        pushSegment(out, cur, q);
        cur = q;
      } else if (cmd.op === 'C') {
        const q = at(cmd.x, cmd.y);
        pushCubic(out, cur, at(cmd.x1, cmd.y1), at(cmd.x2, cmd.y2), q);
        cur = q;
      } else {
        pushSegment(out, cur, start);
        cur = start;
      }
    }
  }
  return out;
}

/** Largest distance from a point of `a` to the nearest point of `b` (grid-bucketed). */
function directed(a: Pt[], b: Pt[]): number {
  const size = 2;
  const grid = new Map<string, Pt[]>();
  for (const p of b) {
    const key = `${Math.floor(p[0] / size)},${Math.floor(p[1] / size)}`;
    (grid.get(key) ?? grid.set(key, []).get(key)!).push(p);
  }
  let worst = 0;
  for (const p of a) {
    const gx = Math.floor(p[0] / size);
    const gy = Math.floor(p[1] / size);
    let best = Infinity;
    for (let r = 0; r < 40 && best > (r - 1) * size; r++) {
      for (let i = gx - r; i <= gx + r; i++) {
        for (let j = gy - r; j <= gy + r; j++) {
          if (Math.max(Math.abs(i - gx), Math.abs(j - gy)) !== r) continue;
          for (const q of grid.get(`${i},${j}`) ?? []) best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
        }
      }
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

describe.skipIf(!available)('preset outlines against LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'va-geometry-oracle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every preset, at default and at changed adjust values, is within 0.3 pt of LibreOffice', async () => {
    const cells = layout();
    writeFileSync(join(dir, 'presets.pptx'), await deck(cells));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'presets.pptx')], {
      stdio: 'ignore',
      timeout: 100_000,
    });
    const pdf = await PDFDocument.load(readFileSync(join(dir, 'presets.pdf')));
    const pages = pdf.getPages().map(pagePoints);
    const failures: string[] = [];
    cells.forEach((c, i) => {
      const x0 = (c.x - (CELL_W - SHAPE_W) / 2) * 72;
      const y0 = (c.y - (CELL_H - SHAPE_H) / 2) * 72;
      const inCell = (p: Pt) => p[0] >= x0 && p[0] <= x0 + CELL_W * 72 && p[1] >= y0 && p[1] <= y0 + CELL_H * 72;
      const theirs = (pages[c.page] ?? []).filter(inCell);
      const ours = ourPoints(c).filter(inCell);
      const d = theirs.length && ours.length ? Math.max(directed(theirs, ours), directed(ours, theirs)) : Infinity;
      if (!(d <= 0.3)) failures.push(`${c.name}${Object.keys(c.adj).length ? ' (changed adjust values)' : ''}: ${d.toFixed(2)} pt (cell ${i})`);
    });
    expect(failures).toEqual([]);
  });
});
