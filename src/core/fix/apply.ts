/**
 * Applies text edits: sorted by position, an edit overlapping one already taken is skipped (it
 * stays for a later pass). Returns the new text and the edits applied.
 */
import type { TextEdit } from "../text/range.js";

export function applyEdits(
  text: string,
  edits: readonly TextEdit[],
): { output: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const applied: TextEdit[] = [];
  let out = "";
  let pos = 0;
  for (const edit of sorted) {
    if (edit.range.start < pos || edit.range.end < edit.range.start || edit.range.end > text.length) continue;
    // two insertions at the same point both apply, in order
    out += text.slice(pos, edit.range.start) + edit.text;
    pos = edit.range.end;
    applied.push(edit);
  }
  return { output: out + text.slice(pos), applied };
}
