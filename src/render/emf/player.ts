/**
 * Plays GDI drawing calls (from EMF or WMF records) into display-list operations: the device
 * context (dc.ts) decides the pen, brush, font, colours and the mapping of logical coordinates to
 * the picture's local box; shapes become path operations, text becomes text operations (text.ts)
 * and bitmaps image operations, each clipped to the region in force. Counts of what could not be
 * drawn go into `unsupported` (reported once per picture by the caller).
 */
import type { Rgba } from '../color/rgba.js';
import { apply, compose, determinant, invert, multiply, type Matrix } from '../matrix.js';
import type { DrawOp, ImageOp, Paint, PathCommand, Stroke } from '../ops.js';
import { arcPoints, ellipseCommands, roundRectCommands } from './shapes.js';
import { cloneState, initialState, stockObject, type Box, type Brush, type DcState, type GdiObject, type LogFont, type Pen } from './dc.js';
import type { MetaText } from './text.js';
import { pushAll } from '../../arrays.js';

export interface Point {
  x: number;
  y: number;
}

export interface PlayerOptions {
  /** Device units → the picture's local coordinates (axis-aligned: scale and offset). */
  toLocal: Matrix;
  /** Logical units → device units for a DC state (map mode, window, viewport). */
  pageMatrix: (s: DcState) => Matrix;
  /** The picture's transform on the page (the transform of every operation). */
  m: Matrix;
  /** The picture's own clip (its box, as rectangles) in local coordinates, or a path. */
  baseClip: Box[] | null;
  baseClipPath: PathCommand[] | null;
  /** Draws text (fonts live outside this module). */
  text: MetaText;
  /** Most operations produced; beyond that the rest of the picture is left out. */
  maxOps: number;
  /** Local units per device pixel, where the device has no pixels (WMF); else from toLocal. */
  pixel?: number;
}

/** What one picture could not draw, by record name. */
export type Unsupported = Map<string, number>;

export class Player {
  s: DcState = initialState();
  private readonly stack: DcState[] = [];
  readonly objects = new Map<number, GdiObject>();
  readonly ops: DrawOp[] = [];
  readonly unsupported: Unsupported = new Map();
  /** The current position, logical units. */
  pos: Point = { x: 0, y: 0 };
  /** The path being built between BeginPath and EndPath (local coordinates), or null. */
  path: PathCommand[] | null = null;
  private pathOpen = false;
  private matrixCache: { key: string; l: Matrix } | undefined;
  truncated = false;

  constructor(readonly o: PlayerOptions) {
    this.s.clip = o.baseClip ? o.baseClip.map((b) => ({ ...b })) : null;
    this.s.clipPath = o.baseClipPath;
  }

  note(what: string): void {
    this.unsupported.set(what, (this.unsupported.get(what) ?? 0) + 1);
  }

  // ── Mapping ─────────────────────────────────────────────────────────────────────────────────

  /** Logical → local. */
  get L(): Matrix {
    const s = this.s;
    const key = `${s.mapMode}|${s.winOrg.x},${s.winOrg.y},${s.winExt.x},${s.winExt.y}|${s.vpOrg.x},${s.vpOrg.y},${s.vpExt.x},${s.vpExt.y}|${s.world.join(',')}`;
    if (this.matrixCache?.key !== key) this.matrixCache = { key, l: compose(this.o.toLocal, this.o.pageMatrix(s), s.world) };
    return this.matrixCache.l;
  }

  p(x: number, y: number): Point {
    return apply(this.L, x, y);
  }

  /** Local units per logical unit (mean), for pen widths and font sizes. */
  private get logicalScale(): number {
    return Math.sqrt(Math.abs(determinant(this.L)));
  }

  /** Local units per device pixel. */
  get pixel(): number {
    if (this.o.pixel !== undefined) return this.o.pixel;
    return Math.sqrt(Math.abs(determinant(this.o.toLocal)));
  }

  // ── State ───────────────────────────────────────────────────────────────────────────────────

  save(): void {
    if (this.stack.length < 1000) this.stack.push(cloneState(this.s));
  }

  /** RestoreDC: n < 0 is relative (-1: the last saved), n > 0 an absolute level. */
  restore(n: number): void {
    const level = n < 0 ? this.stack.length + n : n - 1;
    if (level < 0 || level >= this.stack.length) return;
    this.s = this.stack[level]!;
    this.stack.length = level;
  }

