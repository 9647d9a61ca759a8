// The catalog's `links:` settings that change verdicts, set for real (parsed by the schema, through
// checkLinks) against a loopback server: accept, include and bodyCap.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { linkSettings } from "../../src/catalog/schema.js";
import { checkLinks } from "../../src/links/run.js";
import { type Handler, withServers } from "../helpers/server.js";

const dir = path.resolve("/course");

const routes: Handler = (req, res) => {
  if (req.url === "/forbidden") return res.writeHead(403).end();
  if (req.url === "/long") {
    // The anchor sits after 8 KiB of text.
    return res
      .writeHead(200, { "content-type": "text/html" })
      .end(`<p>${"x".repeat(8192)}</p><h2 id="late">L</h2>`);
  }
  res.writeHead(200, { "content-type": "text/html" }).end('<h2 id="early">E</h2>');
};

async function run(text: string, settings: object) {
  let requests: string[] = [];
  let verdicts: [string, string, string][] = [];
  let report: Awaited<ReturnType<typeof checkLinks>> | undefined;
  await withServers([routes], async ([s]) => {
    const o = s?.origin ?? "";
    report = await checkLinks({
      files: [{ text: text.replaceAll("ORIGIN", o), display: "page.md", dir }],
      settings: linkSettings.parse({ retries: 0, ...settings }),
      env: {},
    });
    requests = s?.requests.map((r) => `${r.method} ${r.url}`) ?? [];
    verdicts = report.entries.map((e) => [e.target.url.replace(o, ""), e.result.verdict, e.result.reason]);
  });
  return { requests, verdicts, report };
}

describe("links settings", () => {
  test("accept: a configured 403 is ok and asked once; by default a 403 is unverifiable", async () => {
    const configured = await run("[f](ORIGIN/forbidden)\n", { accept: [200, 403] });
    expect(configured.verdicts).toEqual([["/forbidden", "ok", "HTTP 403"]]);
    expect(configured.requests).toEqual(["HEAD /forbidden"]);
    const plain = await run("[f](ORIGIN/forbidden)\n", {});
    expect(plain.verdicts).toEqual([["/forbidden", "unverifiable", "access denied (HTTP 403)"]]);
    // No retries left (retries: 0), so no GET after the HEAD.
    expect(plain.requests).toEqual(["HEAD /forbidden"]);
  });

  test("accept replaces 2xx: a 200 not listed is broken", async () => {
    const { verdicts } = await run("[ok](ORIGIN/ok)\n", { accept: [403] });
    expect(verdicts).toEqual([["/ok", "broken", "HTTP 200"]]);
  });

  test("include: only matching URLs are requested; the rest are counted as excluded", async () => {
    const { requests, verdicts, report } = await run("[a](ORIGIN/keep) [b](ORIGIN/other)\n", {
      include: ["/keep$"],
    });
    expect(requests).toEqual(["HEAD /keep"]);
    expect(verdicts).toEqual([["/keep", "ok", "HTTP 200"]]);
    expect(report?.excluded).toBe(1);
  });

  test("bodyCap: an anchor past the cap is not found; within the cap it is", async () => {
    const text = "[e](ORIGIN/long#late)\n";
    const capped = await run(text, { bodyCap: 4096 });
    const full = await run(text, { bodyCap: 64 * 1024 });
    const late = (r: typeof capped) => r.report?.entries[0]?.result.fragments?.late?.found;
    expect([late(capped), late(full)]).toEqual([false, true]);
  });
});
