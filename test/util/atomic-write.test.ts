// Atomic writes keep what the file was: its mode and owner, a symlink stays a symlink (the file it
// points to is written), a read-only file is refused, every failure names the file, and temp files
// orphaned by a killed run are cleaned by the next write.
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { assertWritable, writeFileAtomic } from "../../src/util/atomic-write.js";
import { InputError } from "../../src/util/errors.js";

const fresh = () => mkdtempSync(path.join(tmpdir(), "syllabus-write-"));

describe("writeFileAtomic keeps file metadata", () => {
  test("mode 600 stays 600 (the umask does not widen or narrow it)", async () => {
    const file = path.join(fresh(), "README.md");
    writeFileSync(file, "old");
    chmodSync(file, 0o600);
    await writeFileAtomic(file, "new");
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  test("an executable bit and mode 664 are kept too", async () => {
    const file = path.join(fresh(), "page.md");
    writeFileSync(file, "old");
    chmodSync(file, 0o775);
    await writeFileAtomic(file, "new");
    expect(statSync(file).mode & 0o777).toBe(0o775);
  });

  test("a read-only page (444) is refused with a message, and left as it was", async () => {
    const dir = fresh();
    const file = path.join(dir, "README.md");
    writeFileSync(file, "old");
    chmodSync(file, 0o444);
    const error = await writeFileAtomic(file, "new").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `${file}: the file is read-only (mode 444); nothing was written\n  hint: make it writable (chmod u+w ${file}) if syllabus should update it`,
    );
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["README.md"]);
  });

  // Only root can give a file away: elsewhere the owner is necessarily the writer.
  test.runIf(process.getuid?.() === 0)("the owner and set-ID bits are kept (chown, then chmod)", async () => {
    const file = path.join(fresh(), "README.md");
    writeFileSync(file, "old");
    chownSync(file, 1234, 2345);
    chmodSync(file, 0o2775); // set-group-ID on an executable: a chown after chmod would clear it
    await writeFileAtomic(file, "new");
    expect([statSync(file).uid, statSync(file).gid]).toEqual([1234, 2345]);
    expect(statSync(file).mode & 0o7777).toBe(0o2775);
  });

  test.runIf(process.getuid?.() === 0)(
    "an owner that differs alone, or a group that differs alone, is kept",
    async () => {
      const gid = process.getgid?.() ?? 0;
      const byOwner = path.join(fresh(), "README.md");
      writeFileSync(byOwner, "old");
      chownSync(byOwner, 1234, gid);
      await writeFileAtomic(byOwner, "new");
      expect([statSync(byOwner).uid, statSync(byOwner).gid]).toEqual([1234, gid]);
      const byGroup = path.join(fresh(), "README.md");
      writeFileSync(byGroup, "old");
      chownSync(byGroup, 0, 2345);
      await writeFileAtomic(byGroup, "new");
      expect([statSync(byGroup).uid, statSync(byGroup).gid]).toEqual([0, 2345]);
    },
  );

  test("a target in folders that do not exist yet: the folders are made", async () => {
    const dir = fresh();
    const file = path.join(dir, "docs", "en", "README.md");
    await writeFileAtomic(file, "new");
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(readdirSync(path.join(dir, "docs", "en"))).toEqual(["README.md"]);
  });

  test.runIf(process.platform === "linux")("no file descriptor is left open by a write", async () => {
    const file = path.join(fresh(), "README.md");
    await writeFileAtomic(file, "warm up");
    const before = readdirSync("/proc/self/fd").length;
    for (let i = 0; i < 20; i++) await writeFileAtomic(file, `write ${i}`);
    expect(readdirSync("/proc/self/fd").length).toBe(before);
  });

  test("a symlinked page is written through: the link stays a link, the file it points to is new", async () => {
    const dir = fresh();
    const real = path.join(dir, "docs-README.md");
    const link = path.join(dir, "README.md");
    writeFileSync(real, "old");
    chmodSync(real, 0o640);
    symlinkSync("docs-README.md", link);
    await writeFileAtomic(link, "new");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("docs-README.md");
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });

  test("a dangling symlink is written through to the file it names", async () => {
    const dir = fresh();
    const link = path.join(dir, "README.md");
    symlinkSync("target.md", link);
    await writeFileAtomic(link, "new");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "target.md"), "utf8")).toBe("new");
  });
});

