// links --changed-since REF on real temporary git repositories: only the URLs a change adds are
// requested (counted by a loopback server), in the catalog and in markdown files named.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { identities, isUnchanged } from "../../src/links/changed.js";
import { markdownLinks } from "../../src/links/collect-markdown.js";
import { runMain } from "../helpers/main.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    res.writeHead(req.url?.startsWith("/gone") ? 404 : 200).end();
  });
});
afterAll(() => server.close());

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" },
  });
}

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-changed-"));
  git(dir, "init", "--quiet", "--initial-branch=main");
  git(dir, "config", "user.name", "Test");
  git(dir, "config", "user.email", "test@example.com");
  write(dir, files);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--message", "base");
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

type Lecture = [number, string, Record<string, string>];

function catalog(origin: string, lectures: Lecture[]): string {
  const lines = ["lectures:"];
  for (const [number, title, links] of lectures) {
    lines.push(`  - number: ${number}`, `    title: ${title}`);
    for (const [field, url] of Object.entries(links)) lines.push(`    ${field}: ${origin}${url}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The paths the server was asked for since `from`, sorted, each once. */
function requested(from: number): string[] {
  return [...new Set(server.requests.slice(from).map((r) => r.url))].sort();
}

const QUIET = { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined };

async function links(dir: string, ...args: string[]) {
  const from = server.requests.length;
  const run = await runMain(["links", "--no-cache", "--format", "json", ...args], { cwd: dir, env: QUIET });
  return { ...run, requested: requested(from) };
}

describe("syllabus links --changed-since", () => {
  test("a change to one lecture (and a new one) requests only their new URLs; moved lectures nothing", async () => {
    const o = server.origin;
    const dir = repository({
      "catalog.yaml": catalog(o, [
        [1, "Transformer", { video: "/l1/video", review: "/gone/l1-review" }],
        [2, "BERT", { video: "/l2/video", code: "/l2/code" }],
        [3, "GPT", { video: "/l3/video" }],
      ]),
    });
    // Lecture 2 gets a new video; lecture 4 is added (one new URL, one already in lecture 1);
    // lectures 1 and 3 swap places and lecture 1's broken review is left as it was.
    write(dir, {
      "catalog.yaml": catalog(o, [
        [3, "GPT", { video: "/l3/video" }],
        [2, "BERT", { video: "/l2/video-new", code: "/l2/code" }],
        [1, "Transformer", { video: "/l1/video", review: "/gone/l1-review" }],
        [4, "T5", { video: "/l4/video", review: "/l1/video" }],
      ]),
    });
    const run = await links(dir, "--changed-since", "HEAD");
    expect(run.requested).toEqual(["/l2/video-new", "/l4/video"]);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({
      links: 2,
      checked: 2,
      notChecked: 0,
      ok: 2,
      broken: 0,
      unverifiable: 0,
      cached: 0,
      warnings: 0,
      excluded: 0,
      failed: false,
      unchanged: 4,
      changedSince: "HEAD",
    });
    expect(report.links.map((l: { sources: { lecture: { number: number } }[] }) => l.sources)).toEqual([
      [
        {
          file: "catalog.yaml",
          line: 7,
          col: 12,
          lecture: { number: 2, title: "BERT" },
          field: "video",
          fragment: null,
          fragmentFound: null,
          warnings: [],
        },
      ],
      [
        {
          file: "catalog.yaml",
          line: 15,
          col: 12,
          lecture: { number: 4, title: "T5" },
          field: "video",
          fragment: null,
          fragmentFound: null,
          warnings: [],
        },
      ],
    ]);
    // The broken review predates the change: the pull request is not failed for it.
    expect(run.code).toBe(0);

    // A new broken link fails the run; without --changed-since every link is checked again.
    write(dir, {
      "catalog.yaml": catalog(o, [
        [1, "Transformer", { video: "/gone/l1-video", review: "/gone/l1-review" }],
      ]),
    });
    const broken = await links(dir, "--changed-since", "HEAD");
    expect(broken.requested).toEqual(["/gone/l1-video"]);
    expect(broken.code).toBe(1);
    const all = await links(dir);
    expect(all.requested).toEqual(["/gone/l1-review", "/gone/l1-video"]);
    expect(JSON.parse(all.stdout).summary).not.toHaveProperty("unchanged");
  });

  test("markdown files named: only their new links; a file new since the ref has all its links checked", async () => {
    const o = server.origin;
    const dir = repository({
      "catalog.yaml": catalog(o, [[1, "Transformer", { video: "/l1/video" }]]),
      "README.md": `# Course\n\n[a](${o}/md/a) [b](${o}/md/b)\n`,
    });
    write(dir, {
      "README.md": `# Course\n\n[a](${o}/md/a) [b](${o}/md/b) [c](${o}/md/c)\n`,
      "NOTES.md": `[n](${o}/md/n) [a](${o}/md/a)\n`,
    });
    const run = await links(dir, "--changed-since", "HEAD", "README.md", "NOTES.md");
    expect(run.requested).toEqual(["/md/a", "/md/c", "/md/n"]);
    const report = JSON.parse(run.stdout);
    // /md/a is unchanged in README.md but new in NOTES.md: checked, and reported there only.
    const a = report.links.find((l: { url: string }) => l.url === `${o}/md/a`);
    expect(a.sources.map((s: { file: string; line: number }) => `${s.file}:${s.line}`)).toEqual([
      "NOTES.md:1",
    ]);
    expect(report.summary.unchanged).toBe(1);
    expect(run.code).toBe(0);

    // With --catalog too, the unchanged catalog adds nothing.
    const both = await links(dir, "--changed-since", "HEAD", "--catalog", "catalog.yaml", "README.md");
    expect(both.requested).toEqual(["/md/c"]);
  });

  test("a relative ref (HEAD~1) and a branch name work like any git ref", async () => {
    const o = server.origin;
    const dir = repository({ "catalog.yaml": catalog(o, [[1, "Transformer", { video: "/r/one" }]]) });
    git(dir, "branch", "base");
    write(dir, { "catalog.yaml": catalog(o, [[1, "Transformer", { video: "/r/two" }]]) });
    git(dir, "commit", "--quiet", "--all", "--message", "two");
    write(dir, { "catalog.yaml": catalog(o, [[1, "Transformer", { video: "/r/two", code: "/r/three" }]]) });
    expect((await links(dir, "--changed-since", "HEAD")).requested).toEqual(["/r/three"]);
    expect((await links(dir, "--changed-since", "HEAD~1")).requested).toEqual(["/r/three", "/r/two"]);
    expect((await links(dir, "--changed-since", "base")).requested).toEqual(["/r/three", "/r/two"]);
  });

  test("an old catalog that is not valid counts as absent: every link checked, with a note", async () => {
    const o = server.origin;
    const dir = repository({ "catalog.yaml": "lectures:\n  - number: one\n" });
    write(dir, { "catalog.yaml": catalog(o, [[1, "Transformer", { video: "/inv/one" }]]) });
    const run = await links(dir, "--changed-since", "HEAD");
    expect(run.requested).toEqual(["/inv/one"]);
    expect(run.stderr).toBe(
      "syllabus: catalog.yaml: the version at HEAD is not a valid catalog; all its links count as changed\n",
    );
    expect(JSON.parse(run.stdout).summary.unchanged).toBe(0);
    expect(run.code).toBe(0);
  });

  test("not a git repository, or a ref it does not have: exit 2 with a hint, nothing requested", async () => {
    const o = server.origin;
    const plain = mkdtempSync(path.join(tmpdir(), "syllabus-nogit-"));
    write(plain, { "catalog.yaml": catalog(o, [[1, "Transformer", { video: "/err/one" }]]) });
    const notRepo = await links(plain, "--changed-since", "origin/main");
    expect(notRepo.code).toBe(2);
    expect(notRepo.stdout).toBe("");
    expect(notRepo.stderr).toBe(
      "syllabus: --changed-since origin/main: catalog.yaml is not in a git repository\n" +
        "  hint: run syllabus in a clone of the course repository, or leave out --changed-since\n",
    );
    expect(notRepo.requested).toEqual([]);

    const dir = repository({ "catalog.yaml": catalog(o, [[1, "Transformer", { video: "/err/one" }]]) });
    const unknown = await links(dir, "--changed-since", "origin/main");
    expect(unknown).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        "syllabus: --changed-since origin/main: no such commit in this repository",
        "  hint: the ref must be in the local clone; on GitHub Actions check out with fetch-depth: 0 " +
          "(or git fetch origin BRANCH) and pass e.g. origin/main",
        "",
      ].join("\n"),
      requested: [],
    });
    expect((await links(dir, "--changed-since", "--upload-pack=x")).code).toBe(2);
  });
});

describe("isUnchanged", () => {
  const base = (old: string) => ({
    ref: "main",
    byFile: new Map([["a.md", identities(markdownLinks(old, "a.md"))]]),
    notes: [],
  });
  const first = (text: string, file = "a.md") => {
    const [link] = markdownLinks(text, file);
    if (!link) throw new Error("no link");
    return link;
  };

  test("the same URL, written differently, is unchanged; another fragment, path or file is new", () => {
    const old = base("[x](https://example.org/page#intro)\n");
    expect(isUnchanged(old, first("[moved](HTTPS://Example.ORG:443/page#intro)"))).toBe(true);
    expect(isUnchanged(old, first("[x](https://example.org/page#usage)"))).toBe(false);
    expect(isUnchanged(old, first("[x](https://example.org/page)"))).toBe(false);
    expect(isUnchanged(old, first("[x](https://example.org/other#intro)"))).toBe(false);
    expect(isUnchanged(old, first("[x](https://example.org/page#intro)", "b.md"))).toBe(false);
    expect(isUnchanged(old, first("[x](mailto:a@example.org)"))).toBe(false);
  });
});
