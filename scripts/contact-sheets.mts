/**
 * Contact sheets of the built-in templates: every variant branded with a set of brands, drawn
 * by our renderer (and, with --libreoffice, by LibreOffice from the same PPTX), laid out in a
 * grid and written as small PNGs under docs/images/ (or --out). Used to look at the designs
 * while working on them and to show them in the README.
 *
 *   npm run contact-sheets                           every brand, all 24 variants, into docs/images
 *   npm run contact-sheets -- --brand sample --out /tmp/look --pages --dpi 72
 *   npm run contact-sheets -- --only healthcare/en.letter --pages --libreoffice --out /tmp/look
 *
 * Options: --brand <name,...> (see BRANDS), --only <id[/locale.paper]>, --templates <dir>
 * (default: the repository's templates/), --pages (also write each page as its own PNG),
 * --dpi <n> (pages; default 60), --libreoffice (pages drawn by LibreOffice too, *-lo.png),
 * --unbranded (pages of the templates as they are, without a brand), --readme (the README's
 * pictures: each industry with the sample brand, English, Letter, 60 dpi).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { SAMPLE_LOGO_SVG, sampleBrandInput } from '../src/brand/sample.js';
import { parseBrand } from '../src/brand/validate.js';
import type { BrandAssets } from '../src/brand/assets.js';
import { MAX_NOTE_ZH, type Locale, type Paper } from '../src/brand/schema.js';
import { customize } from '../src/edit/customize.js';
import { fontconfigXml, writeFontconfigFile } from '../src/fonts/index.js';
import { OpcPackage } from '../src/package/opc-package.js';
import { embeddedFontFiles } from '../src/presentation/embedded-fonts.js';
import { renderPng } from '../src/render/render.js';
import { templateRelativePath, templateVariants, type TemplateId } from '../src/templates/catalog.js';
import { LOCALE_STRINGS } from '../src/templates/source/locales/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

interface SheetBrand {
  /** File name part and caption. */
  name: string;
  title: string;
  /** Brand input for a variant's locale (the brand's own locale is replaced by the variant's). */
  input(locale: Locale): Record<string, unknown>;
  logo?: { name: string; svg: string };
  /** Only variants in these locales (default: all). */
  locales?: readonly Locale[];
}

const WIDE_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="120" viewBox="0 0 800 120">
  <rect x="0" y="10" width="100" height="100" rx="18" fill="#1D3557"/>
  <path d="M22 84 L50 30 L78 84 Z" fill="#F1FAEE"/>
  <path d="M130 88 V32 h26 c16 0 26 8 26 21 c0 9 -5 15 -13 18 l16 17 h-17 l-14 -15 h-10 v15 Z M144 60 h12 c7 0 12 -3 12 -8 c0 -5 -5 -8 -12 -8 h-12 Z" fill="#1D3557"/>
  <rect x="200" y="32" width="14" height="56" fill="#1D3557"/>
  <path d="M232 88 V32 h14 l26 36 V32 h14 v56 h-14 l-26 -36 v36 Z" fill="#1D3557"/>
  <path d="M306 88 V32 h40 v12 h-26 v10 h22 v12 h-22 v10 h26 v12 Z" fill="#1D3557"/>
  <path d="M380 88 V32 h14 v44 h26 v12 Z M440 88 V32 h14 v56 Z M476 88 V32 h14 l26 36 V32 h14 v56 h-14 l-26 -36 v36 Z M550 88 V32 h40 v12 h-26 v10 h22 v12 h-22 v10 h26 v12 Z" fill="#E63946"/>
</svg>`;

const TALL_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="240" viewBox="0 0 120 240">
  <rect x="10" y="10" width="100" height="220" rx="50" fill="#2A9D8F"/>
  <circle cx="60" cy="70" r="30" fill="#FFFFFF"/>
  <circle cx="60" cy="160" r="30" fill="#E9C46A"/>
</svg>`;

/** Organisation names of exactly 80 characters, the longest the brand allows. */
const LONG_ORGANIZATION: Record<Locale, string> = {
  en: 'Riverside Community Health Center – Family Medicine, Pediatrics and Women’s Care',
  'da-DK': 'Lægehusene ved Søen og Fjordens Sundhedscenter for Almen Praksis og Børnemedicin',
  'zh-CN': '上海市浦东新区社区卫生服务中心互联网医院视频问诊与慢病随访服务部暨家庭医生签约服务中心（浦江、周浦、康桥、航头、新场、祝桥、惠南、大团、老港、书院、泥城分中心）',
};

