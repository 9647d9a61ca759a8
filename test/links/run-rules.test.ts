// checkLinks' inputs each doing what they say, on loopback: the catalog's links, a resolver, a cache,
// live progress, the fail list, exclude, and the shard and unchanged filters' counts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { linkSettings } from "../../src/catalog/schema.js";
import { LinkCache } from "../../src/links/cache.js";
import { identities } from "../../src/links/changed.js";
import { markdownLinks } from "../../src/links/collect-markdown.js";
import { type CheckLinksInput, checkLinks } from "../../src/links/run.js";
import { type Handler, withServers } from "../helpers/server.js";

const dir = path.resolve("/course");
const settings = linkSettings.parse({ retries: 0 });
const routes: Handler = (req, res) => res.writeHead(req.url?.startsWith("/gone") ? 404 : 200).end();

/** A resolver that knows only `names`, each at 127.0.0.1. */
function resolver(...names: string[]): CheckLinksInput["lookup"] {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (names.includes(hostname))
      return options.all
        ? callback(null, [{ address: "127.0.0.1", family: 4 }])
        : callback(null, "127.0.0.1", 4);
    const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
    error.code = "ENOTFOUND";
    callback(error);
  }) as unknown as CheckLinksInput["lookup"];
}

describe("checkLinks inputs", () => {
  test("a catalog: its video, code and review links are checked, with their lecture", async () => {
    await withServers([routes], async ([s]) => {
      const o = s?.origin ?? "";
      const text = [
        "lectures:",
        "  - number: 1",
        "    title: Transformer",
        `    video: ${o}/video`,
        `    code: ${o}/gone`,
        "",
      ].join("\n");
      const catalog = await loadCatalog(path.join(dir, "catalog.yaml"), text);
      const report = await checkLinks({ catalog, settings, env: {} });
      expect(
        report.entries.map((e) => [e.target.url, e.result.verdict, e.target.sources[0]?.lecture?.number]),
      ).toEqual([
        [`${o}/video`, "ok", 1],
        [`${o}/gone`, "broken", 1],
      ]);
    });
  });

  test("a resolver: host names are looked up through it, the network probe included", async () => {
    await withServers([routes], async ([s]) => {
      const port = new URL(s?.origin ?? "").port;
      const report = await checkLinks({
        files: [{ text: `[a](http://course.test:${port}/a)\n`, display: "page.md", dir }],
        settings,
        env: { SYLLABUS_DNS_PROBE: "probe.test" },
        lookup: resolver("course.test", "probe.test"),
      });
      expect(report.entries.map((e) => [e.result.verdict, e.result.reason])).toEqual([["ok", "HTTP 200"]]);
      expect(s?.requests.map((q) => q.url)).toEqual(["/a"]);
    });
  });

  test("a cache: written by one run, used by the next (nothing requested again)", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "syllabus-run-")), "links.json");
    await withServers([routes], async ([s]) => {
      const files = [{ text: `[a](${s?.origin}/a)\n`, display: "page.md", dir }];
      const first = await checkLinks({ files, settings, env: {}, cache: await LinkCache.open(file, 60_000) });
      const second = await checkLinks({
        files,
        settings,
        env: {},
        cache: await LinkCache.open(file, 60_000),
      });
      expect([first.entries[0]?.result.cached, second.entries[0]?.result.cached]).toEqual([undefined, true]);
      expect(s?.requests).toHaveLength(1);
    });
  });

  test("progress: told the number of targets, ticked once per result, stopped once at the end", async () => {
    await withServers([routes], async ([s]) => {
      const o = s?.origin ?? "";
      const events: string[] = [];
      let total = () => 0;
      const report = await checkLinks({
        files: [{ text: `[a](${o}/a) [b](${o}/gone) [again](${o}/a)\n`, display: "page.md", dir }],
        settings,
        env: {},
        progress: (count, inFlight) => {
          total = count;
          expect(inFlight()).toEqual(new Map());
          return { tick: () => events.push("tick"), stop: () => events.push("stop") };
        },
      });
      expect([report.entries.length, total(), events]).toEqual([2, 2, ["tick", "tick", "stop"]]);
    });
  });

  test("fail: the input's list wins over the settings' list; without it the settings' list holds", async () => {
    const files = [{ text: "[m](mailto:a@example.org)\n", display: "page.md", dir }];
    const strict = linkSettings.parse({ fail: ["broken", "unverifiable"] });
    expect((await checkLinks({ files, settings: strict, env: {}, fail: ["broken"] })).fail).toEqual([
      "broken",
    ]);
    expect((await checkLinks({ files, settings: strict, env: {} })).fail).toEqual(["broken", "unverifiable"]);
  });

  test("exclude: matching URLs are counted, never requested", async () => {
    await withServers([routes], async ([s]) => {
      const o = s?.origin ?? "";
      const report = await checkLinks({
        files: [{ text: `[a](${o}/a) [b](${o}/skip/b)\n`, display: "page.md", dir }],
        settings: linkSettings.parse({ retries: 0, exclude: ["/skip/"] }),
        env: {},
      });
      expect([report.entries.map((e) => e.target.url), report.excluded]).toEqual([[`${o}/a`], 1]);
      expect(s?.requests.map((q) => q.url)).toEqual(["/a"]);
    });
  });
});

describe("checkLinks filters", () => {
  test("a link that is not checked (mailto:) is counted in shard 1 only", async () => {
    const files = [{ text: "[m](mailto:a@example.org)\n", display: "page.md", dir }];
    const counts = await Promise.all(
      [1, 2].map(async (index) => {
        const report = await checkLinks({ files, settings, env: {}, shard: { index, count: 2 } });
        return [report.skipped, report.shard];
      }),
    );
    expect(counts).toEqual([
      [1, { index: 1, count: 2 }],
      [0, { index: 2, count: 2 }],
    ]);
  });

  test("a URL unchanged in one file but new in another is checked, and not counted unchanged", async () => {
    await withServers([routes], async ([s]) => {
      const o = s?.origin ?? "";
      const old = `[a](${o}/a) [b](${o}/b)\n`;
      const base = {
        ref: "main",
        byFile: new Map([["one.md", identities(markdownLinks(old, "one.md"))]]),
        notes: [],
      };
      const report = await checkLinks({
        files: [
          { text: old, display: "one.md", dir },
          { text: `[a](${o}/a)\n`, display: "two.md", dir },
        ],
        settings,
        env: {},
        base,
      });
      expect([report.entries.map((e) => e.target.url), report.unchanged, report.since]).toEqual([
        [`${o}/a`],
        1,
        "main",
      ]);
      expect(s?.requests.map((q) => q.url)).toEqual(["/a"]);
    });
  });

  test("without a base or a shard, the report says nothing of either", async () => {
    const report = await checkLinks({ files: [], settings, env: {} });
    expect(report).toEqual({ entries: [], excluded: 0, skipped: 0, fail: settings.fail });
  });
});
