// Reading a file as it was at a git ref (git show REF:./path), for links --changed-since.
import { execFile } from "node:child_process";
import path from "node:path";
import { InputError } from "./errors.js";
import { displayPath } from "./text-file.js";

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** The git binary is missing. */
  missing?: boolean;
}

function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      // C locale: the messages below are matched in English.
      { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: "C" } },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        resolve({
          ok: !error,
          stdout,
          // git's own message, else why it could not run (output over maxBuffer, say).
          stderr: stderr.trim() || (error?.message ?? ""),
          ...(code === "ENOENT" ? { missing: true } : {}),
        });
      },
    );
  });
}

/** A file's text at a ref: undefined when it did not exist there. One reader per ref. */
export type ReadAtRef = (file: string) => Promise<string | undefined>;

const FETCH_HINT =
  "  hint: the ref must be in the local clone; on GitHub Actions check out with fetch-depth: 0 " +
  "(or git fetch origin BRANCH) and pass e.g. origin/main";

/**
 * A reader of files as they were at `ref`. Each file is read in its own repository; the ref is
 * verified once per folder. Not a repository, or an unknown ref: InputError (exit 2) with a hint.
 */
export function fileReaderAt(ref: string): ReadAtRef {
  const verified = new Map<string, Promise<void>>();
  return async (file) => {
    const dir = path.dirname(path.resolve(file));
    let check = verified.get(dir);
    if (!check) {
      check = verifyRef(ref, file);
      verified.set(dir, check);
    }
    await check;
    const shown = await git(["show", `${ref}:./${path.basename(file)}`], dir);
    if (shown.ok) return shown.stdout;
    if (/does not exist in|exists on disk, but not in/.test(shown.stderr)) return undefined;
    throw new InputError(
      `--changed-since ${ref}: cannot read ${displayPath(file)} at ${ref}: ${shown.stderr}`,
    );
  };
}

async function verifyRef(ref: string, file: string): Promise<void> {
  if (ref.startsWith("-")) throw new InputError(`--changed-since takes a git ref; got "${ref}"`);
  const dir = path.dirname(path.resolve(file));
  const top = await git(["rev-parse", "--show-toplevel"], dir);
  if (top.missing) throw new InputError("--changed-since needs git, which is not installed (not on PATH)");
  if (/not a git repository/.test(top.stderr)) {
    throw new InputError(
      `--changed-since ${ref}: ${displayPath(file)} is not in a git repository\n` +
        "  hint: run syllabus in a clone of the course repository, or leave out --changed-since",
    );
  }
  if (!top.ok) {
    // Most often "dubious ownership": a container whose user does not own the checkout.
    throw new InputError(
      `--changed-since ${ref}: git cannot use the repository of ${displayPath(file)}: ${top.stderr}\n` +
        `  hint: if git says "dubious ownership", run git config --global --add safe.directory "$PWD"`,
    );
  }
  const commit = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], dir);
  if (!commit.ok) {
    throw new InputError(`--changed-since ${ref}: no such commit in this repository\n${FETCH_HINT}`);
  }
}
