/**
 * Icons from Lucide (`lucide-static`, ISC licence; icons derived from Feather are MIT — see
 * ./LICENSE), read from the installed package when the templates are built. Only the build
 * reads them: the committed templates carry the icons as custom geometry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readStrokeIcon, type StrokeIcon } from './svg-icon.js';

const cache = new Map<string, StrokeIcon>();

function iconsDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('lucide-static/package.json')), 'icons');
}

/** The Lucide icon `name` (e.g. `calendar-plus`), parsed once per process. */
export function lucideIcon(name: string): StrokeIcon {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid icon name "${name}"`);
  let icon = cache.get(name);
  if (!icon) {
    const file = path.join(iconsDir(), `${name}.svg`);
    icon = readStrokeIcon(name, readFileSync(file, 'utf8'));
    cache.set(name, icon);
  }
  return icon;
}
