/**
 * a:custGeom: freeform geometry stored in the shape itself (a:avLst, a:gdLst, a:rect,
 * a:pathLst/a:path with a:moveTo, a:lnTo, a:arcTo, a:quadBezTo, a:cubicBezTo, a:close),
 * evaluated by the same engine as the presets.
 *
 * The input is whatever a file says, so it is read defensively: the number of guides, paths
 * and path commands is capped (the rest is dropped with a warning), missing attributes count
 * as 0, unknown elements are skipped, and the evaluator defines every arithmetic corner case.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { WarningSink } from '../../warnings.js';
import { ARG_COUNT, evaluateGeometry, type DefCommand, type DefOp, type GeometryDef, type GuideDef, type PathDef } from './evaluate.js';
import { parseArg, parseFormula, type Arg } from './formula.js';
import type { Geometry, PathFillMode } from './types.js';

export interface CustomGeometryLimits {
  /** a:gd elements in a:avLst and a:gdLst together. */
  maxGuides: number;
  /** a:path elements. */
  maxPaths: number;
  /** Path commands over all paths. */
  maxCommands: number;
}

/**
 * Real freeforms stay far below these: PowerPoint's own traced shapes have a few thousand
 * points, LibreOffice exports a few hundred guides.
 */
export const CUSTOM_GEOMETRY_LIMITS: Readonly<CustomGeometryLimits> = Object.freeze({
  maxGuides: 5000,
  maxPaths: 1000,
  maxCommands: 100_000,
});

export interface CustomGeometryOptions {
  limits?: Partial<CustomGeometryLimits>;
  /** Receives W_GEOMETRY_LIMIT when the definition was cut short. */
  warnings?: Pick<WarningSink, 'add'>;
  /** Part name for warnings. */
  part?: string;
}

const FILL_MODES: ReadonlySet<string> = new Set<PathFillMode>(['norm', 'none', 'lighten', 'lightenLess', 'darken', 'darkenLess']);

/** EMU per unit of ST_UniversalMeasure (Strict files may write "2.5cm" where Transitional has EMU). */
const EMU_PER_UNIT: Record<string, number> = { mm: 36000, cm: 360000, in: 914400, pt: 12700, pc: 152400, pi: 152400 };
const MEASURE_RE = /^(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)$/;

/** An ST_AdjCoordinate / ST_AdjAngle attribute: a number, a universal measure or a guide name. */
function coordinate(value: string | undefined): Arg {
  if (value === undefined) return 0;
  const v = value.trim();
  const m = MEASURE_RE.exec(v);
  if (m) return Number(m[1]) * EMU_PER_UNIT[m[2]!]!;
  return parseArg(v);
}

/** a:path@w/@h (ST_PositiveCoordinate): 0 when absent or not a positive number. */
function pathSize(value: string | undefined): number {
  const arg = coordinate(value);
  return typeof arg === 'number' && arg > 0 && Number.isFinite(arg) ? arg : 0;
}

