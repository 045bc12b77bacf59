/**
 * The brand's fonts on the page: subset to the page's characters, WOFF2, in data: URLs under
 * family names of the page's own. Checked by opening each embedded font again (fontkit reads
 * WOFF2) and looking for the glyphs of the text it must draw.
 */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { BrandAssets } from '../../src/brand/assets.js';
import { parseBrand } from '../../src/brand/validate.js';
import { inlineText } from '../../src/faq/content.js';
import { buildFaq, type FaqDocument } from '../../src/faq/index.js';
import { createFontRegistry } from '../../src/fonts/index.js';
import { fullBrand } from './brands.js';

interface EmbeddedFace {
  family: string;
  weight: number;
  bytes: Buffer;
}

function faces(html: string): EmbeddedFace[] {
  return [...html.matchAll(/@font-face\{font-family:"([^"]+)";font-style:normal;font-weight:(\d+);font-display:swap;src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)\}/g)].map(
    (m) => ({ family: m[1]!, weight: Number(m[2]), bytes: Buffer.from(m[3]!, 'base64') }),
  );
}

function covers(face: EmbeddedFace, text: string): string[] {
  const font = fontkit.create(face.bytes) as unknown as { hasGlyphForCodePoint(cp: number): boolean };
  return [...new Set(text)].filter((ch) => ch.trim() !== '' && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

const registry = createFontRegistry({ systemFonts: false });

/** The regular-weight text of every answer as shown (links by their text; bold runs left out). */
function shownAnswers(doc: FaqDocument): string {
  return doc.sections
    .flatMap((s) => s.questions)
    .flatMap((q) => q.answer.flatMap((b) => (b.kind === 'p' ? [b.content] : b.items)))
    .map((runs) => inlineText(runs.filter((r) => typeof r === 'string' || 'link' in r)))
    .join('');
}

describe('FAQ web fonts', () => {
  it('en: the heading and body faces of the brand, subset, WOFF2, covering the page text', async () => {
    const faq = await buildFaq({ brand: parseBrand(fullBrand('en'), 'x'), industry: 'healthcare', registry });
    const list = faces(faq.page);
    expect(list.map((f) => `${f.family.replace(faq.id, 'ID')}:${f.weight}`)).toEqual(['ID-h:700', 'ID-b:400', 'ID-b:700']);
    for (const f of list) expect(f.bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    // Subsets: a few kilobytes, not the 300-400 KB of the whole fonts.
    for (const f of list) expect(f.bytes.length).toBeLessThan(40_000);
    const [heading, body] = list;
    expect(covers(heading!, faq.document.title + faq.document.organization)).toEqual([]);
    expect(covers(body!, faq.document.lede + shownAnswers(faq.document))).toEqual([]);
    // Families and fonts are the brand's: Montserrat for headings, Source Sans 3 for text.
    expect((fontkit.create(heading!.bytes) as unknown as { familyName: string }).familyName).toBe('Montserrat');
    expect((fontkit.create(body!.bytes) as unknown as { familyName: string }).familyName).toBe('Source Sans 3');
    expect(faq.page).toMatch(new RegExp(`font-family:"${faq.id}-b",system-ui`));
    expect(faq.warnings).toEqual([]);
  });

  it('zh-CN: Chinese faces (regular and bold) for the Chinese text, after the brand\'s Latin faces', async () => {
    const faq = await buildFaq({ brand: parseBrand(fullBrand('zh-CN'), 'x'), industry: 'retail', registry });
    const list = faces(faq.fragment.replace(/[\s\S]*?base64,([^"]+)"[\s\S]*/, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8')));
    expect(list.map((f) => `${f.family.replace(faq.id, 'ID')}:${f.weight}`)).toEqual(['ID-h:700', 'ID-b:400', 'ID-b:700', 'ID-c:400', 'ID-c:700']);
    const cjk = list.filter((f) => f.family.endsWith('-c'));
    const han = (text: string) => [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
    expect(covers(cjk[0]!, han(faq.document.lede + shownAnswers(faq.document)))).toEqual([]);
    expect(covers(cjk[1]!, han(faq.document.title + faq.document.sections.map((s) => s.title + s.questions.map((q) => q.question).join('')).join('')))).toEqual([]);
    // A few hundred characters of Noto Sans SC: well under the 10 MB of the font.
    for (const f of cjk) expect(f.bytes.length).toBeLessThan(200_000);
    expect(faq.page).toMatch(new RegExp(`font-family:"${faq.id}-h","${faq.id}-c","PingFang SC"`));
  });

  it('a brand font file is the one embedded', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const lora = readFileSync(require.resolve('@expo-google-fonts/lora/400Regular/Lora_400Regular.ttf'));
    const input = { ...fullBrand('en'), fonts: { heading: 'Acme Serif', headingFile: 'acme.ttf' } };
    const assets: BrandAssets = { headingFont: { name: 'acme.ttf', bytes: lora } };
    const faq = await buildFaq({ brand: parseBrand(input, 'x'), assets, industry: 'generic', registry: createFontRegistry({ systemFonts: false, brand: { heading: { family: 'Acme Serif', file: assets.headingFont! } } }) });
    const heading = faces(faq.page)[0]!;
    // A regular file stands for the heading: declared as 400, the browser makes it bold.
    expect(heading.weight).toBe(400);
    expect((fontkit.create(heading.bytes) as unknown as { familyName: string }).familyName).toBe('Lora');
    expect(faq.page).toMatch(/Georgia,"Times New Roman",serif/);
  });

  it('a font that cannot be subset is reported and the page falls back to the reader\'s fonts', async () => {
    const broken = { name: 'broken.ttf', bytes: new Uint8Array(Buffer.from('ttcf0000garbage')) };
    const faq = await buildFaq({
      brand: parseBrand(fullBrand('en'), 'x'),
      industry: 'generic',
      registry: {
        resolve: () => ({ face: { family: 'Broken', bytes: broken.bytes, native: { bold: false, italic: false } } as never, warnings: [] }),
        faceForChar: () => null,
        shippedFamilies: () => [],
      },
    });
    expect(faces(faq.page)).toEqual([]);
    expect(faq.warnings.map((w) => w.code)).toContain('W_FAQ_FONT');
    expect(faq.warnings[0]!.message).toMatch(/font collection/);
  });
});
