// Errors the CLI turns into a message and an exit code, never a stack trace.
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { formatProblem } from "./problem.js";
import { toVFiles } from "./reporter.js";

export const EXIT = { ok: 0, failed: 1, badInput: 2, internal: 3 } as const;

/** Bad input, usage or configuration: exit 2. The message says what, where and how to fix it. */
export class InputError extends Error {
  override name = "InputError";
  readonly exitCode = EXIT.badInput;
}

/**
 * Bad input found at places: it carries its problems (vfile messages), and its message is their
 * problem lines, printed as they are.
 */
export class ProblemsError extends InputError {
  override name = "ProblemsError";
  constructor(
    readonly messages: VFileMessage[],
    summary?: string,
  ) {
    const lines = messages.map(formatProblem).join("\n");
    super(summary === undefined ? lines : `${lines}\n${summary}`);
  }

  /** The messages on their files, as unified tools (vfile-reporter) take them. */
  get files(): VFile[] {
    return toVFiles(this.messages);
  }

  /** The messages under their former name (Diagnostic[] before issue 9), for callers not yet renamed. */
  get diagnostics(): VFileMessage[] {
    return this.messages;
  }
}
