// Reading a file as it was at a git ref, against real temporary repositories: the text, a file the
// ref does not have, and every refusal (a ref that is an option, no git, no repository, a
// repository git will not use, an unknown ref) as an InputError with its hint.
import { execFileSync } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { InputError } from "../../src/util/errors.js";
import { fileReaderAt } from "../../src/util/git.js";

const base = mkdtempSync(path.join(tmpdir(), "syllabus-git-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function repository(name: string, files: Record<string, string>): string {
  const dir = path.join(base, name);
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "--quiet", "--initial-branch=main");
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  git("add", "--all");
  git("-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "--quiet", "--message", "base");
  return dir;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
}

describe("fileReaderAt", () => {
  test("the file's text at the ref; a file the ref does not have (new since) is undefined", async () => {
    const dir = repository("plain", { "catalog.yaml": "old: 1\n" });
    writeFileSync(path.join(dir, "catalog.yaml"), "new: 2\n");
    writeFileSync(path.join(dir, "added.md"), "new file\n");
    const read = fileReaderAt("main");
    expect(await read(path.join(dir, "catalog.yaml"))).toBe("old: 1\n");
    expect(await read(path.join(dir, "added.md"))).toBeUndefined();
    expect(await read(path.join(dir, "never-existed.md"))).toBeUndefined();
  });

  test("a ref that looks like an option is refused before git runs", async () => {
    const dir = repository("option", { "a.md": "a\n" });
    expect(await refusal(fileReaderAt("--output=x")(path.join(dir, "a.md")))).toBe(
      '--changed-since takes a git ref; got "--output=x"',
    );
  });

  test("an unknown ref: no such commit, with the fetch hint", async () => {
    const dir = repository("unknown", { "a.md": "a\n" });
    expect(await refusal(fileReaderAt("origin/main")(path.join(dir, "a.md")))).toBe(
      "--changed-since origin/main: no such commit in this repository\n" +
        "  hint: the ref must be in the local clone; on GitHub Actions check out with fetch-depth: 0 " +
        "(or git fetch origin BRANCH) and pass e.g. origin/main",
    );
  });

  test("outside a repository: said so, with the hint to leave the option out", async () => {
    const dir = path.join(base, "no-repo");
    mkdirSync(dir);
    const file = path.join(dir, "a.md");
    expect(await refusal(fileReaderAt("main")(file))).toBe(
      `--changed-since main: ${file} is not in a git repository\n` +
        "  hint: run syllabus in a clone of the course repository, or leave out --changed-since",
    );
  });

  test.runIf(process.getuid?.() === 0)(
    "a repository git will not use (owned by someone else): git's reason and the safe.directory hint",
    async () => {
      const dir = repository("dubious", { "a.md": "a\n" });
      const own = (at: string, uid: number) => {
        chownSync(at, uid, statSync(at).gid);
        if (statSync(at).isDirectory()) for (const entry of readdirSync(at)) own(path.join(at, entry), uid);
      };
      own(dir, 1234);
      const message = await refusal(fileReaderAt("main")(path.join(dir, "a.md")));
      expect(message.split("\n")[0]).toMatch(
        new RegExp(
          `^--changed-since main: git cannot use the repository of ${path.join(dir, "a.md")}: fatal: detected dubious ownership`,
        ),
      );
      expect(message.split("\n").at(-1)).toBe(
        '  hint: if git says "dubious ownership", run git config --global --add safe.directory "$PWD"',
      );
    },
  );

  test("no git on PATH: said so", async () => {
    const dir = repository("nogit", { "a.md": "a\n" });
    const saved = process.env.PATH;
    process.env.PATH = path.join(base, "empty-bin");
    try {
      expect(await refusal(fileReaderAt("main")(path.join(dir, "a.md")))).toBe(
        "--changed-since needs git, which is not installed (not on PATH)",
      );
    } finally {
      process.env.PATH = saved;
    }
  });
});
