// Trust at every edge of `syllabus links`: paths that leave the repository, malformed encodings,
// fragments per source, credentials and over-long URLs. Each through the CLI, exact output and exit code.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { githubTarget } from "../../src/links/providers/github.js";
import { repositoryRoot } from "../../src/links/targets.js";
import { runMain } from "../helpers/main.js";
import { type Handler, withServers } from "../helpers/server.js";

const NO_CI = { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined };

/** A git repository in a temporary folder, with the given files. */
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-edges-"));
  execFileSync("git", ["init", "-q", dir]);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const page: Handler = (req, res) => {
  if (req.url === "/ok") res.writeHead(200, { "content-type": "text/html" }).end('<h2 id="top">Top</h2>');
  else if (req.url === "/moved")
    res.writeHead(301, { location: `http://user:secret@${req.headers.host}/ok` }).end();
  else res.writeHead(404).end();
};

describe("local paths as GitHub resolves them", () => {
  test("/x from the repository root; a path leaving the repository is broken with its reason", async () => {
    const dir = repository({
      "docs/guide.md": "# Guide\n",
      "sub/page.md": [
        "[a](/etc/passwd)",
        "[b](../../../../../../../etc/passwd)",
        "[c](/docs/guide.md)",
        "[d](/docs/guide.md#guide)",
        "[e](../docs/guide.md)",
        "",
      ].join("\n"),
    });
    const result = await runMain(["links", "sub/page.md", "--no-cache"], { cwd: dir, env: NO_CI });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "sub/page.md",
        "sub/page.md:1:1: error: broken link: etc/passwd — no such file or folder in the working tree [links/broken]",
        "sub/page.md:2:1: error: broken link: /etc/passwd — the path leaves the repository; readers of the page on GitHub cannot follow it [links/broken]",
        "",
        "4 links checked: 2 ok, 2 broken, 0 unverifiable",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
    const json = await runMain(["links", "sub/page.md", "--no-cache", "--format", "json"], {
      cwd: dir,
      env: NO_CI,
    });
    const guide = JSON.parse(json.stdout).links.find(
      (l: { sources: { fragment: string | null }[] }) => l.sources[0]?.fragment === "guide",
    );
    expect(guide).toMatchObject({ verdict: "ok", reason: "heading #guide exists" });
    expect(guide.sources.map((x: { fragmentFound: boolean | null }) => x.fragmentFound)).toEqual([true]);
  });

  test("the repository root: the git top level, else the working directory, else the folder", () => {
    const git = repository({ "a/b/c.md": "" });
    expect(repositoryRoot(path.join(git, "a", "b"), tmpdir())).toBe(git);
    const plain = mkdtempSync(path.join(tmpdir(), "syllabus-plain-"));
    mkdirSync(path.join(plain, "x"));
    expect(repositoryRoot(path.join(plain, "x"), plain)).toBe(plain);
    expect(repositoryRoot(path.join(plain, "x"), git)).toBe(path.join(plain, "x"));
  });
});

describe("malformed or hostile percent-encoding is reported, never a crash (exit 3) nor a control character", () => {
  test("in a local fragment, a local path and a remote fragment", async () => {
    await withServers([page], async ([s]) => {
      const dir = repository({
        "page.md": [
          "# Page",
          "",
          "[x](./page.md#%E0%A4)",
          "[y](./%E0%A4.md)",
          `[z](${s?.origin}/ok#%zz)`,
          "[n](./a%00b%1B[31m.md)",
          "",
        ].join("\n"),
      });
      const result = await runMain(["links", "page.md", "--no-cache"], { cwd: dir, env: NO_CI });
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(
        [
          "page.md",
          "page.md:3:1: error: broken link: page.md#%E0%A4 — the fragment #%E0%A4 is not valid percent-encoding (UTF-8 expected) [links/broken]",
          "page.md:4:1: error: broken link: %E0%A4.md — no such file or folder in the working tree [links/broken]",
          `page.md:5:1: warning: ${s?.origin}/ok#%zz — the fragment #%zz is not valid percent-encoding (UTF-8 expected) [links/fragment]`,
          "page.md:6:1: error: broken link: a%00b%1B[31m.md — no such file or folder in the working tree [links/broken]",
          "",
          "4 links checked: 1 ok, 3 broken, 0 unverifiable (1 warning)",
          "",
        ].join("\n"),
      );
      expect(result.code).toBe(1);
    });
  });

  test("in a GitHub path, the provider keeps the text as written", () => {
    expect(githubTarget(new URL("https://github.com/o/r/blob/main/%E0%A4.md"))).toEqual({
      owner: "o",
      repo: "r",
      ref: "main",
      path: "%E0%A4.md",
    });
  });
});

