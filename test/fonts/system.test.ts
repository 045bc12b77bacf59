import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findShippedFamily } from '../../src/fonts/catalog.js';
import { createFontRegistry } from '../../src/fonts/index.js';
import { closestStyle, createFontconfigSource, cssWeight, parseFcList, systemFonts } from '../../src/fonts/system.js';
import { needTools } from '../helpers/tools.js';

const LISTING = [
  'DejaVu Sans\tBold\t200\t0\t0\tTrueType\tFalse\t/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  'DejaVu Sans\tBook\t80\t0\t0\tTrueType\tFalse\t/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  'DejaVu Sans\tOblique\t80\t110\t0\tTrueType\tFalse\t/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
  'Nimbus Sans\tRegular\t80\t0\t0\tType 1\tFalse\t/usr/share/fonts/type1/urw-base35/NimbusSans-Regular.t1',
  'Nimbus Sans\tBold\t200\t0\t0\tCFF\tFalse\t/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf',
  'Noto Color Emoji\tRegular\t80\t0\t0\tTrueType\tTrue\t/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
  'Noto Sans CJK SC,Noto Sans CJK SC Regular\tRegular\t80\t0\t2\tCFF\tFalse\t/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  'broken line',
  '',
].join('\n');

describe('fontconfig listing', () => {
  it('keeps embeddable outline fonts only (no Type 1, no colour fonts) in path order', () => {
    const refs = parseFcList(LISTING);
    expect(refs.map((r) => r.file.split('/').pop())).toEqual([
      'NotoSansCJK-Regular.ttc',
      'NimbusSans-Bold.otf',
      'DejaVuSans-Bold.ttf',
      'DejaVuSans-Oblique.ttf',
      'DejaVuSans.ttf',
    ]);
    const cjk = refs.find((r) => r.file.endsWith('.ttc'))!;
    expect(cjk).toMatchObject({ index: 2, family: 'Noto Sans CJK SC', families: ['Noto Sans CJK SC', 'Noto Sans CJK SC Regular'], weight: 400, italic: false });
    expect(refs.find((r) => r.file.endsWith('Oblique.ttf'))!.italic).toBe(true);
  });

  it('maps fontconfig weights to CSS weights', () => {
    expect([cssWeight(0), cssWeight(50), cssWeight(80), cssWeight(100), cssWeight(180), cssWeight(200), cssWeight(210)]).toEqual([100, 300, 400, 500, 600, 700, 900]);
  });

  it('picks the closest style: italic first, then weight', () => {
    const refs = parseFcList(LISTING).filter((r) => r.family === 'DejaVu Sans');
    expect(closestStyle(refs, { weight: 700, italic: false })!.file).toMatch(/DejaVuSans-Bold/);
    expect(closestStyle(refs, { weight: 700, italic: true })!.file).toMatch(/Oblique/);
    expect(closestStyle(refs, { weight: 400, italic: false })!.file).toMatch(/DejaVuSans\.ttf/);
    expect(closestStyle([], { weight: 400, italic: false })).toBeNull();
  });
});

describe('createFontconfigSource', () => {
  it('is gracefully empty when fontconfig is missing', () => {
    const source = createFontconfigSource(() => null);
    expect(source.findFamily('DejaVu Sans', { weight: 400, italic: false })).toBeNull();
    expect(source.substitute('Arial')).toBeNull();
    expect(source.forChar(0x4e2d)).toEqual([]);
  });

  it('finds families by any of their names, case-insensitively, and lists fonts once', () => {
    const calls: string[][] = [];
    const source = createFontconfigSource((cmd, args) => {
      calls.push([cmd, ...args]);
      return LISTING;
    });
    expect(source.findFamily('dejavu sans', { weight: 700, italic: false })?.file).toMatch(/Bold/);
    expect(source.findFamily('Noto Sans CJK SC Regular', { weight: 400, italic: false })?.index).toBe(2);
    expect(source.findFamily('Comic Sans', { weight: 400, italic: false })).toBeNull();
    expect(calls.filter((c) => c[0] === 'fc-list')).toHaveLength(1);
  });

  it('accepts a substitute only when it is not fontconfig’s generic default', () => {
    const source = createFontconfigSource((cmd, args) => {
      if (cmd !== 'fc-match') return '';
      const pattern = args[args.length - 1]!;
      if (pattern === 'Arial') return 'Liberation Sans';
      if (pattern === 'Helvetica\\-Neue') return 'Nimbus Sans';
      return 'DejaVu Sans';
    });
    expect(source.substitute('Arial')).toBe('Liberation Sans');
    expect(source.substitute('Helvetica-Neue')).toBe('Nimbus Sans');
    expect(source.substitute('Calibri')).toBeNull();
  });

  it('gives its generic default family, asked once, and none without fontconfig', () => {
    let calls = 0;
    const source = createFontconfigSource((cmd, args) => {
      if (cmd !== 'fc-match') return '';
      calls++;
      return args[args.length - 1] === 'Arial' ? 'Liberation Sans' : 'DejaVu Sans,DejaVu Sans Condensed';
    });
    expect(source.defaultFamily?.()).toBe('DejaVu Sans');
    expect(source.substitute('Verdana')).toBeNull();
    expect(source.substitute('Arial')).toBe('Liberation Sans');
    expect(source.defaultFamily?.()).toBe('DejaVu Sans');
    // One fc-match for the default, one per family.
    expect(calls).toBe(3);
    expect(createFontconfigSource(() => null).defaultFamily?.()).toBeNull();
  });

  it('asks fc-list which fonts cover a character, regular upright first, and caches it', () => {
    let calls = 0;
    const source = createFontconfigSource((_cmd, args) => {
      calls++;
      expect(args).toContain(':charset=1f600');
      return LISTING;
    });
    const refs = source.forChar(0x1f600);
    expect(refs[0]!.italic).toBe(false);
    expect(refs[0]!.weight).toBe(400);
    source.forChar(0x1f600);
    expect(calls).toBe(1);
  });
});

const HAVE_FONTCONFIG = needTools('the real fontconfig on this machine', 'fc-list') === undefined;

describe.skipIf(!HAVE_FONTCONFIG)('the real fontconfig on this machine', () => {
  it('resolves an installed family that is not shipped as a system font', () => {
    const listing = execFileSync('fc-list', ['--format', '%{family}\\t%{style}\\t%{weight}\\t%{slant}\\t%{index}\\t%{fontformat}\\t%{color}\\t%{file}\\n'], { encoding: 'utf8' });
    const installed = parseFcList(listing).filter((r) => r.file.endsWith('.ttf') && !findShippedFamily(r.family));
    if (installed.length === 0) {
      console.log('skipped: no TrueType system fonts installed');
      return;
    }
    const family = installed[0]!.family;
    const { face, warnings } = createFontRegistry({ systemFonts: systemFonts() }).resolve(family, { bold: false, italic: false });
    expect(face.source).toBe('system');
    expect(face.family).toBe(family);
    expect(warnings).toEqual([]);
    expect(face.measure('Hello', 12)).toBeGreaterThan(10);
  });
});
