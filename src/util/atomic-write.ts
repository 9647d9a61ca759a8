// Writes that never leave a half-written file and never lose what the file was: a temp file beside
// the target, then rename. A symlinked target is written through (the link stays a link), the
// mode and owner are kept, a read-only file is refused, and every failure names the file (exit 2).
// A temp file orphaned by a killed run (.NAME.syllabus-PID-HEX.tmp) is removed by the next write.
import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "./errors.js";
import { realpathDeep } from "./repo-root.js";
import { displayPath } from "./text-file.js";

/**
 * The checks a write makes before touching anything, for callers that write several files and
 * must refuse before the first one: the target is a regular file (or absent) and not read-only.
 */
export async function assertWritable(file: string): Promise<void> {
  await preflight(file);
}

async function preflight(file: string): Promise<{ name: string; target: string; existing?: Stats }> {
  const name = displayPath(path.resolve(file));
  const target = realpathDeep(file);
  const existing = await statIfExists(target, name);
  if (existing && !existing.isFile()) {
    throw new InputError(`${name}: not a regular file; nothing was written`);
  }
  if (existing && (existing.mode & 0o200) === 0) {
    throw new InputError(
      `${name}: the file is read-only (mode ${(existing.mode & 0o777).toString(8)}); nothing was written\n  hint: make it writable (chmod u+w ${name}) if syllabus should update it`,
    );
  }
  return existing ? { name, target, existing } : { name, target };
}

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const { name, target, existing } = await preflight(file);
  const dir = path.dirname(target);
  const base = path.basename(target);
  await fsStep(name, () => mkdir(dir, { recursive: true }));
  await removeOrphans(dir, base);
  const temp = path.join(dir, `.${base}.syllabus-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await fsStep(name, () => open(temp, "wx", existing ? existing.mode & 0o7777 : 0o666));
    try {
      await fsStep(name, async () => {
        if (existing) {
          // Owner first: chown clears set-user/group-ID bits, which chmod then restores.
          if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
            await handle.chown(existing.uid, existing.gid).catch(() => undefined); // only root may
          }
          await handle.chmod(existing.mode & 0o7777); // the umask must not narrow a kept mode
        }
        await handle.writeFile(text, "utf8");
        await handle.sync();
      });
    } finally {
      await handle.close();
    }
    await fsStep(name, () => rename(temp, target));
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined); // the first failure is the one to report
    throw error;
  }
}

async function statIfExists(file: string, name: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw cannotWrite(name, error);
  }
}

/** Runs one file-system step; a failure becomes a message naming the file, never a stack trace. */
async function fsStep<T>(name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw error instanceof InputError ? error : cannotWrite(name, error);
  }
}

function cannotWrite(name: string, error: unknown): InputError {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason = code === "EACCES" || code === "EPERM" ? `${code}: permission denied` : (code ?? message);
  return new InputError(
    `${name}: cannot be written (${reason}); nothing was changed\n  hint: check the permissions and attributes of the file and its folder`,
    { cause: error },
  );
}

/** Temp files of `base` left by a syllabus process that no longer runs (killed mid-write). */
async function removeOrphans(dir: string, base: string): Promise<void> {
  const prefix = `.${base}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const entry of names) {
    if (!entry.startsWith(prefix)) continue;
    // Ours, and the pattern of earlier versions (.NAME.PID.HEX.tmp).
    const match = /^(?:syllabus-(\d+)-[0-9a-f]+|(\d+)\.[0-9a-f]{8})\.tmp$/.exec(entry.slice(prefix.length));
    const pid = Number(match?.[1] ?? match?.[2]);
    if (!match || pid === process.pid || isRunning(pid)) continue;
    await rm(path.join(dir, entry), { force: true }).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
