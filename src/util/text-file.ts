// Reading user files at the edge: a size cap and messages that name the file and the reason.
import { open } from "node:fs/promises";
import path from "node:path";
import { InputError } from "./errors.js";

/** How a path is shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

export async function readTextFile(file: string, maxBytes: number, what: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder" : `cannot be read (${code})`;
    throw new InputError(`${displayPath(file)}: ${what} ${reason}`, { cause: error });
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new InputError(`${displayPath(file)}: ${what} is a folder`);
    const size = stats.size;
    if (size > maxBytes) {
      throw new InputError(
        `${displayPath(file)}: ${what} is ${size} bytes, more than the limit of ${maxBytes}; is this the right file?`,
      );
    }
    return await handle.readFile("utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${displayPath(file)}: ${what} cannot be read (${(error as Error).message})`, {
      cause: error,
    });
  } finally {
    await handle.close();
  }
}
