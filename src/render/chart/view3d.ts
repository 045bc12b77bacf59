/**
 * The view of a 3-D chart (c:view3D: c:rotX, c:rotY, c:rAngAx, c:depthPercent, c:perspective) as
 * a projection of the chart's scene (a box: categories along x, values along y, series or depth
 * along z, z = 0 at the front) onto the plot area, the way LibreOffice sets its 3-D scene up
 * (oox View3DConverter, chart2 VDiagram, ThreeDHelper):
 *
 * - right-angled axes (c:rAngAx val="1"): a parallel oblique projection, the front face seen
 *   square and the depth shifted up and to the side by the rotations (LibreOffice's shear);
 * - otherwise the scene is turned by c:rotY about the vertical axis and tilted by c:rotX, then seen
 *   in perspective from LibreOffice's camera distance for c:perspective (half of it, in percent,
 *   on LibreOffice's scale; 0 is a parallel view);
 * - the scene's value extent (its height; its width for horizontal bars, whose scene lies on its
 *   side) is chosen so that its picture has the aspect of the space it is given (LibreOffice's
 *   automatic 3-D aspect ratio), then it is scaled to fit and centred.
 *
 * Defaults where the file says nothing: rotX 15, rotY 20, perspective 30, depth 100 %; a pie's
 * c:rotX is its elevation (default 30) and its c:rotY the angle of the first slice.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { child, val } from './model.js';

export interface View3D {
  rotX: number;
  rotY: number;
  /** c:depthPercent (20–2000) / 100. */
  depth: number;
  rightAngled: boolean;
  /** c:perspective (0–240), as written. */
  perspective: number;
}

export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

export interface Pt {
  x: number;
  y: number;
}

const num = (v: string | undefined, fallback: number, lo: number, hi: number): number => {
  const n = v === undefined ? Number.NaN : Number(v);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
};

/** c:chart/c:view3D with LibreOffice's defaults. */
export function readView3D(chart: ReadonlyXElement | undefined, pie: boolean): View3D {
  const v = child(chart, 'view3D');
  const rAng = child(v, 'rAngAx');
  const rAngVal = rAng?.attr('val');
  return {
    rotX: num(val(v, 'rotX'), pie ? 30 : 15, pie ? 0 : -90, 90),
    rotY: ((num(val(v, 'rotY'), pie ? 0 : 20, 0, 360) % 360) + 360) % 360,
    depth: num(val(v, 'depthPercent'), 100, 20, 2000) / 100,
    rightAngled: !pie && rAng !== undefined && (rAngVal === undefined || rAngVal === '1' || rAngVal === 'true'),
    perspective: num(val(v, 'perspective'), 30, 0, 240),
  };
}

const rad = (d: number) => (d * Math.PI) / 180;

/**
 * The z angle of LibreOffice's decomposition of a turned view into rotations about x, y and z
 * (ThreeDHelper::convertElevationRotationDegToXYZAngleRad, its elevation being c:rotY and its
 * rotation -c:rotX, as its diagram takes them from oox's View3DConverter). Only its cosine and
 * sine's sizes are used, by the automatic aspect below.
 */
function zAngle(view: View3D): number {
  const norm = (d: number) => ((Math.round(d) % 360) + 360) % 360;
  const e = norm(view.rotY);
  const r = norm(-view.rotX);
  const E = rad(e);
  const R = rad(r);
  const flatR = r === 0 || r === 180;
  const flatE = e === 0 || e === 180;
  const upE = e === 90 || e === 270;
  const upR = r === 90 || r === 270;
  if (flatR || flatE) return 0;
  if (upE) return upR ? Math.PI / 2 : Math.atan(Math.sin(R) / (Math.cos(R) * Math.sin(E)));
  if (upR) return Math.PI / 2;
  return Math.atan(Math.tan(R) * Math.sin(E));
}

/**
 * LibreOffice's automatic 3-D aspect of a turned scene (VDiagram::adjustAspectRatio3d): the value
 * extent is not chosen from the picture it makes but from the rectangle's sides and the view's z
 * angle alone, so that cz·Y + sz·X and cz·X + sz·Y stand as the rectangle's height and width
 * (which leaves the picture of a deep scene narrower than its space). `known` is the scene's other
 * extent across the picture (the categories, or for a lying scene the values' cross extent), in
 * units where the larger of it and the depth is 1; the result is kept within 0.2–5.
 */
