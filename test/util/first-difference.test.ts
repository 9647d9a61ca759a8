import { expect, test } from "vitest";
import { firstDifferentLine } from "../../src/util/first-difference.js";

test("the first line that differs, counted in the text as it is now", () => {
  expect(firstDifferentLine("a\nb\nc\n", "x\nb\nc\n")).toBe(1);
  expect(firstDifferentLine("a\nb\nc\n", "a\nb\nX\n")).toBe(3);
  expect(firstDifferentLine("a\r\nb\r\n", "a\r\nc\r\n")).toBe(2);
});

test("lines only added at the end or removed from it: the line where the texts part", () => {
  expect(firstDifferentLine("a\nb\n", "a\nb\nc\n")).toBe(3);
  expect(firstDifferentLine("a\nb\nc\n", "a\n")).toBe(2);
  expect(firstDifferentLine("a", "a\nb")).toBe(1);
  expect(firstDifferentLine("", "a\n")).toBe(1);
});

test("equal texts: one past their last line (no line differs)", () => {
  expect(firstDifferentLine("a\nb\n", "a\nb\n")).toBe(3);
  expect(firstDifferentLine("", "")).toBe(1);
});
