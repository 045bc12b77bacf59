/**
 * Contrast of the text a reader sees, on the handout as it is drawn (WCAG 2.x 1.4.3, AA): every
 * template × locale × paper, branded with brands whose colours are hard to read on or under —
 * a pale yellow, a near-black, a pale secondary and accent — every run of text against what is
 * really behind it. Role- and name-free, so that it holds for any design: the page is drawn
 * once without its text (our own renderer, display list → SVG → PNG), and each text operation's
 * colour is compared with the colours under its box (cap height × measured width); each colour
 * covering a quarter of that box or more must give 4.5:1 (3:1 for large text: 18 pt, or 14 pt
 * bold). docs/accessibility.md.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/brand/colors.js';
import { requiredRatio } from '../../src/brand/contrast.js';
import type { Brand } from '../../src/brand/schema.js';
import { parseBrand } from '../../src/brand/validate.js';
import type { TextOp } from '../../src/render/ops.js';
import { prepareImages } from '../../src/render/images/prepare.js';
import { displayList } from '../../src/render/render.js';
import { rasterize } from '../../src/render/svg/rasterize.js';
import { writeSvg } from '../../src/render/svg/write-svg.js';
import { toHex } from '../../src/render/color/rgba.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { customizeAvailable, templateDecks } from '../render/helpers/decks.js';
import { registry } from '../render/helpers/fixtures.js';

const DPI = 144;
const SCALE = DPI / 72;
const templates = templateDecks();

const HARD: Record<string, Record<string, unknown>> = {
  'pale primary #FFE066': { colors: { primary: '#FFE066' } },
  'near-black primary #111111': { colors: { primary: '#111111' } },
  'pale primary, secondary and accent': { colors: { primary: '#FFE066', secondary: '#FFF3B0', accent: '#FFFF00' } },
  'near-black primary, pale secondary': { colors: { primary: '#111111', secondary: '#FFE066', accent: '#F2F2F2' } },
};

function brand(key: string, locale: string): Brand {
  return parseBrand(
    {
      organization: 'Contrast Clinic',
      locale,
      ...HARD[key],
      links: { booking: 'https://example.org/book', billing: 'https://example.org/pay', homepage: 'https://example.org/' },
      additionalInfo: 'Join five minutes early.',
    },
    `test brand ${key}`,
  );
}

interface ContrastFailure {
  text: string;
  color: string;
  behind: string;
  ratio: number;
  need: number;
}

/** Every text operation whose colour does not reach AA on what is drawn behind it. */
async function textContrast(pptx: Uint8Array): Promise<{ checked: number; failures: ContrastFailure[] }> {
  const list = displayList(pptx, { registry }, []);
  const failures: ContrastFailure[] = [];
  let checked = 0;
  for (const page of list.pages) {
    const texts = page.ops.filter((op): op is TextOp => op.kind === 'text' && op.text.trim() !== '');
    const bare = { ...page, ops: page.ops.filter((op) => op.kind !== 'text') };
    const images = await prepareImages([bare], [], false);
    const png = await rasterize(await writeSvg(bare, images, DPI), bare, DPI);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    for (const op of texts) {
      const cap = (op.face.capHeight > 0 ? op.face.capHeight : op.face.ascent * 0.7) / op.face.unitsPerEm;
      // The box between the baseline and the cap height, over the measured width (local → page).
      const corners = [
        [op.x, op.y - cap * op.size],
        [op.x + op.width, op.y - cap * op.size],
        [op.x, op.y],
        [op.x + op.width, op.y],
      ].map(([x, y]) => {
        const [a, b, c, d, e, f] = op.transform;
        return [a * x! + c * y! + e, b * x! + d * y! + f] as const;
      });
      const x0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p[0])) * SCALE));
      const x1 = Math.min(info.width - 1, Math.ceil(Math.max(...corners.map((p) => p[0])) * SCALE));
      const y0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p[1])) * SCALE));
      const y1 = Math.min(info.height - 1, Math.ceil(Math.max(...corners.map((p) => p[1])) * SCALE));
      const counts = new Map<string, number>();
      let total = 0;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const i = (y * info.width + x) * 3;
          const hex = [data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase();
          counts.set(hex, (counts.get(hex) ?? 0) + 1);
          total++;
        }
      }
      if (total === 0) continue;
      checked++;
      const color = toHex(op.color).slice(1, 7).toUpperCase();
      const need = requiredRatio(op.size, op.face.style.bold || op.fakeBold);
      for (const [behind, n] of counts) {
        if (n < total / 4) continue;
        const ratio = contrastRatio(color, behind);
        if (ratio < need) failures.push({ text: op.text, color, behind, ratio: Math.round(ratio * 100) / 100, need });
      }
    }
  }
  return { checked, failures };
}

/** The deck with its theme's text colours (dk1, dk2) made pale grey: unreadable on white. */
async function paleText(pptx: Uint8Array): Promise<Uint8Array> {
  const pkg = OpcPackage.open(pptx);
  for (const name of pkg.partNames().filter((n) => /^\/?ppt\/theme\/theme\d+\.xml$/.test(n))) {
    const text = new TextDecoder().decode(pkg.get(name)!);
    const pale = text.replace(/(<a:(?:dk1|dk2)>\s*<a:(?:srgbClr val|sysClr val="[^"]*" lastClr)=")[0-9A-Fa-f]{6}/g, '$1D9D9D9');
    pkg.set(name, new TextEncoder().encode(pale));
  }
  return pkg.save();
}

describe.skipIf(templates.length === 0)('the contrast check itself', () => {
  it('finds pale grey body text on a white page', async () => {
    const deck = templates.find((d) => d.locale === 'en') ?? templates[0]!;
    const { failures } = await textContrast(await paleText(deck.bytes));
    expect(failures.length).toBeGreaterThan(5);
    expect(failures.some((f) => f.color === 'D9D9D9' && f.behind === 'FFFFFF' && f.need === 4.5 && f.ratio < 1.5)).toBe(true);
  });
});

describe.skipIf(templates.length === 0 || !customizeAvailable())('text contrast on the drawn handout, hard brands', () => {
  let customize: typeof import('../../src/edit/customize.js').customize;
  beforeAll(async () => {
    ({ customize } = await import('../../src/edit/customize.js'));
  });

  for (const deck of templates) {
    it(deck.name, async () => {
      for (const key of Object.keys(HARD)) {
        const { pptx } = await customize(deck.bytes, brand(key, deck.locale), {}, { fonts: registry });
        const { checked, failures } = await textContrast(pptx);
        expect(checked, `${deck.name} × ${key}: text checked`).toBeGreaterThan(20);
        expect(failures, `${deck.name} × ${key}`).toEqual([]);
      }
    });
  }
});