  select(index: number): void {
    const obj = index & 0x80000000 ? stockObject(index & 0x7fffffff) : this.objects.get(index);
    if (!obj) return;
    if (obj.type === 'pen') this.s.pen = obj.pen;
    else if (obj.type === 'brush') this.s.brush = obj.brush;
    else if (obj.type === 'font') this.s.font = obj.font;
    else if (obj.type === 'region') this.setClipRegion(obj.rects, 5, true);
  }

  // ── Clipping (local rectangles) ─────────────────────────────────────────────────────────────

  private localBox(l: number, t: number, r: number, b: number, device: boolean): Box {
    const m = device ? this.o.toLocal : this.L;
    const pts = [apply(m, l, t), apply(m, r, t), apply(m, l, b), apply(m, r, b)];
    const xs = pts.map((q) => q.x);
    const ys = pts.map((q) => q.y);
    return { l: Math.min(...xs), t: Math.min(...ys), r: Math.max(...xs), b: Math.max(...ys) };
  }

  intersectClip(l: number, t: number, r: number, b: number): void {
    const box = this.localBox(l, t, r, b, false);
    const current = this.s.clip ?? [{ l: -1e7, t: -1e7, r: 1e7, b: 1e7 }];
    this.s.clip = current.map((c) => intersect(c, box)).filter((c): c is Box => c !== null);
  }

  excludeClip(l: number, t: number, r: number, b: number): void {
    const box = this.localBox(l, t, r, b, false);
    const current = this.s.clip ?? [{ l: -1e7, t: -1e7, r: 1e7, b: 1e7 }];
    this.s.clip = current.flatMap((c) => subtract(c, box));
    if (this.s.clip.length > 500) this.s.clip = current;
  }

  /** A region in device units combined with the clip: 1 AND, 2 OR, 3 XOR, 4 DIFF, 5 COPY. */
  setClipRegion(deviceRects: Box[] | null, mode: number, local = false): void {
    const rects = deviceRects?.map((r) => (local ? r : this.localBox(r.l, r.t, r.r, r.b, true))) ?? null;
    const base = this.o.baseClip;
    if (rects === null) {
      if (mode === 5) {
        this.s.clip = base ? base.map((b) => ({ ...b })) : null;
        this.s.clipPath = this.o.baseClipPath;
      }
      return;
    }
    const within = (rs: Box[]) => (base ? rs.flatMap((r) => base.map((b) => intersect(r, b)).filter((c): c is Box => c !== null)) : rs);
    const current = this.s.clip ?? [{ l: -1e7, t: -1e7, r: 1e7, b: 1e7 }];
    let next: Box[];
    switch (mode) {
      case 1:
        next = current.flatMap((c) => rects.map((r) => intersect(c, r)).filter((x): x is Box => x !== null));
        break;
      case 2:
      case 3:
        next = [...current, ...rects];
        break;
      case 4:
        next = rects.reduce<Box[]>((acc, r) => acc.flatMap((c) => subtract(c, r)), current);
        break;
      default:
        next = within(rects);
    }
    this.s.clip = next.length > 500 ? current : next;
  }

  offsetClip(dx: number, dy: number): void {
    if (!this.s.clip) return;
    const k = this.L;
    const ox = k[0] * dx + k[2] * dy;
    const oy = k[1] * dx + k[3] * dy;
    this.s.clip = this.s.clip.map((c) => ({ l: c.l + ox, t: c.t + oy, r: c.r + ox, b: c.b + oy }));
  }

  // ── Paths ───────────────────────────────────────────────────────────────────────────────────

  beginPath(): void {
    this.path = [];
    this.pathOpen = true;
  }

  endPath(): void {
    this.pathOpen = false;
  }

  abortPath(): void {
    this.path = null;
    this.pathOpen = false;
  }

  closeFigure(): void {
    if (this.pathOpen && this.path && this.path.length > 0) this.path.push({ op: 'Z' });
  }

  /** True while BeginPath is open: drawing calls add to the path instead of drawing. */
  get recording(): boolean {
    return this.pathOpen && this.path !== null;
  }

