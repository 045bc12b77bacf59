// Bundles the CLI, the library entry and the batch worker into dist/ with esbuild.
// One bundled file loads much faster than hundreds of ESM modules (start-up time is part of
// every `customize` run), and it lets `npm install` in a fresh clone produce a working bin.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entries = {
  cli: 'src/cli/main.ts',
  index: 'src/index.ts',
  worker: 'src/cli/batch/worker.ts',
};
const entryPoints = Object.fromEntries(
  Object.entries(entries).filter(([, file]) => existsSync(path.join(root, file))),
);

rmSync(path.join(root, 'dist'), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // Native or heavy optional modules stay outside the bundle.
  external: ['sharp', 'pptxgenjs', 'subset-font'],
  banner: {
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    js: "import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

if (existsSync(path.join(root, 'src/index.ts')) && process.env.VA_SKIP_TYPES !== '1') {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
