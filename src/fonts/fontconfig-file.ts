/**
 * A fontconfig configuration that adds the shipped fonts to the system's, so that
 * `FONTCONFIG_FILE=<file> soffice --convert-to pdf ...` lays out our templates with the same font
 * files as our renderer (used by `--renderer libreoffice` and the fidelity tests).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shippedFontDirectories } from './shipped.js';

/** Where the system's own configuration lives (Debian, Fedora, Alpine, Homebrew on macOS). */
const SYSTEM_CONFIGS = ['/etc/fonts/fonts.conf', '/usr/local/etc/fonts/fonts.conf', '/opt/homebrew/etc/fonts/fonts.conf'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The XML of a fonts.conf that scans `dirs` (recursively) and then includes the system's
 * configuration (ignored where missing). `cacheDir`, when given, is listed first so that the
 * caches of `dirs` are written there and not into the user's home.
 */
export function fontconfigXml(dirs: readonly string[], cacheDir?: string): string {
  const lines = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<!-- Written by va-infographic: the shipped fonts plus the system configuration. -->',
    '<fontconfig>',
    ...dirs.map((dir) => `  <dir>${escapeXml(dir)}</dir>`),
    ...(cacheDir ? [`  <cachedir>${escapeXml(cacheDir)}</cachedir>`] : []),
    ...SYSTEM_CONFIGS.map((file) => `  <include ignore_missing="yes">${escapeXml(file)}</include>`),
    '</fontconfig>',
    '',
  ];
  return lines.join('\n');
}

/**
 * Writes `fonts.conf` (and a `fontconfig-cache` folder) into `directory`, which the caller
 * creates and owns, and returns the path to give as FONTCONFIG_FILE.
 */
export function writeFontconfigFile(directory: string): string {
  const cacheDir = path.join(directory, 'fontconfig-cache');
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(directory, 'fonts.conf');
  writeFileSync(file, fontconfigXml(shippedFontDirectories(), cacheDir));
  return file;
}