function booleanAttr(value: string | undefined, fallback: boolean): boolean {
  if (value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  return fallback;
}

class Budget {
  guides: number;
  paths: number;
  commands: number;
  truncated: string[] = [];

  constructor(limits: CustomGeometryLimits) {
    this.guides = limits.maxGuides;
    this.paths = limits.maxPaths;
    this.commands = limits.maxCommands;
  }

  take(kind: 'guides' | 'paths' | 'commands'): boolean {
    if (this[kind] <= 0) {
      if (!this.truncated.includes(kind)) this.truncated.push(kind);
      return false;
    }
    this[kind]--;
    return true;
  }
}

function readGuides(list: ReadonlyXElement | undefined, budget: Budget): GuideDef[] {
  const out: GuideDef[] = [];
  if (!list) return out;
  for (const gd of list.childrenNamed(NS.a, 'gd')) {
    if (!budget.take('guides')) break;
    const name = gd.attr('name');
    if (!name) continue;
    out.push({ name, formula: parseFormula(gd.attr('fmla') ?? '') });
  }
  return out;
}

/** The a:pt children of a command, as flat x y arguments. */
function points(el: ReadonlyXElement, count: number): Arg[] | null {
  const pts = el.childrenNamed(NS.a, 'pt');
  if (pts.length < count) return null;
  // Exactly as long as it is: an array grown by push keeps room for 16 more, which made a
  // freeform's definition 238 bytes a command (case 358's 100,000 commands: 23.8 MB).
  const args = new Array<Arg>(count * 2);
  for (let i = 0; i < count; i++) {
    args[2 * i] = coordinate(pts[i]!.attr('x'));
    args[2 * i + 1] = coordinate(pts[i]!.attr('y'));
  }
  return args;
}

const POINT_COMMANDS: Readonly<Record<string, DefOp>> = { moveTo: 'M', lnTo: 'L', quadBezTo: 'Q', cubicBezTo: 'C' };

function readPath(path: ReadonlyXElement, budget: Budget): PathDef {
  const commands: DefCommand[] = [];
  for (const el of path.elements()) {
    if (!el.inNamespace(NS.a)) continue;
    const local = el.localName;
    let command: DefCommand | null = null;
    if (local === 'arcTo') {
      command = { op: 'A', args: [coordinate(el.attr('wR')), coordinate(el.attr('hR')), coordinate(el.attr('stAng')), coordinate(el.attr('swAng'))] };
    } else if (local === 'close') {
      command = { op: 'Z', args: [] };
    } else if (Object.hasOwn(POINT_COMMANDS, local)) {
      const op = POINT_COMMANDS[local]!;
      const args = points(el, ARG_COUNT[op] / 2);
      if (args) command = { op, args };
    }
    if (!command) continue;
    if (!budget.take('commands')) break;
    commands.push(command);
  }
  const fill = path.attr('fill');
  return {
    w: pathSize(path.attr('w')),
    h: pathSize(path.attr('h')),
    fill: fill !== undefined && FILL_MODES.has(fill) ? (fill as PathFillMode) : 'norm',
    stroke: booleanAttr(path.attr('stroke'), true),
    commands,
  };
}

/** Reads an a:custGeom element into a definition (no evaluation yet). */
export function readCustomGeometry(custGeom: ReadonlyXElement, options: CustomGeometryOptions = {}): GeometryDef {
  const budget = new Budget({ ...CUSTOM_GEOMETRY_LIMITS, ...(options.limits ?? {}) });
  const av = readGuides(custGeom.child(NS.a, 'avLst'), budget);
  const gd = readGuides(custGeom.child(NS.a, 'gdLst'), budget);
  const rectEl = custGeom.child(NS.a, 'rect');
  const rect: GeometryDef['rect'] = rectEl
    ? [coordinate(rectEl.attr('l')), coordinate(rectEl.attr('t')), coordinate(rectEl.attr('r')), coordinate(rectEl.attr('b'))]
    : null;
  const paths: PathDef[] = [];
  const pathLst = custGeom.child(NS.a, 'pathLst');
  if (pathLst) {
    for (const path of pathLst.childrenNamed(NS.a, 'path')) {
      if (budget.commands <= 0 || !budget.take('paths')) break;
      paths.push(readPath(path, budget));
    }
  }
  if (budget.truncated.length > 0 && options.warnings) {
    options.warnings.add({
      code: 'W_GEOMETRY_LIMIT',
      message: `a freeform shape has too many ${budget.truncated.join(' and ')}; it is drawn only in part`,
      ...(options.part ? { part: options.part } : {}),
    });
  }
  return { av, gd, rect, paths };
}

/** The geometry of an a:custGeom for a shape of w × h (any unit; the result uses the same). */
export function customGeometry(custGeom: ReadonlyXElement, w: number, h: number, options: CustomGeometryOptions = {}): Geometry {
  return evaluateGeometry(readCustomGeometry(custGeom, options), w, h);
}
