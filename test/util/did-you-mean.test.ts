import { describe, expect, test } from "vitest";
import { didYouMean } from "../../src/util/did-you-mean.js";

describe("didYouMean", () => {
  test("suggests the nearest candidate, as the candidate is spelt, whatever the word's case", () => {
    expect(didYouMean("titel", ["number", "title", "video"])).toBe("title");
    expect(didYouMean("TITLE", ["number", "Title"])).toBe("Title");
  });

  test("a short word tolerates two edits, not three", () => {
    expect(didYouMean("abc", ["xyc"])).toBe("xyc");
    expect(didYouMean("abc", ["xyz"])).toBeUndefined();
  });

  test("a longer word tolerates a third of its length in edits (9 letters: 3, not 4)", () => {
    expect(didYouMean("abcdefghi", ["abcdefxyz"])).toBe("abcdefxyz");
    expect(didYouMean("abcdefghi", ["abcdewxyz"])).toBeUndefined();
    // 10 letters: still 3 (rounded down), so 4 edits are too many.
    expect(didYouMean("abcdefghij", ["abcdefwxyz"])).toBeUndefined();
  });

  test("on a tie the first candidate wins; no candidates, no suggestion", () => {
    expect(didYouMean("ab", ["ac", "ad"])).toBe("ac");
    expect(didYouMean("ab", [])).toBeUndefined();
  });
});
