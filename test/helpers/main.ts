// Runs the CLI in-process through main(argv, io): coverage and mutation tools see the code, and no
// process start-up is paid. The working directory and environment are the process's own, so calls
// are serialised (a concurrent test waits its turn) and both are restored afterwards. In a worker
// thread (Stryker runs vitest in threads) process.chdir is not allowed: process.cwd() is answered
// instead, which is all syllabus asks (it resolves every path it is given before using it).
import { main } from "../../src/cli/main.js";
import type { CliResult } from "./cli.js";

export interface RunOptions {
  cwd?: string;
  /** Variables set (a string) or removed (undefined) for the call. */
  env?: Record<string, string | undefined>;
}

let queue: Promise<unknown> = Promise.resolve();

export function runMain(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const run = queue.then(() => runNow(args, options));
  queue = run.catch(() => undefined);
  return run;
}

async function runNow(args: string[], options: RunOptions): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
  const io = {
    out: (text: string) => {
      stdout += line(text);
    },
    err: (text: string) => {
      stderr += line(text);
    },
  };
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(options.env ?? {})) {
    saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  try {
    const code = await (options.cwd ? inDirectory(options.cwd, () => main(args, io)) : main(args, io));
    return { code, stdout, stderr };
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Runs `body` with `dir` as the working directory, and restores it. */
export async function inDirectory<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  try {
    process.chdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_UNSUPPORTED_OPERATION") throw error;
    const real = process.cwd;
    process.cwd = () => dir;
    try {
      return await body();
    } finally {
      process.cwd = real;
    }
  }
  try {
    return await body();
  } finally {
    process.chdir(cwd);
  }
}
