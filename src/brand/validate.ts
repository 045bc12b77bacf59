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
  const shown = JSON.stringify(value);
  if (shown === undefined) return '';
  return `, got ${shown.length > 60 ? shown.slice(0, 57) + '...' : shown}`;
}

export function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    return `${field === '(top level)' ? '' : field + ': '}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  let message = issue.message;
  if (issue.code === 'invalid_type') message = `expected ${issue.expected}`;
  if (issue.code === 'invalid_value' && 'values' in issue) message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${field}: ${message}${describeValue(input, issue.path)}`;
}

/**
 * Validates a brand. `source` names where it came from ("brand.json", "the flags").
 * All problems are reported, separated by "; ", on one line.
 */
export function parseBrand(input: unknown, source: string): Brand {
  const result = brandSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => formatIssue(issue, input));
  throw new VaError('E_BRAND_INVALID', `invalid brand (${source}): ${problems.join('; ')}`, { subject: source });
}
