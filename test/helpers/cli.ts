// Runs the built CLI (bin/syllabus.mjs → dist/cli.mjs) as a user would: a subprocess.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/syllabus.mjs");
/** The course's README as it was before syllabus (a copy of shared/fixtures/step_into_llm.README.md). */
export const SEED = path.join(ROOT, "test/fixtures/seed/README.md");
export const SHARED_SEED = path.resolve(ROOT, "../shared/fixtures/step_into_llm.README.md");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, ...options.env },
        timeout: 15_000,
        encoding: "utf8",
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Compares with an expected-output file; UPDATE_FIXTURES=1 rewrites it instead. */
export function expectedFile(file: string, actual: string): string {
  if (process.env.UPDATE_FIXTURES || !existsSync(file)) {
    if (!process.env.UPDATE_FIXTURES)
      throw new Error(`${file} is missing; run npm run test:update to create it`);
    writeFileSync(file, actual);
  }
  return readFileSync(file, "utf8");
}
