/**
 * The brands the end-to-end tests put on every handout: Latin, Danish and Chinese text, `&`, `<`
 * and quotes in names and URLs, a 600-character additional text (in each language), wide, tall,
 * SVG and transparent logos, and a brand with only a primary colour and a booking link.
 */
import sharp from 'sharp';
import type { BrandAssets } from '../../../src/brand/assets.js';
import { sampleBrand } from '../../../src/brand/sample.js';
import type { Brand } from '../../../src/brand/schema.js';
import { parseBrand } from '../../../src/brand/validate.js';

function exactly(text: string, length: number): string {
  let out = text;
  while ([...out].length < length) out += ' ' + text;
  return [...out].slice(0, length).join('').trimEnd().padEnd(length, '.');
}

export const INFO_EN_600 = exactly(
  'Please join five minutes early from a quiet, well-lit room with a stable internet connection. Have your ID card, your insurance details and a list of your questions ready. If you need an interpreter or cannot join by video, call us and we will arrange a phone appointment instead. Children under 16 join with a parent or guardian.',
  600,
);
export const INFO_DA_600 = exactly(
  'Log ind fem minutter før tid fra et roligt og godt oplyst rum. Hav dit sundhedskort, en liste over din medicin og de spørgsmål, du gerne vil stille, klar. Har du brug for tolk, eller kan du ikke deltage via video, så ring til os på 70 20 30 40, så aftaler vi en telefonkonsultation i stedet. Børn under 15 år skal deltage sammen med en forælder. Afbud skal gives senest 24 timer før, ellers opkræves et gebyr på 250 kr. Husk at teste kamera og mikrofon dagen før.',
  600,
);
export const INFO_ZH_600 = exactly(
  '请提前五分钟在安静、光线充足的房间加入视频预约，并确保网络连接稳定。请准备好身份证件、医保卡、正在服用的药物清单以及您想咨询的问题。如需翻译服务或无法通过视频参加，请致电 010-1234 5678，我们将为您安排电话问诊。十四岁以下儿童须由家长陪同参加。如需取消预约，请至少提前二十四小时通知我们。',
  600,
);

export interface TestBrand {
  id: string;
  brand: Brand;
  assets: BrandAssets;
}

/** A wide transparent PNG (4:1) with a rounded plate. */
async function widePng(): Promise<Uint8Array> {
  const plate = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="300"><rect x="10" y="10" width="1180" height="280" rx="60" fill="#C8102E"/><circle cx="150" cy="150" r="90" fill="#FFFFFF"/><rect x="300" y="110" width="800" height="80" rx="20" fill="#FFFFFF"/></svg>';
  return new Uint8Array(await sharp(Buffer.from(plate)).png().toBuffer());
}

const TALL_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="300" viewBox="0 0 100 300"><rect width="100" height="300" rx="20" fill="#8E1B3C"/><circle cx="50" cy="70" r="35" fill="#F5C242"/><rect x="20" y="140" width="60" height="130" fill="#FFFFFF" opacity="0.85"/></svg>';

export async function testBrands(): Promise<TestBrand[]> {
  const sample = sampleBrand();
  return [
    { id: 'sample', brand: sample.brand, assets: sample.assets },
    {
      id: 'danish',
      brand: parseBrand(
        {
          organization: 'Tandlægerne i Århus & Søn ApS',
          locale: 'da-DK',
          paper: 'a4',
          colors: { primary: '#C8102E', secondary: '#1D3557', accent: '#F4A261' },
          fonts: { heading: 'Merriweather', body: 'Inter' },
          logo: 'wide.png',
          links: { booking: 'https://tandlaegerne-aarhus.dk/book-tid/', billing: 'https://tandlaegerne-aarhus.dk/betaling?kilde=folder&sprog=da', homepage: 'https://tandlaegerne-aarhus.dk/' },
          additionalInfo: INFO_DA_600,
        },
        'danish',
      ),
      assets: { logo: { name: 'wide.png', bytes: await widePng() } },
    },
    {
      id: 'chinese',
      brand: parseBrand(
        {
          organization: '北京和睦家诊所',
          locale: 'zh-CN',
          colors: { primary: '#8E1B3C' },
          logo: 'tall.svg',
          links: { booking: 'https://www.example.cn/yuyue', homepage: 'https://www.example.cn/' },
          additionalInfo: INFO_ZH_600,
        },
        'chinese',
      ),
      assets: { logo: { name: 'tall.svg', bytes: new TextEncoder().encode(TALL_SVG) } },
    },
    {
      id: 'minimal',
      brand: parseBrand({ organization: 'Minimal', colors: { primary: '#F2C14E' }, links: { booking: 'https://minimal.example/b' } }, 'minimal'),
      assets: {},
    },
    {
      id: 'escaping',
      brand: parseBrand(
        {
          organization: 'Smith & Sons <"Quality"> \'Care\' Ltd',
          colors: { primary: '#2A9D8F', text: '#3A3A3A' },
          links: { booking: 'https://example.org/book?who=smith&sons=%3Cq%3E', billing: 'mailto:accounts@smith-sons.example', homepage: 'tel:+15550100' },
          additionalInfo: INFO_EN_600.slice(0, 560) + '\n<angle> & "quotes" 5 < 6',
        },
        'escaping',
      ),
      assets: {},
    },
  ];
}
