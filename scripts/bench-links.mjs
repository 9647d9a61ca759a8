#!/usr/bin/env node
// Link-checker benchmark: syllabus, linkinator and markdown-link-check on the same input, in one
// run, against a loopback mock web of 20 hosts (127.0.0.11–127.0.0.30) with 100 ms latency, each
// answering 429 whenever more than 8 of its requests are in flight. For each tool: wall time, peak
// RSS, broken found / false alarms / missed, and requests over the host limit, next to the ideal.
//
//   node scripts/bench-links.mjs [--scenario throughput|faults|all] [--sizes 1000,10000] [--budget 180]
//                                [--timeout MS]   (request timeout; default 2000, faults 10000)
//
// throughput: ok / 404 / 410 / HEAD-405 / redirect / 429-once links, 10 % duplicates, no hanging
//   servers; ideal = max over hosts of ⌈requests ÷ 8⌉ × latency (a redirect and a 429-once link
//   need two requests), and never less than one Retry-After: latency + 1 s + latency.
// faults: every fault class (hanging, resetting, stalling, flaky, persistent 5xx, loops, bot walls…);
//   every tool gets the same timeout and 2 retries; each tool run is stopped after --budget seconds;
//   ideal = the timeout (a hanging server cannot be judged sooner).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const rssHook = path.join(root, "scripts/lib/report-rss.mjs");
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const SCENARIO = arg("scenario", "all");
const SIZES = arg("sizes", "1000,10000").split(",").map(Number);
const BUDGET_S = Number(arg("budget", "180"));
const TIMEOUT = arg("timeout", undefined);
const HOSTS = 20;
const LIMIT = 8;
const LATENCY = 100;

// Each kind: what the mock answers, and the truth a checker should reach.
const KINDS = {
  ok: "ok",
  gone: "broken",
  removed: "broken",
  head405: "ok",
  redirect: "ok",
  once429: "ok",
  flaky: "ok",
  error: "broken",
  loop: "broken",
  jsredirect: "broken",
  hang: "unverifiable",
  reset: "unverifiable",
  stall: "ok",
  botwall: "unverifiable",
  status412: "unverifiable",
  status999: "unverifiable",
};
const MIX = {
  throughput: {
    ok: 60,
    gone: 10,
    removed: 5,
    head405: 10,
    redirect: 10,
    once429: Number(process.env.ONCE429 ?? 5),
  },
  faults: {
    ok: 30,
    gone: 8,
    removed: 4,
    head405: 6,
    redirect: 6,
    once429: 6,
    flaky: 6,
    error: 5,
    loop: 3,
    jsredirect: 3,
    hang: 5,
    reset: 5,
    stall: 4,
    botwall: 3,
    status412: 3,
    status999: 3,
  },
};

function startHost(index) {
  const host = `127.0.0.${11 + index}`;
  const state = { host, inFlight: 0, overLimit: 0, requests: 0, seen429: new Set(), seenFlaky: new Set() };
  const server = http.createServer((req, res) => {
    state.requests++;
    state.inFlight++;
    let released = false;
    const release = () => {
      if (!released) state.inFlight--;
      released = true;
    };
    res.on("close", release);
    if (state.inFlight > LIMIT) {
      state.overLimit++;
      res.writeHead(429, { "retry-after": "1" }).end();
      return;
    }
    const [, kind = "", id = ""] = (req.url ?? "").split("/");
    const reply = () => respond(kind, id, req, res, state);
    if (kind === "hang" || kind === "reset") reply();
    else setTimeout(reply, LATENCY);
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve) =>
    server.listen(0, host, () =>
      resolve({ server, state, origin: `http://${host}:${server.address().port}` }),
    ),
  );
}

function respond(kind, id, req, res, state) {
  const key = `${kind}/${id}`;
  switch (kind) {
    case "ok":
      return res.writeHead(200, { "content-type": "text/html" }).end("<p>ok</p>");
    case "gone":
      return res.writeHead(404).end();
    case "removed":
      return res.writeHead(410).end();
    case "head405":
      return res.writeHead(req.method === "HEAD" ? 405 : 200).end();
    case "redirect":
      return res.writeHead(301, { location: `/ok/${id}` }).end();
    case "once429":
      if (state.seen429.has(key)) return res.writeHead(200).end();
      state.seen429.add(key);
      return res.writeHead(429, { "retry-after": "1" }).end();
    case "flaky":
      if (state.seenFlaky.has(key)) return res.writeHead(200).end();
      state.seenFlaky.add(key);
      return res.writeHead(503).end();
    case "error":
      return res.writeHead(500).end();
    case "loop":
      return res.writeHead(302, { location: `/loop/${id === "a" ? "b" : "a"}` }).end();
    case "jsredirect":
      return res.writeHead(302, { location: "javascript:alert(1)" }).end();
    case "hang":
      return undefined; // never answers; the socket closes when the client gives up
    case "reset":
      return req.socket.destroy();
    case "stall": {
      res.writeHead(200, { "content-type": "text/html" });
      res.flushHeaders(); // headers go out at once, for HEAD too; the body never ends
      res.write("<p>");
      const timer = setInterval(() => res.write("."), 200);
      res.on("close", () => clearInterval(timer));
      return undefined;
    }
    case "botwall":
      return res.writeHead(403, { "cf-mitigated": "challenge" }).end();
    case "status412":
      return res.writeHead(412).end();
    case "status999":
      return res.writeHead(999).end();
    default:
      return res.writeHead(404).end();
  }
}

