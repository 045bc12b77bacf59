/**
 * The files the fuzzer mutates: the 24 templates, the fixture decks, the real decks of the shared
 * corpus (../shared/corpus, skipped with a message when absent), brand files, logos in every
 * accepted format and a shipped font. Loaded once per process, in a fixed order, so that case N
 * of seed S is the same case on every run on this machine.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_BRAND_INPUT, SAMPLE_LOGO_SVG } from '../../src/brand/sample.js';
import { DEFAULT_LIMITS } from '../../src/package/limits.js';
import { inflateEntries, readZipDirectory } from '../../src/package/zip-read.js';
import type { StoredEntry } from '../../src/package/zip-write.js';

export interface SeedFile {
  /** Where it came from, relative to the repository (or corpus/<name>). */
  name: string;
  bytes: Uint8Array;
}

export interface SeedDeck extends SeedFile {
  /** The parts, when the deck is a valid ZIP (XML-level mutations need them). */
  parts: Map<string, Uint8Array> | undefined;
  /** Their compressed bytes, so that a re-zipped deck copies the parts a case did not touch. */
  stored: Map<string, StoredEntry>;
}

export interface SeedSet {
  decks: SeedDeck[];
  /** The 24 templates (the decks brand, logo and font cases customise). */
  templates: SeedDeck[];
  brands: { name: string; text: string }[];
  logos: SeedFile[];
  fonts: SeedFile[];
  /** Lines to print at the start of a run (what was found, what was skipped). */
  notes: string[];
}

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, ext));
    else if (entry.name.toLowerCase().endsWith(ext)) out.push(full);
  }
  return out.sort();
}

function deck(name: string, bytes: Uint8Array): SeedDeck {
  let parts: Map<string, Uint8Array> | undefined;
  const stored = new Map<string, StoredEntry>();
  try {
    parts = inflateEntries(bytes, readZipDirectory(bytes, DEFAULT_LIMITS), DEFAULT_LIMITS, 'the seed', stored);
  } catch {
    parts = undefined;
  }
  return { name, bytes, parts, stored };
}

/** Brand files: the sample, a minimal one, and one that uses every field. */
function brandSeeds(): { name: string; text: string }[] {
  const full = {
    organization: 'Fjord Klinik Århus & Co. — 北京分行',
    locale: 'da-DK',
    paper: 'a4',
    colors: { primary: '#0A5FAD', secondary: '#F2A541', accent: '#E4572E', text: '#1F2933', background: '#FFFFFF' },
    fonts: { heading: 'Montserrat', body: 'Source Sans 3' },
    logo: 'logo.svg',
    links: { booking: 'https://fjordklinik.example/booking', billing: 'mailto:betaling@fjordklinik.example', homepage: 'tel:+45 70 10 20 30' },
    additionalInfo: 'Kom 5 minutter før.\nHusk dit sundhedskort.',
  };
  return [
    { name: 'brand/sample.json', text: JSON.stringify({ ...SAMPLE_BRAND_INPUT, logo: 'logo.svg' }, null, 2) },
    { name: 'brand/minimal.json', text: JSON.stringify({ organization: 'Acme', colors: { primary: '#09C' } }) },
    { name: 'brand/full.json', text: JSON.stringify(full, null, 2) },
    { name: 'brand/zh.json', text: JSON.stringify({ ...full, locale: 'zh-CN', organization: '和睦家医院', fonts: { heading: 'Noto Sans SC', body: 'Noto Sans SC' } }) },
  ];
}

/** The sample logo as SVG, and as PNG, JPEG, GIF and WebP (drawn by sharp from the SVG). */
async function logoSeeds(): Promise<SeedFile[]> {
  const svg = new TextEncoder().encode(SAMPLE_LOGO_SVG);
  const out: SeedFile[] = [{ name: 'logo/sample.svg', bytes: svg }];
  const { default: sharp } = await import('sharp');
  const base = sharp(Buffer.from(svg)).resize(48, 48);
  out.push({ name: 'logo/sample.png', bytes: new Uint8Array(await base.clone().png().toBuffer()) });
  out.push({ name: 'logo/sample.jpg', bytes: new Uint8Array(await base.clone().flatten({ background: '#ffffff' }).jpeg({ quality: 70 }).toBuffer()) });
  out.push({ name: 'logo/sample.gif', bytes: new Uint8Array(await base.clone().gif().toBuffer()) });
  out.push({ name: 'logo/sample.webp', bytes: new Uint8Array(await base.clone().webp({ quality: 70 }).toBuffer()) });
  return out;
}

export async function loadSeeds(root: string, corpus: string): Promise<SeedSet> {
  const notes: string[] = [];
  const templates = walk(path.join(root, 'templates'), '.pptx').map((f) => deck(path.relative(root, f), readFileSync(f)));
  const fixtures = walk(path.join(root, 'fixtures'), '.pptx').map((f) => deck(path.relative(root, f), readFileSync(f)));
  const real: SeedDeck[] = [];
  if (existsSync(corpus) && statSync(corpus).isDirectory()) {
    for (const sub of ['real', 'derived', 'hostile-real']) {
      for (const f of walk(path.join(corpus, sub), '.pptx')) real.push(deck(`corpus/${sub}/${path.basename(f)}`, readFileSync(f)));
    }
    notes.push(`seeds: ${real.length} decks from ${corpus}`);
  } else {
    notes.push(`seeds: the shared corpus (${corpus}) is absent; fuzzing the templates and fixtures only`);
  }
  const fontFile = path.join(root, 'node_modules', '@expo-google-fonts', 'lora', '400Regular', 'Lora_400Regular.ttf');
  const fonts: SeedFile[] = existsSync(fontFile) ? [{ name: 'font/Lora_400Regular.ttf', bytes: readFileSync(fontFile) }] : [];
  if (fonts.length === 0) notes.push('seeds: the shipped Lora font is missing (npm ci?); font cases are skipped');
  const decks = [...templates, ...fixtures, ...real];
  notes.push(`seeds: ${templates.length} templates, ${fixtures.length} fixture decks, ${decks.filter((d) => d.parts).length} of ${decks.length} decks open as ZIP`);
  return { decks, templates, brands: brandSeeds(), logos: await logoSeeds(), fonts, notes };
}
