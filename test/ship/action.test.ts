// The action as a runner starts it: `node dist/action.mjs` with INPUT_* variables, in a copy of the
// embedded course.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_ACTION, fillWorkflow, WORKFLOW_NAMES } from "../../src/init/workflows.js";
import { ROOT } from "../helpers/cli.js";
import { withServers } from "../helpers/server.js";

const ACTION = path.join(ROOT, "dist/action.mjs");
let course: string;

beforeAll(() => {
  course = mkdtempSync(path.join(os.tmpdir(), "syllabus-action-"));
  for (const file of ["catalog.yaml", "templates/step_into_llm.md", "course/README.md"]) {
    cpSync(path.join(ROOT, file), path.join(course, file), { recursive: true });
  }
  writeFileSync(path.join(course, "broken.yaml"), "course: {title: x}\nlectures: [{number: 1, titel: y}]\n");
});
afterAll(() => rmSync(course, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: string;
}

/** Runs the action with these inputs; nothing of this process's INPUT_* or GITHUB_* leaks in. */
function runAction(inputs: Record<string, string>, more: NodeJS.ProcessEnv = {}): Promise<Run> {
  const outputs = path.join(course, ".github-output");
  writeFileSync(outputs, "");
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: outputs, ...more };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION], { cwd: course, env, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, outputs: readFileSync(outputs, "utf8") });
    });
  });
}

const exitCode = (outputs: string) => /exit-code<<(\S+)\n(.*)\n\1/.exec(outputs)?.[2];

describe("the action (dist/action.mjs)", () => {
  it("validates the embedded course: exit 0, the exit code as an output", async () => {
    const run = await runAction({ command: "validate", catalog: "catalog.yaml", args: "" });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("syllabus validate --catalog catalog.yaml\n");
    expect(run.stderr).toContain("catalog.yaml: 28 lectures, no errors, 26 warnings");
    expect(exitCode(run.outputs)).toBe("0");
  });

  it("splits args: render --check on the current page, exit 0", async () => {
    const run = await runAction({ command: "render", catalog: "catalog.yaml", args: "--check --no-cache" });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("course/README.md: up to date\n");
  });

  it("fails the step with exit 2 and a one-line reason on a broken catalog", async () => {
    const run = await runAction({ command: "validate", catalog: "broken.yaml" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown key "titel" [unknown-key]');
    expect(run.stdout).toBe(
      "syllabus validate --catalog broken.yaml\n" +
        "::error::syllabus validate exited 2: bad input, configuration or usage (see the messages above)\n",
    );
    expect(exitCode(run.outputs)).toBe("2");
  });

  it("on a runner, registers a problem matcher that turns the catalog's problems into annotations", async () => {
    const temp = path.join(course, "runner-temp");
    mkdirSync(temp, { recursive: true });
    const run = await runAction(
      { command: "validate", catalog: "broken.yaml" },
      { GITHUB_ACTIONS: "true", RUNNER_TEMP: temp },
    );
    expect(run.code).toBe(2);
    const matcherFile = path.join(temp, "syllabus-problem-matcher.json");
    expect(run.stdout.split("\n")[1]).toBe(`::add-matcher::${matcherFile}`);
    const matcher = JSON.parse(readFileSync(matcherFile, "utf8")).problemMatcher[0].pattern[0];
    const problem = new RegExp(matcher.regexp).exec(run.stderr.split("\n")[0] ?? "");
    expect([problem?.[matcher.file], problem?.[matcher.line], problem?.[matcher.code]]).toEqual([
      "broken.yaml",
      "2",
      "unknown-key",
    ]);
  });

  it("fails with exit 2 on an unterminated quote in args, running nothing", async () => {
    const run = await runAction({ command: "links", catalog: "catalog.yaml", args: '--format "json' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('::error::syllabus: the input "args" has an unterminated " quote\n');
  });

  it("writes the data to the output file instead of the log", async () => {
    const run = await runAction({ command: "--version", catalog: "", output: "version.txt" });
    expect(run.code).toBe(0);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(readFileSync(path.join(course, "version.txt"), "utf8")).toBe(`${version}\n`);
    expect(run.stdout).toBe("syllabus --version\nsyllabus: the output is in version.txt\n");
  });
});

describe("the action's GitHub token", () => {
  it("is exported as GITHUB_TOKEN: GitHub links are checked through the API with it", async () => {
    const catalog =
      "course: { title: x }\nlectures:\n  - { number: 1, title: y, code: https://github.com/o/r }\n";
    writeFileSync(path.join(course, "github.yaml"), catalog);
    await withServers(
      [(_, res) => res.writeHead(200, { "content-type": "application/json" }).end("{}")],
      async ([api]) => {
        const env = { GITHUB_API_URL: api?.origin, SYLLABUS_DNS_PROBE: "localhost" };
        const run = await runAction(
          { command: "links", catalog: "github.yaml", "github-token": "t0ken" },
          env,
        );
        expect(run.code).toBe(0);
        expect(api?.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
          ["/repos/o/r", "Bearer t0ken"],
        ]);
      },
    );
  });
});

describe("action.yml", () => {
  const action = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8"));

  it("runs the committed bundle on node24, with the inputs the entry reads", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/action.mjs" });
    expect(Object.keys(action.inputs)).toEqual(["command", "catalog", "args", "github-token", "output"]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JavaScript template
    expect(action.inputs["github-token"].default).toBe("${{ github.token }}");
    expect(Object.keys(action.outputs)).toEqual(["exit-code"]);
  });

  it("declares every input the workflows give it (this repository's and init's)", () => {
    const texts = WORKFLOW_NAMES.flatMap((name) => [
      readFileSync(path.join(ROOT, ".github/workflows", name), "utf8"),
      fillWorkflow(readFileSync(path.join(ROOT, "templates/workflows", name), "utf8"), {
        action: DEFAULT_ACTION,
        catalog: "catalog.yaml",
        watch: ["catalog.yaml"],
      }),
    ]);
    let steps = 0;
    for (const text of texts) {
      for (const job of Object.values(parse(text).jobs) as { steps: { uses?: string; with?: object }[] }[]) {
        for (const step of job.steps.filter((s) => s.uses === "./" || s.uses === DEFAULT_ACTION)) {
          steps++;
          for (const input of Object.keys(step.with ?? {}))
            expect(Object.keys(action.inputs)).toContain(input);
        }
      }
    }
    expect(steps).toBe(12);
  });
});
