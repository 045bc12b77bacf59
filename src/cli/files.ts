/**
 * File access for the CLI: bounded reads of untrusted inputs and atomic writes of outputs.
 *
 * Reads check that the path is a regular file and below a size limit before any byte is read
 * (a 40 GB "logo" or /dev/zero must not be loaded into memory). Writes go to a temporary file in
 * the destination folder and are renamed into place, so a reader never sees a half-written
 * output, and never replaces an existing file unless asked to (two runs writing into one folder
 * cannot overwrite each other); temporary files are removed on errors and on SIGINT/SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { link, lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { VaError } from '../errors.js';
import { isEnding, onExit } from './exit-hooks.js';

export const MiB = 1024 * 1024;

/** Size limits for the files a user hands the CLI. */
export const FILE_LIMITS = Object.freeze({
  /** Brand files are small JSON documents. */
  brand: 1 * MiB,
  /** Same as the package reader's maxInputBytes. */
  pptx: 256 * MiB,
  /** The brand engine's own limit (DEFAULT_LOGO_LIMITS.maxBytes in edit/logo-image.ts). */
  logo: 10 * MiB,
  /** CJK fonts are large (Noto Sans SC: 10.5 MB; some reach 30 MB); the font parser's own limit (MAX_FONT_BYTES). */
  font: 40 * MiB,
});

function describeCode(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return code ?? 'unknown error';
  }
}

/**
 * Reads a file the user named. `what` names it in messages ("the brand file", "the logo").
 * Throws E_FILE_NOT_FOUND, E_FILE_UNREADABLE, or E_FILE_UNREADABLE for a file over `maxBytes`.
 */
export async function readInputFile(file: string, what: string, maxBytes: number, shownAs: string = file): Promise<Uint8Array> {
  const shown = shownAs;
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new VaError('E_FILE_NOT_FOUND', `${what} ${shown} does not exist`, { subject: shown });
    }
    throw new VaError('E_FILE_UNREADABLE', `${what} ${shown} cannot be read: ${describeCode(code)}`, { subject: shown, cause: e });
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new VaError('E_FILE_UNREADABLE', `${what} ${shown} is a folder, not a file`, { subject: shown });
    if (!info.isFile()) throw new VaError('E_FILE_UNREADABLE', `${what} ${shown} is not a regular file`, { subject: shown });
    if (info.size > maxBytes) {
      throw new VaError('E_FILE_UNREADABLE', `${what} ${shown} is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`, {
        subject: shown,
      });
    }
    // Read at most maxBytes + 1 bytes: a file that grows while we read is still bounded.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) {
        throw new VaError('E_FILE_UNREADABLE', `${what} ${shown} is over the limit of ${formatBytes(maxBytes)}`, { subject: shown });
      }
      if (length === buffer.length) break;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } catch (e) {
    if (e instanceof VaError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new VaError('E_FILE_UNREADABLE', `${what} ${shown} cannot be read: ${describeCode(code)}`, { subject: shown, cause: e });
  } finally {
    await handle.close();
  }
}

/** The synchronous variant, for prompt validators (which run on every keystroke's Enter). */
export function readInputFileSync(file: string, what: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new VaError('E_FILE_NOT_FOUND', `${what} ${file} does not exist`, { subject: file });
    throw new VaError('E_FILE_UNREADABLE', `${what} ${file} cannot be read: ${describeCode(code)}`, { subject: file, cause: e });
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new VaError('E_FILE_UNREADABLE', `${what} ${file} is a folder, not a file`, { subject: file });
    if (!info.isFile()) throw new VaError('E_FILE_UNREADABLE', `${what} ${file} is not a regular file`, { subject: file });
    if (info.size > maxBytes) {
      throw new VaError('E_FILE_UNREADABLE', `${what} ${file} is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`, { subject: file });
    }
    const buffer = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } catch (e) {
    if (e instanceof VaError) throw e;
    throw new VaError('E_FILE_UNREADABLE', `${what} ${file} cannot be read: ${describeCode((e as NodeJS.ErrnoException).code)}`, { subject: file, cause: e });
  } finally {
    closeSync(fd);
  }
}

/**
 * A path as messages show it: relative to the working folder when it is inside it (forward
 * slashes), otherwise absolute.
 */
