import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/render/color/rgba.js';
import { apply } from '../../src/render/matrix.js';
import type { ImageOp, PathOp } from '../../src/render/ops.js';
import { fixture, listOf, texts, textWith, IN } from './helpers/fixtures.js';

const paths = (ops: readonly { kind: string }[]) => ops.filter((o): o is PathOp => o.kind === 'path');

describe('shapes, fills and lines', () => {
  const { list, warnings } = listOf(fixture('shapes-fills-lines'));
  const ops = paths(list.pages[0]!.ops);

  it('draws every shape with its theme colour, transparency and outline', () => {
    expect(warnings).toEqual([]);
    const solid = ops.filter((o) => o.fill?.kind === 'solid').map((o) => (o.fill!.kind === 'solid' ? toHex(o.fill!.color) : ''));
    // accent1..accent6 of pptxgenjs's Office theme.
    for (const c of ['#4472c4', '#ed7d31', '#a5a5a5', '#ffc000', '#5b9bd5', '#70ad47']) expect(solid).toContain(c);
    const translucent = ops.find((o) => o.fill?.kind === 'solid' && o.fill.color.a < 1)!;
    expect(translucent.fill!.kind === 'solid' && translucent.fill!.color.a).toBeCloseTo(0.5, 2);
    const dashed = ops.find((o) => o.stroke && o.stroke.dash.length > 0 && o.stroke.width > 2)!;
    // "dash" is 4 on, 3 off line widths; a 3 pt line.
    expect(dashed.stroke!.dash).toEqual([12, 9]);
  });

  it('fills gradients: three-stop linear and a radial path gradient', () => {
    const lin = ops.find((o) => o.fill?.kind === 'linear')!;
    expect(lin.fill!.kind === 'linear' && lin.fill!.stops.map((s) => s.pos)).toEqual([0, 0.5, 1]);
    if (lin.fill!.kind === 'linear') {
      expect(lin.fill!.x2 - lin.fill!.x1).toBeCloseTo(3.5 * IN, 3);
      expect(lin.fill!.y1).toBeCloseTo(lin.fill!.y2, 6);
    }
    const rad = ops.find((o) => o.fill?.kind === 'radial')!;
    expect(rad.fill!.kind === 'radial' && toHex(rad.fill!.stops[0]!.color)).toBe('#ffffff');
  });

  it('rotates shapes and draws arrowheads as filled outlines in the line colour', () => {
    const rotated = ops.find((o) => o.fill?.kind === 'solid' && Math.abs(o.transform[1]) > 0.4)!;
    expect(Math.atan2(rotated.transform[1], rotated.transform[0]) * (180 / Math.PI)).toBeCloseTo(30, 3);
    const line = ops.find((o) => o.stroke && o.commands.length === 2 && o.stroke.width === 2)!;
    const heads = ops.filter((o) => o.fill?.kind === 'solid' && !o.stroke && o.transform === line.transform);
    expect(heads.length).toBe(2);
  });
});

describe('colours and their transforms', () => {
  const { list } = listOf(fixture('colors-transforms'));
  const fills = paths(list.pages[0]!.ops)
    .slice(1)
    .map((o) => (o.fill?.kind === 'solid' ? o.fill.color : undefined));
  it('resolves every colour element kind as LibreOffice does (its PDF\'s colours, ±1/255)', () => {
    // In the order of the fixture: lumMod, lumMod/lumOff, tint, shade, alpha, sysClr, prstClr,
    // scrgbClr, hslClr, satMod, comp, gray; expected values read from LibreOffice's PDF.
    const expected = ['#203864', '#dae3f3', '#cfd5e9', '#325490', '#4472c4', '#000000', '#006400', '#ffbc00', '#0000ff', '#be8660', '#31a1ed', '#919191'];
    expect(fills.length).toBe(expected.length);
    fills.forEach((c, i) => {
      const e = expected[i]!;
      const want = [1, 3, 5].map((k) => Number.parseInt(e.slice(k, k + 2), 16));
      const got = [c!.r, c!.g, c!.b].map((v) => v * 255);
      got.forEach((g, k) => expect(Math.abs(g - want[k]!), `${e} channel ${k}`).toBeLessThanOrEqual(1.01));
    });
    expect(fills[4]!.a).toBeCloseTo(0.5, 5);
  });
});

