// On GitHub Actions (GITHUB_ACTIONS=true), data formats on stdout stay pure: `links --format json >
// links.json` is valid JSON; the annotations go to stderr, which the runner reads too.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runMain } from "../helpers/main.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer((req, res) => {
    res.writeHead(req.url === "/ok" ? 200 : 404).end();
  });
  dir = mkdtempSync(path.join(tmpdir(), "syllabus-ci-"));
  writeFileSync(
    path.join(dir, "catalog.yaml"),
    [
      "lectures:",
      "  - number: 1",
      "    title: Transformer",
      `    video: ${server.origin}/ok`,
      `    review: ${server.origin}/gone`,
      "",
    ].join("\n"),
  );
});
afterAll(() => server.close());

const ACTIONS = { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: undefined };

describe("links on GitHub Actions", () => {
  const annotation = () =>
    `::error file=catalog.yaml,line=5,col=13,title=links/broken::broken link in review: ${server.origin}/gone — HTTP 404: not found\n`;

  test("--format json: stdout parses as the JSON report; the annotation is on stderr", async () => {
    const run = await runMain(["links", "--format", "json", "--no-cache"], { cwd: dir, env: ACTIONS });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.summary.broken).toBe(1);
    expect(run.stderr).toBe(annotation());
  });

  test("--format markdown: stdout is the markdown report alone", async () => {
    const run = await runMain(["links", "--format", "markdown", "--no-cache"], { cwd: dir, env: ACTIONS });
    expect(
      run.stdout.startsWith("## syllabus links\n\n2 links checked: 1 ok, 1 broken, 0 unverifiable\n"),
    ).toBe(true);
    expect(run.stdout).not.toContain("::");
    expect(run.stderr).toBe(annotation());
  });

  test("--format github: the annotations are the data, on stdout, once", async () => {
    const run = await runMain(["links", "--format", "github", "--no-cache"], { cwd: dir, env: ACTIONS });
    expect(run).toEqual({ code: 1, stdout: annotation(), stderr: "" });
  });

  test("outside Actions: no annotations anywhere", async () => {
    const run = await runMain(["links", "--format", "json", "--no-cache"], {
      cwd: dir,
      env: { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined },
    });
    expect(JSON.parse(run.stdout).summary.failed).toBe(true);
    expect(run.stderr).toBe("");
  });
});
