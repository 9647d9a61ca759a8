// syllabus report's own arguments, in-process: counts of runs, the date, what --issue needs, and the
// links into the repository and the run built from the runner's variables.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { REPORT_HELP } from "../../src/cli/help.js";
import { main } from "../../src/cli/main.js";
import { runMain } from "../helpers/main.js";

const dir = mkdtempSync(path.join(tmpdir(), "syllabus-report-args-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const results = path.join(dir, "results.json");
const source = {
  file: "catalog.yaml",
  line: 4,
  col: 12,
  lecture: { number: 7, title: "RLHF" },
  field: "video",
  fragment: null,
};
writeFileSync(
  results,
  JSON.stringify({
    version: 1,
    links: [
      {
        url: "https://e.org/a",
        kind: "remote",
        verdict: "broken",
        status: 404,
        reason: "HTTP 404",
        sources: [source],
      },
      {
        url: "https://e.org/b",
        kind: "remote",
        verdict: "unverifiable",
        status: null,
        reason: "connect timeout",
        sources: [],
      },
    ],
  }),
);
/** No runner variables of this process leak into a call. */
const quiet = {
  GITHUB_TOKEN: undefined,
  GITHUB_REPOSITORY: undefined,
  GITHUB_SHA: undefined,
  GITHUB_RUN_ID: undefined,
  GITHUB_SERVER_URL: undefined,
  GITHUB_STEP_SUMMARY: undefined,
};
const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  runMain(["report", results, "--date", "2026-01-02", ...args], { env: { ...quiet, ...env } });

describe("syllabus report: arguments", () => {
  test.each(["0", "-1", "1.5", "abc", ""])("--confirm-after %j is a usage error", async (value) => {
    expect(await run([`--confirm-after=${value}`])).toEqual({
      code: 2,
      stdout: "",
      stderr: `syllabus: --confirm-after takes a whole number of runs, 1 or more; got "${value}"\n`,
    });
  });

  test("--unverifiable-after is checked the same way", async () => {
    expect((await run(["--unverifiable-after", "0"])).stderr).toBe(
      'syllabus: --unverifiable-after takes a whole number of runs, 1 or more; got "0"\n',
    );
  });

  test("--confirm-after 1: a timeout is broken on its first run", async () => {
    const { code, stdout } = await run(["--confirm-after", "1", "--fail-on-broken"]);
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(
      "**2 broken links (2 new)** — 2 links checked on 2026-01-02: 0 ok, 1 broken, 1 unverifiable.",
    );
  });

  test("--unverifiable-after 1: lists an unverifiable link on its first night", async () => {
    const walled = path.join(dir, "walled.json");
    writeFileSync(
      walled,
      JSON.stringify({
        version: 1,
        links: [
          {
            url: "https://w.org/",
            kind: "remote",
            verdict: "unverifiable",
            status: 403,
            reason: "bot wall",
            sources: [],
          },
        ],
      }),
    );
    const { stdout } = await runMain(
      ["report", walled, "--date", "2026-01-02", "--unverifiable-after", "1"],
      {
        env: quiet,
      },
    );
    expect(stdout).toContain("### Unverifiable for 1 nights or more (1)");
  });

  test.each(["2026-1-2", "2026-13-01", "yesterday", "2026-01-02x"])(
    "--date %j is a usage error",
    async (date) => {
      expect(await runMain(["report", results, "--date", date], { env: quiet })).toEqual({
        code: 2,
        stdout: "",
        stderr: `syllabus: --date takes YYYY-MM-DD, got "${date}"\n`,
      });
    },
  );

  test("without --date, tonight is today (UTC)", async () => {
    const { stdout } = await runMain(["report", results], { env: quiet });
    expect(stdout.split("\n")[0]).toContain(` checked on ${new Date().toISOString().slice(0, 10)}:`);
  });

  test("--issue without GITHUB_TOKEN and GITHUB_REPOSITORY names both; with one, the other", async () => {
    expect((await run(["--issue"])).stderr).toBe(
      `syllabus: report --issue needs GITHUB_TOKEN and GITHUB_REPOSITORY (in a workflow: env: GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }})\n`,
    );
    expect((await run(["--issue"], { GITHUB_TOKEN: "t" })).stderr).toBe(
      `syllabus: report --issue needs GITHUB_REPOSITORY (in a workflow: env: GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }})\n`,
    );
  });

  test("without --fail-on-broken a broken link still exits 0", async () => {
    expect((await run([])).code).toBe(0);
  });

  test("lines link to the file at the commit (GITHUB_SHA), on the given server, without a trailing slash", async () => {
    const { stdout } = await run([], {
      GITHUB_REPOSITORY: "o/r",
      GITHUB_SHA: "abc123",
      GITHUB_SERVER_URL: "https://ghe.example//",
    });
    expect(stdout).toContain("[catalog.yaml:4](https://ghe.example/o/r/blob/abc123/catalog.yaml#L4)");
  });

  test("without GITHUB_SHA or GITHUB_REPOSITORY, lines are plain text; github.com is the default server", async () => {
    expect(await run([], { GITHUB_REPOSITORY: "o/r" })).toMatchObject({ code: 0 });
    expect((await run([], { GITHUB_REPOSITORY: "o/r" })).stdout).toContain("| catalog.yaml:4 |");
    expect((await run([], { GITHUB_SHA: "abc" })).stdout).toContain("| catalog.yaml:4 |");
    expect((await run([], { GITHUB_REPOSITORY: "o/r", GITHUB_SHA: "abc" })).stdout).toContain(
      "(https://github.com/o/r/blob/abc/catalog.yaml#L4)",
    );
  });

  test("--help prints REPORT_HELP", async () => {
    expect(await runMain(["report", "--help"])).toEqual({ code: 0, stdout: REPORT_HELP, stderr: "" });
  });

  test("no file and no stdin to read: a usage error naming what report reads", async () => {
    expect(await runMain(["report", "--date", "2026-01-02"], { env: quiet })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: report reads the results of syllabus links --format json from files or stdin; none was given\nRun: syllabus report --help\n",
    });
  });

  test("- (or no file) reads stdin, named stdin in messages", async () => {
    const io = (input: string) => {
      const out: string[] = [];
      const err: string[] = [];
      return {
        out,
        err,
        io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin: async () => input },
      };
    };
    const empty = io("");
    expect(await main(["report", "-", "--date", "2026-01-02"], empty.io)).toBe(2);
    expect(empty.err).toEqual([
      "syllabus: stdin: empty; expected the output of syllabus links --format json",
    ]);
    const piped = io(readFileSync(results, "utf8"));
    expect(await main(["report", "--date", "2026-01-02"], piped.io)).toBe(0);
    expect(piped.out[0]?.split("\n")[0]).toBe(
      "**1 broken link (1 new)** · 1 suspect — 2 links checked on 2026-01-02: 0 ok, 1 broken, 1 unverifiable.",
    );
  });

  test("a missing results file is named", async () => {
    const missing = path.join(dir, "missing.json");
    expect((await runMain(["report", missing], { env: quiet })).stderr).toBe(
      `syllabus: ${missing}: results file does not exist\n`,
    );
  });

  test("lectures are named by --lecture-label, else by the catalog's table.number, else 第{zh}讲", async () => {
    expect((await run(["--lecture-label", "L{n}"])).stdout).toContain("| L7 RLHF | video |");
    expect((await run([])).stdout).toContain("| 第七讲 RLHF | video |");
    const catalog = path.join(dir, "catalog.yaml");
    writeFileSync(catalog, "table:\n  number: Lecture {n}\nlectures:\n  - number: 7\n    title: RLHF\n");
    expect((await run(["--catalog", catalog])).stdout).toContain("| Lecture 7 RLHF | video |");
  });

  test("the report is appended to the job summary when GITHUB_STEP_SUMMARY is set", async () => {
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, "before\n");
    const { stdout } = await run([], { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, "utf8")).toBe(`before\n${stdout}`);
  });

  test("--fail-on-broken with nothing broken exits 0", async () => {
    const fine = path.join(dir, "fine.json");
    writeFileSync(
      fine,
      JSON.stringify({
        version: 1,
        links: [
          {
            url: "https://ok.org/",
            kind: "remote",
            verdict: "ok",
            status: 200,
            reason: "HTTP 200",
            sources: [],
          },
        ],
      }),
    );
    expect(
      (await runMain(["report", fine, "--date", "2026-01-02", "--fail-on-broken"], { env: quiet })).code,
    ).toBe(0);
  });
});