export function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return '.';
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < MiB) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / MiB).toFixed(1)} MB`;
}

/** Creates the output folder (and its parents) if missing; refuses a path that is a file. */
export async function ensureOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new VaError('E_USAGE', `the output folder ${dir} cannot be created: a file is in the way`, { subject: dir });
    }
    throw new VaError('E_WRITE', `the output folder ${dir} cannot be created: ${describeCode(code)}`, { subject: dir, cause: e });
  }
  const info = await stat(dir);
  if (!info.isDirectory()) throw new VaError('E_USAGE', `the output path ${dir} is not a folder`, { subject: dir });
}

/** True when something (file, folder, link) exists at `file`. */
export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Throws E_OUTPUT_EXISTS naming the existing outputs unless `force` is set. */
export async function checkOutputsFree(files: readonly string[], force: boolean, cwd?: string): Promise<void> {
  if (force) return;
  const taken: string[] = [];
  for (const f of files) if (await exists(f)) taken.push(cwd === undefined ? f : displayPath(cwd, f));
  if (taken.length === 0) return;
  const shown = taken.slice(0, 3).join(', ') + (taken.length > 3 ? ` and ${taken.length - 3} more` : '');
  throw new VaError('E_OUTPUT_EXISTS', `${taken.length === 1 ? 'the output' : `${taken.length} outputs`} already exist${taken.length === 1 ? 's' : ''}: ${shown}; use --force to overwrite`, {
    subject: taken[0],
  });
}

// Temporary files (and claimed names) being written right now, removed if the process ends early.
const pending = new Set<string>();
let exitHooked = false;

function track(file: string): void {
  pending.add(file);
  if (!exitHooked) {
    onExit(cleanupPendingSync);
    exitHooked = true;
  }
}

/** Removes every temporary file still being written (used on interruption). */
export function cleanupPendingSync(): void {
  for (const f of pending) rmSync(f, { force: true });
  pending.clear();
}

function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export interface WriteOptions {
  /**
   * true: replace whatever is at `file` (--force, a report, a file the user agreed to replace).
   * false: claim the name exclusively; if anything exists there, even one created a moment ago
   * by another run, nothing is written and E_OUTPUT_EXISTS is thrown.
   */
  overwrite: boolean;
}

function existsError(file: string, cause?: unknown): VaError {
  return new VaError('E_OUTPUT_EXISTS', `the output ${file} already exists (another run may have written it); use --force to overwrite`, {
    subject: file,
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Publishes a finished temporary file under its final name without replacing anything: a hard
 * link is created atomically and fails if the name exists (two runs writing the same output
 * cannot both succeed). Where hard links are not supported, the name is claimed with an
 * exclusive create and the temporary file renamed over the claim.
 */
async function publishExclusive(temp: string, file: string): Promise<void> {
  try {
    await link(temp, file);
    await rm(temp, { force: true });
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw existsError(file, e);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
  }
  let claim;
  try {
    claim = await open(file, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw existsError(file, e);
    throw e;
  }
  await claim.close();
  track(file);
  try {
    await rename(temp, file);
  } catch (e) {
    await rm(file, { force: true });
    throw e;
  } finally {
    pending.delete(file);
  }
}

/**
 * Writes `bytes` to `file` atomically: a temporary file in the same folder, flushed, then moved
 * to its final name (replacing it only with `overwrite`). The destination never holds a partial file.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array | string, options: WriteOptions): Promise<void> {
  const temp = tempName(file);
  track(temp);
  const stopIfEnding = () => {
    if (isEnding()) throw new VaError('E_WRITE', `cannot write ${file}: the program is ending (interrupted)`, { subject: file });
  };
  try {
    stopIfEnding();
    const handle = await open(temp, 'wx', 0o644);
    try {
      stopIfEnding();
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    stopIfEnding();
    if (options.overwrite) await rename(temp, file);
    else await publishExclusive(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    if (e instanceof VaError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new VaError('E_OUTPUT_EXISTS', `the output ${file} exists and is a folder`, { subject: file, cause: e });
    throw new VaError('E_WRITE', `cannot write ${file}: ${describeCode(code)}`, { subject: file, cause: e });
  } finally {
    pending.delete(temp);
  }
}