/** The input: `total` links, 10 % of them repeats, kinds by the scenario's weights, spread over hosts. */
function buildInput(scenario, total, hosts) {
  const weights = Object.entries(MIX[scenario]);
  const sum = weights.reduce((n, [, w]) => n + w, 0);
  const distinct = [];
  const count = Math.round(total * 0.9);
  for (let i = 0; i < count; i++) {
    // A fixed spread of kinds: the weights' cumulative ranges, picked by a stride through them.
    const pick = (i * 7919) % sum;
    let upTo = 0;
    const [kind] = weights.find(([, w]) => {
      upTo += w;
      return pick < upTo;
    });
    const id = kind === "loop" ? "a" : String(i);
    const host = hosts[i % hosts.length];
    distinct.push({
      url: `${host.origin}/${kind}/${id}${kind === "loop" ? `?n=${i}` : ""}`,
      truth: KINDS[kind],
      host: host.state.host,
    });
  }
  const links = [...distinct];
  for (let i = 0; links.length < total; i++) links.push(distinct[(i * 31) % distinct.length]);
  return { distinct, links };
}

/** Requests a checker that knew the answers would still need for one link of a kind. */
const REQUESTS = { redirect: 2, once429: 2, flaky: 2, loop: 2 };

function ideal(name, distinct, timeout) {
  if (name === "faults") return timeout;
  const perHost = new Map();
  for (const link of distinct) {
    const kind = new URL(link.url).pathname.split("/")[1];
    perHost.set(link.host, (perHost.get(link.host) ?? 0) + (REQUESTS[kind] ?? 1));
  }
  const rounds = Math.max(...[...perHost.values()].map((n) => Math.ceil(n / LIMIT))) * LATENCY;
  const retryAfter = distinct.some((l) => l.url.includes("/once429/")) ? LATENCY + 1000 + LATENCY : 0;
  return Math.max(rounds, retryAfter);
}

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [
        "--import",
        rssHook,
        ...(process.env.PROFILE_DIR ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : []),
        command,
        ...args,
      ],
      {
        cwd,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), BUDGET_S * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const rss = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
      const cpu = Number(/cpu-ms (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1000;
      resolve({ ms, rss, cpu, stdout, stderr, code, killed: signal === "SIGKILL" });
    });
  });
}

// Each tool: how to run it on the markdown file, and which URLs it reported broken.
const TOOLS_ALL = {
  syllabus: {
    args: (file) => [path.join(root, "bin/syllabus.mjs"), "links", file, "--format", "json", "--no-cache"],
    broken: (out) =>
      new Set(
        JSON.parse(out.stdout)
          .links.filter((l) => l.verdict === "broken")
          .map((l) => l.url),
      ),
  },
  linkinator: {
    args: (file, _dir, timeout) => [
      path.join(root, "node_modules/linkinator/build/src/cli.js"),
      file,
      "--markdown",
      "--format",
      "json",
      "--timeout",
      String(timeout),
      "--retry",
      "--retry-errors",
      "--retry-errors-count",
      "2",
    ],
    broken: (out) =>
      new Set(
        JSON.parse(out.stdout)
          .links.filter((l) => l.state === "BROKEN")
          .map((l) => l.url),
      ),
  },
  "markdown-link-check": {
    args: (file, dir) => [
      path.join(root, "node_modules/markdown-link-check/markdown-link-check"),
      "-q",
      "-r",
      "-c",
      path.join(dir, "mlc.json"),
      file,
    ],
    broken: (out) => new Set([...out.stdout.matchAll(/\[✖\] (\S+)/g)].map((m) => m[1])),
  },
};

const TOOLS = Object.fromEntries(
  Object.entries(TOOLS_ALL).filter(
    ([name]) => !process.env.TOOLS || process.env.TOOLS.split(",").includes(name),
  ),
);

