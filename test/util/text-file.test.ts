// Reading user files: regular files only (refused before a byte is read), a cap on every read, and
// strict UTF-8 with the first bad byte's line:col; a byte order mark is kept.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { InputError } from "../../src/util/errors.js";
import {
  decodeUtf8,
  EncodingError,
  firstInvalidUtf8,
  MAX_PAGE_BYTES,
  readTextFile,
  readTextFileIfExists,
} from "../../src/util/text-file.js";
import { plain } from "../helpers/problems.js";

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

  test("a socket is named as such", async () => {
    const socket = path.join(dir, "socket.md");
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      await expect(readTextFile(socket, 1024, "page")).rejects.toThrow(
        `${socket}: page is a socket, not a regular file; nothing was read`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test("a path through a file (not missing, but unreadable) is an InputError with the system's code, not null", async () => {
    const through = path.join(file("plain.md", "x"), "child.md");
    const error = await readTextFileIfExists(through, 1024, "page").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${through}: page cannot be read (ENOTDIR)`);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe("ENOTDIR");
  });

  test.runIf(process.platform === "linux")(
    "a read that fails midway (EIO) is an InputError naming the file, not a stack trace",
    async () => {
      const error = await readTextFile("/proc/self/mem", 1024, "page").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe("/proc/self/mem: page cannot be read (EIO: i/o error, read)");
      expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe("EIO");
    },
  );

  test.runIf(process.platform === "linux")(
    "no file descriptor is left open, after a read or a failure",
    async () => {
      const ok = file("fd.md", "text");
      await readTextFile(ok, 1024, "page");
      const before = readdirSync("/proc/self/fd").length;
      for (let i = 0; i < 10; i++) {
        await readTextFile(ok, 1024, "page");
        await readTextFile("/proc/self/mem", 1024, "page").catch(() => undefined);
      }
      expect(readdirSync("/proc/self/fd").length).toBe(before);
    },
  );
});

describe("the cap applies to every read", () => {
  test("a file one byte over the cap is refused with its size", async () => {
    const big = file("big.md", "x".repeat(1025));
    await expect(readTextFileIfExists(big, 1024, "page")).rejects.toThrow(
      `${big}: page is 1025 bytes, more than the limit of 1024; is this the right file?`,
    );
  });

  test("a file far over the cap is refused with its size, before it is read", async () => {
    const big = file("bigger.md", "x".repeat(5000));
    await expect(readTextFile(big, 1024, "page")).rejects.toThrow(
      `${big}: page is 5000 bytes, more than the limit of 1024; is this the right file?`,
    );
  });

  test.runIf(process.platform === "linux")(
    "a file whose size says 0 (as /proc files do) is still capped while it is read",
    async () => {
      await expect(readTextFile("/proc/self/status", 0, "page")).rejects.toThrow(
        "/proc/self/status: page is 1 bytes, more than the limit of 0; is this the right file?",
      );
    },
  );

  test("pages may be up to 64 MiB", () => {
    expect(MAX_PAGE_BYTES).toBe(64 * 1024 * 1024);
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
    expect(plain([(error as EncodingError).problem])).toEqual([
      {
        file: bad,
        line: 2,
        col: 4,
        severity: "error",
        rule: "invalid-utf8",
        message: "not valid UTF-8 (byte 0xFF)",
        hint: "save the file as UTF-8 (syllabus never re-encodes a file, so it refuses to guess)",
      },
    ]);
  });

  test("the error carries its one diagnostic as a list, like a catalog's problems", () => {
    const error = (() => {
      try {
        decodeUtf8(Buffer.from([0x61, 0xff]), "x.md");
      } catch (e) {
        return e as EncodingError;
      }
    })();
    expect(error?.messages).toEqual([error?.problem]);
    expect(error?.problem.column).toBe(2);
  });

  test("a bad byte right before a newline is placed on its own line", () => {
    expect(() => decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0x63, 0xff, 0x0a, 0x64]), "x.md")).toThrow(
      "x.md:2:3: error: not valid UTF-8 (byte 0xFF) [invalid-utf8]",
    );
  });

  test("only a UTF-16 byte order mark at the start (FF FE or FE FF) gives the UTF-16 hint", () => {
    const hint = (bytes: number[]) => {
      try {
        decodeUtf8(Buffer.from(bytes), "x.md");
      } catch (e) {
        return (e as EncodingError).problem.note?.startsWith("this looks like UTF-16");
      }
    };
    expect(hint([0xff, 0xfe, 0x41, 0x00])).toBe(true);
    expect(hint([0xfe, 0xff, 0x00, 0x41])).toBe(true);
    expect(hint([0xff, 0x41])).toBe(false);
    expect(hint([0xfe, 0x41])).toBe(false);
    expect(hint([0x41, 0xfe])).toBe(false);
    expect(hint([0x41, 0xff])).toBe(false);
  });

  test("the limits of each lead byte: E0 and F0 forbid overlong forms, F4 allows up to U+10FFFF", () => {
    expect(firstInvalidUtf8(Buffer.from([0xe0, 0x80, 0x80]))).toBe(0); // overlong U+0000
    expect(firstInvalidUtf8(Buffer.from([0xe0, 0xa0, 0x80]))).toBe(-1); // U+0800
    expect(firstInvalidUtf8(Buffer.from([0xed, 0x9f, 0xbf]))).toBe(-1); // U+D7FF
    expect(firstInvalidUtf8(Buffer.from([0xf0, 0x80, 0x80, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xf0, 0x90, 0x80, 0x80]))).toBe(-1); // U+10000
    expect(firstInvalidUtf8(Buffer.from([0xf1, 0x80, 0x80, 0x80]))).toBe(-1); // U+40000
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x8f, 0xbf, 0xbf]))).toBe(-1); // U+10FFFF
    expect(firstInvalidUtf8(Buffer.from([0xf5, 0x80, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xc2, 0x80, 0xc1, 0xbf]))).toBe(2);
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
