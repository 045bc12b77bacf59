/** The decks the interop tests render: our templates, branded copies of them, our fixtures. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Brand } from '../../../src/brand/schema.js';
import type { BrandAssets } from '../../../src/brand/assets.js';
import { parseBrand } from '../../../src/brand/validate.js';
import { sampleBrand } from '../../../src/brand/sample.js';
import { ROOT } from './fixtures.js';

export interface Deck {
  name: string;
  locale: string;
  paper: string;
  bytes: Uint8Array;
}

/** Every committed template variant (templates/<id>/<locale>.<paper>.pptx). */
export function templateDecks(): Deck[] {
  const dir = path.join(ROOT, 'templates');
  if (!existsSync(dir)) return [];
  const out: Deck[] = [];
  for (const id of readdirSync(dir).sort()) {
    const sub = path.join(dir, id);
    if (!existsSync(sub) || !readdirSync(sub).length) continue;
    for (const f of readdirSync(sub).sort()) {
      const m = /^(.+)\.(letter|a4)\.pptx$/.exec(f);
      if (!m) continue;
      out.push({ name: `${id}/${f}`, locale: m[1]!, paper: m[2]!, bytes: new Uint8Array(readFileSync(path.join(sub, f))) });
    }
  }
  return out;
}

/** Three brands unlike each other: the sample (SVG logo, all links), a Danish serif brand (PNG logo, no billing), a Chinese brand (no logo, long note). */
export async function testBrands(): Promise<{ key: string; brand: Brand; assets: BrandAssets; links: string[] }[]> {
  const logo = await sharp({ create: { width: 400, height: 160, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: Buffer.from('<svg width="400" height="160"><rect x="10" y="10" width="140" height="140" rx="30" fill="#5B2A86"/></svg>'), left: 0, top: 0 }])
    .png()
    .toBuffer();
  const sample = sampleBrand();
  return [
    { key: 'sample', ...sample, links: ['https://example.org/book', 'https://example.org/billing', 'https://example.org/'] },
    {
      key: 'nordisk',
      brand: parseBrand(
        {
          organization: 'Nordisk Tandklinik',
          locale: 'da-DK',
          colors: { primary: '#5B2A86' },
          fonts: { heading: 'Merriweather', body: 'Lora' },
          logo: 'logo.png',
          links: { booking: 'https://tand.example.dk/booking?id=42&lang=da', homepage: 'https://tand.example.dk/' },
        },
        'test brand nordisk',
      ),
      assets: { logo: { name: 'logo.png', bytes: new Uint8Array(logo) } },
      links: ['https://tand.example.dk/booking?id=42&lang=da', 'https://tand.example.dk/'],
    },
    {
      key: 'shanghai',
      brand: parseBrand(
        {
          organization: '上海健康诊所',
          locale: 'zh-CN',
          colors: { primary: '#C0392B', secondary: '#2C3E50' },
          fonts: { heading: 'Noto Sans SC', body: 'Noto Sans SC' },
          links: { booking: 'https://health.example.cn/yuyue', billing: 'mailto:billing@health.example.cn', homepage: 'https://health.example.cn/' },
          additionalInfo: '请提前五分钟加入，并准备好您的身份证和问题清单。如需翻译或无法通过视频加入，请致电我们，我们将安排电话预约。',
        },
        'test brand shanghai',
      ),
      assets: {},
      links: ['https://health.example.cn/yuyue', 'mailto:billing@health.example.cn', 'https://health.example.cn/'],
    },
  ];
}

export function customizeAvailable(): boolean {
  return existsSync(path.join(ROOT, 'src/edit/customize.ts'));
}
