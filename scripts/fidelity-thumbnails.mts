// fidelity --thumbnails, the measure: page 1 of ours and of LibreOffice's PDF against the
// thumbnail PowerPoint saved in the deck (docProps/thumbnail.jpeg), each scaled to the thumbnail's
// pixel size, with the fidelity script's pixel measure (test/render/helpers/pixel-diff.ts) at a
// threshold suited to JPEG (THUMBNAIL_THRESHOLD: the thumbnail's 8x8 blocks shift colours near edges).
import sharp from 'sharp';
import { decodeRgb, pixelDifference } from '../test/render/helpers/pixel-diff.js';

/** Per-channel tolerance against a JPEG thumbnail (the script's PDF-vs-PDF measure uses 48). */
export const THUMBNAIL_THRESHOLD = 64;
/** A thumbnail both renders differ from by more than this share is taken as stale (not this slide). */
export const STALE_ABOVE = 0.25;

export interface ThumbnailDistances {
  /** Share of differing pixels, ours vs PowerPoint's thumbnail. */
  ours?: number;
  /** LibreOffice's page 1 vs the thumbnail. */
  lo?: number;
  /** Ours vs LibreOffice's, at the thumbnail's size. */
  oursLo?: number;
  width: number;
  height: number;
  /** Both renders far from the thumbnail (> STALE_ABOVE): a thumbnail of another state of the slide. */
  stale: boolean;
}

/** Page-1 rasters (PNG bytes or paths, any size) measured against the thumbnail (JPEG or PNG bytes). */
export async function thumbnailDistances(thumbnail: Buffer, pages: { ours?: Buffer | string; lo?: Buffer | string }): Promise<ThumbnailDistances> {
  const thumb = await decodeRgb(await sharp(thumbnail).png().toBuffer());
  const { width, height } = thumb;
  const scaled = async (p: Buffer | string | undefined) => (p === undefined ? undefined : decodeRgb(await sharp(p).resize(width, height, { fit: 'fill' }).png().toBuffer()));
  const ours = await scaled(pages.ours);
  const lo = await scaled(pages.lo);
  const d = (a?: typeof thumb, b?: typeof thumb) => (a && b ? pixelDifference(a, b, { threshold: THUMBNAIL_THRESHOLD }).ratio : undefined);
  const r = { ours: d(ours, thumb), lo: d(lo, thumb), oursLo: d(ours, lo), width, height };
  const stale = r.ours !== undefined && r.lo !== undefined && r.ours > STALE_ABOVE && r.lo > STALE_ABOVE;
  return { ...r, stale };
}

export interface ThumbnailSummary {
  measured: number;
  stale: string[];
  oursCloser: number;
  loCloser: number;
  tied: number;
  /** The same counts over decks whose page 1 differs from LibreOffice's by more than `disputedAbove`. */
  disputed: { decks: number; oursCloser: number; loCloser: number; tied: number };
}

/** Which side is closer to PowerPoint's thumbnail, per deck (ties within 0.1 point of a percent), stale ones left out. */
export function summarizeThumbnails(decks: { file: string; page1?: number; thumbnail: ThumbnailDistances }[], disputedAbove = 0.04): ThumbnailSummary {
  const s: ThumbnailSummary = { measured: 0, stale: [], oursCloser: 0, loCloser: 0, tied: 0, disputed: { decks: 0, oursCloser: 0, loCloser: 0, tied: 0 } };
  for (const deck of decks) {
    const t = deck.thumbnail;
    if (t.ours === undefined || t.lo === undefined) continue;
    if (t.stale) {
      s.stale.push(deck.file);
      continue;
    }
    const side = Math.abs(t.ours - t.lo) <= 0.001 ? 'tied' : t.ours < t.lo ? 'oursCloser' : 'loCloser';
    s.measured++;
    s[side]++;
    if ((deck.page1 ?? 0) > disputedAbove) {
      s.disputed.decks++;
      s.disputed[side]++;
    }
  }
  return s;
}
