/**
 * Open fonts drawn to the metrics of common Office fonts: the same advance width for every
 * character, so text set in the Office font breaks into the same lines. Used for decks made
 * elsewhere when the Office font is not installed but one of these is (Debian/Ubuntu:
 * fonts-crosextra-carlito, fonts-crosextra-caladea, fonts-liberation2; ChromeOS ships Arimo,
 * Tinos, Cousine). Checked before fontconfig's own substitute, which not every system configures.
 */
const TABLE: Record<string, readonly string[]> = {
  calibri: ['Carlito'],
  'calibri light': ['Carlito'],
  cambria: ['Caladea'],
  'cambria math': ['Caladea'],
  arial: ['Liberation Sans', 'Arimo'],
  helvetica: ['Liberation Sans', 'Arimo'],
  'helvetica neue': ['Liberation Sans', 'Arimo'],
  'arial narrow': ['Liberation Sans Narrow'],
  'times new roman': ['Liberation Serif', 'Tinos'],
  times: ['Liberation Serif', 'Tinos'],
  'courier new': ['Liberation Mono', 'Cousine'],
  courier: ['Liberation Mono', 'Cousine'],
  georgia: ['Gelasio'],
  'segoe ui': ['Selawik'],
};

/** The metric-compatible open families for an Office family name, best first (empty when none). */
export function metricCompatible(family: string): readonly string[] {
  return TABLE[family.trim().toLowerCase().replace(/\s+/g, ' ')] ?? [];
}