  /** Commands of a figure from logical points. */
  private figure(pts: readonly Point[], close: boolean): PathCommand[] {
    const L = this.L;
    const out: PathCommand[] = [];
    pts.forEach((q, i) => {
      const t = apply(L, q.x, q.y);
      out.push({ op: i === 0 ? 'M' : 'L', x: t.x, y: t.y });
    });
    if (close && out.length > 0) out.push({ op: 'Z' });
    return out;
  }

  /** Adds line segments from the current position (LineTo, PolylineTo), in a path or drawn. */
  lineTo(pts: readonly Point[]): void {
    if (pts.length === 0) return;
    if (this.recording) {
      const path = this.path!;
      const last = path[path.length - 1];
      if (!last || last.op === 'Z') {
        const t = this.p(this.pos.x, this.pos.y);
        path.push({ op: 'M', x: t.x, y: t.y });
      }
      for (const q of pts) {
        const t = this.p(q.x, q.y);
        path.push({ op: 'L', x: t.x, y: t.y });
      }
    } else this.stroke(this.figure([this.pos, ...pts], false));
    this.pos = pts[pts.length - 1]!;
  }

  moveTo(x: number, y: number): void {
    this.pos = { x, y };
    if (this.recording) {
      const t = this.p(x, y);
      this.path!.push({ op: 'M', x: t.x, y: t.y });
    }
  }

  /** Cubic Béziers from the current position (PolyBezierTo): 3 points per curve. */
  bezierTo(pts: readonly Point[]): void {
    const cmds: PathCommand[] = [];
    const start = this.p(this.pos.x, this.pos.y);
    for (let i = 0; i + 2 < pts.length; i += 3) {
      const a = this.p(pts[i]!.x, pts[i]!.y);
      const b = this.p(pts[i + 1]!.x, pts[i + 1]!.y);
      const c = this.p(pts[i + 2]!.x, pts[i + 2]!.y);
      cmds.push({ op: 'C', x1: a.x, y1: a.y, x2: b.x, y2: b.y, x: c.x, y: c.y });
    }
    if (cmds.length === 0) return;
    if (this.recording) {
      const path = this.path!;
      const last = path[path.length - 1];
      if (!last || last.op === 'Z') path.push({ op: 'M', x: start.x, y: start.y });
      pushAll(path, cmds);
    } else this.stroke([{ op: 'M', x: start.x, y: start.y }, ...cmds]);
    this.pos = pts[Math.floor(pts.length / 3) * 3 - 1]!;
  }

  /** PolyBezier: the first point, then 3 points per curve. */
  polyBezier(pts: readonly Point[]): void {
    if (pts.length < 4) return;
    if (this.recording) {
      this.moveTo(pts[0]!.x, pts[0]!.y);
      this.bezierTo(pts.slice(1));
      return;
    }
    const saved = this.pos;
    this.pos = pts[0]!;
    this.bezierTo(pts.slice(1));
    this.pos = saved;
  }

  polyline(pts: readonly Point[]): void {
    if (pts.length < 2) return;
    if (this.recording) pushAll(this.path!, this.figure(pts, false));
    else this.stroke(this.figure(pts, false));
  }

  polygons(polys: readonly (readonly Point[])[]): void {
    const cmds = polys.filter((p) => p.length >= 2).flatMap((p) => this.figure(p, true));
    if (cmds.length === 0) return;
    if (this.recording) pushAll(this.path!, cmds);
    else this.fillAndStroke(cmds);
  }

  polylines(polys: readonly (readonly Point[])[]): void {
    const cmds = polys.filter((p) => p.length >= 2).flatMap((p) => this.figure(p, false));
    if (cmds.length === 0) return;
    if (this.recording) pushAll(this.path!, cmds);
    else this.stroke(cmds);
  }

  rectangle(l: number, t: number, r: number, b: number): void {
    this.polygons([
      [
        { x: l, y: t },
        { x: r, y: t },
        { x: r, y: b },
        { x: l, y: b },
      ],
    ]);
  }

  roundRect(l: number, t: number, r: number, b: number, w: number, h: number): void {
    this.shape(roundRectCommands(l, t, r, b, w, h), true);
  }

  ellipse(l: number, t: number, r: number, b: number): void {
    this.shape(ellipseCommands(l, t, r, b), true);
  }

