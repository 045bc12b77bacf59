import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brandFileText, schemaRefFor } from '../../src/cli/brand-file.js';
import { BRAND_SCHEMA_REF } from '../../src/cli/paths.js';
import { ROOT, tempDir } from './tmp.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('brand files written by init and interactive mode', () => {
  it('puts $schema first, orders the fields, writes "#RRGGBB" and paths relative to the brand file', () => {
    const text = brandFileText(
      {
        links: { homepage: 'https://h.example/', booking: 'https://b.example/' },
        colors: { accent: 'E4572E', primary: '0A5FAD' },
        organization: 'X',
        logo: path.join(tmp.dir, 'art', 'logo.png'),
        fonts: { bodyFile: path.join(tmp.dir, 'fonts', 'Body.ttf'), heading: 'Lora' },
      },
      path.join(tmp.dir, 'brands', 'x.json'),
      tmp.dir,
    );
    // biome-ignore lint/suspicious/noExplicitAny: JSON read back, its shape is what the test checks
    const data = JSON.parse(text) as Record<string, any>;
    expect(Object.keys(data)).toEqual(['$schema', 'organization', 'colors', 'fonts', 'logo', 'links']);
    expect(Object.keys(data.colors)).toEqual(['primary', 'accent']);
    expect(data.colors.primary).toBe('#0A5FAD');
    expect(Object.keys(data.links)).toEqual(['booking', 'homepage']);
    expect(data.logo).toBe('../art/logo.png');
    expect(data.fonts).toEqual({ heading: 'Lora', bodyFile: '../fonts/Body.ttf' });
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('points $schema at a local install found walking up, else at the repository schema, else the documented default', () => {
    const project = path.join(tmp.dir, 'project');
    const schema = path.join(project, 'node_modules', 'va-infographic', 'schema', 'brand.schema.json');
    mkdirSync(path.dirname(schema), { recursive: true });
    writeFileSync(schema, '{}');
    mkdirSync(path.join(project, 'brands', 'eu'), { recursive: true });
    expect(schemaRefFor(project)).toBe('./node_modules/va-infographic/schema/brand.schema.json');
    expect(schemaRefFor(path.join(project, 'brands', 'eu'))).toBe('../../node_modules/va-infographic/schema/brand.schema.json');
    expect(schemaRefFor(path.join(ROOT, 'examples'))).toBe('../schema/brand.schema.json');
    expect(schemaRefFor(path.join(tmp.dir, 'elsewhere'))).toBe(BRAND_SCHEMA_REF);
  });
});