function turnedValueExtent(view: View3D, known: number, w: number, h: number, lying: boolean): number {
  const z = zAngle(view);
  const cz = Math.abs(Math.cos(z));
  const sz = Math.abs(Math.sin(z));
  // Standing: Y from X; lying: X (the values) from Y (the categories).
  const num = lying ? h * sz - w * cz : w * sz - h * cz;
  const den = lying ? w * sz - h * cz : h * sz - w * cz;
  const v = Math.abs(den) < 1e-12 ? 1 : (known * num) / den;
  return v < 0 ? 1 : Math.min(5, Math.max(0.2, v));
}

/** LibreOffice's camera distance for a perspective in percent, in scene edges (ThreeDHelper). */
function cameraDistance(percent: number): number {
  const min = 0.75;
  const max = 20;
  const a = (100 * max * min) / (max - min);
  const b = -a / max;
  return a / (percent - b);
}

/**
 * How much wider and taller than the pie itself (seen without perspective: 2r across, 2r·sin(elev)
 * + side·cos(elev) high) LibreOffice's 3-D pie scene is in perspective: it fits the box around the
 * pie (the diameter wide and deep, `side` × r high), whose near corners come out larger, so the pie
 * is drawn smaller than its space by these factors (at c:perspective 30 and c:rotX 30, 1.125 across).
 */
export function pieSceneSpread(view: View3D, elev: number, side: number): { x: number; y: number } {
  const percent = Math.min(100, view.perspective / 2);
  const dist = percent > 0 ? cameraDistance(percent) : Infinity;
  const ct = Math.cos(elev);
  const st = Math.sin(elev);
  // Units of the diameter (the scene's largest edge): x and z within ±0.5, y within ±side/4.
  let u0 = Infinity;
  let u1 = -Infinity;
  let v0 = Infinity;
  let v1 = -Infinity;
  for (const x of [-0.5, 0.5]) for (const y of [-side / 4, side / 4]) for (const z of [-0.5, 0.5]) {
    const vy = y * ct + z * st;
    const vz = -y * st + z * ct;
    const f = Number.isFinite(dist) ? dist / (dist + vz) : 1;
    u0 = Math.min(u0, x * f);
    u1 = Math.max(u1, x * f);
    v0 = Math.min(v0, vy * f);
    v1 = Math.max(v1, vy * f);
  }
  return { x: u1 - u0, y: (v1 - v0) / (st + (side / 2) * ct) };
}

/**
 * A projection of a w × h × d scene, in the chart's own frame (x along the categories, y along the
 * values, z along the depth; for horizontal bars the frame is the scene turned on its side): `at`
 * maps a point to the chart frame, `toCamera` is the direction from a point towards the viewer
 * (for hiding back faces), `depth` grows away from the viewer (for drawing back to front),
 * `toScene` turns a direction of the frame into the scene's (x right, y up, z back; for shading).
 */
export interface Projection {
  at(p: Vec3): Pt;
  toCamera(p: Vec3): Vec3;
  depth(p: Vec3): number;
  toScene(v: Vec3): Vec3;
  /** The frame's size: w (x), h (y), d (z). */
  dims: Vec3;
  /** Whether the viewer sees the frame's side x = w rather than x = 0. */
  seesRight: boolean;
  /** Whether the viewer sees the frame's side y = h rather than y = 0. */
  seesTop: boolean;
  /** Right-angled axes: the scene sheared, not turned (c:rAngAx). */
  oblique: boolean;
}

interface Raw {
  u: number;
  v: number;
  depth: number;
}

function rawProjector(view: View3D, dims: Vec3): { raw: (p: Vec3) => Raw; toCamera: (p: Vec3) => Vec3 } {
  const s = Math.max(dims.x, dims.y, dims.z) || 1;
  if (view.rightAngled) {
    // Oblique: the back is shifted right (left for rotY past 180) and up by the angles, in radians
    // of the depth, as LibreOffice's shearXY(rotY, -rotX) with its angle limits (45° and 90°).
    let ry = view.rotY > 180 ? view.rotY - 360 : view.rotY;
    ry = Math.max(-45, Math.min(45, ry));
    const sx = rad(ry);
    const sy = rad(Math.max(-90, Math.min(90, view.rotX)));
    return {
      raw: (p) => ({ u: (p.x + sx * p.z) / s, v: -(p.y + sy * p.z) / s, depth: p.z - sx * p.x - sy * p.y }),
      toCamera: () => ({ x: sx, y: sy, z: -1 }),
    };
  }
  const psi = rad(view.rotY);
  const theta = rad(view.rotX);
  const cp = Math.cos(psi);
  const sp = Math.sin(psi);
  const ct = Math.cos(theta);
  const st = Math.sin(theta);
  const percent = Math.min(100, view.perspective / 2);
  const dist = percent > 0 ? cameraDistance(percent) : Infinity;
  const cx = dims.x / 2;
  const cy = dims.y / 2;
  const cz = dims.z / 2;
  const view3 = (p: Vec3): Vec3 => {
    const x = (p.x - cx) / s;
    const y = (p.y - cy) / s;
    const z = (p.z - cz) / s;
    const x1 = x * cp + z * sp;
    const z1 = -x * sp + z * cp;
    return { x: x1, y: y * ct + z1 * st, z: -y * st + z1 * ct };
  };
  // The camera in scene coordinates: (0, 0, -dist) of the view turned back.
  const camera = (): Vec3 => {
    if (!Number.isFinite(dist)) return { x: 0, y: 0, z: 0 };
    const y = dist * st;
    const z1 = -dist * ct;
    return { x: (-z1 * sp) * s + cx, y: y * s + cy, z: z1 * cp * s + cz };
  };
  const cam = camera();
  return {
    raw: (p) => {
      const q = view3(p);
      const f = Number.isFinite(dist) ? dist / (dist + q.z) : 1;
      return { u: q.x * f, v: -q.y * f, depth: q.z };
    },
    toCamera: (p) => (Number.isFinite(dist) ? { x: cam.x - p.x, y: cam.y - p.y, z: cam.z - p.z } : { x: sp * ct, y: st, z: -cp * ct }),
  };
}

