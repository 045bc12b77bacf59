/**
 * Turns unknown input (a parsed brand file, flags merged over it, prompt answers) into a Brand,
 * or throws one VaError whose one-line message names the field and what was expected.
 */
import type { z } from 'zod';
import { VaError } from '../errors.js';
import { brandSchema, type Brand } from './schema.js';

function describeValue(input: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return '';
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  if (value === undefined) return ', but it is missing';
  const shown = preview(value, 60);
  if (shown === '') return '';
  return `, got ${shown}`;
}

/**
 * JSON text of a value, cut at `max` characters ("..." marks the cut). It stops writing as soon
 * as the budget is spent, so a huge or deeply nested value (a hostile brand file nests arrays
 * 100 000 deep) costs at most `max` steps and never overflows the stack, as JSON.stringify does.
 */
export function preview(value: unknown, max: number): string {
  let out = '';
  const full = () => out.length > max;
  const write = (v: unknown): void => {
    if (full()) return;
    if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length && !full(); i++) {
        if (i > 0) out += ',';
        write(v[i] === undefined ? null : v[i]);
      }
      out += ']';
    } else if (v !== null && typeof v === 'object') {
      out += '{';
      let first = true;
      for (const key of Object.keys(v)) {
        if (full()) break;
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function') continue;
        out += `${first ? '' : ','}${JSON.stringify(key.length > max ? key.slice(0, max) : key)}:`;
        first = false;
        write(item);
      }
      out += '}';
    } else if (typeof v === 'string') {
      out += JSON.stringify(v.length > max ? v.slice(0, max + 1) : v);
    } else {
      out += JSON.stringify(v) ?? '';
    }
  };
  write(value);
  return out.length > max ? `${out.slice(0, max - 3)}...` : out;
}

export function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    // A hostile file can have a million unknown fields, or one with a megabyte-long name.
    const shown = issue.keys.slice(0, 5).map((k) => preview(k, 40));
    const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
    return `${field === '(top level)' ? '' : field + ': '}unknown field${issue.keys.length > 1 ? 's' : ''} ${shown.join(', ')}${more}`;
  }
  let message = issue.message;
  if (issue.code === 'invalid_type') message = `expected ${issue.expected}`;
  if (issue.code === 'invalid_value' && 'values' in issue) message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${field}: ${message}${describeValue(input, issue.path)}`;
}

/** A brand has a dozen fields; an object with thousands of them is refused before zod walks it. */
const MAX_FIELDS = 100;

function refuseHugeObjects(input: unknown, source: string): void {
  const check = (value: unknown, field: string) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    let n = 0;
    for (const key in value) if (Object.hasOwn(value, key) && ++n > MAX_FIELDS) break;
    if (n > MAX_FIELDS) throw new VaError('E_BRAND_INVALID', `invalid brand (${source}): ${field}has more than ${MAX_FIELDS} fields`, { subject: source });
  };
  check(input, '');
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    for (const key of ['colors', 'fonts', 'links']) check((input as Record<string, unknown>)[key], `${key} `);
  }
}

/**
 * Validates a brand. `source` names where it came from ("brand.json", "the flags").
 * All problems are reported, separated by "; ", on one line.
 */
export function parseBrand(input: unknown, source: string): Brand {
  refuseHugeObjects(input, source);
  const result = brandSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => formatIssue(issue, input));
  throw new VaError('E_BRAND_INVALID', `invalid brand (${source}): ${problems.join('; ')}`, { subject: source });
}
