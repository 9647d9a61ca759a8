// What render and import do to the files they write (issue 7.4, 7.6): a read-only page is refused
// before any page is written, a symlinked page is updated through its link, and a temp file left
// by a killed run is cleaned by the next render.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runMain } from "../helpers/main.js";

const MARKERS = "<!-- syllabus:start -->\n<!-- syllabus:end -->\n";
const LECTURES = "lectures:\n  - number: 1\n    title: Transformer\n";
const readOnly = (name: string) =>
  `syllabus: ${name}: the file is read-only (mode 444); nothing was written\n  hint: make it writable (chmod u+w ${name}) if syllabus should update it\n`;

function course(outputs: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-write-safety-"));
  writeFileSync(
    path.join(dir, "catalog.yaml"),
    `outputs:\n${outputs.map((o) => `  - path: ${o}\n`).join("")}${LECTURES}`,
  );
  for (const page of outputs) writeFileSync(path.join(dir, page), MARKERS);
  return dir;
}

describe("render", () => {
  test("a read-only page is refused (exit 2) and no other page is written", async () => {
    const dir = course(["a.md", "b.md"]);
    chmodSync(path.join(dir, "b.md"), 0o444);
    const result = await runMain(["render", "--no-cache"], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: "", stderr: readOnly("b.md") });
    expect(readFileSync(path.join(dir, "a.md"), "utf8")).toBe(MARKERS);
    expect(readFileSync(path.join(dir, "b.md"), "utf8")).toBe(MARKERS);
  });

  test("a page of mode 600 keeps it; a symlinked page stays a link and its file is updated", async () => {
    const dir = course(["README.md"]);
    renameSync(path.join(dir, "README.md"), path.join(dir, "real.md"));
    chmodSync(path.join(dir, "real.md"), 0o600);
    symlinkSync("real.md", path.join(dir, "README.md"));
    const result = await runMain(["render", "--no-cache"], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: "", stderr: "README.md: written\n" });
    expect(lstatSync(path.join(dir, "README.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "real.md"), "utf8")).toContain("| 第一讲 | Transformer |");
    expect(statSync(path.join(dir, "real.md")).mode & 0o777).toBe(0o600);
  });

  test("a temp file orphaned by a SIGKILLed run is removed by the next render", async () => {
    const dir = course(["README.md"]);
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const orphan = `.README.md.syllabus-${dead.stdout.toString()}-0123abcd.tmp`;
    writeFileSync(path.join(dir, orphan), "half a page");
    expect((await runMain(["render", "--no-cache"], { cwd: dir })).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["README.md", "catalog.yaml"]);
  });
});

describe("file-system errors are exit 2 naming the file, never exit 3", () => {
  test("an immutable page (chattr +i): EPERM on rename", async (context) => {
    const dir = course(["README.md"]);
    const page = path.join(dir, "README.md");
    if (spawnSync("chattr", ["+i", page]).status !== 0) return context.skip(); // needs CAP_LINUX_IMMUTABLE
    try {
      const result = await runMain(["render", "--no-cache"], { cwd: dir });
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "syllabus: README.md: cannot be written (EPERM: permission denied); nothing was changed\n  hint: check the permissions and attributes of the file and its folder\n",
      });
    } finally {
      spawnSync("chattr", ["-i", page]);
    }
    expect(readFileSync(page, "utf8")).toBe(MARKERS);
    expect(readdirSync(dir).sort()).toEqual(["README.md", "catalog.yaml"]);
  });

  test("a page over 64 MiB is refused from its size, before reading (a sparse file)", async () => {
    const dir = course(["README.md"]);
    truncateSync(path.join(dir, "README.md"), 64 * 1024 * 1024 + 1);
    const result = await runMain(["render", "--no-cache"], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: README.md: page is 67108865 bytes, more than the limit of 67108864; is this the right file?\n",
    });
  });
});

describe("import", () => {
  test("--markers on a read-only README: refused before the catalog is written", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-write-safety-"));
    const readme = "| 章节序号 | 章节名称 |\n| - | - |\n| 第一讲 | A |\n";
    writeFileSync(path.join(dir, "README.md"), readme);
    chmodSync(path.join(dir, "README.md"), 0o444);
    const result = await runMain(["import", "README.md", "--markers"], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: "", stderr: readOnly("README.md") });
    expect(existsSync(path.join(dir, "catalog.yaml"))).toBe(false);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(readme);
  });
});
