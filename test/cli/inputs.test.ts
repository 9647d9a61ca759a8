// The files named to `syllabus links` and `syllabus report` are read like every user file: regular
// files only, capped, strict UTF-8; a bad one is exit 2 before any link is checked or issue touched.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runMain } from "../helpers/main.js";

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-links-inputs-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe("syllabus links FILE.md", () => {
  test("a file with invalid UTF-8 is refused at the bad byte's line:col, exit 2", async () => {
    const cwd = folder({ "bad.md": Buffer.from("# a\n\xff\xfe [x](./a.md)\n", "latin1") });
    const result = await runMain(["links", "bad.md", "--no-cache"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("bad.md:2:1:");
    expect(result.stderr).toContain("not valid UTF-8 (byte 0xFF) [invalid-utf8]");
  });

  test("a device is refused before a byte is read, exit 2", async () => {
    const result = await runMain(["links", "/dev/zero", "--no-cache"], { cwd: folder({}) });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: /dev/zero: markdown file is a device, not a regular file; nothing was read\n",
    });
  });

  test("a missing file is named, exit 2", async () => {
    const result = await runMain(["links", "missing.md", "--no-cache"], { cwd: folder({}) });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: missing.md: markdown file does not exist\n",
    });
  });
});

describe("syllabus report RESULTS.json", () => {
  test("a missing results file is named, exit 2", async () => {
    const result = await runMain(["report", "missing.json"], { cwd: folder({}) });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: missing.json: results file does not exist\n",
    });
  });

  test("a folder is refused, exit 2", async () => {
    const cwd = folder({});
    const result = await runMain(["report", "."], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^syllabus: .*: results file is a folder/);
  });
});
