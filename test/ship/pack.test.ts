// The package as a course maintainer installs it: `npm pack`, then an offline install of the tarball
// with --omit=dev into a throwaway course repository, and the installed bin run there.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ACTION } from "../../src/init/workflows.js";
import { ROOT } from "../helpers/cli.js";
import { startServer, type TestServer } from "../helpers/server.js";

const run = promisify(execFile);
let temp: string;
let course: string;
let server: TestServer;
let packed: { filename: string; files: { path: string }[] };

/** Runs the installed bin; resolves with the exit code, never rejects. */
async function syllabus(...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join(course, "node_modules/.bin/syllabus"), args, {
      cwd: course,
      env: { PATH: process.env.PATH, HOME: temp },
      timeout: 20_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  temp = mkdtempSync(path.join(os.tmpdir(), "syllabus-pack-"));
  server = await startServer((req, res) => {
    res.writeHead(req.url === "/video/1" ? 200 : 404).end();
  });
  // The committed bundle is packed as it is (dist.test.ts checks it is current): no build here.
  const npm = {
    cwd: ROOT,
    timeout: 60_000,
    env: { ...process.env, npm_config_cache: path.join(temp, "npm") },
  };
  const { stdout } = await run(
    "npm",
    ["pack", "--ignore-scripts", "--json", "--pack-destination", temp],
    npm,
  );
  packed = JSON.parse(stdout)[0];

  course = path.join(temp, "course");
  mkdirSync(path.join(course, "lectures/01"), { recursive: true });
  await run("git", ["init", "--quiet"], { cwd: course });
  writeFileSync(path.join(course, "package.json"), '{ "private": true }\n');
  writeFileSync(path.join(course, "lectures/01/slides.md"), "# Slides\n");
  writeFileSync(
    path.join(course, "catalog.yaml"),
    [
      "course: { title: A course }",
      "outputs: [{ path: README.md }]",
      "lectures:",
      "  - number: 1",
      "    title: Start",
      `    video: ${server.origin}/video/1`,
      "    code: ./lectures/01/slides.md",
      "",
    ].join("\n"),
  );
  writeFileSync(
    path.join(course, "README.md"),
    "# A course\n\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n\nEnd.\n",
  );
  await run(
    "npm",
    ["install", "--offline", "--omit=dev", "--no-audit", "--no-fund", path.join(temp, packed.filename)],
    { ...npm, cwd: course },
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe("npm pack + npm install --omit=dev of the tarball", () => {
  it("packs the bin, the bundle, the action, the schema, the workflow templates and the README only", () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["bin/syllabus.mjs", "dist/cli.mjs", "dist/action.mjs"]));
    expect(files).toEqual(expect.arrayContaining(["action.yml", "catalog.schema.json", "README.md"]));
    expect(files).toEqual(expect.arrayContaining(["templates/workflows/syllabus-check.yml", "package.json"]));
    expect(files.filter((f) => !/^(?:bin|dist|templates\/workflows)\//.test(f)).sort()).toEqual([
      "README.md",
      "action.yml",
      "catalog.schema.json",
      "package.json",
    ]);
  });

  it("installs the package and nothing else", () => {
    const installed = readdirSync(path.join(course, "node_modules")).filter((f) => !f.startsWith("."));
    expect(installed).toEqual(["course-syllabus"]);
  });

  it("runs validate, render, render --check and links through the installed bin", async () => {
    expect(await syllabus("validate")).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: 1 lecture, no errors\n",
    });
    expect((await syllabus("render")).code).toBe(0);
    expect(readFileSync(path.join(course, "README.md"), "utf8")).toBe(
      [
        "# A course",
        "",
        "<!-- syllabus:start -->",
        "| 章节序号 | 章节名称 | 课程简介 | 视频 | 课件及代码 | 知识点总结 |",
        "| :-: | :-: | :- | :-: | :-: | :-: |",
        `| 第一讲 | Start | | [link](${server.origin}/video/1) | [link](./lectures/01/slides.md) | |`,
        "<!-- syllabus:end -->",
        "",
        "End.",
        "",
      ].join("\n"),
    );
    expect(await syllabus("render", "--check")).toMatchObject({ code: 0, stdout: "" });
    const links = await syllabus("links", "--format", "json");
    expect(links.code).toBe(0);
    const report = JSON.parse(links.stdout);
    expect(report.summary).toMatchObject({ links: 2, ok: 2, broken: 0 });
    expect(server.requests.map((r) => r.url)).toContain("/video/1");
  });

  it("writes the workflows from the packed templates with the installed bin's init", async () => {
    const init = await syllabus("init");
    expect(init.code).toBe(0);
    expect(readdirSync(path.join(course, ".github/workflows")).sort()).toEqual([
      "syllabus-check.yml",
      "syllabus-nightly.yml",
      "syllabus-render.yml",
    ]);
    expect(readFileSync(path.join(course, ".github/workflows/syllabus-check.yml"), "utf8")).toBe(
      readFileSync(path.join(ROOT, ".github/workflows/syllabus-check.yml"), "utf8").replaceAll(
        "uses: ./",
        `uses: ${DEFAULT_ACTION}`,
      ),
    );
  });

  it("fails links with exit 1 through the installed bin when a link is broken", async () => {
    writeFileSync(
      path.join(course, "catalog.yaml"),
      readFileSync(path.join(course, "catalog.yaml"), "utf8").replace("/video/1", "/video/2"),
    );
    const links = await syllabus("links", "--format", "json", "--no-cache");
    expect(links.code).toBe(1);
    expect(JSON.parse(links.stdout).summary).toMatchObject({ links: 2, ok: 1, broken: 1 });
  });
});
