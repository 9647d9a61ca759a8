// checkLinks, the link check as a library call (what the CLI and `syllabus report` call): inputs in,
// the report model out, with the unchanged and shard filters applied before anything is requested.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { linkSettings } from "../../src/catalog/schema.js";
import { identities } from "../../src/links/changed.js";
import { markdownLinks } from "../../src/links/collect-markdown.js";
import { summarize } from "../../src/links/report/index.js";
import { checkLinks } from "../../src/links/run.js";
import { shardOf } from "../../src/links/shard.js";
import { type Handler, withServers } from "../helpers/server.js";

const settings = linkSettings.parse({ retries: 0 });
const dir = path.resolve("/course");

describe("checkLinks", () => {
  test("markdown inputs: each distinct URL checked once, reported at every place, counts in the model", async () => {
    await withServers([(req, res) => res.writeHead(req.url === "/a" ? 200 : 404).end()], async ([s]) => {
      const o = s?.origin ?? "";
      const text = `[a](${o}/a) [b](${o}/b)\n\n[again](${o}/a) [mail](mailto:x@example.org)\n`;
      const report = await checkLinks({ files: [{ text, display: "page.md", dir }], settings, env: {} });
      expect(report.entries.map((e) => [e.target.url, e.result.verdict, e.target.sources.length])).toEqual([
        [`${o}/a`, "ok", 2],
        [`${o}/b`, "broken", 1],
      ]);
      expect(report.skipped).toBe(1);
      expect(summarize(report)).toMatchObject({ links: 2, ok: 1, broken: 1, failed: true });
      expect(summarize(report)).not.toHaveProperty("unchanged");
      expect(s?.requests.map((r) => r.url).filter((u) => u === "/a")).toHaveLength(1);
    });
  });

  test("a base and a shard: links unchanged or in another shard are never requested", async () => {
    // Two loopback hosts that fall into different shards of 2.
    const hosts = ["127.0.0.2", "127.0.0.3"];
    expect(hosts.map((h) => shardOf({ kind: "remote", url: `http://${h}/` }, 2))).toEqual([2, 1]);
    const ok: Handler = (_req, res) => res.writeHead(200).end();
    await withServers(
      [ok],
      async ([two]) => {
        await withServers(
          [ok],
          async ([three]) => {
            const [o2, o3] = [two?.origin, three?.origin];
            const old = `[x](${o2}/old) [y](${o3}/old)\n`;
            const text = `[x](${o2}/old) [y](${o3}/old) [n](${o2}/new) [m](${o3}/new)\n`;
            const base = {
              ref: "main",
              byFile: new Map([["page.md", identities(markdownLinks(old, "page.md"))]]),
              notes: [],
            };
            const report = await checkLinks({
              files: [{ text, display: "page.md", dir }],
              settings,
              env: {},
              base,
              shard: { index: 2, count: 2 },
            });
            expect(report.entries.map((e) => e.target.url)).toEqual([`${o2}/new`]);
            expect(two?.requests.map((r) => r.url)).toEqual(["/new"]);
            expect(three?.requests).toEqual([]);
            expect(summarize(report)).toMatchObject({
              links: 1,
              unchanged: 1,
              changedSince: "main",
              shard: { index: 2, count: 2 },
            });
          },
          hosts[1],
        );
      },
      hosts[0],
    );
  });
});
