import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brandJsonSchema, brandJsonSchemaText } from '../../src/brand/json-schema.js';
import { SAMPLE_BRAND_INPUT } from '../../src/brand/sample.js';
import { parseBrand } from '../../src/brand/validate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('schema/brand.schema.json', () => {
  it('is up to date with the zod schema (run `npm run build:schema`)', () => {
    const committed = readFileSync(path.join(root, 'schema/brand.schema.json'), 'utf8');
    expect(committed).toBe(brandJsonSchemaText());
  });

  it('describes every field, requires organization and colors.primary, allows $schema', () => {
    // biome-ignore lint/suspicious/noExplicitAny: JSON read back, its shape is what the test checks
    const schema = brandJsonSchema() as { properties: Record<string, any>; required: string[]; additionalProperties: boolean };
    expect(schema.required.sort()).toEqual(['colors', 'organization']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['$schema', 'additionalInfo', 'colors', 'fonts', 'handout', 'links', 'locale', 'logo', 'organization', 'paper', 'policy'].sort(),
    );
    expect(schema.properties.colors.required).toEqual(['primary']);
    expect(schema.properties.locale.enum).toEqual(['en', 'da-DK', 'zh-CN']);
    const booking = new RegExp(schema.properties.links.properties.booking.pattern);
    expect(booking.test('https://example.org/book')).toBe(true);
    expect(booking.test('mailto:desk@example.org')).toBe(true);
    expect(booking.test('javascript:alert(1)')).toBe(false);
    expect(booking.test('ftp://example.org')).toBe(false);
  });

  it('accepts a brand file that carries $schema', () => {
    const brand = parseBrand({ $schema: '../schema/brand.schema.json', ...SAMPLE_BRAND_INPUT }, 'brand.json');
    expect(brand.organization).toBe('Harbour & Co.');
  });
});
