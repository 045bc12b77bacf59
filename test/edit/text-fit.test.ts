import { describe, expect, it } from 'vitest';
import { createFontRegistry } from '../../src/fonts/index.js';
import { bodyModel, measureBody, registryMeasurer } from '../../src/edit/text-layout.js';
import { parseXmlText } from '../../src/xml/parse.js';
import { NS } from '../../src/xml/namespaces.js';
import { brand, run } from './helpers/brands.js';
import { miniDeck, partText, run as r, textShape } from './helpers/mini-deck.js';

const IN = 914400;
const fonts = createFontRegistry({ systemFonts: false });

const LOREM =
  'Please join five minutes early from a quiet, well-lit room with a stable internet connection. Have your ID card, your insurance details and a list of your questions ready. ' +
  'If you need an interpreter or cannot join by video, call us and we will arrange a phone appointment instead. Children under 16 should join with a parent or guardian. ';
const INFO_600 = (LOREM + LOREM).slice(0, 600);
const INFO_ZH = '请提前五分钟在安静、光线充足的房间加入视频预约，并确保网络连接稳定。请准备好身份证件、医保信息以及您想咨询的问题清单。'.repeat(12).slice(0, 600);

function sizes(xml: string): number[] {
  return [...xml.matchAll(/<a:rPr[^>]* sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
}

async function fitted(info: string, box: { cx: number; cy: number }, sz = 1400, locale: 'en' | 'zh-CN' = 'en') {
  const shape = textShape({
    id: 2,
    name: 'Info',
    cx: box.cx,
    cy: box.cy,
    paras: [r('Before your appointment', sz + 200, '<a:latin typeface="+mj-lt"/>', ' b="1"'), r('{{additionalInfo}}', sz) + `<a:endParaRPr lang="en-US" sz="${sz}"/>`],
  });
  const deck = await miniDeck({ slides: [{ shapes: shape }] });
  return run(deck, brand({ additionalInfo: info, locale, fonts: { heading: 'Montserrat', body: 'Source Sans 3' } }), {}, { fitText: true, fonts });
}

function heightOf(xml: string, box: { cx: number; cy: number }): number {
  const doc = parseXmlText(xml, 'slide');
  const sp = [...doc.root.descendants(NS.p, 'sp')][0]!;
  const theme = { major: { latin: 'Montserrat', ea: 'Noto Sans SC' }, minor: { latin: 'Source Sans 3', ea: 'Noto Sans SC' } };
  const model = bodyModel(sp, box.cx, box.cy, theme)!;
  return measureBody(model, registryMeasurer(fonts), 1, 9).height - model.height;
}

describe('text fitting with real font metrics', () => {
  it('shrinks a 600-character additionalInfo uniformly until it fits, never below 9 pt', async () => {
    const box = { cx: 3.5 * IN, cy: 2.6 * IN };
    const { pptx, warnings } = await fitted(INFO_600, box);
    expect(warnings).toEqual([]);
    const xml = partText(pptx, 'ppt/slides/slide1.xml');
    const s = sizes(xml);
    expect(Math.max(...s)).toBeLessThan(16);
    expect(Math.min(...s)).toBeGreaterThanOrEqual(9);
    // The heading keeps its relation to the body (both scaled by the same factor, half-point steps).
    expect(s[0]! / s[1]!).toBeCloseTo(16 / 14, 1);
    expect(heightOf(xml, box)).toBeLessThanOrEqual(0.5);
  });

  it('leaves text that fits alone', async () => {
    const { pptx } = await fitted('Bring your ID card.', { cx: 3.5 * IN, cy: 2.6 * IN });
    expect(sizes(partText(pptx, 'ppt/slides/slide1.xml'))).toEqual([16, 14]);
  });

  it('fits 600 Chinese characters (CJK measured with Noto Sans SC, any character a break)', async () => {
    // Chinese characters are square (1 em wide): 600 of them need about three times the room of Latin text.
    const box = { cx: 4.5 * IN, cy: 4 * IN };
    const { pptx, warnings } = await fitted(INFO_ZH, box, 1400, 'zh-CN');
    expect(warnings).toEqual([]);
    const xml = partText(pptx, 'ppt/slides/slide1.xml');
    expect(Math.max(...sizes(xml))).toBeLessThan(16);
    expect(heightOf(xml, box)).toBeLessThanOrEqual(0.5);
  });

  it('stops at 9 pt: text that still does not fit is an error naming the field, the deck and what fits', async () => {
    const err = await fitted(INFO_600, { cx: 2 * IN, cy: IN }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'E_TEXT_OVERFLOW', exitCode: 1 });
    expect((err as Error).message).toMatch(/^additionalInfo does not fit the deck even at 9 pt \(\d+ pt of text in \d+ pt of height\): \d+ of its 600 characters fit; shorten it$/);
    const fit = Number(/: (\d+) of its 600/.exec((err as Error).message)![1]);
    expect(fit).toBeGreaterThan(50);
    expect(fit).toBeLessThan(300);
  });

  it('reports a brand font family that is not available (measured with a substitute)', async () => {
    const deck = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'T', paras: [r('{{organization}}')] }) }] });
    const { warnings } = await run(deck, brand({ fonts: { heading: 'Nowhere Sans', body: 'Inter' } }), {}, { fitText: true, fonts });
    expect(warnings.map((w) => w.code)).toEqual(['W_FONT_MISSING']);
    expect(warnings[0]!.message).toContain('Nowhere Sans');
  });

  it('fits a shape PowerPoint shrinks itself (normAutofit) through its fontScale, as PowerPoint would', async () => {
    const shape = textShape({ id: 2, name: 'Auto', cx: 3 * IN, cy: 2 * IN, bodyPr: '<a:bodyPr wrap="square"><a:normAutofit/></a:bodyPr>', paras: [r('{{additionalInfo}}', 1400)] });
    const { pptx, warnings } = await run(await miniDeck({ slides: [{ shapes: shape }] }), brand({ additionalInfo: INFO_600 }), {}, { fitText: true, fonts });
    expect(warnings).toEqual([]);
    const xml = partText(pptx, 'ppt/slides/slide1.xml');
    // The run keeps its size; the body's autofit scale makes it fit (9 pt or more on the page).
    expect(sizes(xml)).toEqual([14]);
    const scale = Number(/<a:normAutofit fontScale="(\d+)"/.exec(xml)![1]) / 100000;
    expect(scale).toBeLessThan(1);
    expect(14 * scale).toBeGreaterThanOrEqual(9);
  });

  it('shrinks a single-line (wrap="none") link that is too wide', async () => {
    const shape = textShape({ id: 2, name: 'Link', cx: 3.5 * IN, cy: IN / 2, bodyPr: '<a:bodyPr wrap="none"/>', paras: [r('{{bookingLink}}', 1400)] });
    const { pptx } = await run(
      await miniDeck({ slides: [{ shapes: shape }] }),
      brand({ links: { booking: 'https://appointments.example-healthcare-group.org/book' } }),
      {},
      { fitText: true, fonts },
    );
    const s = sizes(partText(pptx, 'ppt/slides/slide1.xml'));
    expect(s[0]).toBeLessThan(14);
    expect(s[0]).toBeGreaterThanOrEqual(9);
  });
});