function bounds(raw: (p: Vec3) => Raw, dims: Vec3): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const x of [0, dims.x]) for (const y of [0, dims.y]) for (const z of [0, dims.z]) {
    const r = raw({ x, y, z });
    x0 = Math.min(x0, r.u);
    x1 = Math.max(x1, r.u);
    y0 = Math.min(y0, r.v);
    y1 = Math.max(y1, r.v);
  }
  return { x0, y0, x1, y1 };
}

/**
 * The projection of a scene `across` categories wide and d deep (any unit) whose value extent is
 * chosen to fill a `rect.w` × `rect.h` area (LibreOffice's automatic aspect, kept within 0.2–5
 * times the larger of the two), fitted and centred in `rect`. Horizontal bars (`lying`) lay the
 * scene on its side: the categories go up, the values to the right, seen from the same camera (as
 * LibreOffice swaps the axes of a bar chart and keeps its scene); the projection returned takes
 * points in the chart's frame all the same (x categories, y values).
 */
export function fitScene(view: View3D, across: number, d: number, rect: { x: number; y: number; w: number; h: number }, lying = false): Projection {
  const m = Math.max(across, d) || 1;
  // The scene's own size with its value extent v: values up, or to the right when lying.
  const sized = (v: number): Vec3 => (lying ? { x: v, y: across, z: d } : { x: across, y: v, z: d });
  let v = m;
  if (rect.w > 0 && rect.h > 0 && !view.rightAngled) {
    v = turnedValueExtent(view, across / m, rect.w, rect.h, lying) * m;
  } else if (rect.w > 0 && rect.h > 0) {
    const target = rect.w / rect.h;
    let lo = 0.2 * m;
    let hi = 5 * m;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      const dims = sized(mid);
      const b = bounds(rawProjector(view, dims).raw, dims);
      const aspect = (b.x1 - b.x0) / Math.max(1e-9, b.y1 - b.y0);
      // A longer value axis makes a narrower picture standing, a wider one lying.
      if (aspect > target === lying) hi = mid;
      else lo = mid;
    }
    v = (lo + hi) / 2;
  }
  const dims = sized(v);
  const { raw, toCamera } = rawProjector(view, dims);
  const b = bounds(raw, dims);
  const k = Math.min(rect.w / Math.max(1e-9, b.x1 - b.x0), rect.h / Math.max(1e-9, b.y1 - b.y0));
  const ox = rect.x + (rect.w - k * (b.x1 - b.x0)) / 2 - k * b.x0;
  const oy = rect.y + (rect.h - k * (b.y1 - b.y0)) / 2 - k * b.y0;
  const right = view.rightAngled ? (view.rotY > 180 ? view.rotY - 360 : view.rotY) >= 0 : Math.sin(rad(view.rotY)) >= 0;
  const top = view.rotX >= 0;
  // The frame (x categories, y values) and the scene differ by swapping x and y when lying.
  const swap = lying ? (p: Vec3): Vec3 => ({ x: p.y, y: p.x, z: p.z }) : (p: Vec3): Vec3 => p;
  return {
    at: (p) => {
      const r = raw(swap(p));
      return { x: ox + k * r.u, y: oy + k * r.v };
    },
    toCamera: (p) => swap(toCamera(swap(p))),
    depth: (p) => raw(swap(p)).depth,
    toScene: swap,
    dims: swap(dims),
    seesRight: lying ? top : right,
    seesTop: lying ? right : top,
    oblique: view.rightAngled,
  };
}
