import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { lectureLabel } from "../../src/markdown/cells.js";
import { parseChineseNumeral, toChineseNumeral } from "../../src/markdown/numerals.js";

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

  test("every whole number the writer accepts survives the round trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_007_199_254_740_991 }), (n) => {
        expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
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

  test("writes up to 10^16 - 1 and refuses 10^16 with the range in the message", () => {
    expect(toChineseNumeral(0)).toBe("零");
    expect(toChineseNumeral(1e12)).toBe("一万亿");
    expect(toChineseNumeral(9_007_199_254_740_991)).toBe(
      "九千零七万亿一千九百九十二亿五千四百七十四万零九百九十一",
    );
    expect(() => toChineseNumeral(1e16)).toThrow(
      new RangeError("toChineseNumeral: expected a whole number from 0 to 10^16 - 1, got 10000000000000000"),
    );
    expect(() => toChineseNumeral(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });

  test("an empty group between two groups is read as one 零, and none after the last group", () => {
    expect(toChineseNumeral(100_000_000)).toBe("一亿");
    expect(toChineseNumeral(100_010_000)).toBe("一亿零一万");
    expect(toChineseNumeral(100_001_000)).toBe("一亿零一千");
    expect(toChineseNumeral(1_000_000_001_000)).toBe("一万亿零一千");
    expect(toChineseNumeral(1_001_000_000_000)).toBe("一万亿零一十亿");
    expect(parseChineseNumeral("一万亿零一十亿")).toBe(1_001_000_000_000);
    expect(parseChineseNumeral("一万零一十亿")).toBe(1_001_000_000_000);
    expect(toChineseNumeral(110_000_000)).toBe("一亿一千万");
    expect(toChineseNumeral(1_100_000_000_000)).toBe("一万亿一千亿");
    expect(toChineseNumeral(10_001_000)).toBe("一千万一千");
  });

  test("big units multiply what comes before them, not subtract or add it", () => {
    expect(parseChineseNumeral("十亿")).toBe(1_000_000_000);
    expect(parseChineseNumeral("一亿")).toBe(100_000_000);
    expect(parseChineseNumeral("三亿二千万")).toBe(320_000_000);
    expect(parseChineseNumeral("五万")).toBe(50_000);
    expect(parseChineseNumeral("二十五万三千")).toBe(253_000);
    expect(parseChineseNumeral("一万亿")).toBe(1e12);
    expect(parseChineseNumeral("亿")).toBe(0);
    expect(parseChineseNumeral("万")).toBe(0);
  });

  test("formal and variant digits parse like the plain ones", () => {
    expect(
      ["〇", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"].map((d) => parseChineseNumeral(d)),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(parseChineseNumeral("壹拾")).toBe(10);
    expect(parseChineseNumeral("贰佰")).toBe(200);
    expect(parseChineseNumeral("叁仟")).toBe(3000);
    expect(parseChineseNumeral(" 二十三 ")).toBe(23);
    expect(parseChineseNumeral("０")).toBe(0);
    expect(parseChineseNumeral("９")).toBe(9);
    expect(parseChineseNumeral("三a")).toBeUndefined();
    expect(parseChineseNumeral("第三")).toBeUndefined();
    expect(parseChineseNumeral("12a")).toBeUndefined();
    expect(parseChineseNumeral("a12")).toBeUndefined();
    expect(parseChineseNumeral("   ")).toBeUndefined();
  });

  test("lecture labels follow the configured format", () => {
    expect(lectureLabel("第{zh}讲", 23)).toBe("第二十三讲");
    expect(lectureLabel("Lecture {n}", 12)).toBe("Lecture 12");
    expect(lectureLabel("{n}. 第{zh}课", 3)).toBe("3. 第三课");
  });
});
