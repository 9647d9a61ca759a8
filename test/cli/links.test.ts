// syllabus links as a subprocess, against loopback servers: formats, exit codes, CI integration.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LINKS_HELP } from "../../src/cli/help.js";
import { runCli } from "../helpers/cli.js";
import { type Handler, withServers } from "../helpers/server.js";

const site: Handler = (req, res) => {
  if (req.url === "/ok") res.writeHead(200).end();
  else if (req.url === "/limited") res.writeHead(429, { "retry-after": "0" }).end();
  else res.writeHead(404).end();
};

function course(origin: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-links-"));
  mkdirSync(path.join(dir, "present"));
  writeFileSync(
    path.join(dir, "catalog.yaml"),
    [
      "links:",
      "  retries: 1",
      "  retryAfterMax: 100",
      "  timeouts: { connect: 1000, headers: 1000, body: 1000 }",
      "lectures:",
      "  - number: 1",
      "    title: Transformer",
      `    video: ${origin}/ok`,
      "    code: ./present/",
      `    review: ${origin}/gone`,
      "  - number: 2",
      "    title: BERT",
      `    video: ${origin}/limited`,
      "    code: ./absent/",
      `    review: ${origin}/ok`,
      "",
    ].join("\n"),
  );
  return dir;
}

describe("syllabus links", () => {
  test("text: findings grouped by lecture with file:line:col; exit 1 for a broken link", async () => {
    await withServers([site], async ([s]) => {
      const dir = course(s?.origin ?? "");
      const result = await runCli(["links"], {
        cwd: dir,
        env: { GITHUB_ACTIONS: "", GITHUB_STEP_SUMMARY: "" },
      });
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(
        [
          "lecture 1 · Transformer",
          `catalog.yaml:10:13: error: broken link in review: ${s?.origin}/gone — HTTP 404: not found [links/broken]`,
          "",
          "lecture 2 · BERT",
          `catalog.yaml:13:12: warning: unverifiable link in video: ${s?.origin}/limited — rate limited (HTTP 429) after 3 attempts [links/unverifiable]`,
          "catalog.yaml:14:11: error: broken link in code: absent — no such file or folder in the working tree [links/broken]",
          "",
          "5 links checked: 2 ok, 2 broken, 1 unverifiable",
          "",
        ].join("\n"),
      );
      expect(result.code).toBe(1);
      // /ok is checked once although two lectures link it.
      expect(s?.requests.filter((q) => q.url === "/ok")).toHaveLength(1);
    });
  });

  test("json: the documented schema; --fail-on decides the exit code", async () => {
    await withServers([site], async ([s]) => {
      const dir = course(s?.origin ?? "");
      const result = await runCli(
        ["links", "--format", "json", "--fail-on", "broken,unverifiable", "--no-cache"],
        {
          cwd: dir,
        },
      );
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout);
      expect(report.version).toBe(1);
      expect(report.summary).toEqual({
        links: 5,
        checked: 5,
        notChecked: 0,
        ok: 2,
        broken: 2,
        unverifiable: 1,
        cached: 0,
        warnings: 0,
        excluded: 0,
        failed: true,
      });
      const ok = report.links.find((l: { url: string }) => l.url === `${s?.origin}/ok`);
      expect(ok).toMatchObject({
        kind: "remote",
        verdict: "ok",
        status: 200,
        reason: "HTTP 200",
        attempts: 1,
        cached: false,
      });
      expect(ok.sources).toEqual([
        {
          file: "catalog.yaml",
          line: 8,
          col: 12,
          lecture: { number: 1, title: "Transformer" },
          field: "video",
          fragment: null,
          fragmentFound: null,
          warnings: [],
        },
        {
          file: "catalog.yaml",
          line: 15,
          col: 13,
          lecture: { number: 2, title: "BERT" },
          field: "review",
          fragment: null,
          fragmentFound: null,
          warnings: [],
        },
      ]);
    });
  });

  test("on GitHub Actions: the text report's problem lines are the annotations (no second set on stderr), and a job summary", async () => {
    await withServers([site], async ([s]) => {
      const dir = course(s?.origin ?? "");
      const summary = path.join(dir, "summary.md");
      writeFileSync(summary, "# Earlier step\n");
      const result = await runCli(["links", "--no-cache"], {
        cwd: dir,
        env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(
        /^lecture 1 · Transformer\ncatalog\.yaml:10:13: error: broken link in review: .*\/gone — HTTP 404: not found \[links\/broken\]\n/,
      );
      expect(result.stdout).not.toContain("::");
      const written = readFileSync(summary, "utf8");
      expect(
        written.startsWith(
          "# Earlier step\n## syllabus links\n\n5 links checked: 2 ok, 2 broken, 1 unverifiable\n",
        ),
      ).toBe(true);
      expect(written).toContain(
        `| broken | \`catalog.yaml:10:13\` | 1 Transformer (review) | <${s?.origin}/gone> | HTTP 404: not found |`,
      );
    });
  });

  test("markdown files: every link of each file, relative paths and fragments in the working tree", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-links-"));
    writeFileSync(
      path.join(dir, "README.md"),
      "# Top\n\n[ok](#top) [bad](#nope) [file](./other.md#part)\n\n`[code](./nowhere.md)`\n",
    );
    writeFileSync(path.join(dir, "other.md"), "# Other\n\n## Part\n");
    const result = await runCli(["links", "README.md"], { cwd: dir });
    expect(result.stdout).toBe(
      [
        "README.md",
        "README.md:3:12: error: broken link: README.md#nope — no heading or anchor #nope in the file [links/broken]",
        "",
        "3 links checked: 2 ok, 1 broken, 0 unverifiable",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
  });

  test("bad usage and bad settings exit 2 with the fix", async () => {
    expect(await runCli(["links", "--help"])).toEqual({ code: 0, stdout: LINKS_HELP, stderr: "" });
    expect((await runCli(["links", "--format", "xml"])).stderr).toBe(
      'syllabus: unknown format "xml"; use one of text, json, markdown, github\n',
    );
    expect((await runCli(["links", "--fail-on", "borken"])).code).toBe(2);
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-links-"));
    writeFileSync(path.join(dir, "catalog.yaml"), "links:\n  exclude: ['(unclosed']\nlectures: []\n");
    expect(await runCli(["links"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        'catalog.yaml:2:13: error: "exclude": not a valid regular expression: "(unclosed" [bad-pattern]',
        "  hint: fix the regular expression; escape ( ) [ ] . with a backslash to match them literally",
        "1 problem found; nothing was written.",
        "",
      ].join("\n"),
    });
  });
});
