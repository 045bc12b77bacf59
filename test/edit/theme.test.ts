import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deriveScheme } from '../../src/brand/colors.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { brand, run } from './helpers/brands.js';
import { miniDeck, officeTheme, partBytes, partText } from './helpers/mini-deck.js';

function schemes(xml: string): { clr: string; font: string } {
  return {
    clr: /<(\w+:)?clrScheme[\s\S]*<\/(\w+:)?clrScheme>/.exec(xml)![0],
    font: /<(\w+:)?fontScheme[\s\S]*<\/(\w+:)?fontScheme>/.exec(xml)![0],
  };
}

describe('theme: colour scheme', () => {
  it('writes all twelve slots as a:srgbClr, replacing a:sysClr elements whole (before/after)', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    const before = schemes(partText(deck, 'ppt/theme/theme1.xml')).clr;
    expect(before).toContain('<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>');
    const { pptx } = await run(deck, brand({ organization: 'Acme & Co' }));
    const s = deriveScheme({ primary: '0B6E69' }).scheme;
    expect(schemes(partText(pptx, 'ppt/theme/theme1.xml')).clr).toBe(
      `<a:clrScheme name="Acme &amp; Co"><a:dk1><a:srgbClr val="${s.dk1}"/></a:dk1><a:lt1><a:srgbClr val="${s.lt1}"/></a:lt1>` +
        `<a:dk2><a:srgbClr val="${s.dk2}"/></a:dk2><a:lt2><a:srgbClr val="${s.lt2}"/></a:lt2>` +
        `<a:accent1><a:srgbClr val="0B6E69"/></a:accent1><a:accent2><a:srgbClr val="${s.accent2}"/></a:accent2>` +
        `<a:accent3><a:srgbClr val="${s.accent3}"/></a:accent3><a:accent4><a:srgbClr val="${s.accent4}"/></a:accent4>` +
        `<a:accent5><a:srgbClr val="${s.accent5}"/></a:accent5><a:accent6><a:srgbClr val="${s.accent6}"/></a:accent6>` +
        `<a:hlink><a:srgbClr val="${s.hlink}"/></a:hlink><a:folHlink><a:srgbClr val="${s.folHlink}"/></a:folHlink></a:clrScheme>`,
    );
  });

  it('is namespace-aware: a theme that uses the prefix d: is rewritten with d:', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }], themes: [officeTheme('Prefixed', { prefix: 'd' })] });
    const { pptx } = await run(deck, brand());
    const xml = partText(pptx, 'ppt/theme/theme1.xml');
    expect(xml).toContain('<d:accent1><d:srgbClr val="0B6E69"/></d:accent1>');
    expect(xml).not.toContain('sysClr');
    expect(xml).not.toMatch(/<a:/);
  });

  it('inserts a complete clrScheme (schema order: before fontScheme) when the theme has none', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }], themes: [officeTheme('No colours', { clrScheme: false })] });
    const { pptx, warnings } = await run(deck, brand());
    const xml = partText(pptx, 'ppt/theme/theme1.xml');
    expect(xml).toMatch(/<a:themeElements><a:clrScheme name="Acme Clinic"><a:dk1>.*<\/a:folHlink><\/a:clrScheme><a:fontScheme/);
    expect(warnings.map((w) => w.code)).toContain('W_THEME_REPAIRED');
  });

  it('inserts a complete fontScheme (latin, ea, cs in both) before fmtScheme when the theme has none', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }], themes: [officeTheme('No fonts', { fontScheme: false })] });
    const { pptx } = await run(deck, brand({ fonts: { heading: 'Lora', body: 'Inter' } }));
    expect(schemes(partText(pptx, 'ppt/theme/theme1.xml')).font).toBe(
      '<a:fontScheme name="Acme Clinic"><a:majorFont><a:latin typeface="Lora"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
        '<a:minorFont><a:latin typeface="Inter"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>',
    );
    expect(partText(pptx, 'ppt/theme/theme1.xml')).toMatch(/<\/a:fontScheme><a:fmtScheme/);
  });

  it('rebrands the theme of every slide master, and nothing that is not a master theme', async () => {
    const override = officeTheme('Chart override');
    const deck = await miniDeck({
      slides: [{ shapes: '' }],
      themes: [officeTheme('One'), officeTheme('Two'), officeTheme('Three')],
      extra: [{ name: 'ppt/theme/themeOverride1.xml', data: override, type: 'application/vnd.openxmlformats-officedocument.themeOverride+xml' }],
    });
    const { pptx } = await run(deck, brand());
    for (const n of [1, 2, 3]) expect(partText(pptx, `ppt/theme/theme${n}.xml`)).toContain('<a:accent1><a:srgbClr val="0B6E69"/>');
    expect(partBytes(pptx, 'ppt/theme/themeOverride1.xml')).toEqual(partBytes(deck, 'ppt/theme/themeOverride1.xml'));
  });

  it('reads a UTF-16 theme and writes it back as valid UTF-8', async () => {
    const utf16 = officeTheme('Ünïcode').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = new Uint8Array(2 + utf16.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < utf16.length; i++) {
      bytes[2 + 2 * i] = utf16.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = utf16.charCodeAt(i) >> 8;
    }
    // The default theme part replaced by the UTF-16 bytes (BOM, encoding="UTF-16").
    const pkg = OpcPackage.open(await miniDeck({ slides: [{ shapes: '' }] }));
    pkg.set('ppt/theme/theme1.xml', bytes);
    const { pptx } = await run(await pkg.save(), brand());
    const out = partBytes(pptx, 'ppt/theme/theme1.xml')!;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(out);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(text).toContain('name="Ünïcode"');
    expect(text).toContain('<a:accent1><a:srgbClr val="0B6E69"/>');
  });
});

