/**
 * `--watch` for customize and render, and the file watching behind `preview`: build, then build
 * again whenever an input file changes (brand file, config file, logo, font files, template or
 * deck), until Ctrl+C.
 *
 * - Folders are watched, not files: editors save by writing a new file and renaming it over the
 *   old one, which ends a watch on the old file. Events are filtered by file name.
 * - Changes are debounced (150 ms after the last event): one save is one build, and a burst of
 *   changes (a `git checkout`) is one build too. A change during a build starts another after it.
 * - The set of watched files follows each build: a brand file that names a new logo gets that
 *   logo watched.
 * - A failing build prints its error and the watch goes on; the outputs of the last good build
 *   stay. Outputs are replaced on each build (watch mode implies --force for its own outputs).
 */
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { toVaError } from '../errors.js';
import type { RunContext } from './context.js';
import { onExit } from './exit-hooks.js';
import { displayPath } from './files.js';

export const DEBOUNCE_MS = 150;

/** Watches the folders of a set of files and calls `onChange` (debounced) when one of them changes. */
export class FileWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private files = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private changed = new Set<string>();

  constructor(
    private readonly onChange: (files: string[]) => void,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  /** Replaces the watched set (absolute paths). */
  setFiles(files: readonly string[]): void {
    this.files = new Set(files.map((f) => path.resolve(f)));
    const dirs = new Set([...this.files].map((f) => path.dirname(f)));
    for (const [dir, w] of this.watchers) {
      if (!dirs.has(dir)) {
        w.close();
        this.watchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (this.watchers.has(dir)) continue;
      try {
        const w = fsWatch(dir, { persistent: true }, (_event, name) => this.event(dir, name === null ? null : String(name)));
        w.on('error', () => {
          w.close();
          this.watchers.delete(dir);
        });
        this.watchers.set(dir, w);
      } catch {
        // A folder that does not exist (yet): nothing to watch there.
      }
    }
  }

  get watched(): string[] {
    return [...this.files];
  }

  private event(dir: string, name: string | null): void {
    const hits = name === null ? [...this.files].filter((f) => path.dirname(f) === dir) : [path.join(dir, name)].filter((f) => this.files.has(f));
    if (hits.length === 0) return;
    for (const h of hits) this.changed.add(h);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const files = [...this.changed];
      this.changed.clear();
      this.onChange(files);
    }, this.debounceMs);
  }

  close(): void {
    clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }
}

/**
 * Runs `build` now and after every change of the files it returns (plus `always`: files to watch
 * even when a build fails early, such as the brand file that did not parse). Resolves only when
 * `stop` resolves (tests); otherwise the process ends with Ctrl+C.
 */
export async function watchLoop(
  build: () => Promise<string[]>,
  always: () => string[],
  ctx: RunContext,
  stop: Promise<void> = new Promise(() => undefined),
  onBuilt?: (ok: boolean) => void,
): Promise<number> {
  const { reporter, io } = ctx;
  let building = false;
  let again = false;
  let files: string[] = [];
  const watcher = new FileWatcher((changed) => {
    reporter.status(`changed: ${changed.map((f) => displayPath(io.cwd, f)).join(', ')}`);
    void run();
  });
  const unhook = onExit(() => watcher.close());
  const run = async (): Promise<void> => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    let ok = false;
    try {
      files = await build();
      ok = true;
    } catch (e) {
      // Shown, not fatal: the user fixes the file and saves again.
      reporter.error(toVaError(e));
    }
    watcher.setFiles([...new Set([...files, ...always()])]);
    building = false;
    onBuilt?.(ok);
    if (ok) reporter.status(reporter.err.dim(`watching ${watcher.watched.length} file${watcher.watched.length === 1 ? '' : 's'} for changes (Ctrl+C to stop)`));
    if (again) {
      again = false;
      void run();
    }
  };
  await run();
  await stop;
  watcher.close();
  unhook();
  return 0;
}

/** `customize --watch`: the options are read again on each build (the config file may change). */
export async function watchCustomize(options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  const { customizeRequest, customizeOnce, resultJson } = await import('./commands/customize.js');
  const { formatBytes } = await import('./files.js');
  const { reporter, io } = ctx;
  let known: string[] = [];
  return watchLoop(
    async () => {
      const started = performance.now();
      const request = await customizeRequest(options, ctx);
      known = [request.brandPath ? path.resolve(io.cwd, request.brandPath) : '', request.config.file ?? ''].filter(Boolean);
      const run = await customizeOnce(request, ctx, { overwrite: true });
      if (options.json) reporter.result(JSON.stringify(resultJson(run.results, started)));
      else for (const r of run.results) for (const o of r.outputs) reporter.status(`${reporter.err.green('wrote')} ${o.file} (${formatBytes(o.bytes)})`);
      return run.inputs;
    },
    () => known,
    ctx,
  );
}

/** `render --watch`. */
export async function watchRender(request: import('./commands/render.js').RenderRequest, ctx: RunContext): Promise<number> {
  const { renderOnce } = await import('./commands/render.js');
  const { formatBytes } = await import('./files.js');
  const { reporter, io } = ctx;
  const deck = path.resolve(io.cwd, request.file);
  return watchLoop(
    async () => {
      const result = await renderOnce(request, ctx, true);
      for (const o of result.outputs) reporter.status(`${reporter.err.green('wrote')} ${o.file} (${formatBytes(o.bytes)})`);
      return [deck];
    },
    () => [deck],
    ctx,
  );
}
