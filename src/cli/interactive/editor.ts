/**
 * Whether an editor prompt can work: $VISUAL or $EDITOR names an executable found on PATH.
 * Without one, the prompts fall back to a plain one-line input ("\n" for a line break).
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export function usableEditor(env: Readonly<Record<string, string | undefined>>): string | null {
  const command = (env.VISUAL ?? '').trim() || (env.EDITOR ?? '').trim();
  if (!command) return null;
  const program = command.split(/\s+/)[0]!;
  const candidates = program.includes('/') ? [program] : (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, program));
  for (const c of candidates) {
    try {
      if (!statSync(c).isFile()) continue;
      accessSync(c, constants.X_OK);
      return command;
    } catch {
      // not here
    }
  }
  return null;
}
