/**
 * Checks run by the prompts as the user answers: each returns `true` or the one-line message the
 * prompt shows under the answer. Pure functions of the answer (and the file system for paths).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VaError } from '../../errors.js';
import { checkLink, encodeTelSpaces, normalizeHex } from '../../brand/schema.js';
import { OpcPackage } from '../../package/opc-package.js';
import { FILE_LIMITS, readInputFileSync } from '../files.js';

export type Check = true | string;

/** "-" answers "none" to an optional question that suggests a value (Enter would accept it). */
export const NONE = '-';

/** The answer with "-" (none) made empty. */
export function cleared(value: string): string {
  return value.trim() === NONE ? '' : value;
}

/**
 * A path as people enter it in a terminal, made into a plain path: a file dragged onto the
 * window arrives quoted ('/Users/a/My Logo.png' or "…"), with backslash-escaped spaces
 * (/Users/a/My\ Logo.png) or as a file:// URL, often with a trailing space; `~` and `~/…` mean
 * the home folder (the shell would have expanded them on a command line).
 */
export function pathAnswer(value: string, home: string | undefined): string {
  let v = value.trim();
  const quote = v[0];
  if (v.length >= 2 && (quote === '"' || quote === "'") && v.endsWith(quote)) v = v.slice(1, -1);
  else if (/\\[ ()&'"]/.test(v) && !/^[a-zA-Z]:\\/.test(v)) v = v.replace(/\\([ ()&'"])/g, '$1');
  if (/^file:\/\//i.test(v)) {
    try {
      v = fileURLToPath(v);
    } catch {
      // not a local file URL: left as typed, the check below reports it
    }
  }
  if (home && (v === '~' || v.startsWith('~/') || v.startsWith('~\\'))) v = path.join(home, v.slice(1));
  return v;
}

const HEX_RE = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export function checkColour(value: string, required: boolean): Check {
  const v = (required ? value : cleared(value)).trim();
  if (v === '') return required ? 'a colour is needed, like #0A5FAD' : true;
  return HEX_RE.test(v) ? true : `"${v}" is not a hex colour; type it like #0A5FAD or #09C`;
}

/** "#0a5fad" → "#0A5FAD", "" → undefined. */
export function colourAnswer(value: string): string | undefined {
  const v = cleared(value).trim();
  return v === '' ? undefined : `#${normalizeHex(v)}`;
}

/**
 * What people type for a link, made into a link: "example.org/book" → "https://example.org/book",
 * "info@example.org" → "mailto:info@example.org", "+45 70 10 20 30" → "tel:+45%2070%2010%2020%2030"
 * (printed on the handout as typed).
 */
export function linkAnswer(value: string): string | undefined {
  const v = cleared(value).trim();
  if (v === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) && !/^[^:/]+\.[a-z]{2,}:\d/i.test(v)) return v;
  if (/^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(v)) return `mailto:${v}`;
  if (/^\+?[0-9][0-9 ().-]{4,}$/.test(v)) return encodeTelSpaces(`tel:${v}`);
  if (/^[^\s/]+\.[^\s/]{2,}(\/\S*)?$/.test(v)) return `https://${v}`;
  return v;
}

export function checkLinkAnswer(value: string): Check {
  const link = linkAnswer(value);
  if (link === undefined) return true;
  const problem = checkLink(link);
  return problem ? `${link} ${problem}` : true;
}

export function checkOrganization(value: string): Check {
  const v = value.trim();
  if (v === '') return 'the organisation name is needed (it is printed on the handout)';
  if (v.length > 120) return `at most 120 characters (this is ${v.length})`;
  return true;
}

export function checkInfo(value: string): Check {
  return value.length > 1200 ? `at most 1200 characters (this is ${value.length})` : true;
}

function fileProblem(e: unknown): string {
  return e instanceof VaError ? e.message : String(e);
}

/**
 * A logo: exists, readable, within the size limit, and an image the brand engine can use — the
 * same check `customize` makes (format by content, SVG sanitising, decoding by sharp).
 */
export async function checkLogoPath(value: string, cwd: string, home?: string): Promise<Check> {
  const v = pathAnswer(cleared(value), home);
  if (v === '') return true;
  try {
    const bytes = readInputFileSync(path.resolve(cwd, v), 'the logo', FILE_LIMITS.logo);
    const { readLogo, DEFAULT_LOGO_LIMITS } = await import('../../edit/logo-image.js');
    const logo = await readLogo(bytes, v);
    // readLogo reads the header; decode the whole picture too, as placing it will.
    const { default: sharp } = await import('sharp');
    try {
      await sharp(logo.bytes, { limitInputPixels: DEFAULT_LOGO_LIMITS.maxPixels }).resize(8, 8, { fit: 'inside' }).png().toBuffer();
    } catch (e) {
      return `the logo ${v} is damaged and cannot be decoded (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
    }
    return true;
  } catch (e) {
    return fileProblem(e).replace(path.resolve(cwd, v), v);
  }
}

/** A TTF/OTF font file: sfnt version 0x00010000, "true" or "OTTO". */
export function checkFontPath(value: string, cwd: string, home?: string): Check {
  const v = pathAnswer(cleared(value), home);
  if (v === '') return true;
  try {
    const bytes = readInputFileSync(path.resolve(cwd, v), 'the font file', FILE_LIMITS.font);
    const tag = bytes.length >= 4 ? String.fromCharCode(...bytes.subarray(0, 4)) : '';
    if (tag === '\u0000\u0001\u0000\u0000' || tag === 'true' || tag === 'OTTO') return true;
    if (tag === 'wOFF' || tag === 'wOF2') return `${v} is a web font (WOFF); use the TTF or OTF file`;
    return `${v} is not a TTF or OTF font file`;
  } catch (e) {
    return fileProblem(e).replace(path.resolve(cwd, v), v);
  }
}

/** A deck to use as the template: a readable PowerPoint package within the limits. */
export function checkTemplatePath(value: string, cwd: string, home?: string): Check {
  const v = pathAnswer(value, home);
  if (v === '') return 'the path of a .pptx file is needed';
  try {
    const bytes = readInputFileSync(path.resolve(cwd, v), 'the template', FILE_LIMITS.pptx);
    OpcPackage.open(bytes, { what: v });
    return true;
  } catch (e) {
    return fileProblem(e).replace(path.resolve(cwd, v), v);
  }
}

export function checkBrandFileTarget(value: string): Check {
  const v = value.trim();
  if (v === '') return 'a file name is needed, like brand.json';
  if (!/\.json$/i.test(v)) return 'the brand file name should end in .json';
  return true;
}

