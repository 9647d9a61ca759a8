// Where a catalog's repository begins and ends: paths it names are resolved (symlinks included)
// and must stay inside, so a catalog can never make syllabus read or write elsewhere.
import { existsSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";

/** The git working tree holding `dir` (its top level), else `dir` itself; symlinks resolved. */
export function repositoryRoot(dir: string): string {
  const real = realpathDeep(dir);
  return gitTopLevel(real) ?? real;
}

/** The nearest folder upwards holding a .git entry (a folder, or a file in a worktree or submodule). */
export function gitTopLevel(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, ".git"))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** The real path of `file`: its deepest existing ancestor through realpath, then the rest as written. */
export function realpathDeep(file: string, hops = 0): string {
  const absolute = path.resolve(file);
  const rest: string[] = [];
  for (let at = absolute; ; at = path.dirname(at)) {
    try {
      return path.join(realpathSync(at), ...rest.reverse());
    } catch {
      // A dangling symlink still says where a write would land: follow it (a few hops at most).
      const link = hops < 32 ? readlinkOrUndefined(at) : undefined;
      if (link !== undefined) {
        return path.join(realpathDeep(path.resolve(path.dirname(at), link), hops + 1), ...rest.reverse());
      }
      if (path.dirname(at) === at) return absolute;
      rest.push(path.basename(at));
    }
  }
}

function readlinkOrUndefined(file: string): string | undefined {
  try {
    return readlinkSync(file);
  } catch {
    return undefined;
  }
}

/** Whether `file` is `folder` or inside it (both absolute and resolved). */
export function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return (
    relative === "" ||
    (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative))
  );
}
