/**
 * The optional LibreOffice renderer: converts a PPTX to PDF with `soffice` where it is installed.
 * This module does I/O (a temporary folder, a child process); the CLI asks for it explicitly.
 *
 * Before LibreOffice sees the deck, every external relationship except allowed hyperlinks is
 * removed (LibreOffice fetches linked pictures from the network and copies every hyperlink,
 * javascript: included, into the PDF). Each run gets its own profile (-env:UserInstallation:
 * two runs sharing one silently produce nothing), a time limit that kills the whole process
 * group, and the shipped and brand fonts, and the fonts the deck embeds (which LibreOffice 7.4
 * does not read from a PPTX itself), through a private fontconfig file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VaError, oneLine } from '../errors.js';
import { fontconfigXml, shippedFontDirectories } from '../fonts/index.js';
import { readSfntInfo } from '../fonts/sfnt-info.js';
import { embeddedFontFiles } from '../presentation/embedded-fonts.js';
import { OpcPackage } from '../package/opc-package.js';
import { relsPartName } from '../package/relationships.js';
import type { Warning } from '../warnings.js';
import { isRelType } from '../xml/namespaces.js';
import type { RenderFontFile } from './options.js';
import { externalLink } from './text/links.js';

export interface LibreOfficeOptions {
  /** Time limit for the conversion; the process group is killed after it. Default 60 s. */
  timeoutMs?: number;
  /** The soffice executable; default: found on PATH or in the usual install locations. */
  sofficePath?: string;
  /** Brand font files, made visible to LibreOffice with the shipped fonts. */
  fonts?: RenderFontFile[];
  what?: string;
  /** Export hidden slides too (LibreOffice, like PowerPoint, leaves them out by default). */
  includeHidden?: boolean;
}

export interface LibreOfficeResult {
  pdf: Uint8Array;
  warnings: Warning[];
}

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

/** The soffice executable, or undefined when LibreOffice is not installed. */
export function findSoffice(explicit?: string): string | undefined {
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of ['soffice', 'libreoffice', 'soffice.exe']) {
      const p = path.join(dir, name);
      if (isExecutable(p)) return p;
    }
  }
  return CANDIDATES.find(isExecutable);
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes what LibreOffice must not follow: every external relationship that is not a
 * hyperlink with an allowed scheme (linked pictures, linked media, OLE links, attached
 * templates). Returns the cleaned package and what was removed.
 */
export async function sanitizeForLibreOffice(pptx: Uint8Array, what = 'the presentation'): Promise<{ pptx: Uint8Array; warnings: Warning[] }> {
  const pkg = OpcPackage.open(pptx, { what });
  const warnings: Warning[] = [];
  let changed = false;
  for (const name of pkg.partNames()) {
    if (!name.endsWith('.rels')) continue;
    const source = sourceOfRels(name);
    if (source === undefined) continue;
    const rels = pkg.rels(source);
    for (const rel of rels.all()) {
      if (!rel.external) continue;
      if (isRelType(rel.type, 'hyperlink')) {
        let dropped = false;
        externalLink(rel.target, { dropped: () => (dropped = true) });
        if (!dropped || rel.target.trim() === '') continue;
        warnings.push({ code: 'W_LINK_DROPPED', message: `the link "${clip(rel.target)}" in ${source} was removed before LibreOffice saw it (scheme not allowed)`, part: source });
      } else {
        const kind = rel.type.split('/').pop() ?? 'external';
        warnings.push({ code: 'W_EXTERNAL_REMOVED', message: `the external ${kind} link "${clip(rel.target)}" in ${source} was removed (never fetched)`, part: source });
      }
      rels.remove(rel.id);
      changed = true;
    }
  }
  return { pptx: changed ? await pkg.save() : pptx, warnings };
}

function sourceOfRels(relsPart: string): string | undefined {
  if (relsPart === '_rels/.rels') return '';
  const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsPart);
  if (!m) return undefined;
  const source = `${m[1]}${m[2]}`;
  return relsPartName(source) === relsPart ? source : undefined;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Converts a PPTX to PDF with LibreOffice. Throws E_RENDERER_UNAVAILABLE where it is not installed. */
export async function renderWithLibreOffice(pptx: Uint8Array, options: LibreOfficeOptions = {}): Promise<LibreOfficeResult> {
  const soffice = findSoffice(options.sofficePath);
  if (!soffice) {
    throw new VaError(
      'E_RENDERER_UNAVAILABLE',
      options.sofficePath
        ? `LibreOffice was not found at ${options.sofficePath}`
        : 'LibreOffice (soffice) is not installed; install it (e.g. apt-get install libreoffice-impress) or use the built-in renderer',
    );
  }
  const { pptx: clean, warnings } = await sanitizeForLibreOffice(pptx, options.what);
  const dir = mkdtempSync(path.join(tmpdir(), 'va-soffice-'));
  try {
    const input = path.join(dir, 'deck.pptx');
    const outDir = path.join(dir, 'out');
    const profile = path.join(dir, 'profile');
    const fontDir = path.join(dir, 'fonts');
    mkdirSync(outDir);
    mkdirSync(fontDir);
    writeFileSync(input, clean);
    (options.fonts ?? []).forEach((f, i) => writeFileSync(path.join(fontDir, `brand-${i}${/\.otf$/i.test(f.name) ? '.otf' : '.ttf'}`), f.bytes));
    // LibreOffice 7.4 does not read PPTX embedded fonts (p:embeddedFontLst): the deck's own fonts
    // (uncompressed EOT, as customize writes them) are given to it like installed ones.
    deckFontFiles(clean).forEach((font, i) => writeFileSync(path.join(fontDir, `deck-${i}${new DataView(font.buffer, font.byteOffset).getUint32(0) === 0x4f54544f ? '.otf' : '.ttf'}`), font));
    const cacheDir = path.join(dir, 'fontconfig-cache');
    mkdirSync(cacheDir);
    const fontsConf = path.join(dir, 'fonts.conf');
    writeFileSync(fontsConf, fontconfigXml([...shippedFontDirectories(), fontDir], cacheDir));
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--nologo',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      options.includeHidden ? 'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}' : 'pdf',
      '--outdir',
      outDir,
      input,
    ];
    const result = await run(soffice, args, { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: dir }, options.timeoutMs ?? 60_000);
    const pdfPath = path.join(outDir, 'deck.pdf');
    if (!existsSync(pdfPath)) {
      const tail = oneLine(result.stderr).slice(-300);
      throw new VaError('E_RENDER', `LibreOffice produced no PDF (exit code ${result.code ?? 'none'}${tail ? `: ${tail}` : ''})`);
    }
    return { pdf: new Uint8Array(readFileSync(pdfPath)), warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    let timedOut = false;
    const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 10_000) stderr += d.toString('utf-8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT' || error.code === 'EACCES'
          ? new VaError('E_RENDERER_UNAVAILABLE', `LibreOffice could not be started (${cmd}: ${error.code})`)
          : new VaError('E_RENDER', `LibreOffice could not be started: ${error.message}`),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      // soffice may leave helpers (oosplash, soffice.bin) in the group: end them too.
      killGroup(child.pid);
      if (timedOut) reject(new VaError('E_TIMEOUT', `LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`));
      else resolve({ code, stderr });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** The font files a deck embeds that read as fonts (untrusted: the sfnt tables are checked first). */
function deckFontFiles(pptx: Uint8Array): Uint8Array[] {
  try {
    return embeddedFontFiles(OpcPackage.open(pptx, { what: 'the deck' })).flatMap(({ font }) => {
      try {
        readSfntInfo(font);
        return [font];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}
