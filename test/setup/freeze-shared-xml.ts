/**
 * Every test run (vitest.config.ts, vitest.interop.config.ts setupFiles): shared parsed XML
 * documents are frozen, so any code that edits one instead of its own copy fails the test that
 * reaches it (src/xml/content-cache.ts freezeSharedXml).
 */
import { freezeSharedXml } from '../../src/xml/content-cache.js';

freezeSharedXml(true);
