import { describe, expect, it } from 'vitest';
import { createFontRegistry, W_FONT_MISSING, W_FONT_SUBSTITUTED, type SystemFontSource, type SystemFontRef } from '../../src/fonts/index.js';
import { nearestStyle } from '../../src/fonts/registry.js';
import { brandFile, shippedBytes, shippedPath } from './helpers.js';

const regular = { bold: false, italic: false };
const bold = { bold: true, italic: false };
const italic = { bold: false, italic: true };
const boldItalic = { bold: true, italic: true };

/** A pretend system with the given families, each backed by a real file. */
function fakeSystem(families: Record<string, string>, substitutes: Record<string, string> = {}): SystemFontSource & { asked: string[] } {
  const asked: string[] = [];
  const ref = (family: string, file: string): SystemFontRef => ({ file, index: 0, family, families: [family], weight: 400, italic: false });
  return {
    asked,
    findFamily(family) {
      asked.push(family);
      const hit = Object.entries(families).find(([name]) => name.toLowerCase() === family.toLowerCase());
      return hit ? ref(hit[0], hit[1]) : null;
    },
    substitute: (family) => substitutes[family] ?? null,
    forChar: () => [],
  };
}

describe('FontRegistry.resolve: resolution order', () => {
  it('a brand file beats a shipped family of the same name', () => {
    // The brand says its heading font "Inter" is this file (really Lora).
    const fonts = createFontRegistry({ brand: { heading: { family: 'Inter', file: brandFile('brand/heading.ttf', shippedBytes('Lora')) } }, systemFonts: false });
    const { face, warnings } = fonts.resolve('Inter', regular);
    expect(face.source).toBe('brand');
    expect(face.family).toBe('Inter');
    expect(face.postscriptName).toBe('Lora-Regular');
    expect(face.key).toMatch(/^brand:[0-9a-f]{16}$/);
    expect(warnings).toEqual([]);
  });

  it('a brand file also answers to the names inside it', () => {
    const fonts = createFontRegistry({ brand: { body: { file: brandFile('acme.ttf', shippedBytes('Merriweather', 700)) } }, systemFonts: false });
    for (const name of ['Merriweather', 'Merriweather Bold', 'Merriweather-Bold', 'merriweather']) {
      expect(fonts.resolve(name, regular).face.source, name).toBe('brand');
    }
    expect(fonts.resolve('Merriweather', regular).face.native).toEqual({ bold: true, italic: false });
  });

  it('shipped beats system', () => {
    const system = fakeSystem({ Inter: shippedPath('Montserrat') });
    const fonts = createFontRegistry({ systemFonts: system });
    const { face } = fonts.resolve('Inter', regular);
    expect(face.source).toBe('shipped');
    expect(face.postscriptName).toBe('Inter-Regular');
    expect(system.asked).toEqual([]);
  });

  it('system beats the default', () => {
    const fonts = createFontRegistry({ systemFonts: fakeSystem({ 'Acme Grotesk': shippedPath('Lora', 700) }) });
    const { face, warnings } = fonts.resolve('Acme Grotesk', regular);
    expect(face.source).toBe('system');
    expect(face.family).toBe('Acme Grotesk');
    expect(face.postscriptName).toBe('Lora-Bold');
    expect(warnings).toEqual([]);
  });

  it("uses the system configuration's substitute, with a warning", () => {
    const fonts = createFontRegistry({ systemFonts: fakeSystem({ 'Liberation Sans': shippedPath('Inter', 500) }, { Arial: 'Liberation Sans' }) });
    const { face, warnings } = fonts.resolve('Arial', regular);
    expect(face.source).toBe('system');
    expect(face.family).toBe('Liberation Sans');
    expect(warnings).toEqual([{ code: W_FONT_SUBSTITUTED, message: expect.stringContaining('"Arial" is not installed; using "Liberation Sans"') }]);
  });

  it('takes a metric-compatible open font for an Office family (Carlito for Calibri), even where fontconfig names no substitute', () => {
    const system = fakeSystem({ Carlito: shippedPath('Inter'), Caladea: shippedPath('Lora'), 'Liberation Mono': shippedPath('Montserrat') });
    const fonts = createFontRegistry({ systemFonts: system });
    for (const [asked, got] of [['Calibri', 'Carlito'], ['Calibri Light', 'Carlito'], ['Cambria', 'Caladea'], ['Courier New', 'Liberation Mono']] as const) {
      const { face, warnings } = fonts.resolve(asked, regular);
      expect(face.family, asked).toBe(got);
      expect(warnings).toEqual([{ code: W_FONT_SUBSTITUTED, message: `Font "${asked}" is not installed; using "${got}", which has the same metrics` }]);
    }
    // Arial: Liberation Sans is not on this system, Arimo neither: fontconfig's answer, then the default.
    expect(fonts.resolve('Arial', regular).face.family).toBe('Source Sans 3');
  });

  it('takes the metric-compatible font for a style of the family, not for its Black design of other widths', () => {
    const fonts = createFontRegistry({ systemFonts: fakeSystem({ 'Liberation Sans': shippedPath('Inter') }) });
    expect(fonts.resolve('Arial Bold', regular).face.family).toBe('Liberation Sans');
    expect(fonts.resolve('Arial', bold).face.family).toBe('Liberation Sans');
    const black = fonts.resolve('Arial Black', regular);
    expect(black.face.family).toBe('Source Sans 3');
    expect(black.warnings.map((w) => w.code)).toEqual([W_FONT_MISSING]);
  });

  it('falls back to the default family with a warning naming the family asked for', () => {
    const fonts = createFontRegistry({ systemFonts: fakeSystem({}) });
    const { face, warnings } = fonts.resolve('Calibri', bold);
    expect(face.source).toBe('shipped');
    expect(face.family).toBe('Source Sans 3');
    expect(face.postscriptName).toBe('SourceSans3-Bold');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe(W_FONT_MISSING);
    expect(warnings[0]!.message).toContain('"Calibri"');
    expect(warnings[0]!.message).toContain('"Source Sans 3"');
  });

  it("uses the template's default family when given", () => {
    const fonts = createFontRegistry({ systemFonts: false, defaultFamily: 'Noto Sans SC' });
    const { face, warnings } = fonts.resolve('微软雅黑', regular);
    expect(face.family).toBe('Noto Sans SC');
    expect(warnings[0]!.message).toContain('"微软雅黑"');
  });

  it('the default can be the brand family', () => {
    const fonts = createFontRegistry({ systemFonts: false, defaultFamily: 'Acme', brand: { body: { family: 'Acme', file: brandFile('acme.ttf', shippedBytes('Lora')) } } });
    expect(fonts.resolve('Helvetica Neue', regular).face.source).toBe('brand');
  });

  it('an unavailable default family falls back to Source Sans 3 with its own warning', () => {
    const fonts = createFontRegistry({ systemFonts: false, defaultFamily: 'Comic Sans MS' });
    const { face, warnings } = fonts.resolve('Wingdings', regular);
    expect(face.family).toBe('Source Sans 3');
    expect(warnings.map((w) => w.message).join(' | ')).toMatch(/default font "Comic Sans MS".*\|.*"Wingdings"/);
  });

  it('reports unresolved theme references and empty names instead of guessing', () => {
    const fonts = createFontRegistry({ systemFonts: false });
    expect(fonts.resolve('+mn-lt', regular).warnings[0]!.message).toContain('theme font reference "+mn-lt"');
    expect(fonts.resolve('  ', regular).warnings[0]!.message).toContain('empty font name');
  });

  it('returns the same face for the same request, and fresh warning arrays', () => {
    const fonts = createFontRegistry({ systemFonts: false });
    const a = fonts.resolve('Calibri', regular);
    const b = fonts.resolve('calibri', regular);
    expect(b.face).toBe(a.face);
    a.warnings.length = 0;
    expect(fonts.resolve('Calibri', regular).warnings).toHaveLength(1);
  });
});

