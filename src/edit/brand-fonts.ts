/**
 * What the engine needs to know about the brand's fonts: the heading and body family names
 * (from the brand, or read from the font file when the brand gives a file without a name), and
 * whether a brand font file covers Chinese (every CJK character of the deck and a sample of the
 * most frequent Simplified Chinese characters and punctuation). Only a font FILE can prove that:
 * a family name alone may mean anything on the reader's machine.
 */
import type { BrandAssets, BrandFile } from '../brand/assets.js';
import type { Brand } from '../brand/schema.js';
import { brandLocale } from '../brand/schema.js';
import { VaError, clip } from '../errors.js';
// Direct modules, not the fonts index: the index also exports PDF embedding (pdf-lib, ~100 ms to load).
import { inspectFontFile, missingCharacters } from '../fonts/inspect.js';
import { isCjkCodePoint } from '../fonts/script.js';
import type { BrandFontFacts } from './theme.js';

/** Frequent Simplified Chinese characters and full-width punctuation. */
export const CJK_SAMPLE =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话预约视频会议请准备，。：；！？（）、';

function cjkOf(text: string): string {
  let out = '';
  for (const ch of new Set(text)) if (isCjkCodePoint(ch.codePointAt(0)!)) out += ch;
  return out;
}

function coversCjk(file: BrandFile, deckText: string): boolean {
  return missingCharacters(file, CJK_SAMPLE + cjkOf(deckText)).length === 0;
}

/** Checks that files the brand names were handed over as bytes (the names, from the brand file, clipped to one line). */
export function checkBrandFiles(brand: Brand, assets: BrandAssets): void {
  if (brand.logo && !assets.logo) {
    throw new VaError('E_USAGE', `the brand names the logo "${clip(brand.logo)}" but its bytes were not given (assets.logo)`);
  }
  if (brand.fonts?.headingFile && !assets.headingFont) {
    throw new VaError('E_USAGE', `the brand names the heading font file "${clip(brand.fonts.headingFile)}" but its bytes were not given (assets.headingFont)`);
  }
  if (brand.fonts?.bodyFile && !assets.bodyFont) {
    throw new VaError('E_USAGE', `the brand names the body font file "${clip(brand.fonts.bodyFile)}" but its bytes were not given (assets.bodyFont)`);
  }
}

/** The font facts for a brand; `deckText` is the text of the deck after tokens were replaced. */
export function brandFontFacts(brand: Brand, assets: BrandAssets, deckText: string): BrandFontFacts {
  const zh = brandLocale(brand) === 'zh-CN';
  const heading = brand.fonts?.heading ?? (assets.headingFont ? inspectFontFile(assets.headingFont).family : undefined);
  const body = brand.fonts?.body ?? (assets.bodyFont ? inspectFontFile(assets.bodyFont).family : undefined);
  return {
    ...(heading ? { heading } : {}),
    ...(body ? { body } : {}),
    headingCoversCjk: zh && !!assets.headingFont && coversCjk(assets.headingFont, deckText),
    bodyCoversCjk: zh && !!assets.bodyFont && coversCjk(assets.bodyFont, deckText),
  };
}
