import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { customGeometry, readCustomGeometry } from '../../../src/render/geometry/custom.js';
import { geometryBounds, pathBounds } from './helpers/bounds.js';
import type { Geometry, PathCommand } from '../../../src/render/geometry/types.js';
import { OpcPackage } from '../../../src/package/opc-package.js';
import { WarningSink } from '../../../src/warnings.js';
import type { XElement } from '../../../src/xml/element.js';
import { NS } from '../../../src/xml/namespaces.js';
import { parseXmlText } from '../../../src/xml/parse.js';

const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = join(root, '../shared/corpus/real');

function custGeom(inner: string, prefix = 'a', uri = 'http://schemas.openxmlformats.org/drawingml/2006/main'): XElement {
  const xml = `<${prefix}:custGeom xmlns:${prefix}="${uri}">${inner.replaceAll('<a:', `<${prefix}:`).replaceAll('</a:', `</${prefix}:`)}</${prefix}:custGeom>`;
  return parseXmlText(xml, 'test.xml').root;
}

function ends(cmds: PathCommand[]): string[] {
  return cmds.map((c) => (c.op === 'Z' ? 'Z' : `${c.op}${round(c.x)},${round(c.y)}`));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000 + 0;
}

function allFinite(g: Geometry): boolean {
  return (
    g.paths.every((p) => p.commands.every((c) => Object.values(c).every((v) => typeof v !== 'number' || Number.isFinite(v)))) &&
    Object.values(g.textRect).every(Number.isFinite)
  );
}

describe('a:custGeom', () => {
  it('evaluates adjust values, guides, the text rectangle and every path command', () => {
    const el = custGeom(`
      <a:avLst><a:gd name="adj" fmla="val 25000"/></a:avLst>
      <a:gdLst>
        <a:gd name="inset" fmla="*/ ss adj 100000"/>
        <a:gd name="right" fmla="+- r 0 inset"/>
      </a:gdLst>
      <a:ahLst/><a:cxnLst/>
      <a:rect l="inset" t="inset" r="right" b="vc"/>
      <a:pathLst>
        <a:path>
          <a:moveTo><a:pt x="l" y="t"/></a:moveTo>
          <a:lnTo><a:pt x="right" y="0"/></a:lnTo>
          <a:arcTo wR="inset" hR="inset" stAng="3cd4" swAng="cd4"/>
          <a:quadBezTo><a:pt x="r" y="b"/><a:pt x="hc" y="b"/></a:quadBezTo>
          <a:cubicBezTo><a:pt x="40" y="100"/><a:pt x="0" y="80"/><a:pt x="0" y="50"/></a:cubicBezTo>
          <a:close/>
        </a:path>
        <a:path w="2" h="4" fill="none" stroke="0">
          <a:moveTo><a:pt x="1" y="0"/></a:moveTo>
          <a:lnTo><a:pt x="1" y="4"/></a:lnTo>
        </a:path>
      </a:pathLst>`);
    const g = customGeometry(el, 200, 100);
    expect(g.textRect).toEqual({ l: 25, t: 25, r: 175, b: 50 });
    const [outline, line] = g.paths;
    expect(ends(outline!.commands)).toEqual(['M0,0', 'L175,0', 'C200,25', 'C100,100', 'C0,50', 'Z']);
    expect(outline!.fill).toBe('norm');
    expect(outline!.stroke).toBe(true);
    // a:path@w/@h scale the path's own coordinates to the shape.
    expect(ends(line!.commands)).toEqual(['M100,0', 'L100,100']);
    expect(line!.fill).toBe('none');
    expect(line!.stroke).toBe(false);
  });

  it('matches elements by namespace, not by prefix (Strict namespace and another prefix)', () => {
    const body = `<a:pathLst><a:path><a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="w" y="h"/></a:lnTo></a:path></a:pathLst>`;
    const strict = customGeometry(custGeom(body, 'dml', 'http://purl.oclc.org/ooxml/drawingml/main'), 10, 20);
    expect(ends(strict.paths[0]!.commands)).toEqual(['M0,0', 'L10,20']);
    // An element in a foreign namespace that happens to use the prefix "a" is not a path.
    const foreign = parseXmlText(
      `<a:custGeom ${A} xmlns:x="urn:other"><a:pathLst><x:path><a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="5" y="5"/></a:lnTo></x:path></a:pathLst></a:custGeom>`,
      't.xml',
    ).root;
    expect(customGeometry(foreign, 10, 10).paths).toEqual([]);
  });

  it('reads Strict universal measures as EMU', () => {
    const el = custGeom(`<a:pathLst><a:path w="2in" h="1in"><a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="1in" y="72pt"/></a:lnTo></a:path></a:pathLst>`);
    expect(ends(customGeometry(el, 100, 50).paths[0]!.commands)).toEqual(['M0,0', 'L50,50']);
  });

  it('without a:rect the text rectangle is the whole box; a path without moves starts at 0,0', () => {
    const el = custGeom(`<a:pathLst><a:path><a:lnTo><a:pt x="10" y="0"/></a:lnTo><a:close/><a:lnTo><a:pt x="0" y="10"/></a:lnTo></a:path></a:pathLst>`);
    const g = customGeometry(el, 30, 40);
    expect(g.textRect).toEqual({ l: 0, t: 0, r: 30, b: 40 });
    expect(ends(g.paths[0]!.commands)).toEqual(['M0,0', 'L10,0', 'Z', 'M0,0', 'L0,10']);
  });
});

