// --shard I/N with numbers of several digits, and the bounds checked one by one.
import { expect, test } from "vitest";
import { parseShard } from "../../src/links/shard.js";

test("several digits on each side; I above N, zero, or seven digits are refused", () => {
  expect(parseShard("12/40")).toEqual({ index: 12, count: 40 });
  expect(parseShard("3/123456")).toEqual({ index: 3, count: 123456 });
  expect([parseShard("5/4"), parseShard("0/4"), parseShard("1/0"), parseShard("1/1234567")]).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});
