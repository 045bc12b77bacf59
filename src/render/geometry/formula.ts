/**
 * The DrawingML shape guide formula language (ECMA-376 Part 1, 20.1.9.11 a:gd@fmla):
 * `op arg1 [arg2 [arg3]]`, where each argument is a guide name or a number. Angles are in
 * 60000ths of a degree. Values are doubles (PowerPoint's own presets depend on fractional
 * intermediate values, e.g. `sin 1 a` in mathMultiply).
 *
 * Defined behaviour on hostile input: a division by zero yields 0 (the multiply-divide and add-divide operators),
 * an unknown operator or a missing argument counts as 0, and every non-finite result becomes 0.
 */

/** An argument: a literal number or the name of a guide (looked up when evaluated). */
export type Arg = number | string;

export type Operator =
  | '*/'
  | '+-'
  | '+/'
  | '?:'
  | 'abs'
  | 'at2'
  | 'cat2'
  | 'cos'
  | 'max'
  | 'min'
  | 'mod'
  | 'pin'
  | 'sat2'
  | 'sin'
  | 'sqrt'
  | 'tan'
  | 'val';

export interface Formula {
  op: Operator | null;
  args: Arg[];
}

const OPERATORS: ReadonlySet<string> = new Set<Operator>([
  '*/',
  '+-',
  '+/',
  '?:',
  'abs',
  'at2',
  'cat2',
  'cos',
  'max',
  'min',
  'mod',
  'pin',
  'sat2',
  'sin',
  'sqrt',
  'tan',
  'val',
]);

/** Longest formula text we look at (real ones are < 60 characters). */
const MAX_FORMULA_CHARS = 512;

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A literal number, or the guide name itself. */
export function parseArg(token: string): Arg {
  if (NUMBER_RE.test(token)) {
    const n = Number(token);
    return Number.isFinite(n) ? n : 0;
  }
  return token;
}

/** Parses `a:gd@fmla`. Unknown operators give `op: null` (the guide evaluates to 0). */
export function parseFormula(text: string): Formula {
  const tokens = text.slice(0, MAX_FORMULA_CHARS).trim().split(/\s+/);
  const head = tokens[0] ?? '';
  const op = OPERATORS.has(head) ? (head as Operator) : null;
  return { op, args: tokens.slice(1, 4).filter((t) => t !== '').map(parseArg) };
}

/** 60000ths of a degree to radians. */
export const ANGLE_TO_RAD = Math.PI / 180 / 60000;

/** Guide values by name; built-ins first, then adjust values and guides in document order. */
export type GuideValues = Map<string, number>;

export function argValue(arg: Arg | undefined, values: GuideValues): number {
  if (arg === undefined) return 0;
  if (typeof arg === 'number') return arg;
  return values.get(arg) ?? 0;
}

function divide(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

/** Evaluates one formula; the result is always a finite number. */
export function evaluateFormula(f: Formula, values: GuideValues): number {
  const x = argValue(f.args[0], values);
  const y = argValue(f.args[1], values);
  const z = argValue(f.args[2], values);
  let r: number;
  switch (f.op) {
    case '*/':
      r = divide(x * y, z);
      break;
    case '+-':
      r = x + y - z;
      break;
    case '+/':
      r = divide(x + y, z);
      break;
    case '?:':
      r = x > 0 ? y : z;
      break;
    case 'abs':
      r = Math.abs(x);
      break;
    case 'at2':
      r = Math.atan2(y, x) / ANGLE_TO_RAD;
      break;
    case 'cat2':
      r = x * Math.cos(Math.atan2(z, y));
      break;
    case 'cos':
      r = x * Math.cos(y * ANGLE_TO_RAD);
      break;
    case 'max':
      r = Math.max(x, y);
      break;
    case 'min':
      r = Math.min(x, y);
      break;
    case 'mod':
      r = Math.sqrt(x * x + y * y + z * z);
      break;
    case 'pin':
      r = y < x ? x : y > z ? z : y;
      break;
    case 'sat2':
      r = x * Math.sin(Math.atan2(z, y));
      break;
    case 'sin':
      r = x * Math.sin(y * ANGLE_TO_RAD);
      break;
    case 'sqrt':
      r = x < 0 ? 0 : Math.sqrt(x);
      break;
    case 'tan':
      r = x * Math.tan(y * ANGLE_TO_RAD);
      break;
    case 'val':
      r = x;
      break;
    default:
      r = 0;
  }
  return Number.isFinite(r) ? r : 0;
}

/**
 * The built-in guides of ECMA-376 20.1.9.11 for a shape box of `w` × `h`
 * (l t r b w h hc vc wd2 … wd32 hd2 … hd10 ss ls ssd2 … ssd32 cd2 cd4 cd8 3cd4 3cd8 5cd8 7cd8).
 */
export function builtInGuides(w: number, h: number): GuideValues {
  const ss = Math.min(w, h);
  const ls = Math.max(w, h);
  const entries: [string, number][] = [
    ['l', 0],
    ['t', 0],
    ['r', w],
    ['b', h],
    ['w', w],
    ['h', h],
    ['hc', w / 2],
    ['vc', h / 2],
    ['ss', ss],
    ['ls', ls],
    ['cd2', 10800000],
    ['cd4', 5400000],
    ['cd8', 2700000],
    ['3cd4', 16200000],
    ['3cd8', 8100000],
    ['5cd8', 13500000],
    ['7cd8', 18900000],
  ];
  for (const d of [2, 3, 4, 5, 6, 8, 10, 12, 32]) entries.push([`wd${d}`, w / d]);
  for (const d of [2, 3, 4, 5, 6, 8, 10, 12, 32]) entries.push([`hd${d}`, h / d]);
  for (const d of [2, 4, 6, 8, 16, 32]) entries.push([`ssd${d}`, ss / d]);
  return new Map(entries);
}