describe('FontRegistry.resolve: styles', () => {
  const fonts = createFontRegistry({ systemFonts: false });

  it.each([
    ['Inter', regular, 'Inter-Regular', { bold: false, italic: false }],
    ['Inter', bold, 'Inter-Bold', { bold: true, italic: false }],
    ['Inter', italic, 'Inter-Italic', { bold: false, italic: true }],
    ['Inter', boldItalic, 'Inter-BoldItalic', { bold: true, italic: true }],
    ['Lora', boldItalic, 'Lora-BoldItalic', { bold: true, italic: true }],
    ['Source Sans 3', italic, 'SourceSans3-Italic', { bold: false, italic: true }],
    ['Montserrat SemiBold', regular, 'Montserrat-SemiBold', { bold: true, italic: false }],
    ['Montserrat Light', italic, 'Montserrat-LightItalic', { bold: false, italic: true }],
    ['Inter-BoldItalic', regular, 'Inter-BoldItalic', { bold: true, italic: true }],
    ['Merriweather Black', regular, 'Merriweather-Black', { bold: true, italic: false }],
    ['Noto Sans SC', bold, 'NotoSansSC-Bold', { bold: true, italic: false }],
    ['Noto Sans SC', italic, 'NotoSansSC-Regular', { bold: false, italic: false }],
    ['noto sans cjk sc', boldItalic, 'NotoSansSC-Bold', { bold: true, italic: false }],
    ['Source Sans Pro', regular, 'SourceSans3-Regular', { bold: false, italic: false }],
  ])('%s %o → %s', (family, style, postscriptName, native) => {
    const { face, warnings } = fonts.resolve(family, style);
    expect(face.postscriptName).toBe(postscriptName);
    expect(face.native).toEqual(native);
    expect(warnings).toEqual([]);
  });

  it('keeps the requested style on the face so the renderer can synthesise what the file lacks', () => {
    const noto = fonts.resolve('Noto Sans SC', italic).face;
    expect(noto.style).toEqual(italic);
    expect(noto.native.italic).toBe(false);
    const named = fonts.resolve('Inter Italic', regular).face;
    expect(named.style.italic).toBe(true);
    const brandOnly = createFontRegistry({ systemFonts: false, brand: { heading: { family: 'Acme', file: brandFile('acme.ttf', shippedBytes('Lora')) } } });
    const fakeBold = brandOnly.resolve('Acme', boldItalic).face;
    expect(fakeBold.style).toEqual(boldItalic);
    expect(fakeBold.native).toEqual({ bold: false, italic: false });
  });

  it('faces of one file share its key (one embedded font) but keep their own style', () => {
    const a = fonts.resolve('Noto Sans SC', regular).face;
    const b = fonts.resolve('Noto Sans SC', italic).face;
    expect(a.key).toBe('shipped:Noto Sans SC:400:normal');
    expect(b.key).toBe(a.key);
    expect(b).not.toBe(a);
  });
});