  /** Arc, Chord, Pie and ArcTo: the ellipse in the box, from the start to the end radial. */
  arc(kind: 'arc' | 'chord' | 'pie' | 'arcTo', l: number, t: number, r: number, b: number, xs: number, ys: number, xe: number, ye: number): void {
    const clockwise = this.s.arcDirection === 2;
    const curve = arcPoints(l, t, r, b, xs, ys, xe, ye, clockwise);
    if (!curve) return;
    const L = this.L;
    const tp = (q: Point) => apply(L, q.x, q.y);
    const cmds: PathCommand[] = [];
    const start = tp(curve.start);
    if (kind === 'pie') {
      const c = tp({ x: (l + r) / 2, y: (t + b) / 2 });
      cmds.push({ op: 'M', x: c.x, y: c.y }, { op: 'L', x: start.x, y: start.y });
    } else if (kind === 'arcTo') {
      const from = tp(this.pos);
      cmds.push({ op: 'M', x: from.x, y: from.y }, { op: 'L', x: start.x, y: start.y });
    } else cmds.push({ op: 'M', x: start.x, y: start.y });
    for (const c of curve.curves) {
      const a = tp(c[0]);
      const bb = tp(c[1]);
      const e = tp(c[2]);
      cmds.push({ op: 'C', x1: a.x, y1: a.y, x2: bb.x, y2: bb.y, x: e.x, y: e.y });
    }
    if (kind === 'arcTo') this.pos = curve.end;
    if (kind === 'pie' || kind === 'chord') cmds.push({ op: 'Z' });
    if (this.recording) {
      if (kind === 'arcTo' && this.path!.length > 0 && this.path![this.path!.length - 1]!.op !== 'Z') cmds.shift();
      pushAll(this.path!, cmds);
    } else if (kind === 'arc' || kind === 'arcTo') this.stroke(cmds);
    else this.fillAndStroke(cmds);
  }

  /** Commands given in logical units (ellipses, rounded rectangles). */
  private shape(cmds: PathCommand[], filled: boolean): void {
    const L = this.L;
    const t = cmds.map((c): PathCommand => {
      if (c.op === 'Z') return c;
      const q = apply(L, c.x, c.y);
      if (c.op === 'C') {
        const a = apply(L, c.x1, c.y1);
        const b = apply(L, c.x2, c.y2);
        return { op: 'C', x1: a.x, y1: a.y, x2: b.x, y2: b.y, x: q.x, y: q.y };
      }
      return { op: c.op, x: q.x, y: q.y };
    });
    if (this.recording) pushAll(this.path!, t);
    else if (filled) this.fillAndStroke(t);
    else this.stroke(t);
  }

  /** FillPath, StrokePath, StrokeAndFillPath: the recorded path, which is then discarded. */
  drawPath(fill: boolean, stroke: boolean): void {
    const path = this.path;
    this.path = null;
    this.pathOpen = false;
    if (!path || path.length === 0) return;
    if (fill) {
      // Filling closes every open figure.
      const closed: PathCommand[] = [];
      for (let i = 0; i < path.length; i++) {
        const c = path[i]!;
        if (c.op === 'M' && closed.length > 0 && closed[closed.length - 1]!.op !== 'Z') closed.push({ op: 'Z' });
        closed.push(c);
      }
      if (closed.length > 0 && closed[closed.length - 1]!.op !== 'Z') closed.push({ op: 'Z' });
      this.emit(closed, this.fillPaints(closed), undefined);
    }
    if (stroke) this.stroke(path);
  }

  /** SelectClipPath: the recorded path becomes (part of) the clip. */
  selectClipPath(mode: number): void {
    const path = this.path;
    this.path = null;
    this.pathOpen = false;
    if (!path || path.length === 0) return;
    if (mode === 5 || mode === 1) this.s.clipPath = path;
    else this.note('clip path combination');
  }

  // ── Emission ────────────────────────────────────────────────────────────────────────────────

  private fillAndStroke(cmds: PathCommand[]): void {
    this.emit(cmds, this.fillPaints(cmds), this.strokeOf(this.s.pen));
  }

  private stroke(cmds: PathCommand[]): void {
    const st = this.strokeOf(this.s.pen);
    if (st) this.emit(cmds, [], st);
  }