describe('hostile a:custGeom', () => {
  it('survives missing attributes, unknown names, NaN-like values and unknown elements', () => {
    const el = custGeom(`
      <a:avLst><a:gd fmla="val 5"/><a:gd name="x"/></a:avLst>
      <a:gdLst>
        <a:gd name="nan" fmla="*/ NaN Infinity 0"/>
        <a:gd name="big" fmla="*/ 1e308 1e308 1"/>
        <a:gd name="self" fmla="+- self 1 0"/>
        <a:gd name="fwd" fmla="+- later 1 0"/>
        <a:gd name="later" fmla="val 100"/>
        <a:gd name="bad" fmla="pow 2 3"/>
      </a:gdLst>
      <a:rect l="nan" r="big"/>
      <a:pathLst>
        <a:path w="-5" h="abc" fill="sparkle" stroke="maybe">
          <a:moveTo><a:pt/></a:moveTo>
          <a:lnTo><a:pt x="self" y="fwd"/></a:lnTo>
          <a:lnTo/>
          <a:quadBezTo><a:pt x="1" y="1"/></a:quadBezTo>
          <a:arcTo/>
          <a:arcTo wR="1e400" hR="10" stAng="NaN" swAng="cd4"/>
          <a:cubicBezTo><a:pt x="big" y="big"/><a:pt x="nan" y="0"/><a:pt x="3" y="3"/></a:cubicBezTo>
          <a:unknownThing/>
          <a:lnTo><a:pt x="1e999" y="-1e999"/></a:lnTo>
        </a:path>
      </a:pathLst>`);
    const g = customGeometry(el, 100, 100);
    expect(allFinite(g)).toBe(true);
    const cmds = g.paths[0]!.commands;
    // self is 0 + 1 (an undefined guide is 0); fwd sees "later" before it is defined.
    expect(ends(cmds).slice(0, 2)).toEqual(['M0,0', 'L1,1']);
    expect(g.paths[0]!.fill).toBe('norm');
    expect(g.paths[0]!.stroke).toBe(true);
    // Huge guide values are clamped to a sane range around the box.
    const b = pathBounds(cmds)!;
    expect(Math.max(Math.abs(b.l), Math.abs(b.r), Math.abs(b.t), Math.abs(b.b))).toBeLessThanOrEqual(100_000);
    // The text rectangle had no top or bottom (0 and 0): empty, so the whole box.
    expect(g.textRect).toEqual({ l: 0, t: 0, r: 100, b: 100 });
  });

  it('caps guides, paths and commands, and says so once', () => {
    const gd = Array.from({ length: 50 }, (_, i) => `<a:gd name="g${i}" fmla="+- g${i - 1} 1 0"/>`).join('');
    const path = `<a:path><a:moveTo><a:pt x="0" y="0"/></a:moveTo>${'<a:lnTo><a:pt x="1" y="1"/></a:lnTo>'.repeat(30)}</a:path>`;
    const el = custGeom(`<a:gdLst>${gd}</a:gdLst><a:pathLst>${path.repeat(10)}</a:pathLst>`);
    const warnings = new WarningSink();
    const def = readCustomGeometry(el, { limits: { maxGuides: 20, maxPaths: 5, maxCommands: 100 }, warnings, part: 'ppt/slides/slide1.xml' });
    expect(def.gd).toHaveLength(20);
    expect(def.paths.length).toBeLessThanOrEqual(5);
    expect(def.paths.reduce((n, p) => n + p.commands.length, 0)).toBe(100);
    expect(warnings.list).toHaveLength(1);
    expect(warnings.list[0]).toMatchObject({ code: 'W_GEOMETRY_LIMIT', part: 'ppt/slides/slide1.xml' });
    expect(warnings.list[0]!.message).toMatch(/guides and commands|guides and paths/);
  });

  it("handles a freeform of 120 000 points within the default limits", () => {
    // Built directly as a tree: parsing 4 MB of XML is not what this test measures.
    const el = custGeom('<a:pathLst><a:path><a:moveTo><a:pt x="0" y="0"/></a:moveTo></a:path></a:pathLst>');
    const path = el.path(NS.a, 'pathLst', 'path')!;
    for (let i = 0; i < 120_000; i++) {
      const lnTo = path.make(NS.a, 'lnTo');
      lnTo.append(lnTo.make(NS.a, 'pt', { x: String(i % 10), y: '5' }));
      path.append(lnTo);
    }
    const warnings = new WarningSink();
    const g = customGeometry(el, 10, 10, { warnings });
    expect(g.paths[0]!.commands.length).toBe(100_000);
    expect(warnings.list.map((w) => w.code)).toEqual(['W_GEOMETRY_LIMIT']);
  });

  it('never throws and stays finite on 500 random definitions (seeded fuzz)', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const ops = ['*/', '+-', '+/', '?:', 'abs', 'at2', 'cat2', 'cos', 'max', 'min', 'mod', 'pin', 'sat2', 'sin', 'sqrt', 'tan', 'val', 'xx', ''];
    const atoms = ['0', '-1', '1e308', '-21600000', '3.5', 'w', 'h', 'ss', 'cd4', 'g0', 'g1', 'g7', 'nosuch', 'NaN', '', '1e-320'];
    for (let n = 0; n < 500; n++) {
      const gds = Array.from({ length: Math.floor(rand() * 12) }, (_, i) => `<a:gd name="g${i}" fmla="${pick(ops)} ${pick(atoms)} ${pick(atoms)} ${pick(atoms)}"/>`).join('');
      const cmd = () => {
        const pt = () => `<a:pt x="${pick(atoms)}" y="${pick(atoms)}"/>`;
        switch (Math.floor(rand() * 7)) {
          case 0: return `<a:moveTo>${pt()}</a:moveTo>`;
          case 1: return `<a:lnTo>${pt()}</a:lnTo>`;
          case 2: return `<a:arcTo wR="${pick(atoms)}" hR="${pick(atoms)}" stAng="${pick(atoms)}" swAng="${pick(atoms)}"/>`;
          case 3: return `<a:quadBezTo>${pt()}${pt()}</a:quadBezTo>`;
          case 4: return `<a:cubicBezTo>${pt()}${pt()}${rand() < 0.8 ? pt() : ''}</a:cubicBezTo>`;
          case 5: return '<a:close/>';
          default: return '<a:lnTo/>';
        }
      };
      const paths = Array.from(
        { length: Math.floor(rand() * 3) + 1 },
        () => `<a:path w="${pick(atoms)}" h="${pick(atoms)}">${Array.from({ length: Math.floor(rand() * 10) }, cmd).join('')}</a:path>`,
      ).join('');
      const el = custGeom(`<a:gdLst>${gds}</a:gdLst><a:rect l="${pick(atoms)}" t="g1" r="${pick(atoms)}" b="h"/><a:pathLst>${paths}</a:pathLst>`);
      const g = customGeometry(el, pick([0, 1, 100, 1e6]), pick([0, 1, 100, 1e6]));
      expect(allFinite(g), `case ${n}`).toBe(true);
    }
  });

  it('an empty a:custGeom has no paths', () => {
    expect(customGeometry(custGeom(''), 10, 10)).toEqual({ paths: [], textRect: { l: 0, t: 0, r: 10, b: 10 } });
    expect(customGeometry(custGeom('<a:pathLst><a:path/></a:pathLst>'), 10, 10).paths).toEqual([]);
  });
});