describe('links', () => {
  const { list, warnings } = listOf(fixture('links'));
  const links = list.pages[0]!.links;
  it('turns run links into one area per line fragment and shape links into the shape area', () => {
    const uris = links.map((l) => (l.target.kind === 'uri' ? l.target.uri : `page ${l.target.page}`));
    expect(uris).toContain('https://www.example.org/book');
    expect(uris).toContain('mailto:care@example.org');
    expect(uris).toContain('tel:+4512345678');
    expect(uris).toContain('https://www.example.org/shape');
    expect(uris).toContain('page 1');
    // The long link wraps: two areas with the same target.
    expect(uris.filter((u) => u === 'https://www.example.org/a/very/long/path/that/wraps').length).toBe(2);
    const shape = links.find((l) => l.target.kind === 'uri' && l.target.uri.endsWith('/shape'))!;
    expect(shape).toMatchObject({ x: 4.5 * IN, y: 0.5 * IN, w: 3 * IN, h: 1 * IN });
    const book = links.find((l) => l.target.kind === 'uri' && l.target.uri.endsWith('/book'))!;
    const run = textWith(list, 'www.example.org/book');
    expect(book.x).toBeCloseTo(run.px, 3);
    expect(book.w).toBeCloseTo(run.width, 3);
  });

  it('keeps the text colour of links that ask for it (ahyp:hlinkClr val="tx", as pptxgenjs writes)', () => {
    expect(toHex(textWith(list, 'www.example.org/book').color)).toBe('#44546a');
  });

  it('drops javascript: and file: links with a warning naming them', () => {
    const dropped = warnings.filter((w) => w.code === 'W_LINK_DROPPED').map((w) => w.message);
    expect(dropped.some((m) => m.includes('javascript:alert(1)'))).toBe(true);
    expect(dropped.some((m) => m.includes('file:///etc/passwd'))).toBe(true);
    expect(links.some((l) => l.target.kind === 'uri' && /javascript|file:/.test(l.target.uri))).toBe(false);
  });
});

describe('pictures', () => {
  const { list, warnings } = listOf(fixture('pictures'));
  const images = list.pages[0]!.ops.filter((o): o is ImageOp => o.kind === 'image');
  it('draws PNG, JPEG, GIF and SVG pictures, cropped and rotated', () => {
    expect(images.length).toBe(7);
    expect(new Set(images.map((i) => i.image.format))).toEqual(new Set(['png', 'jpeg', 'gif', 'svg']));
    // a:srcRect l=t=18.75 %, r=b=6.25 %: 75 % of the picture fills the 1.2 in frame.
    const cropped = images.find((i) => i.x < 0)!;
    expect(cropped.w).toBeCloseTo((1.2 * IN) / 0.75, 3);
    expect(cropped.x).toBeCloseTo(-0.1875 * cropped.w, 3);
    expect(cropped.y).toBeCloseTo(-0.1875 * cropped.h, 3);
    expect(cropped.clip).toBeDefined();
  });

  it('never fetches linked pictures and skips EMF, with warnings', () => {
    expect(warnings.find((w) => w.code === 'W_IMAGE_EXTERNAL')!.message).toContain('https://example.invalid/tracker.png');
    expect(warnings.find((w) => w.code === 'W_IMAGE_UNSUPPORTED')!.message).toMatch(/EMF/);
  });
});

describe('groups', () => {
  const { list } = listOf(fixture('groups-transforms'));
  it('keeps text size in scaled groups, does not mirror text in flipped groups, and fills a:grpFill from the group', () => {
    const t = textWith(list, 'grpFill');
    expect(t.size).toBe(14);
    const nm = textWith(list, 'Not');
    expect(nm.transform[0] * nm.transform[3] - nm.transform[1] * nm.transform[2]).toBeGreaterThan(0);
    const green = paths(list.pages[0]!.ops).find((o) => o.fill?.kind === 'solid' && toHex(o.fill.color) === '#70ad47');
    expect(green).toBeDefined();
    // Group rotated 15°: the ellipse's centre turned about the group's centre.
    const p = apply(green!.transform, 0, 0);
    expect(p.x).toBeGreaterThan(2 * IN);
  });
});

