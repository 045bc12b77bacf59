/**
 * One fuzz case, generated from the run's seed and the case number alone: which seed file, which
 * mutations, which entry point. The same (seed, index) gives the same case on the same seeds.
 */
import { mutateFont, mutatePicture } from './mutate-binary.js';
import { mutateBrand } from './mutate-brand.js';
import { mutateXml } from './mutate-xml.js';
import { mutateZip } from './mutate-zip.js';
import { Rng, caseSeed } from './rng.js';
import type { SeedFile, SeedSet } from './seeds.js';

export type Family = 'zip' | 'xml' | 'brand' | 'logo' | 'font';
/** render: deck → PDF; png: deck → PNG pages; inspect: deck → report; customize: deck + brand → PPTX → PDF. */
export type Target = 'render' | 'png' | 'inspect' | 'customize';

export interface FuzzCase {
  seed: number;
  index: number;
  family: Family;
  target: Target;
  /** The seed files the case started from. */
  origin: string[];
  mutations: string[];
  deck: Uint8Array;
  /** Brand file text (customize only). */
  brandText?: string;
  logo?: SeedFile;
  font?: SeedFile;
}

export const FAMILIES: readonly Family[] = ['zip', 'xml', 'brand', 'logo', 'font'];
export const TARGETS: readonly Target[] = ['render', 'png', 'inspect', 'customize'];

/** A brand file with a logo and, for font cases, a heading font file. */
function brandWith(text: string, options: { logo: boolean; font: boolean }): string {
  let obj: Record<string, unknown>;
  try {
    obj = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return text;
  }
  if (options.logo) obj.logo = 'logo';
  else delete obj.logo;
  if (options.font) obj.fonts = { ...((obj.fonts as object) ?? {}), heading: 'Fuzz Serif', headingFile: 'font.ttf' };
  return JSON.stringify(obj);
}

export interface GenerateOptions {
  families?: readonly Family[];
  targets?: readonly Target[];
}

export async function generateCase(seeds: SeedSet, seed: number, index: number, options: GenerateOptions = {}): Promise<FuzzCase> {
  const rng = new Rng(caseSeed(seed, index));
  const families = (options.families ?? FAMILIES).filter((f) => f !== 'font' || seeds.fonts.length > 0);
  const weights: Record<Family, number> = { xml: 45, zip: 12, brand: 15, logo: 13, font: 15 };
  const family = rng.weighted(families.map((f) => [f, weights[f]] as const));
  const targets = options.targets ?? TARGETS;
  const c: FuzzCase = { seed, index, family, target: 'customize', origin: [], mutations: [], deck: new Uint8Array() };

  if (family === 'zip' || family === 'xml') {
    const pool = family === 'xml' ? seeds.decks.filter((d) => d.parts) : seeds.decks;
    const base = rng.pick(pool);
    c.origin.push(base.name);
    const m = family === 'zip' ? mutateZip(rng, base.bytes) : await mutateXml(rng, { parts: base.parts!, stored: base.stored });
    c.deck = m.bytes;
    c.mutations.push(...m.what);
    const tw: Record<Target, number> = { render: 45, customize: 30, png: 8, inspect: 17 };
    c.target = rng.weighted(targets.map((t) => [t, tw[t]] as const));
    if (c.target === 'customize') {
      const brand = rng.pick(seeds.brands);
      c.origin.push(brand.name);
      c.brandText = brandWith(brand.text, { logo: rng.chance(0.5), font: false });
      if (c.brandText.includes('"logo"')) c.logo = rng.pick(seeds.logos);
    }
    return c;
  }

  // Brand, logo and font cases customise a template (as the CLI does), then render the result.
  const template = rng.pick(seeds.templates);
  c.deck = template.bytes;
  c.origin.push(template.name);
  c.target = 'customize';
  const brand = rng.pick(seeds.brands);
  c.origin.push(brand.name);
  const withLogo = family === 'logo' || rng.chance(0.5);
  const withFont = family === 'font';
  let text = brandWith(brand.text, { logo: withLogo, font: withFont });
  if (family === 'brand') {
    const m = mutateBrand(rng, text);
    text = m.text;
    c.mutations.push(...m.what);
  }
  c.brandText = text;
  if (withLogo) {
    const logo = rng.pick(seeds.logos);
    c.origin.push(logo.name);
    if (family === 'logo') {
      const m = mutatePicture(rng, logo.bytes);
      c.logo = { name: logo.name, bytes: m.bytes };
      c.mutations.push(...m.what);
    } else c.logo = logo;
  }
  if (withFont) {
    const font = rng.pick(seeds.fonts);
    c.origin.push(font.name);
    const m = mutateFont(rng, font.bytes);
    c.font = { name: font.name, bytes: m.bytes };
    c.mutations.push(...m.what);
  }
  return c;
}
