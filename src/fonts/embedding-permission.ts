/**
 * What a font's licence allows, from OS/2 `fsType` (OpenType spec, OS/2 table): may the font be
 * embedded in a document we write?
 *
 *   0x0000 installable     embed
 *   0x0002 restricted      do not embed (the licence forbids embedding without permission)
 *   0x0004 preview & print embed (the document may be viewed and printed, not edited, with it)
 *   0x0008 editable        embed
 *   0x0200 bitmap only     do not embed (only bitmaps may be embedded; we embed outlines)
 *   0x0100 no subsetting   embed the whole font (we do)
 *
 * When several of the bits 1–3 are set (invalid, but seen), the least restrictive one counts, as
 * the spec asks; "restricted" counts only when it is the only one of them.
 */

export type EmbeddingRule = 'installable' | 'editable' | 'preview-print' | 'restricted' | 'bitmap-only';

export interface EmbeddingPermission {
  allowed: boolean;
  rule: EmbeddingRule;
}

export function embeddingPermission(fsType: number): EmbeddingPermission {
  if (fsType & 0x0200) return { allowed: false, rule: 'bitmap-only' };
  if (fsType & 0x0008) return { allowed: true, rule: 'editable' };
  if (fsType & 0x0004) return { allowed: true, rule: 'preview-print' };
  if (fsType & 0x0002) return { allowed: false, rule: 'restricted' };
  return { allowed: true, rule: 'installable' };
}