describe("fragments are judged at their own source", () => {
  const lines = (origin: string, order: string[]) => order.map((f) => `[l](${origin}/ok${f})`).join("\n\n");

  test.each([
    [["#top", "#nothere", ""], 3],
    [["#nothere", "#top", ""], 1],
    [["", "#top", "#nothere"], 5],
  ])("in the order %j, only the source asking for #nothere is warned", async (order, line) => {
    await withServers([page], async ([s]) => {
      const origin = s?.origin ?? "";
      const dir = repository({ "README.md": `${lines(origin, order)}\n` });
      const text = await runMain(["links", "README.md", "--no-cache"], { cwd: dir, env: NO_CI });
      expect(text.stdout).toBe(
        [
          "README.md",
          `README.md:${line}:1: warning: ${origin}/ok#nothere — no anchor #nothere in the page (it may be added by scripts) [links/fragment]`,
          "",
          "1 link checked: 1 ok, 0 broken, 0 unverifiable (1 warning)",
          "",
        ].join("\n"),
      );
      expect(text.code).toBe(0);

      const github = await runMain(["links", "README.md", "--no-cache", "--format", "github"], {
        cwd: dir,
        env: NO_CI,
      });
      expect(github.stdout).toBe(
        `::warning file=README.md,line=${line},col=1,title=links/fragment::${origin}/ok#nothere — no anchor #nothere in the page (it may be added by scripts)\n`,
      );

      const json = JSON.parse(
        (await runMain(["links", "README.md", "--no-cache", "--format", "json"], { cwd: dir, env: NO_CI }))
          .stdout,
      );
      expect(json.summary.warnings).toBe(1);
      expect(json.links[0].warnings).toEqual([]);
      const found = { "#top": true, "#nothere": false, "": null } as Record<string, boolean | null>;
      expect(
        json.links[0].sources.map((x: { line: number; fragmentFound: unknown; warnings: string[] }) => [
          x.line,
          x.fragmentFound,
          x.warnings,
        ]),
      ).toEqual(
        order.map((f, i) => [
          2 * i + 1,
          found[f],
          f === "#nothere" ? ["no anchor #nothere in the page (it may be added by scripts)"] : [],
        ]),
      );

      const markdown = await runMain(["links", "README.md", "--no-cache", "--format", "markdown"], {
        cwd: dir,
        env: NO_CI,
      });
      const rows = markdown.stdout.split("\n").filter((l) => l.startsWith("| warning"));
      expect(rows).toEqual([
        `| warning | \`README.md:${line}:1\` | | <${origin}/ok#nothere> | no anchor #nothere in the page (it may be added by scripts) |`,
      ]);
    });
  });
});

describe("credentials never leave the checker; over-long URLs are refused", () => {
  test("a URL with a user and password is broken, not fetched, and redacted in every format", async () => {
    await withServers([page], async ([s]) => {
      const host = s?.origin.replace("http://", "") ?? "";
      const dir = repository({
        "README.md": `[in](http://user:secret@${host}/private)\n\n[moved](http://${host}/moved)\n`,
      });
      const cacheFile = path.join(dir, "cache.json");
      const outputs: string[] = [];
      for (const format of ["text", "json", "markdown", "github"]) {
        const result = await runMain(["links", "README.md", "--cache-file", cacheFile, "--format", format], {
          cwd: dir,
          env: NO_CI,
        });
        expect(result.code).toBe(1);
        outputs.push(result.stdout, result.stderr);
      }
      expect(outputs[0]).toBe(
        [
          "README.md",
          `README.md:1:1: error: broken link: http://***@${host}/private — the URL contains a user name or password, published with the page; remove them [links/broken]`,
          `README.md:3:1: warning: http://${host}/moved — permanent redirect to http://***@${host}/ok; update the link [links/redirected]`,
          "",
          "2 links checked: 1 ok, 1 broken, 0 unverifiable (1 warning)",
          "",
        ].join("\n"),
      );
      // The refused link is never fetched; the redirect's credentials are never sent.
      expect(s?.requests.filter((q) => q.url === "/private" || q.headers.authorization)).toEqual([]);
      for (const output of [...outputs, readFileSync(cacheFile, "utf8")]) {
        expect(output).not.toContain("secret");
        expect(output).not.toContain("user:");
      }
    });
  });

  test("a URL longer than 2048 characters is broken unchecked, and shown shortened", async () => {
    const long = `http://127.0.0.1:1/${"a".repeat(2100)}`;
    const dir = repository({ "README.md": `[long](${long})\n` });
    const result = await runMain(["links", "README.md", "--no-cache"], { cwd: dir, env: NO_CI });
    expect(result.stdout).toBe(
      [
        "README.md",
        `README.md:1:1: error: broken link: ${long.slice(0, 80)}… (2119 characters) — the URL is 2119 characters long, more than 2048; is it pasted twice or truncated? [links/broken]`,
        "",
        "1 link checked: 0 ok, 1 broken, 0 unverifiable",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
  });
});
