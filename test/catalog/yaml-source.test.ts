// parseYaml's own rules, on the tokens and nodes: the nesting limit counted exactly (flow and
// block together, closed brackets given back, a new document starting afresh), alias problems
// at the alias that has them, YAML marks quoted short, and the node look-ups behind every place.
import { describe, expect, test } from "vitest";
import {
  keyNodeAt,
  MAX_DEPTH,
  nodeAt,
  parseYaml,
  positionOf,
  toPlainValue,
} from "../../src/catalog/yaml-source.js";
import { formatProblem } from "../../src/util/problem.js";
import { plain } from "../helpers/problems.js";

const lines = (text: string) => parseYaml(text, "c.yaml").diagnostics.map(formatProblem);
const first = (text: string) => lines(text)[0]?.split("\n")[0];
const rules = (text: string) => plain(parseYaml(text, "c.yaml").diagnostics).map((d) => d.rule);
const TOO_DEEP = `error: lists and mappings nest more than ${MAX_DEPTH} levels deep here [nesting-limit]`;

describe("the nesting limit", () => {
  test("closed brackets are given back: two 40-deep lists side by side are not 80 deep", () => {
    const forty = `${"[".repeat(40)}${"]".repeat(40)}`;
    expect(rules(`lectures: [${forty}, ${forty}]\n`)).toEqual([]);
  });

  test("a second document starts counting from zero", () => {
    const found = rules(`${"[".repeat(40)}\n---\n${"[".repeat(40)}\n`);
    expect(found).not.toContain("nesting-limit");
    expect(found).toContain("yaml-syntax");
  });

  test("the place is exact after quoted and plain scalars (the lexer's marks are not counted)", () => {
    // "lectures: " is 10 columns, the outer [ is column 11, `a, "b", 'c', d, ` columns 12-27;
    // bracket 64 of the run (column 91) is the 65th level.
    expect(first(`lectures: [a, "b", 'c', d, ${"[".repeat(70)}\n`)).toBe(`c.yaml:1:91: ${TOO_DEEP}`);
  });

  test("block and flow levels add up: 60 list items then 10 brackets are refused", () => {
    expect(first(`lectures:\n  ${"- ".repeat(60)}${"[".repeat(10)}x${"]".repeat(10)}\n`)).toBe(
      `c.yaml:2:126: ${TOO_DEEP}`,
    );
    expect(rules(`lectures:\n  ${"- ".repeat(50)}${"[".repeat(10)}x${"]".repeat(10)}\n`)).toEqual([]);
  });

  test("a refused text yields an empty document, not a partial one", () => {
    const { source } = parseYaml(`lectures: ${"[".repeat(100)}`, "c.yaml");
    expect(source.doc.contents).toBeNull();
    expect(source.file).toBe("c.yaml");
  });
});

describe("aliases", () => {
  test("the alias without an anchor is the one reported, not an earlier good one", () => {
    const { source } = parseYaml("a: &x 1\nb: *x\nlectures:\n  - number: *y\n", "c.yaml");
    const result = toPlainValue(source);
    expect("diagnostic" in result && formatProblem(result.diagnostic)).toBe(
      "c.yaml:4:13: error: alias *y has no anchor &y before it [bad-alias]\n" +
        "  hint: set the anchor (&y) on a value above this line, or write the value out",
    );
  });

  // The yaml library counts one more than the aliases written: 99 pass, 100 are refused.
  test("99 aliases of one value are allowed; 100 are refused, at the first alias", () => {
    const aliases = (n: number) => `a: &x 1\nlist: [${Array.from({ length: n }, () => "*x").join(", ")}]\n`;
    const ok = toPlainValue(parseYaml(aliases(99), "c.yaml").source);
    expect("value" in ok && (ok.value as { list: number[] }).list).toHaveLength(99);
    const refused = toPlainValue(parseYaml(aliases(100), "c.yaml").source);
    expect("diagnostic" in refused && formatProblem(refused.diagnostic)).toBe(
      "c.yaml:2:8: error: aliases expand to too many values (more than 100 expansions) [alias-limit]\n" +
        "  hint: write the values out instead of reusing them through anchors (&) and aliases (*)",
    );
  });
});

describe("YAML marks in messages", () => {
  test("a mark longer than 20 characters is cut with …", () => {
    expect(lines("lectures:\n  - number: &a &the_second_anchor_is_long 1\n")).toEqual([
      'c.yaml:2:16: error: YAML: "&the_second_anchor_i…": a value has at most one anchor (&) and one tag (!), and an alias (*) none [yaml-syntax]\n' +
        "  hint: remove the extra & or ! mark",
    ]);
  });

  test("two tags are refused like two anchors", () => {
    expect(lines("lectures:\n  - number: !!int !!int 1\n")).toEqual([
      'c.yaml:2:19: error: YAML: "!!int": a value has at most one anchor (&) and one tag (!), and an alias (*) none [yaml-syntax]\n' +
        "  hint: remove the extra & or ! mark",
    ]);
  });
});

describe("node look-ups", () => {
  const { source } = parseYaml("course:\n  title: T\nlectures:\n  - number: 1\n    title: A\n", "c.yaml");

  test("a list item has no key node; a mapping value has its key", () => {
    const item = nodeAt(source, ["lectures", 0]);
    expect(item.keyNode).toBeUndefined();
    expect(item.missing).toBeUndefined();
    expect(positionOf(source, item.node)).toEqual({ line: 4, col: 5 });
    const title = nodeAt(source, ["lectures", 0, "title"]);
    expect(positionOf(source, title.keyNode)).toEqual({ line: 5, col: 5 });
    expect(positionOf(source, title.node)).toEqual({ line: 5, col: 12 });
  });

  test("a missing index or a key used on a list stops at the list, naming the missing segment", () => {
    const beyond = nodeAt(source, ["lectures", 5, "title"]);
    expect(beyond.missing).toBe(5);
    expect(positionOf(source, beyond.node)).toEqual({ line: 4, col: 3 });
    expect(nodeAt(source, ["lectures", "0"]).missing).toBe("0");
    expect(nodeAt(source, ["course", "repository"]).missing).toBe("repository");
  });

  test("keyNodeAt finds a key where it stands, and nothing on a missing path or a list", () => {
    expect(positionOf(source, keyNodeAt(source, ["course"], "title"))).toEqual({ line: 2, col: 3 });
    expect(keyNodeAt(source, ["course"], "nope")).toBeUndefined();
    expect(keyNodeAt(source, ["outputs"], "path")).toBeUndefined();
    expect(keyNodeAt(source, ["lectures"], "number")).toBeUndefined();
  });

  test("an empty document is placed at 1:1", () => {
    const empty = parseYaml("", "c.yaml").source;
    expect(positionOf(empty, nodeAt(empty, ["lectures"]).node)).toEqual({ line: 1, col: 1 });
  });
});
