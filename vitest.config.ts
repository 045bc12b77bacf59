import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: the unit and CLI tests. The interop tests (LibreOffice, poppler, tmux, the real-deck
// corpus, visual fidelity: slow or needing tools outside Node) are in test/interop and run with
// `npm run test:interop` (vitest.interop.config.ts), which .ci/run runs after `npm test`.

// Test files that need a process of their own: they assert what a fresh process has not loaded
// yet (fontkit, a font file) or replace a module with vi.mock.
const FRESH_PROCESS = ['test/fonts/lazy.test.ts', 'test/fonts/file-cache.test.ts'];
const EXCLUDE = ['test/interop/**', '**/node_modules/**'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // One worker per core. Vitest's default for \`vitest run\` is one fewer (it keeps a core for
    // its main process, which transforms the sources), which on 2 cores is a single worker: the
    // files ran one at a time. The main process is mostly idle once the modules are transformed.
    maxWorkers: availableParallelism(),
    // Shared parsed XML is frozen in tests: an edit of it throws (src/xml/content-cache.ts).
    setupFiles: ['test/setup/freeze-shared-xml.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...EXCLUDE, ...FRESH_PROCESS],
          // The test files of a worker share its loaded modules: each file no longer imports
          // pdf-lib, sharp and fontkit and parses the shipped fonts (Noto Sans SC: 10 MB) again,
          // which was most of the suite's CPU time. What modules keep between files are caches
          // keyed by content or by object (fonts by SHA-256, parsed XML by bytes and frozen,
          // preset geometries, text advances), which give the same answer cold or warm.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'fresh-process', include: FRESH_PROCESS, exclude: EXCLUDE, isolate: true },
      },
    ],
  },
});