describe('a:custGeom from a real PowerPoint file', () => {
  const file = join(corpus, 'poi__customGeo-30-hyperlinks.pptx');
  const present = existsSync(file);
  if (!present) console.log(`skipped: the shared corpus is not at ${corpus}`);

  it.skipIf(!present)('draws all 14 freeforms of poi customGeo.pptx exactly inside their boxes', () => {
    const pkg = OpcPackage.open(readFileSync(file), { what: 'customGeo.pptx' });
    const shapes = [...pkg.xml('ppt/slides/slide6.xml').root.descendants(NS.p, 'sp')].filter((sp) => sp.child(NS.p, 'spPr')?.child(NS.a, 'custGeom'));
    expect(shapes).toHaveLength(14);
    let arcs = 0;
    for (const sp of shapes) {
      const spPr = sp.child(NS.p, 'spPr')!;
      const ext = spPr.path(NS.a, 'xfrm', 'ext')!;
      const w = Number(ext.attr('cx')) / 12700;
      const h = Number(ext.attr('cy')) / 12700;
      const cg = spPr.child(NS.a, 'custGeom')!;
      arcs += [...cg.descendants(NS.a, 'arcTo')].length;
      const g = customGeometry(cg, w, h);
      expect(g.paths.length).toBeGreaterThan(0);
      expect(allFinite(g)).toBe(true);
      const b = geometryBounds(g)!;
      expect(b.l).toBeGreaterThanOrEqual(-0.01);
      expect(b.t).toBeGreaterThanOrEqual(-0.01);
      expect(b.r).toBeLessThanOrEqual(w + 0.01);
      expect(b.b).toBeLessThanOrEqual(h + 0.01);
      // The rounded boxes (LibreOffice-style guides with cos, at2, ?: and four a:arcTo) touch all four sides.
      if (cg.path(NS.a, 'pathLst', 'path', 'arcTo')) {
        expect([b.l, b.t, b.r, b.b].map((v) => Math.round(v * 100) / 100)).toEqual([0, 0, Math.round(w * 100) / 100, Math.round(h * 100) / 100]);
        expect(g.textRect.l).toBeGreaterThan(0);
      }
    }
    expect(arcs).toBe(20);
    // "Freeform 4": a path in its own 1915417 × 455782 space, stretched to the shape.
    const first = customGeometry(shapes[0]!.child(NS.p, 'spPr')!.child(NS.a, 'custGeom')!, 1916112, 455612);
    expect(ends(first.paths[0]!.commands)).toEqual(['M0,0', `L0,${round((310602 / 455782) * 455612)}`, `L1916112,${round((310602 / 455782) * 455612)}`, 'L1916112,455612']);
  });
});
