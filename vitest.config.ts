import { defineConfig } from 'vitest/config';

// `npm test`: the unit and CLI tests. The interop tests (LibreOffice, poppler, tmux, the real-deck
// corpus, visual fidelity: slow or needing tools outside Node) are in test/interop and run with
// `npm run test:interop` (vitest.interop.config.ts), which .ci/run runs after `npm test`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/interop/**', '**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Shared parsed XML is frozen in tests: an edit of it throws (src/xml/content-cache.ts).
    setupFiles: ['test/setup/freeze-shared-xml.ts'],
  },
});
