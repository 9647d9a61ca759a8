// The action's entry in-process (the real runner path is test/ship/action.test.ts, on the bundle):
// inputs from INPUT_* variables, one command run in the workspace, the exit code as a step output,
// a failed step with a one-line reason, `output` written to a file, the problem matcher registered.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { inDirectory } from "../helpers/main.js";

let workspace: string;

beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), "syllabus-action-main-"));
  for (const file of ["catalog.yaml", "templates/step_into_llm.md", "course/README.md"]) {
    cpSync(path.join(ROOT, file), path.join(workspace, file), { recursive: true });
  }
  writeFileSync(
    path.join(workspace, "broken.yaml"),
    "course: {title: x}\nlectures: [{number: 1, titel: y}]\n",
  );
  const broken = {
    version: 1,
    links: [
      {
        url: "https://e.org/gone",
        kind: "remote",
        verdict: "broken",
        status: 404,
        reason: "HTTP 404",
        sources: [],
      },
    ],
  };
  writeFileSync(path.join(workspace, "results.json"), JSON.stringify(broken));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

interface ActionRun {
  /** process.exitCode as the action left it. */
  code: number | string | undefined;
  stdout: string;
  stderr: string;
  /** The step outputs file (GITHUB_OUTPUT). */
  outputs: string;
  env: NodeJS.ProcessEnv;
}

const ACTION_VARIABLES = /^(INPUT_|GITHUB_|RUNNER_)/;
let savedEnv: NodeJS.ProcessEnv | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  if (savedEnv) process.env = savedEnv;
  savedEnv = undefined;
});

/** Imports the action afresh (it runs on import) with these inputs, in the workspace. */
async function runAction(
  inputs: Record<string, string>,
  more: Record<string, string> = {},
): Promise<ActionRun> {
  savedEnv = process.env;
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(savedEnv)) if (!ACTION_VARIABLES.test(name)) env[name] = value;
  const outputs = path.join(workspace, ".github-output");
  writeFileSync(outputs, "");
  env.GITHUB_OUTPUT = outputs;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, more);
  process.env = env;
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const exitCode = process.exitCode;
  try {
    vi.resetModules();
    // inDirectory: Stryker runs vitest in worker threads, where process.chdir is not allowed.
    await inDirectory(workspace, () => import("../../src/action/main.js"));
    return { code: process.exitCode, stdout, stderr, outputs: readFileSync(outputs, "utf8"), env };
  } finally {
    process.exitCode = exitCode;
  }
}

const exitCodeOutput = (outputs: string) => /exit-code<<(\S+)\n(.*)\n\1/.exec(outputs)?.[2];

describe("the action's entry (src/action/main.ts)", () => {
  test("a command that succeeds: the argv is logged, exit code 0 as the output, the step passes", async () => {
    const run = await runAction({ command: "validate", catalog: "catalog.yaml", args: "" });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("syllabus validate --catalog catalog.yaml\n");
    expect(run.stderr).toContain("catalog.yaml: 28 lectures, no errors");
    expect(exitCodeOutput(run.outputs)).toBe("0");
  });

  test("bad input: exit 2 and the step fails with the reason for 2", async () => {
    const run = await runAction({ command: "validate", catalog: "broken.yaml", args: "" });
    expect(run.code).toBe(2);
    expect(exitCodeOutput(run.outputs)).toBe("2");
    expect(run.stdout).toContain(
      "::error::syllabus validate exited 2: bad input, configuration or usage (see the messages above)\n",
    );
  });

  test("a broken link (exit 1): the step fails with the reason for 1", async () => {
    const run = await runAction({ command: "report", catalog: "", args: "results.json --fail-on-broken" });
    expect(run.code).toBe(1);
    expect(exitCodeOutput(run.outputs)).toBe("1");
    expect(run.stdout).toContain(
      "::error::syllabus report exited 1: a page is stale, a link is broken or lint found an error (see the log above)\n",
    );
  });

  test("an input that cannot be read (an empty command): exit 2 before anything runs", async () => {
    const run = await runAction({ command: " ", catalog: "catalog.yaml", args: "" });
    expect(run.code).toBe(2);
    expect(exitCodeOutput(run.outputs)).toBe("2");
    expect(run.stdout).toBe('::error::syllabus: the input "command" is empty; e.g. command: validate\n');
  });

  test("`output`: the command's data goes to that file, whole, and the log says where", async () => {
    const run = await runAction({
      command: "report",
      catalog: "",
      args: "results.json",
      output: "out/report.md",
    });
    expect(run.code).toBe(0);
    const written = readFileSync(path.join(workspace, "out/report.md"), "utf8");
    expect(written).toMatch(
      /^\*\*1 broken link \(1 new\)\*\* — 1 link checked on \d{4}-\d{2}-\d{2}: 0 ok, 1 broken, 0 unverifiable\.\n\n[\s\S]*\n$/,
    );
    expect(written.endsWith("\n\n")).toBe(false); // a text ending in a newline gets no second one
    expect(run.stdout).toBe("syllabus report results.json\nsyllabus: the output is in out/report.md\n");
  });

  test("without `output`, the data goes to stdout line by line", async () => {
    const run = await runAction({ command: "--version", catalog: "", args: "" });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("syllabus --version\ndevelopment\n");
  });

  test("on a runner (GITHUB_ACTIONS=true) the problem matcher is written to RUNNER_TEMP and registered", async () => {
    const temp = mkdtempSync(path.join(os.tmpdir(), "syllabus-runner-temp-"));
    try {
      const run = await runAction(
        { command: "--version", catalog: "", args: "" },
        { GITHUB_ACTIONS: "true", RUNNER_TEMP: temp },
      );
      const file = path.join(temp, "syllabus-problem-matcher.json");
      expect(run.stdout).toBe(`syllabus --version\n::add-matcher::${file}\ndevelopment\n`);
      const matcher = JSON.parse(readFileSync(file, "utf8"));
      expect(matcher.problemMatcher[0].owner).toBe("syllabus");
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  test("the github-token input is masked in the log and handed to the command as GITHUB_TOKEN", async () => {
    const run = await runAction({ command: "--version", catalog: "", args: "", "github-token": "s3cret" });
    expect(run.stdout).toBe("::add-mask::s3cret\nsyllabus --version\ndevelopment\n");
    expect(run.env.GITHUB_TOKEN).toBe("s3cret");
  });

  test("no github-token: GITHUB_TOKEN is left as it was", async () => {
    const run = await runAction({ command: "--version", catalog: "", args: "" }, { GITHUB_TOKEN: "kept" });
    expect(run.env.GITHUB_TOKEN).toBe("kept");
    expect(run.stdout).toBe("syllabus --version\ndevelopment\n");
  });
});
