import { describe, expect, test } from "vitest";
import { crossLectureFindings } from "../../src/catalog/cross-lecture.js";
import { type Catalog, catalog } from "../../src/catalog/schema.js";

const withLectures = (lectures: unknown[]): Catalog => catalog.parse({ lectures });

describe("crossLectureFindings", () => {
  test("a number used again is an error pointing at its first use", () => {
    const data = withLectures([
      { number: 1, title: "A" },
      { number: 2, title: "B" },
      { number: 1, title: "C" },
    ]);
    expect(crossLectureFindings(data)).toEqual([
      {
        rule: "duplicate-number",
        severity: "error",
        index: 2,
        field: "number",
        firstIndex: 0,
        firstField: "number",
      },
    ]);
  });

  test("a URL in a later lecture is a warning naming the field of its first use, parts included", () => {
    const data = withLectures([
      { number: 1, title: "A", review: "https://a.example/x" },
      { number: 2, title: "B", video: [{ label: "上", url: "https://a.example/x" }] },
    ]);
    expect(crossLectureFindings(data)).toEqual([
      {
        rule: "duplicate-link",
        severity: "warning",
        index: 1,
        field: "video",
        firstIndex: 0,
        firstField: "review",
      },
    ]);
  });

  test("plain http:// links are compared too", () => {
    const data = withLectures([
      { number: 1, title: "A", code: "http://a.example/x" },
      { number: 2, title: "B", code: "http://a.example/x" },
    ]);
    expect(crossLectureFindings(data).map((f) => `${f.rule} ${f.index} ${f.field}`)).toEqual([
      "duplicate-link 1 code",
    ]);
  });

  test("repeated ./paths and states are not links to compare", () => {
    const data = withLectures([
      { number: 1, title: "A", code: "./Season1/", video: "pending" },
      { number: 2, title: "B", code: "./Season1/", video: "pending" },
    ]);
    expect(crossLectureFindings(data)).toEqual([]);
  });

  test("two entries under one number sharing a URL: only the number is reported", () => {
    const data = withLectures([
      { number: 1, title: "A", video: "https://a.example/x" },
      { number: 1, title: "A (part 2)", video: "https://a.example/x" },
    ]);
    expect(crossLectureFindings(data).map((f) => f.rule)).toEqual(["duplicate-number"]);
  });
});
