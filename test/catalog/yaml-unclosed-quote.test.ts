// An unclosed quote runs to the end of the file, where the YAML parser reports it: the problem points
// at the quote that opens it instead, after any quotes closed before.
import { expect, test } from "vitest";
import { parseYaml } from "../../src/catalog/yaml-source.js";
import { plain } from "../helpers/problems.js";

test.each([
  [
    "single",
    "lectures:\n  - title: 'Closed'\n    summary: \"also closed\"\n  - title: 'Attention\n    x: 2\n",
    4,
    12,
  ],
  ["double", 'a: "x"\nb: "open\nc: 1\n', 2, 4],
])("an unclosed %s quote is reported where it opens", (_, text, line, col) => {
  const { diagnostics } = parseYaml(text, "catalog.yaml");
  expect(plain(diagnostics).map((p) => [p.line, p.col, p.message])).toEqual([
    [line, col, "YAML: a quote or bracket is never closed"],
  ]);
});
