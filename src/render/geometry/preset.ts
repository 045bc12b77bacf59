/**
 * a:prstGeom: the preset shapes of ECMA-376 (presetShapeDefinitions) evaluated for one size.
 */
import { NS } from '../../xml/namespaces.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { evaluateGeometry, type GeometryDef } from './evaluate.js';
import { evaluateFormula, parseFormula } from './formula.js';
import { compilePreset } from './preset-def.js';
import { PRESETS } from './presets/index.js';
import type { Geometry } from './types.js';

const compiled = new Map<string, GeometryDef>();

function definition(name: string): GeometryDef | null {
  if (!Object.hasOwn(PRESETS, name)) return null;
  let def = compiled.get(name);
  if (!def) {
    def = compilePreset(name, PRESETS[name]!);
    compiled.set(name, def);
  }
  return def;
}

/**
 * The geometry of preset `name` (a:prstGeom@prst) for a shape of w × h, with adjust values
 * from its a:avLst (see readAdjustValues). Adjust names the preset does not have are ignored.
 * Returns null for a preset we do not know (the caller falls back to a rectangle and warns).
 */
export function presetGeometry(name: string, w: number, h: number, adj?: Readonly<Record<string, number>>): Geometry | null {
  const def = definition(name);
  return def ? evaluateGeometry(def, w, h, adj) : null;
}

/** True when presetGeometry knows `name`. */
export function isKnownPreset(name: string): boolean {
  return Object.hasOwn(PRESETS, name);
}

/** Names of every preset presetGeometry knows, sorted. */
export function presetNames(): string[] {
  return Object.keys(PRESETS).sort();
}

/**
 * Adjust values of a:prstGeom/a:avLst (`<a:gd name="adj" fmla="val 50000"/>`). Accepts the
 * a:prstGeom or the a:avLst itself. Formulas other than `val` are evaluated without guides.
 */
export function readAdjustValues(el: ReadonlyXElement | undefined): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  if (!el) return out;
  const avLst = el.is(NS.a, 'avLst') ? el : el.child(NS.a, 'avLst');
  if (!avLst) return out;
  const empty = new Map<string, number>();
  for (const gd of avLst.childrenNamed(NS.a, 'gd')) {
    const name = gd.attr('name');
    const fmla = gd.attr('fmla');
    if (!name || fmla === undefined) continue;
    out[name] = evaluateFormula(parseFormula(fmla), empty);
  }
  return out;
}
