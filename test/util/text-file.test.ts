// Reading user files: regular files only (refused before a byte is read), a cap on every read, and
// strict UTF-8 with the first bad byte's line:col; a byte order mark is kept.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  decodeUtf8,
  EncodingError,
  firstInvalidUtf8,
  readTextFile,
  readTextFileIfExists,
} from "../../src/util/text-file.js";

const dir = mkdtempSync(path.join(tmpdir(), "syllabus-text-file-"));
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
};

describe("readTextFile refuses what is not a regular file, before reading", () => {
  test("a device (/dev/zero) is refused at once, not read for 600 MB", async () => {
    await expect(readTextFile("/dev/zero", 1024, "template")).rejects.toThrow(
      "/dev/zero: template is a device, not a regular file; nothing was read",
    );
  });

  test("a symlink to a device is refused the same way", async () => {
    const link = path.join(dir, "zero-link.md");
    symlinkSync("/dev/zero", link);
    await expect(readTextFile(link, 1024, "template")).rejects.toThrow(
      `${link}: template is a device, not a regular file; nothing was read`,
    );
  });

  test("a FIFO is refused without blocking on a writer that never comes", async () => {
    const fifo = path.join(dir, "pipe.md");
    execFileSync("mkfifo", [fifo]);
    await expect(readTextFile(fifo, 1024, "page")).rejects.toThrow(
      `${fifo}: page is a pipe, not a regular file; nothing was read`,
    );
  });

  test("a folder is refused", async () => {
    const folder = path.join(dir, "folder.md");
    mkdirSync(folder);
    await expect(readTextFile(folder, 1024, "page")).rejects.toThrow(`${folder}: page is a folder`);
  });

  test("a missing file: readTextFile says so, readTextFileIfExists gives null", async () => {
    const missing = path.join(dir, "missing.md");
    await expect(readTextFile(missing, 1024, "template")).rejects.toThrow(
      `${missing}: template does not exist`,
    );
    expect(await readTextFileIfExists(missing, 1024, "page")).toBeNull();
  });
});

describe("the cap applies to every read", () => {
  test("a file one byte over the cap is refused with its size", async () => {
    const big = file("big.md", "x".repeat(1025));
    await expect(readTextFileIfExists(big, 1024, "page")).rejects.toThrow(
      `${big}: page is 1025 bytes, more than the limit of 1024; is this the right file?`,
    );
  });

  test("a file exactly at the cap is read whole", async () => {
    expect(await readTextFile(file("at-cap.md", "y".repeat(1024)), 1024, "page")).toBe("y".repeat(1024));
  });
});

describe("strict UTF-8", () => {
  test("invalid bytes are an error at their line:col (columns count characters, not bytes)", async () => {
    const bad = file("bad.md", Buffer.concat([Buffer.from("# 标题\nab中"), Buffer.from([0xff, 0xfe, 0x0a])]));
    const error = await readTextFile(bad, 1024, "page").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EncodingError);
    expect((error as EncodingError).diagnostic).toEqual({
      file: bad,
      line: 2,
      col: 4,
      severity: "error",
      rule: "invalid-utf8",
      message: "not valid UTF-8 (byte 0xFF)",
      hint: "save the file as UTF-8 (syllabus never re-encodes a file, so it refuses to guess)",
    });
  });

  test("a byte order mark is kept in the text and not counted as a column", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("ok")]);
    expect(decodeUtf8(bytes, "x.md")).toBe("\uFEFFok");
    const bad = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc0, 0x80])]);
    expect(() => decodeUtf8(bad, "x.md")).toThrow("x.md:1:2: ");
  });

  test("a UTF-16 file is named as such in the hint", () => {
    const bytes = Buffer.from("\uFEFF# T\n", "utf16le");
    expect(() => decodeUtf8(bytes, "x.md")).toThrow(
      "hint: this looks like UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8",
    );
  });

  test("overlong forms, surrogates and truncated sequences are invalid at their first byte", () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // U+D800
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe4, 0xb8]))).toBe(2); // 中 cut short
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(Buffer.from("中文 ok"))).toBe(-1);
  });

  test("property: the scanner agrees with a fatal TextDecoder, and the prefix before the bad byte decodes", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.string({ unit: "grapheme", maxLength: 10 }),
        (raw, text) => {
          const bytes = Buffer.concat([Buffer.from(text), Buffer.from(raw)]);
          const offset = firstInvalidUtf8(bytes);
          let valid = true;
          try {
            decoder.decode(bytes);
          } catch {
            valid = false;
          }
          expect(offset === -1).toBe(valid);
          if (offset !== -1) expect(() => decoder.decode(bytes.subarray(0, offset))).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