  /** The fills of the current brush over a path: a paint, or hatch lines (with their ground). */
  private fillPaints(cmds: PathCommand[]): { paint: Paint; hatch?: PathCommand[] }[] {
    return this.brushPaints(this.s.brush, cmds);
  }

  brushPaints(brush: Brush, cmds: PathCommand[]): { paint: Paint; hatch?: PathCommand[] }[] {
    switch (brush.kind) {
      case 'null':
        return [];
      case 'solid':
      case 'pattern':
        return [{ paint: { kind: 'solid', color: brush.color } }];
      case 'hatch': {
        const out: { paint: Paint; hatch?: PathCommand[] }[] = [];
        if (this.s.bkMode === 2) out.push({ paint: { kind: 'solid', color: this.s.bkColor } });
        out.push({ paint: { kind: 'solid', color: brush.color }, hatch: hatchLines(bounds(cmds), brush.hatch, 8 * this.pixel) });
        return out;
      }
    }
  }

  strokeOf(pen: Pen): Stroke | undefined {
    const style = pen.style & 0xf;
    if (style === 5) return undefined;
    const geometric = (pen.style & 0x10000) !== 0;
    const k = this.logicalScale;
    let width = pen.width > 0 ? pen.width * k : 0;
    // Under one device pixel, GDI draws one pixel: a hairline.
    if (width > 0 && width <= this.pixel * 1.01 && !geometric) width = 0;
    const unit = width > 0 ? width : this.pixel;
    const dashes: Record<number, number[]> = {
      1: width > 0 ? [3, 1] : [18, 6],
      2: width > 0 ? [1, 1] : [3, 3],
      3: width > 0 ? [3, 1, 1, 1] : [9, 6, 3, 6],
      4: width > 0 ? [3, 1, 1, 1, 1, 1] : [9, 3, 3, 3, 3, 3],
    };
    let dash = (dashes[style] ?? []).map((d) => d * unit);
    if (style === 7 && pen.user && pen.user.length > 0) dash = pen.user.map((d) => Math.max(0, d) * (geometric ? k : this.pixel));
    const capBits = pen.style & 0xf00;
    const joinBits = pen.style & 0xf000;
    const thick = width > 0;
    return {
      color: pen.color,
      width,
      cap: !thick ? 'butt' : capBits === 0x100 ? 'square' : capBits === 0x200 ? 'butt' : 'round',
      join: !thick ? 'miter' : joinBits === 0x1000 ? 'bevel' : joinBits === 0x2000 ? 'miter' : 'round',
      miterLimit: Math.max(1, this.s.miterLimit),
      dash: dash.every((d) => d === 0) ? [] : dash,
    };
  }

  /** Pushes a path operation per fill and one for the outline, clipped, if anything is visible. */
  emit(cmds: PathCommand[], fills: { paint: Paint; hatch?: PathCommand[] }[], stroke: Stroke | undefined): void {
    if (this.s.rop2 === 11 || cmds.length === 0) return;
    if (!cmds.every(finite)) {
      this.note('degenerate geometry');
      return;
    }
    const box = bounds(cmds);
    const clip = this.clipFor(box);
    if (clip === false) return;
    for (const f of fills) {
      if (f.hatch) this.push({ kind: 'path', transform: this.o.m, commands: f.hatch, stroke: { color: f.paint.kind === 'solid' ? f.paint.color : { r: 0, g: 0, b: 0, a: 1 }, width: 0, cap: 'butt', join: 'miter', miterLimit: 10, dash: [] }, clip: cmds });
      else this.push({ kind: 'path', transform: this.o.m, commands: cmds, fill: f.paint, ...(this.s.polyFillMode === 1 ? { evenOdd: true } : {}), ...(clip ? { clip } : {}) });
    }
    if (stroke) this.push({ kind: 'path', transform: this.o.m, commands: cmds, stroke, ...(clip ? { clip } : {}) });
  }

  /** A rectangle filled with a colour (ExtTextOut's opaque box, PatBlt, BitBlt without source). */
  fillBox(l: number, t: number, r: number, b: number, paints: { paint: Paint; hatch?: PathCommand[] }[]): void {
    const cmds = this.figure(
      [
        { x: l, y: t },
        { x: r, y: t },
        { x: r, y: b },
        { x: l, y: b },
      ],
      true,
    );
    const saved = this.s.polyFillMode;
    this.emit(cmds, paints, undefined);
    this.s.polyFillMode = saved;
  }

