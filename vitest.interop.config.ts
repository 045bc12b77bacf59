import { defineConfig } from 'vitest/config';

// `npm run test:interop`: tests against external tools (LibreOffice, poppler-utils, qpdf, tmux,
// fontconfig) and the real-deck corpus in ../shared/corpus. A missing tool skips its tests with
// a printed reason, and fails them in CI (CI=true), where .ci/run installs every tool.
export default defineConfig({
  test: {
    include: ['test/interop/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // Shared parsed XML is frozen in tests: an edit of it throws (src/xml/content-cache.ts).
    setupFiles: ['test/setup/freeze-shared-xml.ts'],
  },
});
