// Where a file would first change, so a "stale" or "not formatted" problem points at that line.

/** The 1-based line of `before` where `after` first differs (one past the end when `after` only adds). */
export function firstDifferentLine(before: string, after: string): number {
  const a = before.split("\n");
  const b = after.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.min(i, a.length - 1) + 1;
}
