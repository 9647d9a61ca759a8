// The real bin reading results from its standard input (the in-process tests pass their own reader).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { BIN, type CliResult, ROOT } from "../helpers/cli.js";

function runWithStdin(args: string[], input: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, GITHUB_STEP_SUMMARY: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

test("syllabus links --format json | syllabus report: the results come through stdin", async () => {
  const results = readFileSync(path.join(ROOT, "test/fixtures/report/night-1.json"), "utf8");
  const piped = await runWithStdin(["report", "--date", "2026-11-27"], results);
  expect(piped.code).toBe(0);
  expect(piped.stderr).toBe("");
  expect(piped.stdout.split("\n")[0]).toBe(
    "**2 broken links (2 new)** · 1 suspect — 7 links checked on 2026-11-27: 3 ok, 2 broken, 2 unverifiable.",
  );
  expect(await runWithStdin(["report", "-"], "")).toEqual({
    code: 2,
    stdout: "",
    stderr: "syllabus: stdin: empty; expected the output of syllabus links --format json\n",
  });
});
