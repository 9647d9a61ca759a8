// The embedded catalog with no network at all: a clean, readable run, not a crash or 60 "broken".
import path from "node:path";
import { describe, expect, test } from "vitest";
import { linksCommand } from "../../src/cli/links.js";
import { ROOT } from "../helpers/cli.js";

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
});
