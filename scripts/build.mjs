// Bundles the CLI, the library entry and the batch worker into dist/ with esbuild.
// One bundled file loads much faster than hundreds of ESM modules (start-up time is part of
// every `customize` run), and it lets `npm install` in a fresh clone produce a working bin.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
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

const EXTERNAL = ['sharp', 'subset-font', 'zod'];
// Loaded with createRequire at run time (src/fonts/fontkit-loader.ts: on first use, to keep
// start-up fast), which esbuild cannot see: dependencies too.
const REQUIRED_AT_RUN_TIME = ['fontkit'];
const result = await build({
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
  // Outside the bundle, and so in package.json "dependencies": native or heavy modules (sharp,
  // subset-font) and zod, whose types are part of the library's public types (the brand schema).
  // Every other runtime package is bundled and is a devDependency: users do not install it twice.
  external: EXTERNAL,
  metafile: true,
  banner: {
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    js: "import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
checkDependencies(result.metafile);

/**
 * A package is either bundled (then a devDependency) or imported at run time (then a dependency),
 * never both: the build fails when dist/ imports a package that package.json does not list in
 * "dependencies", or bundles one that it does.
 */
function checkDependencies(metafile) {
  const dependencies = Object.keys(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies ?? {});
  const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
  const problems = new Set();
  for (const name of REQUIRED_AT_RUN_TIME) {
    if (!dependencies.includes(name)) problems.add(`${name} is loaded at run time (createRequire), but package.json does not list it in "dependencies"`);
  }
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external || imp.path.startsWith('node:') || builtinModules.includes(imp.path)) continue;
      if (!dependencies.includes(packageOf(imp.path))) problems.add(`dist/ imports ${imp.path} at run time, but package.json does not list it in "dependencies"`);
    }
  }
  for (const input of Object.keys(metafile.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m && dependencies.includes(m[1])) problems.add(`${m[1]} is bundled into dist/ and also listed in "dependencies" (users would install it twice): make it external or a devDependency`);
  }
  if (problems.size > 0) {
    console.error([...problems].join('\n'));
    process.exit(1);
  }
}

if (existsSync(path.join(root, 'src/index.ts')) && process.env.VA_SKIP_TYPES !== '1') {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
