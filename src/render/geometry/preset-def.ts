/**
 * The compact notation our preset definitions are written in, and its compiler to GeometryDef.
 *
 * A preset is the data of one ECMA-376 presetShapeDefinitions entry:
 *   av    a:avLst — adjust values with their defaults ({ adj: 16667 })
 *   gd    a:gdLst — one guide per line: `name op arg arg arg` (the a:gd@fmla text after the name)
 *   rect  a:rect  — `l t r b` (guide names or numbers); omitted = the whole box
 *   paths a:pathLst — one string per a:path, or { d, w, h, fill, stroke } when the path has
 *         attributes. In `d`: `M x y` moveTo, `L x y` lnTo, `A wR hR stAng swAng` arcTo,
 *         `Q x1 y1 x y` quadBezTo, `C x1 y1 x2 y2 x y` cubicBezTo, `Z` close.
 */
import { parseArg, parseFormula, type Arg } from './formula.js';
import { ARG_COUNT, type DefCommand, type DefOp, type GeometryDef, type GuideDef, type PathDef } from './evaluate.js';
import type { PathFillMode } from './types.js';

export interface PresetPath {
  d: string;
  w?: number;
  h?: number;
  fill?: PathFillMode;
  stroke?: boolean;
}

export interface PresetDef {
  av?: Readonly<Record<string, number>>;
  gd?: string;
  rect?: string;
  paths: readonly (string | PresetPath)[];
}

const OPS: ReadonlySet<string> = new Set(['M', 'L', 'A', 'Q', 'C', 'Z']);

function compileGuides(text: string | undefined, preset: string): GuideDef[] {
  if (!text) return [];
  const out: GuideDef[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const space = line.search(/\s/);
    if (space < 0) throw new Error(`preset ${preset}: guide line without a formula: "${line}"`);
    const formula = parseFormula(line.slice(space + 1));
    if (formula.op === null) throw new Error(`preset ${preset}: unknown operator in "${line}"`);
    out.push({ name: line.slice(0, space), formula });
  }
  return out;
}

function compileCommands(d: string, preset: string): DefCommand[] {
  const out: DefCommand[] = [];
  let current: DefCommand | null = null;
  for (const token of d.trim().split(/\s+/)) {
    if (token === '') continue;
    if (OPS.has(token)) {
      current = { op: token as DefOp, args: [] };
      out.push(current);
      continue;
    }
    if (!current) throw new Error(`preset ${preset}: path does not start with a command: "${d.slice(0, 30)}"`);
    current.args.push(parseArg(token));
  }
  for (const c of out) {
    if (c.args.length !== ARG_COUNT[c.op]) throw new Error(`preset ${preset}: ${c.op} takes ${ARG_COUNT[c.op]} arguments, got ${c.args.length}`);
  }
  return out;
}

/** Compiles a preset written in the notation above; throws on a malformed definition (a bug). */
export function compilePreset(name: string, def: PresetDef): GeometryDef {
  const av: GuideDef[] = Object.entries(def.av ?? {}).map(([n, value]) => ({ name: n, formula: { op: 'val', args: [value] } }));
  const gd = compileGuides(def.gd, name);
  let rect: [Arg, Arg, Arg, Arg] | null = null;
  if (def.rect !== undefined) {
    const parts = def.rect.trim().split(/\s+/).map(parseArg);
    if (parts.length !== 4) throw new Error(`preset ${name}: rect needs 4 values`);
    rect = [parts[0]!, parts[1]!, parts[2]!, parts[3]!];
  }
  const paths: PathDef[] = def.paths.map((p) => {
    const spec: PresetPath = typeof p === 'string' ? { d: p } : p;
    return {
      w: spec.w ?? 0,
      h: spec.h ?? 0,
      fill: spec.fill ?? 'norm',
      stroke: spec.stroke ?? true,
      commands: compileCommands(spec.d, name),
    };
  });
  return { av, gd, rect, paths };
}
