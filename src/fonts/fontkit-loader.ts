/**
 * fontkit, loaded on first use. Evaluating fontkit takes 60-200 ms (its Unicode and WOFF2
 * tables), which every CLI command would pay at start-up if it were imported statically, even
 * `--help`. fontkit 3 is an ES module: Node's require loads it synchronously (require(esm),
 * Node 20.19 and later: the package's `engines`), from node_modules, also from the esbuild
 * bundle in dist/ (where it stays outside the bundle).
 */
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';

let loaded: typeof Fontkit | undefined;

export function fontkit(): typeof Fontkit {
  loaded ??= createRequire(import.meta.url)('fontkit') as typeof Fontkit;
  return loaded;
}
