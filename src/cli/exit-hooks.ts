/**
 * Work to do however the process ends: normally, through an error, or on SIGINT (Ctrl+C),
 * SIGTERM or SIGHUP. Used to remove temporary files and to give the terminal back as we found
 * it (a visible cursor, a progress bar line cleared).
 *
 * On a signal, every hook runs at once, and again 100 ms later (for file operations that were
 * already running), then the signal is raised again with the default handler, so the exit
 * status still tells the parent shell what happened (130 for SIGINT). Hooks must therefore be
 * safe to run twice.
 */
type Hook = () => void;

const hooks = new Set<Hook>();
let installed = false;

/** Registers `hook`; the returned function unregisters it (call it when the work is done). */
export function onExit(hook: Hook): () => void {
  install();
  hooks.add(hook);
  return () => {
    hooks.delete(hook);
  };
}

/** Runs every registered hook once (synchronously), newest first. Never throws. */
export function runExitHooks(): void {
  runHooks();
  hooks.clear();
}

function runHooks(): void {
  for (const hook of [...hooks].reverse()) {
    try {
      hook();
    } catch {
      // Ending anyway: one failing hook must not stop the others.
    }
  }
}

let ending = false;

/** True once a signal is ending the process: writers stop starting new work. */
export function isEnding(): boolean {
  return ending;
}

/** How long file operations already handed to the thread pool get to finish after a signal. */
const GRACE_MS = 100;

function install(): void {
  if (installed) return;
  installed = true;
  process.once('exit', runExitHooks);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      ending = true;
      runHooks();
      // An open() or write() already running in libuv's thread pool can still create a
      // temporary file after the first clean-up: run the hooks once more after it has
      // finished, then end with the signal.
      setTimeout(() => {
        runExitHooks();
        process.kill(process.pid, signal);
      }, GRACE_MS);
    });
  }
}
