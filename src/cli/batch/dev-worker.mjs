// Starts the TypeScript batch worker from src/ (under vitest or tsx, where there is no dist/):
// registers tsx's loader in this worker thread, then loads worker.ts. The bundle uses
// dist/worker.js instead and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