describe("every file-system failure is an InputError naming the file", () => {
  test("a folder where a parent folder should be", async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, "docs"), "a file, not a folder");
    const target = path.join(dir, "docs", "README.md");
    const error = await writeFileAtomic(target, "new").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `${target}: cannot be written (ENOTDIR); nothing was changed\n  hint: check the permissions and attributes of the file and its folder`,
    );
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe("ENOTDIR");
  });

  test("an immutable file (chattr +i): EPERM on rename is a message, not a stack trace", async (context) => {
    const dir = fresh();
    const file = path.join(dir, "README.md");
    writeFileSync(file, "old");
    if (spawnSync("chattr", ["+i", file]).status !== 0) return context.skip(); // needs CAP_LINUX_IMMUTABLE
    try {
      const error = await writeFileAtomic(file, "new").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(
        `${file}: cannot be written (EPERM: permission denied); nothing was changed\n  hint: check the permissions and attributes of the file and its folder`,
      );
      expect(readdirSync(dir)).toEqual(["README.md"]); // the temp file is gone
    } finally {
      execFileSync("chattr", ["-i", file]);
    }
    expect(readFileSync(file, "utf8")).toBe("old");
  });

  test("a target that is not a regular file is refused", async () => {
    const dir = fresh();
    const error = await writeFileAtomic(dir, "new").catch((e: unknown) => e);
    expect((error as Error).message).toBe(`${dir}: not a regular file; nothing was written`);
  });
});

describe("temp files of a killed run", () => {
  test("a stale temp file of a process that no longer runs is removed by the next write; others stay", async () => {
    const dir = fresh();
    const file = path.join(dir, "README.md");
    writeFileSync(file, "old");
    const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const deadPid = Number(child.stdout.toString());
    const stale = `.README.md.syllabus-${deadPid}-0badc0de.tmp`;
    const legacy = `.README.md.${deadPid}.deadbeef.tmp`;
    const live = `.README.md.syllabus-${process.ppid}-12345678.tmp`; // a running process: not ours to remove
    const other = `.OTHER.md.syllabus-${deadPid}-0badc0de.tmp`; // another file's: cleaned when it is written
    // As long as ".README.md.": what follows must not be taken for ours although it ends like it.
    const lookAlike = `.OTHER.md.Xsyllabus-${deadPid}-0badc0de.tmp`;
    // Ours by prefix, but not a temp file name (an editor's swap file, a name with more around it).
    const notTemp = [
      ".README.md.swp",
      `.README.md.xsyllabus-${deadPid}-0badc0de.tmp`,
      `.README.md.syllabus-${deadPid}-0badc0de.tmp.bak`,
    ];
    const own = `.README.md.syllabus-${process.pid}-87654321.tmp`; // this process's: a write in progress
    const names = [stale, legacy, live, other, lookAlike, own, ...notTemp];
    for (const name of names) writeFileSync(path.join(dir, name), "half");
    await writeFileAtomic(file, "new");
    expect(readdirSync(dir).sort()).toEqual([live, other, lookAlike, own, ...notTemp, "README.md"].sort());
  });

  test("a write leaves nothing but the file", async () => {
    const dir = fresh();
    await writeFileAtomic(path.join(dir, "README.md"), "new");
    expect(readdirSync(dir)).toEqual(["README.md"]);
  });
});

describe("assertWritable: the checks of a write, made before any file is touched", () => {
  test("a missing file and a writable file pass, and nothing is written", async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, "README.md"), "old");
    await expect(assertWritable(path.join(dir, "README.md"))).resolves.toBeUndefined();
    await expect(assertWritable(path.join(dir, "new", "README.md"))).resolves.toBeUndefined();
    expect(readdirSync(dir)).toEqual(["README.md"]);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe("old");
  });

  test("a read-only file and a folder are refused with the write's own messages", async () => {
    const dir = fresh();
    const file = path.join(dir, "README.md");
    writeFileSync(file, "old");
    chmodSync(file, 0o444);
    await expect(assertWritable(file)).rejects.toThrow(
      `${file}: the file is read-only (mode 444); nothing was written`,
    );
    await expect(assertWritable(dir)).rejects.toThrow(`${dir}: not a regular file; nothing was written`);
  });
});