  /**
   * The clip for something whose local bounds are `box`: undefined when nothing clips it,
   * false when it is clipped away entirely, else the clip path.
   */
  clipFor(box: Box): PathCommand[] | undefined | false {
    const s = this.s;
    if (s.clipPath) return s.clipPath;
    if (!s.clip) return undefined;
    const hits = s.clip.filter((c) => c.l < box.r && c.r > box.l && c.t < box.b && c.b > box.t);
    if (hits.length === 0) return box.r - box.l === 0 || box.b - box.t === 0 ? this.hairClip(box) : false;
    if (hits.some((c) => c.l <= box.l && c.t <= box.t && c.r >= box.r && c.b >= box.b)) return undefined;
    return hits.flatMap((c) => rectPath(c));
  }

  /** A horizontal or vertical line (zero-width bounds) inside a clip rectangle. */
  private hairClip(box: Box): undefined | false {
    return this.s.clip!.some((c) => c.l <= box.r && c.r >= box.l && c.t <= box.b && c.b >= box.t) ? undefined : false;
  }

  push(op: DrawOp): void {
    if (this.ops.length >= this.o.maxOps) {
      this.truncated = true;
      return;
    }
    this.ops.push(op);
  }

  /** A bitmap (PNG bytes) into the logical rectangle (x, y, w, h). */
  image(source: ImageOp['image'], x0: number, y0: number, w0: number, h0: number, slide: number, part: string): void {
    if (this.s.rop2 === 11) return;
    // A negative width or height mirrors the bitmap: drawn into the normalised rectangle through
    // a flip about its centre.
    let L = this.L;
    const x = w0 < 0 ? x0 + w0 : x0;
    const y = h0 < 0 ? y0 + h0 : y0;
    const w = Math.abs(w0);
    const h = Math.abs(h0);
    if (w0 < 0 || h0 < 0) L = multiply(L, [w0 < 0 ? -1 : 1, 0, 0, h0 < 0 ? -1 : 1, w0 < 0 ? 2 * x + w : 0, h0 < 0 ? 2 * y + h : 0]);
    const T = multiply(this.o.m, L);
    const box = bounds(this.figure([{ x, y }, { x: x + w, y }, { x: x + w, y: y + h }, { x, y: y + h }], true));
    const clip = this.clipFor(box);
    if (clip === false) return;
    const inv = invert(L);
    if (!inv) return;
    const localClip = clip ? transformCommands(clip, inv) : undefined;
    this.push({ kind: 'image', transform: T, image: source, x, y, w, h, alpha: 1, slide, part, ...(localClip ? { clip: localClip } : {}) });
  }

  // ── Text ────────────────────────────────────────────────────────────────────────────────────

  /**
   * Text at the logical reference point (x, y), aligned by the text-align mode, with the
   * advances `dx` (logical units) when the record gives them; `opaque` is ETO_OPAQUE's box
   * and `clipRect` ETO_CLIPPED's.
   */
  text(x: number, y: number, str: string, dx: number[] | undefined, opaque: Box | undefined, clipRect: Box | undefined): void {
    if (this.s.rop2 === 11) return;
    if (opaque) this.fillBox(opaque.l, opaque.t, opaque.r, opaque.b, [{ paint: { kind: 'solid', color: this.s.bkColor } }]);
    if (str.length === 0) return;
    const savedClip = this.s.clip;
    if (clipRect) this.intersectClip(clipRect.l, clipRect.t, clipRect.r, clipRect.b);
    try {
      const updateCp = (this.s.textAlign & 1) !== 0;
      const ref = updateCp ? this.pos : { x, y };
      const advance = this.o.text.draw(this, ref, str, dx);
      if (updateCp && advance !== undefined) this.pos = { x: ref.x + advance, y: ref.y };
    } finally {
      this.s.clip = savedClip;
    }
  }

