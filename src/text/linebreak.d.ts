// The part of linebreak 1.1 (UAX #14, no bundled types) that line-break.ts uses.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break: `position` is a UTF-16 index into the text; null at the end. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
