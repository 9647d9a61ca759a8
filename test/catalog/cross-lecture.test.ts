import { describe, expect, test } from "vitest";
import { crossLectureFindings, lectureId } from "../../src/catalog/cross-lecture.js";
import { type Catalog, catalog, type Lecture } from "../../src/catalog/schema.js";

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
      { number: 1, title: "A", code: "./Season1/", video: "pending", review: "./notes/https:1.md" },
      { number: 2, title: "B", code: "./Season1/", video: "pending", review: "./notes/https:1.md" },
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

describe("lecture ids across lectures", () => {
  test("an id is the id, else the label, else the number; a repeat names the keys of both uses", () => {
    const data = withLectures([
      { id: "intro", number: 1, title: "A" },
      { label: "intro", number: 2, title: "B" },
      { label: "HW1", title: "C" },
      { id: "HW1", number: 3, title: "D" },
      { label: "3", title: "E" },
    ]);
    expect(crossLectureFindings(data)).toEqual([
      {
        rule: "duplicate-id",
        severity: "error",
        index: 1,
        field: "label",
        firstIndex: 0,
        firstField: "id",
        id: "intro",
      },
      {
        rule: "duplicate-id",
        severity: "error",
        index: 3,
        field: "id",
        firstIndex: 2,
        firstField: "label",
        id: "HW1",
      },
    ]);
    expect(lectureId(data.lectures[4] as Lecture)).toEqual({ id: "3", from: "label" });
    expect(lectureId(data.lectures[0] as Lecture)).toEqual({ id: "intro", from: "id" });
    expect(lectureId({ number: 3 } as Lecture)).toEqual({ id: "3", from: "number" });
  });

  test("a number repeated as another lecture's label is a duplicate id, not a duplicate number", () => {
    const data = withLectures([
      { number: 4, title: "A" },
      { label: "4", title: "B" },
      { label: "5", title: "C" },
      { number: 5, title: "D" },
    ]);
    expect(crossLectureFindings(data).map((f) => `${f.rule} ${f.field} ${f.firstField} ${f.id}`)).toEqual([
      "duplicate-id label number 4",
      "duplicate-id number label 5",
    ]);
  });
});

describe("links across lectures", () => {
  test("a URL used twice in one lecture is no copy-paste; in a third lecture it points at the first", () => {
    const data = withLectures([
      { number: 1, title: "A", video: "https://a.example/x", review: "https://a.example/x" },
      { number: 2, title: "B" },
      { number: 3, title: "C", code: "https://a.example/x" },
    ]);
    expect(crossLectureFindings(data)).toEqual([
      {
        rule: "duplicate-link",
        severity: "warning",
        index: 2,
        field: "code",
        firstIndex: 0,
        firstField: "video",
      },
    ]);
  });

  test("custom links columns are compared too; custom text fields are not", () => {
    const data = catalog.parse({
      table: {
        columns: [
          { field: "number", heading: "N" },
          { field: "slides", heading: "S", type: "links" },
          { field: "notes", heading: "X" },
        ],
      },
      lectures: [
        { number: 1, title: "A", slides: "https://s.example/1", notes: "https://n.example/" },
        { number: 2, title: "B", slides: "https://s.example/1", notes: "https://n.example/" },
      ],
    });
    expect(crossLectureFindings(data).map((f) => `${f.rule} ${f.index} ${f.field} ${f.firstField}`)).toEqual([
      "duplicate-link 1 slides slides",
    ]);
  });
});