  /** The font's em height in local units and the rotation (degrees, clockwise on the page). */
  fontMetrics(font: LogFont): { size: number; angle: number; flipX: boolean } {
    const L = this.L;
    // Heights are vertical logical distances; GDI keeps text upright on the device.
    const sy = Math.hypot(L[2], L[3]);
    const worldAngle = (Math.atan2(this.s.world[1], this.s.world[0]) * 180) / Math.PI;
    return { size: Math.abs(font.height) * sy, angle: -font.escapement / 10 + worldAngle, flipX: L[0] < 0 && this.s.world[0] >= 0 };
  }
}

export function finite(c: PathCommand): boolean {
  if (c.op === 'Z') return true;
  if (c.op === 'C') return Number.isFinite(c.x1) && Number.isFinite(c.y1) && Number.isFinite(c.x2) && Number.isFinite(c.y2) && Number.isFinite(c.x) && Number.isFinite(c.y);
  return Number.isFinite(c.x) && Number.isFinite(c.y);
}

export function bounds(cmds: readonly PathCommand[]): Box {
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  const add = (x: number, y: number) => {
    if (x < l) l = x;
    if (x > r) r = x;
    if (y < t) t = y;
    if (y > b) b = y;
  };
  for (const c of cmds) {
    if (c.op === 'Z') continue;
    if (c.op === 'C') {
      add(c.x1, c.y1);
      add(c.x2, c.y2);
    }
    add(c.x, c.y);
  }
  return { l, t, r, b };
}

export function rectPath(c: Box): PathCommand[] {
  return [{ op: 'M', x: c.l, y: c.t }, { op: 'L', x: c.r, y: c.t }, { op: 'L', x: c.r, y: c.b }, { op: 'L', x: c.l, y: c.b }, { op: 'Z' }];
}

export function transformCommands(cmds: readonly PathCommand[], m: Matrix): PathCommand[] {
  return cmds.map((c): PathCommand => {
    if (c.op === 'Z') return c;
    const q = apply(m, c.x, c.y);
    if (c.op === 'C') {
      const a = apply(m, c.x1, c.y1);
      const b = apply(m, c.x2, c.y2);
      return { op: 'C', x1: a.x, y1: a.y, x2: b.x, y2: b.y, x: q.x, y: q.y };
    }
    return { op: c.op, x: q.x, y: q.y };
  });
}

function intersect(a: Box, b: Box): Box | null {
  const l = Math.max(a.l, b.l);
  const t = Math.max(a.t, b.t);
  const r = Math.min(a.r, b.r);
  const bb = Math.min(a.b, b.b);
  return l < r && t < bb ? { l, t, r, b: bb } : null;
}

/** a minus b: up to four rectangles. */
function subtract(a: Box, b: Box): Box[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Box[] = [];
  if (a.t < i.t) out.push({ l: a.l, t: a.t, r: a.r, b: i.t });
  if (i.b < a.b) out.push({ l: a.l, t: i.b, r: a.r, b: a.b });
  if (a.l < i.l) out.push({ l: a.l, t: i.t, r: i.l, b: i.b });
  if (i.r < a.r) out.push({ l: i.r, t: i.t, r: a.r, b: i.b });
  return out;
}

/** HS_* hatch lines over a box, `step` apart (local units). */
function hatchLines(box: Box, hatch: number, step: number): PathCommand[] {
  const out: PathCommand[] = [];
  const s = Math.max(step, (box.r - box.l + box.b - box.t) / 400);
  const w = box.r - box.l;
  const h = box.b - box.t;
  if (!(w > 0 && h > 0)) return out;
  const line = (x1: number, y1: number, x2: number, y2: number) => out.push({ op: 'M', x: x1, y: y1 }, { op: 'L', x: x2, y: y2 });
  if (hatch === 0 || hatch === 4) for (let y = box.t; y <= box.b; y += s) line(box.l, y, box.r, y);
  if (hatch === 1 || hatch === 4) for (let x = box.l; x <= box.r; x += s) line(x, box.t, x, box.b);
  if (hatch === 2 || hatch === 5) for (let d = -h; d <= w; d += s) line(box.l + d, box.t, box.l + d + h, box.b);
  if (hatch === 3 || hatch === 5) for (let d = 0; d <= w + h; d += s) line(box.l + d, box.t, box.l + d - h, box.b);
  return out;
}

export type { Rgba };
