// The GitHub Action (action.yml → dist/action.mjs): reads the inputs, runs one syllabus command in
// the workspace, and fails the step with a one-line reason when the command does not succeed.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import type { Io } from "../cli/io.js";
import { main } from "../cli/main.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { EXIT, InputError } from "../util/errors.js";
import { actionArgv, outputFile } from "./argv.js";
import { PROBLEM_MATCHER } from "./matcher.js";

const REASONS: Record<number, string> = {
  [EXIT.failed]: "a page is stale, a link is broken or lint found an error (see the log above)",
  [EXIT.badInput]: "bad input, configuration or usage (see the messages above)",
  [EXIT.internal]: "an internal error (a bug; please report it with the log)",
};

const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);

async function run(): Promise<number> {
  const token = core.getInput("github-token");
  if (token) {
    core.setSecret(token);
    process.env.GITHUB_TOKEN = token;
  }
  let argv: string[];
  let output: string | undefined;
  try {
    argv = actionArgv({
      command: core.getInput("command"),
      catalog: core.getInput("catalog"),
      args: core.getInput("args"),
    });
    output = outputFile(core.getInput("output"), process.cwd());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return finish(EXIT.badInput, `syllabus: ${error.message}`);
  }
  core.info(`syllabus ${argv.join(" ")}`);
  if (process.env.GITHUB_ACTIONS === "true") addProblemMatcher();

  // With `output`, the data goes to that file (written whole, once the command is done).
  let data = "";
  const io: Io = {
    out: (text) => {
      if (output) data += line(text);
      else process.stdout.write(line(text));
    },
    err: (text) => process.stderr.write(line(text)),
  };
  const code = await main(argv, io);
  if (output) {
    await writeFileAtomic(output, data);
    core.info(`syllabus: the output is in ${path.relative(process.cwd(), output)}`);
  }
  return finish(code, `syllabus ${argv[0]} exited ${code}: ${REASONS[code] ?? "failed"}`);
}

/** The exit code as the step's output; any but 0 fails the step with the reason. */
function finish(code: number, reason: string): number {
  core.setOutput("exit-code", code);
  if (code !== EXIT.ok) core.setFailed(reason);
  return code;
}

/** The runner reads a matcher from a file: written to the job's temporary folder, then registered. */
function addProblemMatcher(): void {
  const file = path.join(process.env.RUNNER_TEMP || os.tmpdir(), "syllabus-problem-matcher.json");
  writeFileSync(file, JSON.stringify(PROBLEM_MATCHER));
  process.stdout.write(`::add-matcher::${file}\n`);
}

// After setFailed (which sets 1): the step's exit code is the command's own.
process.exitCode = await run();
