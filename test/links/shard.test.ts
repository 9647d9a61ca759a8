// --shard I/N: every link in exactly one shard, a site's links together, the same split everywhere;
// and through the CLI, N shard runs together request every URL once, each host from one shard.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fnv1a, parseShard, shardOf, siteOf } from "../../src/links/shard.js";
import { runMain } from "../helpers/main.js";
import { startServer, type TestServer } from "../helpers/server.js";

const hostname = fc.domain();
const remote = (host: string, pathname = "/") => ({
  kind: "remote" as const,
  url: `https://${host}${pathname}`,
});

describe("shardOf", () => {
  test("each link is in exactly one shard of 1..N, and the same one on every call", () => {
    fc.assert(
      fc.property(hostname, fc.webPath(), fc.integer({ min: 1, max: 64 }), (host, pathname, count) => {
        const shard = shardOf(remote(host, pathname), count);
        expect(Number.isInteger(shard) && shard >= 1 && shard <= count).toBe(true);
        expect(shardOf(remote(host, pathname), count)).toBe(shard);
      }),
    );
  });

  test("every link of one host is in one shard, whatever its path, scheme or port", () => {
    fc.assert(
      fc.property(hostname, fc.webPath(), fc.webPath(), fc.integer({ min: 2, max: 64 }), (host, a, b, n) => {
        expect(shardOf({ kind: "remote", url: `http://${host}:8080${a}` }, n)).toBe(
          shardOf(remote(host, b), n),
        );
      }),
    );
  });

  test("a site's hosts share a shard: www., m., api. and a provider's short hosts", () => {
    expect(siteOf("www.bilibili.com")).toBe("bilibili.com");
    expect(siteOf("m.bilibili.com")).toBe("bilibili.com");
    expect(siteOf("api.bilibili.com")).toBe("bilibili.com");
    expect(siteOf("api.github.com")).toBe("github.com");
    expect(siteOf("youtu.be")).toBe("youtube.com");
    expect(siteOf("www.youtube-nocookie.com")).toBe("youtube.com");
    expect(siteOf("music.youtube.com")).toBe("youtube.com");
    expect(siteOf("mp.weixin.qq.com")).toBe("mp.weixin.qq.com");
    expect(siteOf("www.com")).toBe("www.com");
    expect(siteOf("GitHub.com.")).toBe("github.com");
    for (let n = 2; n <= 16; n++) {
      expect(shardOf(remote("youtu.be", "/dQw4w9WgXcQ"), n)).toBe(
        shardOf(remote("www.youtube.com", "/watch?v=dQw4w9WgXcQ"), n),
      );
    }
  });

  test("local paths are all in shard 1; one shard is everything", () => {
    expect(shardOf({ kind: "local", url: "/srv/course/notes.md" }, 7)).toBe(1);
    expect(shardOf(remote("example.org"), 1)).toBe(1);
  });

  test("the split does not depend on the machine: FNV-1a, pinned", () => {
    // The published FNV-1a test vectors, and one site: a change here re-deals every shard.
    expect([fnv1a(""), fnv1a("a"), fnv1a("foobar")]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
    expect(shardOf(remote("github.com"), 3)).toBe((fnv1a("github.com") % 3) + 1);
    expect(shardOf(remote("github.com"), 3)).toBe(3);
  });

  test("many hosts spread over every shard", () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) {
      const shard = shardOf(remote(`host${i}.example`), 4);
      counts[shard - 1] = (counts[shard - 1] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(60);
  });
});

describe("parseShard", () => {
  test("I/N with 1 ≤ I ≤ N", () => {
    expect(parseShard("1/1")).toEqual({ index: 1, count: 1 });
    expect(parseShard("3/4")).toEqual({ index: 3, count: 4 });
    expect(parseShard(" 2 / 8 ")).toEqual({ index: 2, count: 8 });
    for (const wrong of ["0/4", "5/4", "1/0", "2", "a/b", "1/4/2", "-1/4", "1.5/4", ""]) {
      expect(parseShard(wrong)).toBeUndefined();
    }
  });
});

describe("syllabus links --shard", () => {
  test("the shards of one catalog request every URL once together, each host from one shard", async () => {
    // Five loopback hosts (IP literals: no DNS probe); with 3 shards they fall into all three.
    const hosts = ["127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"];
    const servers: TestServer[] = [];
    let shardNow = 0;
    const seenBy = new Map<string, Set<number>>();
    try {
      for (const host of hosts) {
        servers.push(
          await startServer((req, res) => {
            const set = seenBy.get(host) ?? new Set<number>();
            set.add(shardNow);
            seenBy.set(host, set);
            res.writeHead(req.url?.endsWith("/gone") ? 404 : 200).end();
          }, host),
        );
      }
      const dir = mkdtempSync(path.join(tmpdir(), "syllabus-shard-"));
      const lectures = servers.flatMap((s, i) => [
        `  - number: ${i + 1}`,
        `    title: Lecture ${i + 1}`,
        `    video: ${s.origin}/video`,
        `    review: ${s.origin}/${i === 0 ? "gone" : "review"}`,
      ]);
      writeFileSync(path.join(dir, "catalog.yaml"), ["lectures:", ...lectures, ""].join("\n"));

      const summaries: unknown[] = [];
      const codes: number[] = [];
      const checked: string[] = [];
      for (shardNow = 1; shardNow <= 3; shardNow++) {
        const run = await runMain(["links", "--shard", `${shardNow}/3`, "--format", "json", "--no-cache"], {
          cwd: dir,
          env: { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined },
        });
        const report = JSON.parse(run.stdout);
        summaries.push(report.summary.shard);
        codes.push(run.code);
        checked.push(...report.links.map((l: { url: string }) => l.url));
      }
      const all = servers.flatMap((s) => [
        `${s.origin}/video`,
        `${s.origin}/${s === servers[0] ? "gone" : "review"}`,
      ]);
      expect(checked.sort()).toEqual(all.sort());
      // Every URL reached its server (a 404 to HEAD is asked again with GET, so URLs, not requests).
      expect(servers.map((s) => [...new Set(s.requests.map((r) => r.url))].sort())).toEqual(
        servers.map((_, i) => ["/video", i === 0 ? "/gone" : "/review"].sort()),
      );
      for (const host of hosts) expect(seenBy.get(host)?.size).toBe(1);
      expect(new Set(hosts.map((h) => [...(seenBy.get(h) ?? [])][0]))).toEqual(new Set([1, 2, 3]));
      expect(summaries).toEqual([
        { index: 1, count: 3 },
        { index: 2, count: 3 },
        { index: 3, count: 3 },
      ]);
      // Only the shard holding 127.0.0.2/gone fails.
      const failing = shardOf(remote(hosts[0] ?? ""), 3);
      expect(codes).toEqual([1, 2, 3].map((i) => (i === failing ? 1 : 0)));
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  test("a wrong --shard is a usage error (exit 2) that shows the form", async () => {
    const run = await runMain(["links", "--shard", "4/3"]);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'syllabus: --shard takes I/N with 1 ≤ I ≤ N (e.g. --shard 2/4); got "4/3"\nRun: syllabus links --help\n',
    });
  });
});
