/**
 * Work to do however the process ends: normally, through an error, or on SIGINT (Ctrl+C),
 * SIGTERM or SIGHUP. Used to remove temporary files and to give the terminal back as we found
 * it (a visible cursor, a progress bar line cleared).
 *
 * On a signal, every hook runs once, then the signal is raised again with the default handler,
 * so the exit status still tells the parent shell what happened (130 for SIGINT).
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
  const list = [...hooks].reverse();
  hooks.clear();
  for (const hook of list) {
    try {
      hook();
    } catch {
      // Ending anyway: one failing hook must not stop the others.
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.once('exit', runExitHooks);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      runExitHooks();
      process.kill(process.pid, signal);
    });
  }
}
