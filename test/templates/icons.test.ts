import { describe, expect, it } from 'vitest';
import { readStrokeIcon } from '../../src/templates/icons/svg-icon.js';
import { lucideIcon } from '../../src/templates/icons/lucide.js';
import { iconCustGeom } from '../../src/templates/icons/custgeom.js';
import { INDUSTRIES } from '../../src/templates/source/industries/index.js';
import { parseXmlText } from '../../src/xml/parse.js';
import { serializeElement } from '../../src/xml/serialize.js';
import { NS } from '../../src/xml/namespaces.js';

const svg = (body: string): string => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" stroke-width="2" fill="none">${body}</svg>`;

describe('readStrokeIcon', () => {
  it('turns a circle into a closed path of four arcs on the circle', () => {
    const icon = readStrokeIcon('c', svg('<circle cx="12" cy="12" r="10"/>'));
    const [sub] = icon.subpaths;
    expect(sub!.closed).toBe(true);
    expect(sub!.segments).toHaveLength(4);
    for (const s of sub!.segments) expect(Math.hypot(s.to.x - 12, s.to.y - 12)).toBeCloseTo(10, 10);
    expect(icon.strokeWidth).toBe(2);
  });

  it('rounds rectangle corners and reads lines, polylines and polygons', () => {
    const icon = readStrokeIcon('r', svg('<rect x="2" y="4" width="20" height="16" rx="2"/><line x1="1" y1="1" x2="3" y2="3"/><polyline points="1 1 2 2 3 1"/><polygon points="0,0 4,0 2,3"/>'));
    expect(icon.subpaths).toHaveLength(4);
    expect(icon.subpaths[0]!.start).toEqual({ x: 4, y: 4 });
    expect(icon.subpaths[0]!.segments.filter((s) => s.kind === 'cubic')).toHaveLength(4);
    expect(icon.subpaths[2]!.closed).toBe(false);
    expect(icon.subpaths[3]!.closed).toBe(true);
  });

  it('refuses what an icon must not contain', () => {
    expect(() => readStrokeIcon('t', svg('<text>x</text>'))).toThrow(/unsupported/);
    expect(() => readStrokeIcon('m', svg('<path transform="scale(2)" d="M0 0L1 1"/>'))).toThrow(/transform/);
    expect(() => readStrokeIcon('v', '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0L1 1"/></svg>')).toThrow(/viewBox/);
  });

  it('reads every Lucide icon the templates use', () => {
    const names = new Set(['calendar-check', 'credit-card', 'globe', 'qr-code']);
    for (const ind of Object.values(INDUSTRIES)) {
      for (const n of [...Object.values(ind.icons.steps), ind.icons.need, ind.icons.prepare, ind.icons.cancel]) names.add(n);
    }
    for (const n of names) expect(lucideIcon(n).subpaths.length, n).toBeGreaterThan(0);
  });
});

describe('iconCustGeom', () => {
  const ctx = parseXmlText('<p:spPr xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>', 't').root;

  it('writes one unfilled path in a 100× view-box space with lines and Béziers only', () => {
    const geom = iconCustGeom(lucideIcon('stethoscope'), ctx);
    ctx.append(geom);
    const xml = serializeElement(geom);
    expect(xml).toMatch(/^<a:custGeom><a:avLst\/><a:gdLst\/><a:ahLst\/><a:cxnLst\/><a:rect l="l" t="t" r="r" b="b"\/><a:pathLst><a:path w="2400" h="2400" fill="none">/);
    expect(xml).not.toContain('xmlns');
    expect(xml).not.toContain('arcTo');
    expect(xml).toContain('<a:cubicBezTo>');
    geom.remove();
  });

  it('adds a fill-only background path and shrinks the icon inside it', () => {
    const geom = iconCustGeom(lucideIcon('qr-code'), ctx, { scale: 0.5, background: true });
    ctx.append(geom);
    const paths = [...geom.descendants(NS.a, 'path')];
    expect(paths.map((p) => [p.attr('w'), p.attr('h'), p.attr('stroke'), p.attr('fill')])).toEqual([
      ['4800', '4800', '0', undefined],
      ['4800', '4800', undefined, 'none'],
    ]);
    // Every icon point lies in the central half of the space.
    for (const pt of paths[1]!.descendants(NS.a, 'pt')) {
      expect(Number(pt.attr('x'))).toBeGreaterThanOrEqual(1200);
      expect(Number(pt.attr('x'))).toBeLessThanOrEqual(3600);
    }
    geom.remove();
    expect(() => iconCustGeom(lucideIcon('qr-code'), ctx, { scale: 0 })).toThrow(/scale/);
  });
});
