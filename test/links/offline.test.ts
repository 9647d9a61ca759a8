// The embedded catalog with no network at all: a clean, readable run, not a crash or 60 "broken".
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { linksCommand } from "../../src/cli/links.js";
import { ROOT } from "../helpers/cli.js";
import { inDirectory } from "../helpers/main.js";

const noDns = (
  hostname: string,
  _options: unknown,
  callback: (error: NodeJS.ErrnoException | null) => void,
) => {
  const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  error.code = "ENOTFOUND";
  callback(error);
};

describe("links offline", () => {
  test("every remote link is unverifiable, said once; the run passes", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const code = await linksCommand(
      ["--catalog", path.join(ROOT, "catalog.yaml"), "--no-cache"],
      io,
      {},
      noDns as never,
    );
    expect(err).toEqual([]);
    expect(out.join("")).toBe(
      [
        "no network: host names do not resolve (not even github.com): 60 remote links not checked",
        "",
        "0 of 60 links checked; 60 remote links not checked (no network)",
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
  });

  test("local paths are still checked; the summary says how many links were tried and why not the rest", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-offline-"));
    writeFileSync(
      path.join(dir, "README.md"),
      "# Top\n\n[a](https://example.org/a) [b](https://example.org/b#x) [c](#top) [d](./gone.md)\n",
    );
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(`stderr: ${t}`) };
    await inDirectory(dir, async () => {
      const args = ["README.md", "--no-cache"];
      expect(await linksCommand(args, io, {}, noDns as never)).toBe(1);
      expect(out.join("")).toBe(
        [
          "no network: host names do not resolve (not even github.com): 2 remote links not checked",
          "",
          "README.md",
          "README.md:3:67: error: broken link: gone.md — no such file or folder in the working tree [links/broken]",
          "",
          "2 of 4 links checked: 1 ok, 1 broken, 0 unverifiable; 2 remote links not checked (no network)",
          "",
        ].join("\n"),
      );
      out.length = 0;
      await linksCommand([...args, "--format", "json"], io, {}, noDns as never);
      const { summary } = JSON.parse(out.join(""));
      expect(summary).toEqual({
        links: 4,
        checked: 2,
        notChecked: 2,
        ok: 1,
        broken: 1,
        unverifiable: 2,
        cached: 0,
        warnings: 0,
        excluded: 0,
        failed: true,
      });
    });
  });
});
