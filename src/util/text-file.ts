// Reading user files at the edge: regular files only (checked before reading), a size cap on every
// read, and strict UTF-8: a file is never silently re-encoded, so an invalid byte is an error at
// its line:col. A byte order mark is kept in the text; whoever parses it must account for it.
import { Buffer, isUtf8 } from "node:buffer";
import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import type { VFileMessage } from "vfile-message";
import { InputError, ProblemsError } from "./errors.js";
import { problem } from "./problem.js";
import { isWithin } from "./repo-root.js";

export const BOM = "\uFEFF";

/** Markdown a person edits (pages, templates, READMEs, files to check): anything larger is a mistake. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/** How a path is shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && isWithin(cwd, path.resolve(cwd, file)) ? relative : file;
}

/** A file that is not valid UTF-8: the first bad byte's place, as a problem line like a catalog's. */
export class EncodingError extends ProblemsError {
  override name = "EncodingError";
  constructor(readonly problem: VFileMessage) {
    super([problem]);
  }
}

export async function readTextFile(file: string, maxBytes: number, what: string): Promise<string> {
  const text = await readTextFileIfExists(file, maxBytes, what);
  if (text === null) throw new InputError(`${displayPath(file)}: ${what} does not exist`);
  return text;
}

/** Like readTextFile, but null when the file does not exist (a page not written yet). */
export async function readTextFileIfExists(
  file: string,
  maxBytes: number,
  what: string,
): Promise<string | null> {
  const name = displayPath(file);
  let before: Stats;
  try {
    before = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    throw new InputError(`${name}: ${what} cannot be read (${code ?? (error as Error).message})`, {
      cause: error,
    });
  }
  refuseIrregular(before, name, what);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // Non-blocking, so a FIFO swapped in after the check cannot hang the open; fstat refuses it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${name}: ${what} cannot be read (${code ?? (error as Error).message})`, {
      cause: error,
    });
  }
  try {
    const stats = await handle.stat();
    refuseIrregular(stats, name, what);
    if (stats.size > maxBytes) throw tooLarge(name, what, stats.size, maxBytes);
    // Read at most one byte past the cap: a file growing while it is read is still capped.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(name, what, length, maxBytes);
    return decodeUtf8(buffer.subarray(0, length), name);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: ${what} cannot be read (${(error as Error).message})`, { cause: error });
  } finally {
    await handle.close();
  }
}

function refuseIrregular(stats: Stats, name: string, what: string): void {
  if (stats.isFile()) return;
  if (stats.isDirectory()) throw new InputError(`${name}: ${what} is a folder`);
  const kind = stats.isFIFO()
    ? "a pipe"
    : stats.isCharacterDevice() || stats.isBlockDevice()
      ? "a device"
      : stats.isSocket()
        ? "a socket"
        : "a special file";
  throw new InputError(`${name}: ${what} is ${kind}, not a regular file; nothing was read`);
}

function tooLarge(name: string, what: string, size: number, maxBytes: number): InputError {
  return new InputError(
    `${name}: ${what} is ${size} bytes, more than the limit of ${maxBytes}; is this the right file?`,
  );
}

/** Strict UTF-8 (a BOM is kept as U+FEFF); an invalid byte is an EncodingError at its line:col. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  // Buffer's decoder keeps a BOM too, and costs no TextDecoder set-up on every start.
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const offset = firstInvalidUtf8(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset));
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  throw new EncodingError(
    problem({
      file,
      line,
      col: before.replace(BOM, "").length + 1,
      severity: "error",
      rule: "invalid-utf8",
      message: `not valid UTF-8 (byte 0x${byte})`,
      hint: utf16(bytes)
        ? "this looks like UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8"
        : "save the file as UTF-8 (syllabus never re-encodes a file, so it refuses to guess)",
    }),
  );
}

function utf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // no overlong forms
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (c < low || c > high) return i;
    }
    i += need + 1;
  }
  return -1;
}
