// syllabus links in-process (main), against loopback servers: formats, exit codes, CI integration,
// usage errors and the options that choose what is checked.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LINKS_HELP } from "../../src/cli/help.js";
import { runMain } from "../helpers/main.js";
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
      const result = await runMain(["links"], {
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
      const result = await runMain(
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
      const result = await runMain(["links", "--no-cache"], {
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
    const result = await runMain(["links", "README.md"], { cwd: dir });
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
    expect(await runMain(["links", "--help"])).toEqual({ code: 0, stdout: LINKS_HELP, stderr: "" });
    expect((await runMain(["links", "--format", "xml"])).stderr).toBe(
      'syllabus: unknown format "xml"; use one of text, json, markdown, github\n',
    );
    expect((await runMain(["links", "--fail-on", "borken"])).code).toBe(2);
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-links-"));
    writeFileSync(path.join(dir, "catalog.yaml"), "links:\n  exclude: ['(unclosed']\nlectures: []\n");
    expect(await runMain(["links"], { cwd: dir })).toEqual({
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

describe("syllabus links: what is checked, and how the options are read", () => {
  const page = (origin: string) => `[ok](${origin}/ok) [skip](${origin}/skip/me)\n`;
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-links-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }
  const catalogWith = (origin: string) =>
    [
      "links:",
      "  exclude: ['/skip/']",
      "lectures:",
      "  - number: 1",
      "    title: A",
      `    video: ${origin}/gone`,
      "",
    ].join("\n");
  const NO_CI = { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined };

  test("files named: only their links are checked, with the catalog's settings (its exclude) applied", async () => {
    await withServers([site], async ([s]) => {
      const o = s?.origin ?? "";
      const dir = folder({ "catalog.yaml": catalogWith(o), "README.md": page(o) });
      const run = await runMain(["links", "README.md", "--format", "json"], { cwd: dir, env: NO_CI });
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.links.map((l: { url: string }) => l.url)).toEqual([`${o}/ok`]);
      expect(report.summary).toMatchObject({ links: 1, ok: 1, excluded: 1, failed: false });
      expect(s?.requests.map((q) => q.url)).toEqual(["/ok"]);
    });
  });

  test("files named with --catalog: the catalog's links are checked too", async () => {
    await withServers([site], async ([s]) => {
      const o = s?.origin ?? "";
      const dir = folder({ "catalog.yaml": catalogWith(o), "README.md": page(o) });
      const run = await runMain(["links", "--catalog", "catalog.yaml", "README.md", "--format", "json"], {
        cwd: dir,
        env: NO_CI,
      });
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).links.map((l: { url: string }) => l.url)).toEqual([
        `${o}/gone`,
        `${o}/ok`,
      ]);
    });
  });

  test("files named and no catalog: default settings, nothing excluded, no error", async () => {
    await withServers([site], async ([s]) => {
      const o = s?.origin ?? "";
      const dir = folder({ "README.md": page(o) });
      const run = await runMain(["links", "README.md", "--format", "json"], { cwd: dir, env: NO_CI });
      expect(JSON.parse(run.stdout).summary).toMatchObject({ links: 2, ok: 1, broken: 1, excluded: 0 });
      expect([run.code, run.stderr]).toEqual([1, ""]);
    });
  });

  test("--fail-on takes verdicts separated by commas (spaces allowed) and names a wrong one", async () => {
    await withServers([site], async ([s]) => {
      const o = s?.origin ?? "";
      const dir = folder({ "README.md": `[limited](${o}/limited)\n` });
      const options = { cwd: dir, env: NO_CI };
      const lenient = await runMain(["links", "README.md", "--no-cache"], options);
      const strict = await runMain(["links", "README.md", "--fail-on", "broken, unverifiable"], options);
      expect([lenient.code, strict.code]).toEqual([0, 1]);
      expect(await runMain(["links", "README.md", "--fail-on", "broken,borken"], options)).toEqual({
        code: 2,
        stdout: "",
        stderr: 'syllabus: --fail-on takes broken and/or unverifiable, comma-separated; got "borken"\n',
      });
    });
  }, 30_000);

  test("--shard must be I/N with 1 ≤ I ≤ N: exit 2 with an example, nothing checked", async () => {
    for (const shard of ["3/2", "0/2", "x"]) {
      expect(await runMain(["links", "--shard", shard])).toEqual({
        code: 2,
        stdout: "",
        stderr: `syllabus: --shard takes I/N with 1 ≤ I ≤ N (e.g. --shard 2/4); got "${shard}"\nRun: syllabus links --help\n`,
      });
    }
  });

  test("--cache-file: results are kept there and used by the next run; --no-cache neither reads nor writes", async () => {
    await withServers([site], async ([s]) => {
      const o = s?.origin ?? "";
      const dir = folder({ "README.md": `[ok](${o}/ok)\n` });
      const cache = path.join(dir, "cache.json");
      const options = { cwd: dir, env: NO_CI };
      await runMain(["links", "README.md", "--no-cache", "--cache-file", cache], options);
      expect(existsSync(cache)).toBe(false);
      await runMain(["links", "README.md", "--cache-file", cache], options);
      expect(existsSync(cache)).toBe(true);
      const again = await runMain(["links", "README.md", "--cache-file", cache, "--format", "json"], options);
      expect(JSON.parse(again.stdout).summary).toMatchObject({ ok: 1, cached: 1 });
      expect(s?.requests).toHaveLength(2);
    });
  });

  test("all links ok: exit 0, and no job summary written when GITHUB_STEP_SUMMARY is not set", async () => {
    await withServers([site], async ([s]) => {
      const dir = folder({ "README.md": `[ok](${s?.origin}/ok)\n` });
      const run = await runMain(["links", "README.md"], { cwd: dir, env: NO_CI });
      expect(run).toEqual({
        code: 0,
        stdout: "1 link checked: 1 ok, 0 broken, 0 unverifiable\n",
        stderr: "",
      });
    });
  });

  test("without --cache-file the cache lives in the project's node_modules/.cache/syllabus/links.json", async () => {
    await withServers([site], async ([s]) => {
      const dir = folder({ "README.md": `[ok](${s?.origin}/ok)\n` });
      mkdirSync(path.join(dir, "node_modules"));
      await runMain(["links", "README.md"], { cwd: dir, env: NO_CI });
      const cache = JSON.parse(
        readFileSync(path.join(dir, "node_modules/.cache/syllabus/links.json"), "utf8"),
      );
      expect(Object.keys(cache.entries)).toEqual([`${s?.origin}/ok`]);
    });
  });

  test("an unknown option is a usage error that points to this command's help", async () => {
    const run = await runMain(["links", "--bogus"]);
    expect([run.code, run.stdout, run.stderr.split("\n").at(-2)]).toEqual([
      2,
      "",
      "Run: syllabus links --help",
    ]);
  });

  test("a markdown file named that does not exist: exit 2, named as a markdown file", async () => {
    const dir = folder({});
    expect(await runMain(["links", "nothere.md"], { cwd: dir, env: NO_CI })).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: nothere.md: markdown file does not exist\n",
    });
  });

  test("--shard 1/1 is every link, and the report says which shard it is", async () => {
    await withServers([site], async ([s]) => {
      const dir = folder({ "README.md": `[ok](${s?.origin}/ok)\n` });
      const run = await runMain(["links", "README.md", "--shard", "1/1", "--format", "json"], {
        cwd: dir,
        env: NO_CI,
      });
      expect(JSON.parse(run.stdout).summary).toMatchObject({
        links: 1,
        ok: 1,
        shard: { index: 1, count: 1 },
      });
    });
  });

  test("on GitHub Actions with nothing to annotate, nothing is written to stderr", async () => {
    await withServers([site], async ([s]) => {
      const dir = folder({ "README.md": `[ok](${s?.origin}/ok)\n` });
      const run = await runMain(["links", "README.md", "--format", "json"], {
        cwd: dir,
        env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: undefined },
      });
      expect([run.code, run.stderr]).toEqual([0, ""]);
    });
  });
});
