/**
 * The external tools some tests need (LibreOffice, poppler-utils, qpdf, fontconfig, tmux, unzip,
 * Chromium for the preview page and the website FAQ, LittleCMS's transicc for the ICC profile).
 *
 * On a developer's machine a test whose tool is missing is skipped, with the reason printed. In
 * CI (`CI=true`), where `.ci/run` installs every one of them, a missing tool is an error that
 * fails the test file: a CI run must not be green because it silently tested nothing.
 */
import { spawnSync } from 'node:child_process';
import { findSoffice } from '../../src/render/libreoffice.js';

/** Debian packages that bring each tool (what the message tells a developer to install). */
const PACKAGES: Record<string, string> = {
  soffice: 'libreoffice-impress',
  pdftoppm: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftotext: 'poppler-utils',
  qpdf: 'qpdf',
  'fc-list': 'fontconfig',
  'fc-match': 'fontconfig',
  tmux: 'tmux',
  unzip: 'unzip',
  chromium: 'chromium',
  zsh: 'zsh',
  fish: 'fish',
  transicc: 'liblcms2-utils',
};

const found = new Map<string, boolean>();

/** True when `name` is on the PATH (LibreOffice: where findSoffice looks for it). */
export function hasTool(name: string): boolean {
  let ok = found.get(name);
  if (ok === undefined) {
    ok = name === 'soffice' ? findSoffice() !== undefined : spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { stdio: 'ignore' }).status === 0;
    found.set(name, ok);
  }
  return ok;
}

/** True in CI, where a missing tool fails the tests instead of skipping them. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Why the tests of `what` cannot run (printed), or undefined when every tool is there. Throws in
 * CI when one is missing. Use as `describe.skipIf(needTools('...', 'qpdf') !== undefined)`.
 */
export function needTools(what: string, ...names: string[]): string | undefined {
  const missing = names.filter((n) => !hasTool(n));
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.map((n) => PACKAGES[n] ?? n))].join(' ');
  const why = `${what}: ${missing.join(', ')} not installed (apt-get install ${packages})`;
  if (IN_CI) throw new Error(`CI=true but ${why}; .ci/run installs it, so this run would have tested nothing`);
  console.log(`skipped: ${why}`);
  return why;
}
