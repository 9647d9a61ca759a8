// Text edits by offset: the page is never re-serialised, so every byte outside an edit stays.

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error(`applyEdits: overlapping edits at offset ${edit.start}`);
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}