describe('FontRegistry.faceForChar', () => {
  const fonts = createFontRegistry({ systemFonts: fakeSystem({}) });
  const inter = fonts.resolve('Inter', regular).face;

  it('keeps the preferred face when it has the glyph', () => {
    expect(fonts.faceForChar(0x41, inter, regular)).toBe(inter);
    expect(fonts.faceForChar(0xe6, inter, regular)).toBe(inter); // æ
  });

  it('sends Chinese characters in a Latin font to Noto Sans SC, in the matching weight', () => {
    const face = fonts.faceForChar(0x4e2d, inter, regular)!; // 中
    expect(face.family).toBe('Noto Sans SC');
    expect(face.postscriptName).toBe('NotoSansSC-Regular');
    expect(fonts.faceForChar(0x4e2d, inter, bold)!.postscriptName).toBe('NotoSansSC-Bold');
    expect(fonts.faceForChar(0xff0c, inter, regular)!.family).toBe('Noto Sans SC'); // fullwidth comma
    expect(fonts.faceForChar(0x3002, inter, regular)!.family).toBe('Noto Sans SC'); // ideographic full stop
  });

  it('finds Latin-script characters a family lacks in another shipped family', () => {
    const montserrat = fonts.resolve('Montserrat', regular).face;
    expect(montserrat.hasGlyph(0x3b1)).toBe(false); // α
    expect(fonts.faceForChar(0x3b1, montserrat, regular)!.family).toBe('Inter');
    const lora = fonts.resolve('Lora', italic).face;
    expect(lora.hasGlyph(0x2192)).toBe(false); // →
    const arrow = fonts.faceForChar(0x2192, lora, italic)!;
    expect(arrow.postscriptName).toBe('Inter-Italic');
  });

  it('returns null for characters no available font covers', () => {
    expect(fonts.faceForChar(0x1f600, inter, regular)).toBeNull(); // 😀
    expect(fonts.faceForChar(0xf8ff, inter, regular)).toBeNull(); // private use (Apple logo)
    expect(fonts.faceForChar(0x10fffd, inter, regular)).toBeNull();
  });

  it('asks the system for characters nothing shipped covers', () => {
    const withSystem = createFontRegistry({
      systemFonts: {
        findFamily: () => null,
        substitute: () => null,
        // Pretend a system font covers U+1F600: give it a file that does not (it must be checked).
        forChar: (cp) => (cp === 0x1f600 ? [{ file: shippedPath('Lora'), index: 0, family: 'Lora', families: ['Lora'], weight: 400, italic: false }] : []),
      },
    });
    expect(withSystem.faceForChar(0x1f600, withSystem.resolve('Inter', regular).face, regular)).toBeNull();
  });
});

