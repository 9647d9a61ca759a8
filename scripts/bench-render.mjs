#!/usr/bin/env node
// Benchmarks of syllabus render, as ratios measured in one run on this machine:
//  1. start-up: `render --check` on the embedded catalog against `node -e 0` (whole processes,
//     interleaved), with the render cache warm (a repeated check) and cold (--no-cache);
//  2. scale: generated catalogs of 1,000 to 10,000 lectures rendered from a template, with wall
//     time, peak RSS and the cost of each further 1,000 lectures (flat = linear), and in place.
// Each figure comes with the process's CPU time (user + system): on a busy machine wall time
// measures the other processes too, CPU time much less so.
// Usage: node scripts/bench-render.mjs [--runs N]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin/syllabus.mjs");
const rssHook = path.join(root, "scripts/lib/report-rss.mjs");
const runsFlag = process.argv.indexOf("--runs");
const RUNS = runsFlag === -1 ? 15 : Number(process.argv[runsFlag + 1]);

function timed(args, cwd = root) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", rssHook, ...args], { cwd, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const figures = /peak-rss-kb (\d+) cpu-ms (\d+)/.exec(result.stderr);
  const rss = Number(figures?.[1] ?? Number.NaN) / 1024;
  const cpu = Number(figures?.[2] ?? Number.NaN);
  return { ms, cpu, rss, status: result.status, stderr: result.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0).padStart(6)} ms`;

console.log(`syllabus render benchmarks: node ${process.version}, ${RUNS} runs each, medians\n`);

// 1. Start-up, interleaved so that machine noise hits every command alike.
const commands = {
  "node -e 0": ["-e", "0"],
  "syllabus render --check (cache warm)": [bin, "render", "--check"],
  "syllabus render --check --no-cache": [bin, "render", "--check", "--no-cache"],
  "syllabus validate": [bin, "validate"],
};
timed(commands["syllabus render --check (cache warm)"]); // warm the cache and the disk
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const cpus = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const run = timed(args);
    if (run.status !== 0 && name !== "syllabus validate") throw new Error(`${name} failed:\n${run.stderr}`);
    times[name].push(run.ms);
    cpus[name].push(run.cpu);
  }
}
const base = median(times["node -e 0"]);
const baseCpu = median(cpus["node -e 0"]);
console.log("start-up on the embedded catalog (28 lectures): wall time, CPU time");
for (const [name, xs] of Object.entries(times)) {
  const cpu = median(cpus[name]);
  console.log(
    `  ${name.padEnd(40)} ${fmt(median(xs))}  ${(median(xs) / base).toFixed(2)}×   ${fmt(cpu)}  ${(cpu / baseCpu).toFixed(2)}× node -e 0`,
  );
}

// 2. Scale: generated catalogs, rendered from a template into a fresh page.
const work = mkdtempSync(path.join(tmpdir(), "syllabus-bench-"));
const template = readFileSync(path.join(root, "templates/step_into_llm.md"), "utf8");
function catalogOf(n) {
  const lines = [
    "course:",
    "  repository: { url: https://github.com/mindspore-courses/step_into_llm, branch: master }",
    "outputs:",
    "  - { path: out/README.md, template: template.md }",
    "lectures:",
  ];
  for (let i = 1; i <= n; i++) {
    lines.push(
      `  - number: ${i}`,
      `    season: ${1 + Math.floor(i / 100)}`,
      `    title: "Lecture ${i} | 大模型 *${i}* <b>"`,
      `    summary: "Multi-head self-attention原理 ${i}. Masked self-attention的掩码处理方式 \`code\` and a | pipe."`,
      i % 7 === 0
        ? `    video: [{ label: 上, url: "https://www.bilibili.com/video/BV${i}a/" }, { label: 下, url: "https://www.bilibili.com/video/BV${i}b/" }]`
        : `    video: https://www.bilibili.com/video/BV1${String(i).padStart(9, "0")}/?spm_id_from=333.999.0.0&vd_source=eb3a45e6`,
      i % 5 === 0 ? "    code: unavailable" : `    code: ./Season${1 + Math.floor(i / 100)}/${i}.Lecture/`,
      i % 11 === 0 ? "    review: pending" : `    review: https://mp.weixin.qq.com/s/article-${i}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

console.log("\nscale: render from a template (write), fresh process each");
console.log("  lectures   wall time   per 1,000    CPU time   peak RSS");
const points = [];
for (const n of [1000, 2500, 5000, 10000]) {
  const dir = path.join(work, String(n));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "catalog.yaml"), catalogOf(n));
  writeFileSync(path.join(dir, "template.md"), template);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    rmSync(path.join(dir, "out"), { recursive: true, force: true });
    const run = timed([bin, "render", "--no-cache"], dir);
    if (run.status !== 0) throw new Error(`render of ${n} failed:\n${run.stderr}`);
    runs.push(run);
  }
  const ms = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpu));
  const rss = Math.max(...runs.map((r) => r.rss));
  points.push([n, ms]);
  console.log(
    `  ${String(n).padStart(8)}  ${fmt(ms)}   ${fmt((ms / n) * 1000)}   ${fmt(cpu)}   ${rss.toFixed(0).padStart(5)} MB`,
  );
  if (n === 10000) {
    const check = timed([bin, "render", "--check", "--no-cache"], dir);
    console.log(
      `  10,000 render --check --no-cache (page current): ${fmt(check.ms)}, CPU ${fmt(check.cpu)}, ${check.rss.toFixed(0)} MB`,
    );
    // In place: the page holds the markers and the 10,000-row table, so it must be parsed.
    writeFileSync(
      path.join(dir, "catalog.yaml"),
      catalogOf(n).replace("out/README.md, template: template.md", "out/README.md"),
    );
    const inPlace = timed([bin, "render", "--check", "--no-cache"], dir);
    if (inPlace.status !== 0) throw new Error(`in-place check failed:\n${inPlace.stderr}`);
    console.log(
      `  10,000 in place, render --check --no-cache:       ${fmt(inPlace.ms)}, CPU ${fmt(inPlace.cpu)}, ${inPlace.rss.toFixed(0)} MB`,
    );
  }
}
// Growth: the cost of each further 1,000 lectures between two sizes (start-up cancels out);
// linear growth keeps it flat.
const marginal = points.slice(1).map(([n, ms], i) => {
  const [n0, ms0] = points[i];
  return `${n0}→${n}: ${(((ms - ms0) / (n - n0)) * 1000).toFixed(0)} ms`;
});
console.log(`  each further 1,000 lectures: ${marginal.join(", ")} (flat = linear)`);
rmSync(work, { recursive: true, force: true });