describe('content that is not drawn', () => {
  const { list, warnings } = listOf(fixture('unsupported-content'));
  it('reports one warning per kind and slide, and draws tables and charts', () => {
    const skipped = warnings.filter((w) => w.code === 'W_RENDER_SKIPPED');
    expect(skipped.map((w) => w.message).sort()).toEqual(['slide 1: 1 video/audio clip(s) drawn as their poster picture only']);
    // The bar chart: its categories and value labels are drawn from the cached values.
    for (const word of ['Mon', 'Tue', 'Wed', '5']) expect(texts(list).some((t) => t.text === word), word).toBe(true);
    expect(skipped.every((w) => w.slide === 1)).toBe(true);
    expect(texts(list).some((t) => t.text === 'Monday')).toBe(true);
    expect(texts(list).some((t) => t.text === 'Day' && t.face.native.bold)).toBe(true);
    expect(warnings.some((w) => w.code === 'W_LINK_DROPPED')).toBe(false);
  });
});

describe('placeholders, masters and backgrounds', () => {
  it('inherits position, size and colour from layout and master placeholders, and draws master shapes', () => {
    const { list } = listOf(fixture('placeholders-inheritance'));
    const title = textWith(list, 'Title from the layout');
    expect(title.size).toBe(28);
    expect(toHex(title.color)).toBe('#44546a');
    // Centred by the master's p:titleStyle (LibreOffice draws it at the same x, 65.7 pt).
    expect(title.px + title.width / 2).toBeCloseTo(0.5 * IN + 3.75 * IN, 0);
    expect(title.face.native.bold).toBe(true);
    const body = textWith(list, 'Body text takes');
    expect(body.size).toBe(14);
    expect(textWith(list, 'Master footer text').size).toBe(10);
    const bg = paths(list.pages[0]!.ops)[0]!;
    expect(bg.fill?.kind === 'solid' && toHex(bg.fill.color)).toBe('#e7e6e6');
  });

  it('draws solid and picture backgrounds under everything', () => {
    const { list } = listOf(fixture('backgrounds'));
    const first = list.pages[0]!.ops[0]!;
    expect(first.kind === 'path' && first.fill?.kind === 'solid' && toHex(first.fill.color)).toBe('#4472c4');
    const second = list.pages[1]!.ops[0]!;
    expect(second.kind).toBe('image');
    if (second.kind === 'image') expect([second.w, second.h]).toEqual([8.5 * IN, 11 * IN]);
  });
});

describe('decks without slides and text that does not fit', () => {
  it('gives a zero-slide deck one blank page of the slide size, with a warning', () => {
    const { list, warnings } = listOf(fixture('zero-slides'));
    expect(list.pages.length).toBe(1);
    expect([list.pages[0]!.width, list.pages[0]!.height]).toEqual([8.5 * IN, 11 * IN]);
    expect(warnings.map((w) => w.code)).toEqual(['W_RENDER_NO_SLIDES']);
  });

  it('warns about text that leaves its box, names the shape and slide, and grows a:spAutoFit shapes', () => {
    const { list, warnings } = listOf(fixture('text-overflow'));
    const over = warnings.filter((w) => w.code === 'W_TEXT_OVERFLOW');
    expect(over.length).toBe(1);
    expect(over[0]).toMatchObject({ slide: 1 });
    expect(over[0]!.message).toContain('"too small"');
    const grown = paths(list.pages[0]!.ops).find((o) => o.fill?.kind === 'solid' && toHex(o.fill.color) === '#e7e6e6')!;
    const ys = grown.commands.flatMap((c) => (c.op === 'Z' ? [] : [c.y]));
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.4 * IN * 2);
  });
});
