/**
 * The brand engine's text fitting (src/edit/text-layout.ts) and the renderer (src/render/text)
 * wrap text alike: one line breaker (src/text/line-break.ts), one measurement
 * (src/text/advances.ts). Every string below, in English, Danish and Chinese, long words,
 * links and a 300-character word among them, is laid out in text boxes of several widths; the
 * number of lines the brand engine counts must be the number of lines the renderer draws.
 */
import pptxgen from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { boxOf } from '../../src/edit/shapes.js';
import { bodyModel, measureBody, registryMeasurer } from '../../src/edit/text-layout.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { NS } from '../../src/xml/namespaces.js';
import { listOf, registry, texts } from '../render/helpers/fixtures.js';

const STRINGS: Record<string, string[]> = {
  en: [
    'Book at https://example.org/appointments/new-patient',
    'Open the link in the confirmation e-mail a few minutes before your appointment, from a quiet, well-lit room.',
    'Questions about billing? Visit https://billing.example.com/invoices/2024?customer=12345&view=summary#payments',
    'Harbour & Co. Family Practice and Walk-in Clinic, one-on-one video appointments',
  ],
  'da-DK': [
    'Book en videokonsultation på https://klinik.example.dk/booking/ny-patient',
    'Åbn linket i bekræftelsesmailen et par minutter før din aftale, fra et roligt og godt oplyst rum.',
    'Lægehusetsvideokonsultationsbookingsbekræftelsesmail kommer inden for få minutter.',
  ],
  'zh-CN': [
    '请在预约时间前几分钟打开确认邮件中的链接，并在安静、光线充足的房间里参加视频会面。',
    '预约：https://example.cn/预约/新患者（请使用电脑或手机）。',
    '提示：您可以使用Microsoft Teams应用或任何网页浏览器加入会面，无需安装任何软件。',
  ],
  long: ['x'.repeat(300), `see ${'long-word-'.repeat(30)}end`],
};
const WIDTHS_IN = [1.2, 1.9, 2.7, 3.6];
const SIZE = 12;

async function deckWithBoxes(strings: string[]): Promise<Uint8Array> {
  const gen = new (pptxgen as unknown as new () => InstanceType<typeof pptxgen>)();
  gen.defineLayout({ name: 'TALL', width: 16, height: 40 });
  gen.layout = 'TALL';
  const slide = gen.addSlide();
  let y = 0.2;
  for (const text of strings) {
    let x = 0.2;
    for (const w of WIDTHS_IN) {
      slide.addText(text, { x, y, w, h: 9, fontFace: 'Inter', fontSize: SIZE, valign: 'top', margin: 0, color: '000000' });
      x += w + 0.2;
    }
    y += 9.5;
  }
  return new Uint8Array((await gen.write({ outputType: 'uint8array' })) as Uint8Array);
}

describe('the brand engine and the renderer wrap text alike', () => {
  for (const [what, strings] of Object.entries(STRINGS)) {
    it(`${what}: same number of lines in every box`, async () => {
      const pptx = await deckWithBoxes(strings);
      const { list } = listOf(pptx);
      const drawn = texts(list);
      const slide = OpcPackage.open(pptx).xml('ppt/slides/slide1.xml').root;
      const theme = { major: { latin: 'Inter', ea: '' }, minor: { latin: 'Inter', ea: '' } };
      const measurer = registryMeasurer(registry);
      let boxes = 0;
      let lines = 0;
      for (const shape of slide.descendants(NS.p, 'sp')) {
        const box = boxOf(shape)!;
        const model = bodyModel(shape, box.cx, box.cy, theme)!;
        const engineLines = Math.round(measureBody(model, measurer, 1, 1).height / (1.2 * SIZE));
        // Baselines the renderer drew inside this box (points; EMU / 12700).
        const [x0, y0] = [box.x / 12700, box.y / 12700];
        const [x1, y1] = [x0 + box.cx / 12700, y0 + box.cy / 12700];
        const baselines = new Set(drawn.filter((t) => t.px >= x0 - 1 && t.px < x1 && t.py > y0 && t.py < y1).map((t) => Math.round(t.py * 10)));
        const text = shape.descendants(NS.a, 't').next().value?.textContent() ?? '';
        expect(engineLines, `"${text.slice(0, 40)}" in ${(box.cx / 914400).toFixed(1)} in`).toBe(baselines.size);
        boxes++;
        lines += engineLines;
      }
      expect(boxes).toBe(strings.length * WIDTHS_IN.length);
      // The boxes are narrow enough that text wraps: the comparison is not of single lines.
      expect(lines).toBeGreaterThan(2 * boxes);
    });
  }
});
