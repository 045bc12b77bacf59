/** Logo files for the logo tests, made by sharp from small SVG drawings: real PNG, JPEG and SVG bytes. */
import sharp from 'sharp';

export const LOGO_SVGS = {
  /** 8:1 wordmark, navy with a teal dot. */
  wide: { w: 800, h: 100, body: '<circle cx="50" cy="50" r="50" fill="#0E7C86"/><rect x="120" y="20" width="680" height="60" rx="8" fill="#1B2A4A"/>' },
  /** 1:4 tall mark. */
  tall: { w: 100, h: 400, body: '<rect x="10" y="0" width="80" height="280" rx="40" fill="#8E2C48"/><circle cx="50" cy="350" r="48" fill="#8E2C48"/>' },
  square: { w: 300, h: 300, body: '<circle cx="150" cy="150" r="148" fill="#2B6CB0"/><path d="M90 180 L150 70 L210 180 Z" fill="#FFFFFF"/>' },
  /** Dark on transparent, 3:1. */
  dark: { w: 300, h: 100, body: '<rect width="100" height="100" rx="16" fill="#222222"/><rect x="120" y="30" width="180" height="40" fill="#222222"/>' },
  /** White on transparent, 3:1: invisible on the page. */
  white: { w: 300, h: 100, body: '<rect width="100" height="100" rx="16" fill="#FFFFFF"/><rect x="120" y="30" width="180" height="40" fill="#FFFFFF"/>' },
} as const;

export async function makeLogos(): Promise<Record<string, { name: string; bytes: Uint8Array; aspect: number }>> {
  const out: Record<string, { name: string; bytes: Uint8Array; aspect: number }> = {};
  for (const [key, s] of Object.entries(LOGO_SVGS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${s.w}" height="${s.h}">${s.body}</svg>`;
    out[key] = { name: `${key}.png`, bytes: new Uint8Array(await sharp(Buffer.from(svg), { density: 144 }).png().toBuffer()), aspect: s.w / s.h };
  }
  // Its own opaque background (a JPEG), 5:2.
  const opaque = '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="200"><rect width="500" height="200" fill="#F4E9D8"/><rect x="40" y="60" width="420" height="80" fill="#7A3E00"/></svg>';
  out.opaque = { name: 'opaque.jpg', bytes: new Uint8Array(await sharp(Buffer.from(opaque)).jpeg().toBuffer()), aspect: 2.5 };
  // An SVG wordmark, 5:1, with transparent margins in its canvas (drawn 500 × 100 of 600 × 140).
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="140" viewBox="0 0 600 140"><rect x="50" y="20" width="100" height="100" rx="20" fill="#D9480F"/><rect x="170" y="45" width="380" height="50" fill="#D9480F"/></svg>';
  out.svg = { name: 'logo.svg', bytes: new TextEncoder().encode(svg), aspect: 5 };
  return out;
}