async function scenario(name, total, hosts) {
  const timeout = Number(TIMEOUT ?? (name === "faults" ? 10_000 : 2000));
  for (const host of hosts) {
    host.state.overLimit = 0;
    host.state.requests = 0;
    host.state.seen429.clear();
    host.state.seenFlaky.clear();
  }
  const { distinct, links } = buildInput(name, total, hosts);
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-bench-links-"));
  writeFileSync(
    path.join(dir, "links.md"),
    `# Links\n\n${links.map((l, i) => `- [link ${i}](${l.url})`).join("\n")}\n`,
  );
  writeFileSync(
    path.join(dir, "catalog.yaml"),
    `links:\n  timeouts: { connect: ${timeout}, headers: ${timeout}, body: ${timeout} }\n  retries: 2\n  retryAfterMax: 2000\nlectures: []\n`,
  );
  writeFileSync(
    path.join(dir, "mlc.json"),
    JSON.stringify({
      timeout: `${timeout}ms`,
      retryOn429: true,
      retryCount: 2,
      aliveStatusCodes: [200, 206],
    }),
  );
  const truthBroken = new Set(distinct.filter((l) => l.truth === "broken").map((l) => l.url));
  const truth = new Map(distinct.map((l) => [l.url, l.truth]));

  console.log(
    `\n${name}: ${total} links (${distinct.length} distinct, ${truthBroken.size} broken) on ${hosts.length} hosts`,
  );
  const best = ideal(name, distinct, timeout);
  console.log(
    name === "faults"
      ? `  ideal: ${best} ms (the request timeout: a hanging server is judged no sooner)`
      : `  ideal: ${best} ms (max over hosts of ⌈requests ÷ ${LIMIT}⌉ × ${LATENCY} ms, at least one Retry-After)`,
  );
  console.log(
    "  tool                  wall time    × ideal   peak RSS    CPU time   broken found   false alarms   missed   over host limit",
  );
  for (const [tool, spec] of Object.entries(TOOLS)) {
    for (const host of hosts) host.state.overLimit = 0;
    for (const host of hosts) {
      host.state.seen429.clear();
      host.state.seenFlaky.clear();
    }
    const [command, ...args] = spec.args("links.md", dir, timeout);
    const out = await run(command, args, dir);
    const over = hosts.reduce((n, h) => n + h.state.overLimit, 0);
    let found = "-";
    let falseAlarms = "-";
    let missed = "-";
    if (!out.killed) {
      try {
        const reported = spec.broken(out);
        found = [...reported].filter((u) => truthBroken.has(u)).length;
        falseAlarms = [...reported].filter((u) => truth.has(u) && truth.get(u) !== "broken").length;
        missed = [...truthBroken].filter((u) => !reported.has(u)).length;
      } catch (error) {
        found = `unreadable output (${error.message.slice(0, 40)})`;
      }
      // A tool that exits without a report (a crash) must not pass for one that found nothing.
      if ((out.code !== 0 && out.code !== 1) || /\n\s+at .*\(/.test(out.stderr)) {
        found = `crashed: ${/\w*Error[^\n]*/.exec(out.stderr)?.[0]?.slice(0, 60) ?? `exit ${out.code}`}`;
        falseAlarms = "-";
        missed = "-";
      }
      if (process.env.SHOW_OUTPUT) console.log(out.stdout.slice(-2000), out.stderr.slice(-2000));
      if (process.env.SHOW_DURATIONS && tool === "syllabus") {
        const slowest = new Map();
        for (const link of JSON.parse(out.stdout).links) {
          const kind = new URL(link.url).pathname.split("/")[1];
          const [ms = 0, attempts = 0] = slowest.get(kind) ?? [];
          slowest.set(kind, [Math.max(ms, link.durationMs), Math.max(attempts, link.attempts)]);
        }
        console.log([...slowest].map(([k, [ms, a]]) => `${k} ${ms} ms / ${a} attempts`).join("; "));
      }
      if (tool === "syllabus" && !out.killed) {
        // syllabus has three verdicts: compare each with the truth, not only "broken".
        const wrong = new Map();
        for (const link of JSON.parse(out.stdout).links) {
          if (truth.get(link.url) === link.verdict) continue;
          const key = `${new URL(link.url).pathname.split("/")[1]} → ${link.verdict}`;
          wrong.set(key, (wrong.get(key) ?? 0) + 1);
        }
        const list = [...wrong].map(([k, n]) => `${k} (${n})`).join(", ");
        console.log(`  syllabus verdicts ≠ truth (ok/broken/unverifiable): ${list || "none"}`);
      }
    }
    const wall = out.killed ? `>${BUDGET_S} s (stopped)` : `${(out.ms / 1000).toFixed(2)} s`;
    const ratio = out.killed ? "-" : (out.ms / best).toFixed(2);
    console.log(
      `  ${tool.padEnd(20)} ${wall.padStart(12)} ${String(ratio).padStart(9)} ${`${out.rss.toFixed(0)} MB`.padStart(10)} ${`${out.cpu.toFixed(1)} s`.padStart(11)} ${String(found).padStart(14)} ${String(falseAlarms).padStart(14)} ${String(missed).padStart(8)} ${String(over).padStart(17)}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

const hosts = await Promise.all(Array.from({ length: HOSTS }, (_, i) => startHost(i)));
try {
  console.log(
    `link-checker benchmark: node ${process.version}; each host: ${LATENCY} ms latency, 429 above ${LIMIT} in flight`,
  );
  if (SCENARIO === "all" || SCENARIO === "throughput")
    for (const size of SIZES) await scenario("throughput", size, hosts);
  if (SCENARIO === "all" || SCENARIO === "faults") await scenario("faults", 1000, hosts);
} finally {
  for (const { server } of hosts) {
    server.closeAllConnections();
    server.close();
  }
}
