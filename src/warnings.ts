/**
 * Warnings are results, not log lines: every operation returns the warnings it produced so that
 * the CLI can print them (stderr), put them in a JSON report, or a test can assert on them.
 */
export interface Warning {
  /** Stable machine-readable code, for example `W_TOKEN_UNKNOWN` or `W_RENDER_SKIPPED`. */
  code: string;
  /** One human-readable line. */
  message: string;
  /** The package part the warning is about, when there is one (`ppt/slides/slide1.xml`). */
  part?: string;
  /** 1-based slide number, when the warning is about a slide. */
  slide?: number;
}

/** Collects warnings, dropping exact duplicates (same code, message, part and slide). */
export class WarningSink {
  private readonly seen = new Set<string>();
  readonly list: Warning[] = [];

  add(warning: Warning): void {
    const key = `${warning.code}\u0000${warning.message}\u0000${warning.part ?? ''}\u0000${warning.slide ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(warning);
  }

  addAll(warnings: Iterable<Warning>): void {
    for (const w of warnings) this.add(w);
  }
}
