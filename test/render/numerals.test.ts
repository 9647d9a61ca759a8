import { describe, expect, test } from "vitest";
import { parseChineseNumeral, toChineseNumeral } from "../../src/render/numerals.js";
import { lectureLabel } from "../../src/render/table.js";

describe("Chinese numerals", () => {
  test.each([
    [1, "一"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [23, "二十三"],
    [28, "二十八"],
    [100, "一百"],
    [101, "一百零一"],
    [110, "一百一十"],
    [1001, "一千零一"],
    [1010, "一千零一十"],
    [10000, "一万"],
    [10001, "一万零一"],
    [10500, "一万零五百"],
    [150000, "十五万"],
    [100000001, "一亿零一"],
    [123456789, "一亿二千三百四十五万六千七百八十九"],
  ])("%i ↔ %s", (value, numeral) => {
    expect(toChineseNumeral(value)).toBe(numeral);
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  test("every number up to 20,000 survives the round trip", () => {
    for (let n = 0; n <= 20_000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  test("parses variants and rejects what is not a numeral", () => {
    expect(parseChineseNumeral("两百")).toBe(200);
    expect(parseChineseNumeral("一十二")).toBe(12);
    expect(parseChineseNumeral("１２")).toBe(12);
    expect(parseChineseNumeral("42")).toBe(42);
    expect(parseChineseNumeral("一二")).toBeUndefined();
    expect(parseChineseNumeral("Transformer")).toBeUndefined();
    expect(parseChineseNumeral("")).toBeUndefined();
  });

  test("refuses what it cannot write", () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow("expected a whole number");
  });

  test("lecture labels follow the configured format", () => {
    expect(lectureLabel("第{zh}讲", 23)).toBe("第二十三讲");
    expect(lectureLabel("Lecture {n}", 12)).toBe("Lecture 12");
    expect(lectureLabel("{n}. 第{zh}课", 3)).toBe("3. 第三课");
  });
});
