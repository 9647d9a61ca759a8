// Every `syllabus …` the workflows and the README tell someone to run exists in the CLI with those
// flags: run with --help appended, it must exit 0 (parseArgs is strict: an unknown command or flag
// exits 2).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { ROOT } from "../helpers/cli.js";
import { type Invocation, shellInvocations, workflowInvocations } from "../helpers/invocations.js";
import { runMain } from "../helpers/main.js";

function readmeInvocations(): Invocation[] {
  const found: Invocation[] = [];
  visit(parseMarkdown(readFileSync(path.join(ROOT, "README.md"), "utf8")), "code", (node: Code) => {
    const where = `README.md:${node.position?.start.line}`;
    if (node.lang && SHELL.test(node.lang)) {
      const lines = node.value.split("\n").filter((line) => node.lang !== "console" || line.startsWith("$ "));
      for (const line of lines) for (const argv of shellInvocations(line)) found.push({ where, argv });
    } else if (node.lang === "yaml" && /^\s*jobs:/m.test(node.value)) {
      found.push(...workflowInvocations(node.value, where));
    }
  });
  return found;
}

const SHELL = /^(?:sh|bash|shell|console)$/;
const workflowDir = path.join(ROOT, ".github/workflows");
const invocations = [
  ...readdirSync(workflowDir).flatMap((file) =>
    workflowInvocations(readFileSync(path.join(workflowDir, file), "utf8"), `.github/workflows/${file}`),
  ),
  ...readmeInvocations(),
];

describe("the invocation finder", () => {
  it("reads prompts, npx, chains, comments and redirections", () => {
    expect(shellInvocations("$ npx syllabus links --format json > links.json  # all")).toEqual([
      ["links", "--format", "json"],
    ]);
    expect(shellInvocations("npm ci && node_modules/.bin/syllabus render --check | tee x")).toEqual([
      ["render", "--check"],
    ]);
    expect(shellInvocations("npx -p course-syllabus syllabus init --force")).toEqual([["init", "--force"]]);
    expect(shellInvocations("npm run render && echo syllabus links")).toEqual([]);
  });

  it("finds the workflows' and the README's invocations", () => {
    const where = invocations.map((i) => i.where);
    expect(where.filter((w) => w.startsWith(".github/workflows/syllabus-")).length).toBe(6);
    expect(where.filter((w) => w.startsWith("README.md")).length).toBeGreaterThan(8);
  });
});

describe("every syllabus invocation in the workflows and the README exists", () => {
  it.each(invocations.map((i) => [`${i.where}: syllabus ${i.argv.join(" ")}`, i.argv] as const))(
    "%s",
    async (_, argv) => {
      const result = await runMain([...argv, "--help"]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    },
  );
});
