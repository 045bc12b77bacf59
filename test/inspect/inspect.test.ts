import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../src/inspect/inspect.js';
import { VaError } from '../../src/errors.js';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = path.join(ROOT, 'fixtures', 'cli');

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

describe('inspect (fixture deck)', () => {
  const report = inspect(fixture('inspect-brand-fit.pptx'));

  it('reads size, slides and the theme', () => {
    expect(report.slideCount).toBe(1);
    expect(report.slideSize).toMatchObject({ paper: 'letter', orientation: 'portrait' });
    expect(report.themes).toHaveLength(1);
    const theme = report.themes[0]!;
    expect(theme.major?.latin).toBe('Montserrat');
    expect(theme.minor?.latin).toBe('Source Sans 3');
    expect(theme.colors.dk1).toEqual({ hex: '000000', written: 'sysClr windowText' });
    expect(theme.colors.accent1).toEqual({ hex: '4472C4', written: 'srgbClr' });
    expect(theme.missingColors).toEqual([]);
  });

  it('lists hyperlinks and flags disallowed schemes', () => {
    const external = report.links.filter((l) => l.kind === 'external');
    expect(external.map((l) => [l.shape, l.target, l.problem === null])).toEqual([
      ['va:link:booking', 'https://example.org/book', true],
      ['Script Link', 'javascript:alert(1)', false],
    ]);
  });

  it('lists contract names and tokens, flagging unknown ones', () => {
    expect(report.placeholders.map((p) => [p.name, p.known])).toEqual([
      ['va:link:booking', true],
      ['va:lnk:billing', false],
      ['va:logo', true],
    ]);
    expect(report.tokens.map((t) => [t.token, t.known, t.shape])).toEqual([
      ['organization', true, 'va:lnk:billing'],
      ['unknownToken', false, 'va:lnk:billing'],
    ]);
  });

  it('lists neither the bar chart nor the table: the embedded renderer draws both', () => {
    expect(report.unsupported).toEqual([]);
  });

  it('lints literal colours and fonts with counts and locations, and leaves theme colours alone', () => {
    const colours = Object.fromEntries(report.lint.literalColours.map((f) => [f.value, f.locations.map((l) => `${l.shape}/${l.use}`)]));
    expect(colours).toEqual({
      'srgbClr FF0000': ['Literal Box/text'],
      'srgbClr 00FF00': ['Literal Fill/fill'],
      'srgbClr 0000FF': ['Literal Fill/line'],
    });
    expect(report.lint.literalFonts).toEqual([{ value: 'Arial', count: 1, locations: [{ location: 'slide 1', part: 'ppt/slides/slide1.xml', slide: 1, shape: 'Literal Box', count: 1 }] }]);
    expect(JSON.stringify(report.lint)).not.toContain('Theme Box');
  });

  it('checks the template contract', () => {
    expect(report.contract.map((c) => [c.rule, c.location ?? null])).toEqual([
      ['text-size', 'slide 1 › Tiny'],
      ['theme-colours', null],
      ['theme-fonts', null],
      ['names', 'slide 1'],
      ['tokens', 'slide 1 › va:lnk:billing'],
    ]);
    expect(report.contract[0]!.message).toBe('text of 7 pt, under the 9 pt minimum');
  });

  it('finds the built-in templates follow the contract, before and after branding', async () => {
    const template = path.join(ROOT, 'templates', 'healthcare', 'en.letter.pptx');
    if (!existsSync(template)) return;
    const bytes = readFileSync(template);
    expect(inspect(bytes).contract).toEqual([]);
    const { customize } = await import('../../src/edit/customize.js');
    const { sampleBrand } = await import('../../src/brand/sample.js');
    const { brand, assets } = sampleBrand();
    const branded = inspect((await customize(bytes, brand, assets)).pptx);
    // The generated QR code is literal black on white by design and is not counted.
    expect(branded.lint.colourCount).toBe(0);
    expect(branded.contract).toEqual([]);
    expect(branded.tokens).toEqual([]);
  });

  it('refuses what is not a presentation, with the package layer’s errors', () => {
    expect(() => inspect(fixture('docx-renamed.pptx'), { what: 'docx-renamed.pptx' })).toThrow(/is a Word document, not a PowerPoint presentation/);
    expect(() => inspect(fixture('text-renamed.pptx'))).toThrow(VaError);
  });
});
