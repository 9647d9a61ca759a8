// The README's catalog.yaml section documents the format by example: every catalog example in it
// (a yaml block with lectures, table or tables) is valid.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, test } from "vitest";
import { CatalogError } from "../../src/catalog/catalog-error.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { formatProblem } from "../../src/util/problem.js";
import { ROOT } from "../helpers/cli.js";

const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("\n## catalog.yaml\n"),
  readme.indexOf("\n## Maintainers' guide\n"),
);
const examples: string[] = [];
visit(parseMarkdown(section), "code", (node: Code) => {
  if (node.lang === "yaml" && /^(?:lectures|table|tables):/m.test(node.value)) examples.push(node.value);
});

describe("the README's catalog examples", () => {
  test("there are examples of columns, labels and tables", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  test.each(examples.map((example, i) => [i + 1, example] as const))(
    "example %i is a valid catalog",
    async (_, example) => {
      // A fragment without lectures is completed with one, so its own settings are what is checked.
      const text = /^lectures:/m.test(example)
        ? example
        : `${example}\nlectures:\n  - { number: 1, title: A }\n`;
      // Loaded as render loads it: translations projected per locale, then validated.
      const errors = await loadCatalog(path.join(ROOT, "catalog.yaml"), text).then(
        () => [],
        (error: unknown) => {
          if (!(error instanceof CatalogError)) throw error;
          return error.messages.filter((d) => d.fatal).map(formatProblem);
        },
      );
      expect(errors).toEqual([]);
    },
  );
});