/** A pretend fontconfig whose default family (its answer for an unknown name) is `fallback`, recording the styles asked. */
function systemWithDefault(families: Record<string, string>, fallback: string | null, substitutes: Record<string, string> = {}) {
  const styles: { family: string; weight: number; italic: boolean }[] = [];
  const source: SystemFontSource = {
    findFamily(family, style) {
      styles.push({ family, ...style });
      const hit = Object.entries(families).find(([name]) => name.toLowerCase() === family.toLowerCase());
      return hit ? { file: hit[1], index: 0, family: hit[0], families: [hit[0]], weight: style.weight, italic: style.italic } : null;
    },
    substitute: (family) => substitutes[family] ?? null,
    defaultFamily: () => fallback,
    forChar: () => [],
  };
  return { source, styles };
}

describe("FontRegistry.resolve: a family found nowhere, missingFamilies 'system' (decks the user brings)", () => {
  // "DejaVu Sans" is backed by a real file (Lora's): what matters is which family and file is chosen.
  const dejavu = shippedPath('Lora');

  it("draws it in fontconfig's default family, with W_FONT_SUBSTITUTED naming both", () => {
    const { source } = systemWithDefault({ 'DejaVu Sans': dejavu }, 'DejaVu Sans');
    const fonts = createFontRegistry({ systemFonts: source, missingFamilies: 'system' });
    for (const family of ['Verdana', 'Segoe UI', 'Aptos', 'Tw Cen MT']) {
      const { face, warnings } = fonts.resolve(family, regular);
      expect(face.family, family).toBe('DejaVu Sans');
      expect(face.source).toBe('system');
      expect(face.key).toBe(`system:${dejavu}#0`);
      expect(warnings).toEqual([
        {
          code: W_FONT_SUBSTITUTED,
          message: `Font "${family}" is not installed; using "DejaVu Sans", the font this system's font configuration gives for it (as LibreOffice does). Install "${family}" to draw the text as designed`,
        },
      ]);
    }
  });

  it("keeps today's default family and W_FONT_MISSING without the option (our templates)", () => {
    const { source } = systemWithDefault({ 'DejaVu Sans': dejavu }, 'DejaVu Sans');
    for (const fonts of [createFontRegistry({ systemFonts: source }), createFontRegistry({ systemFonts: source, missingFamilies: 'default' })]) {
      const { face, warnings } = fonts.resolve('Verdana', regular);
      expect(face.family).toBe('Source Sans 3');
      expect(face.source).toBe('shipped');
      expect(warnings).toEqual([{ code: W_FONT_MISSING, message: expect.stringContaining('Font "Verdana" is not available (not in the brand, not shipped, not installed); using "Source Sans 3" instead. To use it:') }]);
    }
  });

  it("keeps the default family and the how-to-get warning for the brand's own families", () => {
    const { source } = systemWithDefault({ 'DejaVu Sans': dejavu }, 'DejaVu Sans');
    const fonts = createFontRegistry({ systemFonts: source, missingFamilies: 'system', brandFamilies: ['Open Sans', 'Acme Grotesk'] });
    for (const family of ['Open Sans', 'open-sans', 'Open Sans SemiBold', 'Acme Grotesk']) {
      const { face, warnings } = fonts.resolve(family, regular);
      expect(face.family, family).toBe('Source Sans 3');
      expect(warnings.map((w) => w.code)).toEqual([W_FONT_MISSING]);
    }
    expect(fonts.resolve('Open Sans', regular).warnings[0]!.message).toContain('npm install @expo-google-fonts/open-sans');
    // A family the deck names that the brand does not: the system's answer.
    expect(fonts.resolve('Verdana', regular).face.family).toBe('DejaVu Sans');
  });

  it('comes after the installed family, the metric-compatible font, the configured substitute and the shipped families', () => {
    const { source } = systemWithDefault({ 'DejaVu Sans': dejavu, Carlito: shippedPath('Inter'), 'Liberation Serif': shippedPath('Merriweather'), Verdana: shippedPath('Montserrat') }, 'DejaVu Sans', {
      Garamond: 'Liberation Serif',
    });
    const fonts = createFontRegistry({ systemFonts: source, missingFamilies: 'system' });
    expect(fonts.resolve('Verdana', regular).face.family).toBe('Verdana');
    expect(fonts.resolve('Verdana', regular).warnings).toEqual([]);
    expect(fonts.resolve('Calibri', regular).face.family).toBe('Carlito');
    expect(fonts.resolve('Garamond', regular).face.family).toBe('Liberation Serif');
    expect(fonts.resolve('Garamond', regular).warnings[0]!.message).toContain('its substitute in this system');
    expect(fonts.resolve('Inter', regular).face.source).toBe('shipped');
  });

  it('asks the regular or bold face of the default family, whatever weight the name implies', () => {
    const { source, styles } = systemWithDefault({ 'DejaVu Sans': dejavu }, 'DejaVu Sans');
    const fonts = createFontRegistry({ systemFonts: source, missingFamilies: 'system' });
    fonts.resolve('Roboto Light', regular);
    fonts.resolve('Franklin Gothic Medium', bold);
    fonts.resolve('Segoe UI', italic);
    expect(styles.filter((s) => s.family === 'DejaVu Sans')).toEqual([
      { family: 'DejaVu Sans', weight: 400, italic: false },
      { family: 'DejaVu Sans', weight: 700, italic: false },
      { family: 'DejaVu Sans', weight: 400, italic: true },
    ]);
  });

  it('uses our file when the default family is shipped', () => {
    const { source } = systemWithDefault({}, 'Source Sans Pro');
    const { face, warnings } = createFontRegistry({ systemFonts: source, missingFamilies: 'system' }).resolve('Verdana', regular);
    expect(face.source).toBe('shipped');
    expect(face.family).toBe('Source Sans 3');
    expect(warnings.map((w) => w.code)).toEqual([W_FONT_SUBSTITUTED]);
  });

  it('falls back to the default family when fontconfig has no default, its default is not installed, or system fonts are off', () => {
    const none = systemWithDefault({ 'DejaVu Sans': dejavu }, null).source;
    const notInstalled = systemWithDefault({}, 'DejaVu Sans').source;
    const { defaultFamily: _unused, ...withoutMethod } = systemWithDefault({ 'DejaVu Sans': dejavu }, 'DejaVu Sans').source;
    for (const systemFonts of [none, notInstalled, withoutMethod, false] as const) {
      const { face, warnings } = createFontRegistry({ systemFonts, missingFamilies: 'system' }).resolve('Verdana', regular);
      expect(face.family).toBe('Source Sans 3');
      expect(warnings.map((w) => w.code)).toEqual([W_FONT_MISSING]);
    }
  });

  it('gives theme references and empty names the default family, as before', () => {
    const { source } = systemWithDefault({ 'DejaVu Sans': dejavu }, 'DejaVu Sans');
    const fonts = createFontRegistry({ systemFonts: source, missingFamilies: 'system' });
    for (const family of ['', '+mn-lt']) {
      const { face, warnings } = fonts.resolve(family, regular);
      expect(face.family).toBe('Source Sans 3');
      expect(warnings.map((w) => w.code)).toEqual([W_FONT_MISSING]);
    }
  });
});

