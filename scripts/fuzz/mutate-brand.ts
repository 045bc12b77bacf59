/**
 * Brand-file mutations: wrong types, huge strings, deep nesting, many unknown fields, odd
 * Unicode, hostile links, colours and font names, prototype keys, and broken JSON text.
 */
import type { Rng } from './rng.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const FIELDS: readonly (readonly string[])[] = [
  ['organization'],
  ['locale'],
  ['paper'],
  ['colors'],
  ['colors', 'primary'],
  ['colors', 'secondary'],
  ['colors', 'accent'],
  ['colors', 'text'],
  ['colors', 'background'],
  ['fonts'],
  ['fonts', 'heading'],
  ['fonts', 'body'],
  ['logo'],
  ['links'],
  ['links', 'booking'],
  ['links', 'billing'],
  ['links', 'homepage'],
  ['additionalInfo'],
];

function nested(depth: number, kind: 'array' | 'object'): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

function values(rng: Rng): { value: Json; what: string } {
  const n = rng.logRange(100, 2_000_000);
  return rng.pick([
    () => ({ value: rng.pick([null, true, false, 0, -1, 1e308, 42]) as Json, what: 'a scalar of the wrong type' }),
    () => ({ value: [], what: 'an empty array' }),
    () => ({ value: {}, what: 'an empty object' }),
    () => ({ value: 'x'.repeat(n), what: `a ${n}-character string` }),
    () => ({ value: nested(rng.logRange(100, 200_000), 'array'), what: 'deeply nested arrays' }),
    () => ({ value: nested(rng.logRange(100, 200_000), 'object'), what: 'deeply nested objects' }),
    () => ({ value: '\u202e\u0000\ud800\u001b[31m\r\n\u2028🙂', what: 'controls, a lone surrogate, bidi override, escape sequence' }),
    () => ({ value: rng.pick(['#GGG', '#', '#12345', '#0A5FAD00', 'rgb(1,2,3)', 'teal', '#0a5fad', ' #0A5FAD ']), what: 'an odd colour' }),
    () => ({
      value: rng.pick([
        'javascript:alert(1)',
        'data:text/html,x',
        'file:///etc/passwd',
        'https://',
        'https://' + 'a'.repeat(rng.logRange(100, 100_000)) + '.example',
        'https://xn--bcher-kva.example/\u0000',
        'tel:' + '9'.repeat(5000),
        'mailto:a@b?subject=' + '%0a'.repeat(100),
        'HTTPS://EXAMPLE.ORG',
        'https://exa mple.org',
      ]),
      what: 'an odd link',
    }),
    () => ({ value: rng.pick(['en', 'da-DK', 'zh-CN', 'xx', 'EN', '', 'en-US', 'a'.repeat(1000)]), what: 'an odd locale' }),
    () => ({ value: rng.pick(['letter', 'a4', 'A4', 'legal', '']), what: 'an odd paper' }),
    () => ({ value: rng.pick(['Nonexistent Font', '', ' ', '+mj-lt', 'Calibri', 'Arial', 'DejaVu Sans:bold', 'x'.repeat(10_000), 'Noto Sans SC', 'Inter Black Italic']), what: 'an odd font name' }),
  ])();
}

function setPath(obj: { [k: string]: Json }, path: readonly string[], value: Json): void {
  let o: { [k: string]: Json } = obj;
  for (const k of path.slice(0, -1)) {
    const next = o[k];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) o[k] = {};
    o = o[k] as { [k: string]: Json };
  }
  o[path[path.length - 1]!] = value;
}

class Raw {
  constructor(readonly text: string) {}
}

/** JSON text of a value, without recursion (JSON.stringify overflows on deep nesting). */
export function jsonText(value: Json): string {
  const out: string[] = [];
  const stack: (Json | Raw)[] = [value];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v instanceof Raw) {
      out.push(v.text);
    } else if (Array.isArray(v)) {
      out.push('[');
      stack.push(new Raw(']'));
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push(v[i]!);
        if (i > 0) stack.push(new Raw(','));
      }
    } else if (v !== null && typeof v === 'object') {
      out.push('{');
      stack.push(new Raw('}'));
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(v[keys[i]!]!);
        stack.push(new Raw(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`));
      }
    } else {
      out.push(JSON.stringify(v));
    }
  }
  return out.join('');
}

export function mutateBrand(rng: Rng, text: string): { text: string; what: string[] } {
  const what: string[] = [];
  if (rng.chance(0.1)) {
    const edits = [
      () => ({ t: text.slice(0, rng.int(text.length)), w: 'truncated' }),
      () => ({ t: `${text}}`, w: 'trailing brace' }),
      () => ({ t: `\ufeff${text}`, w: 'BOM' }),
      () => ({ t: text.replace(/"/, "'"), w: 'single quote' }),
      () => ({ t: '[' .repeat(rng.logRange(1000, 500_000)), w: 'unclosed deep arrays' }),
      () => ({ t: text.replace('{', '{"organization": "dup",'), w: 'duplicate key' }),
      () => ({ t: text.replace('{', '{"__proto__": {"polluted": true, "organization": "x"}, "constructor": {"prototype": {"polluted": 1}},'), w: 'prototype keys' }),
    ];
    const e = rng.pick(edits)();
    return { text: e.t, what: [`brand.text: ${e.w}`] };
  }
  let obj: { [k: string]: Json };
  try {
    obj = JSON.parse(text) as { [k: string]: Json };
  } catch {
    return { text, what: ['brand: seed does not parse'] };
  }
  const n = rng.weighted([
    [1, 5],
    [2, 3],
    [4, 1],
  ] as const);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.1) {
      const count = rng.logRange(10, 200_000);
      for (let k = 0; k < count; k++) obj[`unknown${k}`] = k;
      what.push(`brand: ${count} unknown fields`);
    } else if (r < 0.15) {
      const v = values(rng);
      what.push(`brand: the whole file is ${v.what}`);
      return { text: jsonText(v.value), what };
    } else if (r < 0.2) {
      const path = rng.pick(FIELDS);
      let o: Json = obj;
      for (const k of path.slice(0, -1)) o = o && typeof o === 'object' && !Array.isArray(o) ? (o[k] ?? null) : null;
      if (o && typeof o === 'object' && !Array.isArray(o)) delete o[path[path.length - 1]!];
      what.push(`brand: ${path.join('.')} removed`);
    } else {
      const path = rng.pick(FIELDS);
      const v = values(rng);
      setPath(obj, path, v.value);
      what.push(`brand: ${path.join('.')} = ${v.what}`);
    }
  }
  return { text: jsonText(obj), what };
}
