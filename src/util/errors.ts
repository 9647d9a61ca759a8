// Errors the CLI turns into a message and an exit code, never a stack trace.

export const EXIT = { ok: 0, failed: 1, badInput: 2, internal: 3 } as const;

/** Bad input, usage or configuration: exit 2. The message says what, where and how to fix it. */
export class InputError extends Error {
  override name = "InputError";
  readonly exitCode = EXIT.badInput;
}