describe('the face of a system family drawing a script the deck\'s font lacks', () => {
  const ref = (file: string, weight: number, italic = false, families = ['DejaVu Sans']): SystemFontRef => ({ file, index: 0, family: families[0]!, families, weight, italic });
  // fontconfig's list for a Hebrew letter: regular upright first (system.ts sorts it so).
  const refs = [ref('DejaVuSans.ttf', 400), ref('DejaVuSansCondensed-Bold.ttf', 700, false, ['DejaVu Sans', 'DejaVu Sans Condensed']), ref('DejaVuSans-Bold.ttf', 700), ref('DejaVuSans-Oblique.ttf', 400, true), ref('FreeSans.ttf', 700, false, ['FreeSans'])];

  it('is the family\'s bold for bold text, of the same width, not a synthetic bold of the regular', () => {
    expect(nearestStyle(refs, refs[0]!, bold).file).toBe('DejaVuSans-Bold.ttf');
    expect(nearestStyle(refs, refs[0]!, regular).file).toBe('DejaVuSans.ttf');
    expect(nearestStyle(refs, refs[0]!, italic).file).toBe('DejaVuSans-Oblique.ttf');
  });

  it('stays in the family fontconfig listed first, and keeps the listed face where the family has no other', () => {
    expect(nearestStyle(refs, refs[4]!, regular).file).toBe('FreeSans.ttf');
    expect(nearestStyle([refs[0]!], refs[0]!, boldItalic).file).toBe('DejaVuSans.ttf');
  });
});