/** A note of exactly 1,200 characters (the schema's limit): the locale's 600-character sample, twice. */
/** The longest note a brand of the locale may have (1,200 characters; zh-CN 600). */
function longNote(locale: Locale): string {
  const text = LOCALE_STRINGS[locale].additionalInfoSample;
  const max = locale === 'zh-CN' ? MAX_NOTE_ZH : 1200;
  return [...`${text}${locale === 'zh-CN' ? '' : ' '}${text}`.repeat(4)].slice(0, max).join('').trim();
}

const BRANDS: readonly SheetBrand[] = [
  {
    name: 'sample',
    title: 'Sample brand (Harbour & Co.)',
    input: (locale) => ({ ...sampleBrandInput(locale), locale, logo: 'harbour-logo.svg' }),
    logo: { name: 'harbour-logo.svg', svg: SAMPLE_LOGO_SVG },
  },
  {
    name: 'pale',
    title: 'Pale primary (#FFE066), no secondary, tall logo',
    input: (locale) => ({
      organization: 'Sunny Side Pharmacy',
      locale,
      colors: { primary: '#FFE066' },
      logo: 'tall.svg',
      links: { booking: 'https://sunnyside.example/book', homepage: 'https://sunnyside.example/' },
    }),
    logo: { name: 'tall.svg', svg: TALL_LOGO },
  },
  {
    name: 'dark',
    title: 'Near-black primary, red secondary, no logo',
    input: (locale) => ({
      organization: 'Northwind Savings Bank',
      locale,
      colors: { primary: '#111111', secondary: '#C8102E', accent: '#F2C14E' },
      fonts: { heading: 'Merriweather', body: 'Inter' },
      links: { booking: 'https://outlook.office365.com/owa/calendar/NorthwindSavings@northwind.example/bookings/', billing: 'https://northwind.example/fees', homepage: 'https://northwind.example/' },
    }),
  },
  {
    name: 'nologo',
    title: 'Bare brand: organisation, primary, booking link',
    input: (locale) => ({ organization: 'Lakeside Veterinary Clinic', locale, colors: { primary: '#C8102E' }, links: { booking: 'https://lakeside.example/book' } }),
  },
  {
    name: 'wide',
    title: 'Wide wordmark logo, orange primary, long organisation name',
    input: (locale) => ({
      organization: 'Riverside Community Health Partners – Family Medicine and Pediatrics',
      locale,
      colors: { primary: '#E07A1F', secondary: '#1D3557' },
      fonts: { heading: 'Lora', body: 'Source Sans 3' },
      logo: 'wide.svg',
      links: { booking: 'https://riverside.example/book', billing: 'https://riverside.example/billing', homepage: 'https://riverside.example/' },
      additionalInfo: sampleBrandInput(locale).additionalInfo,
    }),
    logo: { name: 'wide.svg', svg: WIDE_LOGO },
  },
  {
    name: 'longest',
    title: 'Longest values: an 80-character name, the longest allowed note (1,200 characters in every locale), every link and extra, a wide logo',
    input: (locale) => ({
      organization: LONG_ORGANIZATION[locale],
      locale,
      colors: { primary: '#0A5FAD' },
      logo: 'wide.svg',
      links: {
        booking: 'https://outlook.office365.com/owa/calendar/RiversideHealth@riverside.example/bookings/',
        billing: 'https://riverside.example/patients/billing-and-insurance',
        homepage: 'https://www.riverside-community-health.example/',
      },
      handout: { writeIn: true, helpPhone: '+1 555 0100', privacy: true, interpreter: true },
      additionalInfo: longNote(locale),
    }),
    logo: { name: 'wide.svg', svg: WIDE_LOGO },
  },
  {
    name: 'chinese',
    title: 'Chinese brand (zh-CN variants)',
    locales: ['zh-CN'],
    input: (locale) => ({
      organization: '上海浦江社区卫生服务中心',
      locale,
      colors: { primary: '#B22234', secondary: '#1F4E79' },
      links: { booking: 'https://pujiang.example.cn/yuyue', billing: 'https://pujiang.example.cn/fei', homepage: 'https://pujiang.example.cn/' },
      additionalInfo: sampleBrandInput('zh-CN').additionalInfo,
    }),
  },
  {
    name: 'danish',
    title: 'Danish brand (da-DK variants)',
    locales: ['da-DK'],
    input: (locale) => ({
      organization: 'Lægehuset ved Søen',
      locale,
      colors: { primary: '#005F73', secondary: '#EE9B00', accent: '#AE2012' },
      fonts: { heading: 'Source Sans 3', body: 'Source Sans 3' },
      logo: 'tall.svg',
      links: { booking: 'https://laegehuset.example.dk/book', billing: 'https://laegehuset.example.dk/betaling', homepage: 'https://laegehuset.example.dk/' },
      additionalInfo: sampleBrandInput('da-DK').additionalInfo,
    }),
    logo: { name: 'tall.svg', svg: TALL_LOGO },
  },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(name);

const outDir = path.resolve(arg('--out') ?? path.join(root, 'docs/images'));
const templatesDir = path.resolve(arg('--templates') ?? root);
const only = arg('--only');
const pageDpi = Number(arg('--dpi') ?? 60);
const wantPages = flag('--pages');
const libreoffice = flag('--libreoffice');
const unbranded = flag('--unbranded');
const readme = flag('--readme');
const brandNames = arg('--brand')?.split(',');
const brands = BRANDS.filter((b) => !brandNames || brandNames.includes(b.name));
if (brandNames && brands.length !== brandNames.length) {
  console.error(`unknown brand; known: ${BRANDS.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const variants = templateVariants().filter((v) => !only || `${v.id}/${v.locale}.${v.paper}`.startsWith(only));
mkdirSync(outDir, { recursive: true });

/** The width of one page in a contact sheet, pixels (about 26 dpi on Letter: small files). */
const THUMB = 200;
const GAP = 16;
const LABEL = 22;

async function labelled(png: Uint8Array, label: string): Promise<Buffer> {
  const img = sharp(png).resize({ width: THUMB });
  const { height = 0 } = await sharp(await img.clone().png().toBuffer()).metadata();
  const text = `<svg xmlns="http://www.w3.org/2000/svg" width="${THUMB}" height="${LABEL}"><text x="0" y="15" font-family="Inter, sans-serif" font-size="11" fill="#444">${label}</text></svg>`;
  return sharp({ create: { width: THUMB, height: height + LABEL, channels: 3, background: '#FFFFFF' } })
    .composite([
      { input: Buffer.from(text), top: 0, left: 0 },
      { input: await img.png().toBuffer(), top: LABEL, left: 0 },
    ])
    .png()
    .toBuffer();
}

async function sheet(tiles: Buffer[], columns: number, file: string): Promise<void> {
  const metas = await Promise.all(tiles.map((t) => sharp(t).metadata()));
  const rowH = Math.max(...metas.map((m) => m.height ?? 0));
  const rows = Math.ceil(tiles.length / columns);
  const width = columns * THUMB + (columns + 1) * GAP;
  const height = rows * rowH + (rows + 1) * GAP;
  const out = await sharp({ create: { width, height, channels: 3, background: '#E9ECEF' } })
    .composite(tiles.map((input, i) => ({ input, left: GAP + (i % columns) * (THUMB + GAP), top: GAP + Math.floor(i / columns) * (rowH + GAP) })))
    .png({ palette: true, colours: 48, compressionLevel: 9, effort: 10, dither: 0.5 })
    .toBuffer();
  writeFileSync(file, out);
  console.log(`${path.relative(process.cwd(), file)}  ${(out.length / 1024).toFixed(0)} KB`);
}

function templateBytes(id: TemplateId, locale: Locale, paper: Paper): Uint8Array {
  return readFileSync(path.join(templatesDir, templateRelativePath(id, locale, paper)));
}

/**
 * LibreOffice's rendering of PPTX files: one soffice call, private profile. Fonts: as on a computer
 * that has the brand's fonts installed, the system's plus the fonts taken out of the PPTX files'
 * own embedded parts (LibreOffice 7.4 does not read PPTX embedded fonts itself), which also shows
 * that those parts are fonts that work; unbranded templates embed none and get the shipped folders.
 */
function libreOfficePngs(pptxFiles: string[], dpi: number): void {
  if (pptxFiles.length === 0) return;
  const work = path.join(outDir, '.lo');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const fontDir = path.join(work, 'embedded-fonts');
  mkdirSync(fontDir);
  let extracted = 0;
  pptxFiles.forEach((f, i) => {
    for (const font of embeddedFontFiles(OpcPackage.open(readFileSync(f), { what: f }))) writeFileSync(path.join(fontDir, `${i}-${extracted++}.ttf`), font.font);
  });
  let fc: string;
  if (extracted > 0) {
    fc = path.join(work, 'fonts.conf');
    mkdirSync(path.join(work, 'fc-cache'));
    writeFileSync(fc, fontconfigXml([fontDir], path.join(work, 'fc-cache')));
  } else {
    fc = writeFontconfigFile(path.join(work, 'fc'));
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...pptxFiles], {
    env: { ...process.env, FONTCONFIG_FILE: fc },
    stdio: 'ignore',
  });
  for (const f of pptxFiles) {
    const pdf = path.join(work, path.basename(f).replace(/\.pptx$/, '.pdf'));
    const base = f.replace(/\.pptx$/, '-lo');
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', pdf, base]);
  }
  rmSync(work, { recursive: true, force: true });
}

/** The README's pictures: one per industry with the sample brand (English, Letter, 60 dpi). */
async function readmePictures(): Promise<void> {
  const sample = BRANDS[0]!;
  for (const id of ['healthcare', 'financial-services', 'retail', 'generic'] as const) {
    const parsed = parseBrand({ ...sample.input('en'), paper: 'letter' }, sample.name);
    const { pptx } = await customize(templateBytes(id, 'en', 'letter'), parsed, { logo: { name: sample.logo!.name, bytes: new TextEncoder().encode(sample.logo!.svg) } });
    const { pngs } = await renderPng(pptx, { dpi: 60, systemFonts: false });
    const out = await sharp(pngs[0]!).png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 }).toBuffer();
    const file = path.join(outDir, `template-${id}.png`);
    writeFileSync(file, out);
    console.log(`${path.relative(process.cwd(), file)}  ${(out.length / 1024).toFixed(0)} KB`);
  }
}

if (readme) await readmePictures();

for (const brand of readme ? [] : unbranded ? [undefined] : brands) {
  const tiles: Buffer[] = [];
  const pptxFiles: string[] = [];
  const name = brand?.name ?? 'unbranded';
  for (const v of variants) {
    if (brand?.locales && !brand.locales.includes(v.locale)) continue;
    let pptx = templateBytes(v.id, v.locale, v.paper);
    if (brand) {
      const parsed = parseBrand({ ...brand.input(v.locale), paper: v.paper }, brand.name);
      const assets: BrandAssets = brand.logo ? { logo: { name: brand.logo.name, bytes: new TextEncoder().encode(brand.logo.svg) } } : {};
      const result = await customize(pptx, parsed, assets).catch((error: unknown) => {
        // Report and go on: a contact sheet shows every variant that brands.
        console.log(`  ${name} ${v.id} ${v.locale} ${v.paper}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      if (!result) continue;
      for (const w of result.warnings) console.log(`  ${name} ${v.id} ${v.locale} ${v.paper}: ${w.code} ${w.message}`);
      pptx = result.pptx;
    }
    const label = `${v.id} · ${v.locale} · ${v.paper}`;
    const { pngs } = await renderPng(pptx, { dpi: wantPages ? pageDpi : 40, systemFonts: false });
    tiles.push(await labelled(pngs[0]!, label));
    if (wantPages) {
      const base = path.join(outDir, `${name}-${v.id}-${v.locale}-${v.paper}`);
      writeFileSync(`${base}.png`, pngs[0]!);
      if (libreoffice) {
        writeFileSync(`${base}.pptx`, pptx);
        pptxFiles.push(`${base}.pptx`);
      }
    }
  }
  if (libreoffice) {
    libreOfficePngs(pptxFiles, pageDpi);
    for (const f of pptxFiles) rmSync(f);
  }
  if (tiles.length > 1) await sheet(tiles, tiles.length >= 12 ? 6 : Math.min(tiles.length, 6), path.join(outDir, `contact-${name}.png`));
}