describe('theme: fonts', () => {
  it('sets major/minor a:latin and drops the old font\'s panose; a:ea and a:cs stay (before/after)', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    const { pptx } = await run(deck, brand({ fonts: { heading: 'Montserrat', body: 'Source Sans 3' } }));
    expect(schemes(partText(pptx, 'ppt/theme/theme1.xml')).font).toBe(
      '<a:fontScheme name="Acme Clinic"><a:majorFont><a:latin typeface="Montserrat"/><a:ea typeface=""/><a:cs typeface=""/>' +
        '<a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>' +
        '<a:minorFont><a:latin typeface="Source Sans 3"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme>',
    );
  });

  it('uses one named family for both slots and keeps the theme fonts when the brand names none', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    const one = schemes(partText((await run(deck, brand({ fonts: { body: 'Lora' } }))).pptx, 'ppt/theme/theme1.xml')).font;
    expect(one).toContain('<a:majorFont><a:latin typeface="Lora"/>');
    expect(one).toContain('<a:minorFont><a:latin typeface="Lora"/>');
    const none = schemes(partText((await run(deck, brand())).pptx, 'ppt/theme/theme1.xml')).font;
    expect(none).toContain('<a:latin typeface="Calibri Light" panose="020F0302020204030204"/>');
    expect(none).toContain('name="Acme Clinic"');
  });

  it('zh-CN: a:ea and the Hans script font get Noto Sans SC when the brand font has no Chinese glyphs', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    const { pptx } = await run(deck, brand({ locale: 'zh-CN', fonts: { heading: 'Montserrat', body: 'Inter' } }));
    const font = schemes(partText(pptx, 'ppt/theme/theme1.xml')).font;
    expect(font).toContain('<a:majorFont><a:latin typeface="Montserrat"/><a:ea typeface="Noto Sans SC"/>');
    expect(font).toContain('<a:minorFont><a:latin typeface="Inter"/><a:ea typeface="Noto Sans SC"/>');
    expect(font).toContain('<a:font script="Hans" typeface="Noto Sans SC"/>');
  });

  it('zh-CN: keeps a theme\'s own East Asian family, but never a Latin one', async () => {
    const yahei = await miniDeck({ slides: [{ shapes: '' }], themes: [officeTheme('CJK', { ea: '微软雅黑' })] });
    expect(schemes(partText((await run(yahei, brand({ locale: 'zh-CN' }))).pptx, 'ppt/theme/theme1.xml')).font).toContain('<a:ea typeface="微软雅黑"/>');
    const latin = await miniDeck({ slides: [{ shapes: '' }], themes: [officeTheme('Latin ea', { ea: 'Montserrat' })] });
    expect(schemes(partText((await run(latin, brand({ locale: 'zh-CN' }))).pptx, 'ppt/theme/theme1.xml')).font).toContain('<a:ea typeface="Noto Sans SC"/>');
  });

  it('zh-CN: a:ea gets the brand family when the brand font file covers Chinese', async () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    const b = brand({ locale: 'zh-CN', fonts: { heading: 'Montserrat', body: 'Brand Hei', bodyFile: 'brand-hei.ttf' } });
    const { pptx } = await run(deck, b, { bodyFont: { name: 'brand-hei.ttf', bytes: readFileSync(file) } });
    const font = schemes(partText(pptx, 'ppt/theme/theme1.xml')).font;
    expect(font).toContain('<a:minorFont><a:latin typeface="Brand Hei"/><a:ea typeface="Brand Hei"/>');
    // The heading has no file: its East Asian slot gets the shipped CJK family.
    expect(font).toContain('<a:majorFont><a:latin typeface="Montserrat"/><a:ea typeface="Noto Sans SC"/>');
  });

  it('other locales leave a:ea alone', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }], themes: [officeTheme('CJK', { ea: 'MS Gothic' })] });
    const { pptx } = await run(deck, brand({ locale: 'da-DK', fonts: { body: 'Inter' } }));
    expect(schemes(partText(pptx, 'ppt/theme/theme1.xml')).font).toContain('<a:ea typeface="MS Gothic"/>');
  });
});
