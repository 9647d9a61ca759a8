// The errors the CLI turns into a message and an exit code.
import { expect, test } from "vitest";
import { EXIT, InputError } from "../../src/util/errors.js";

test("exit codes: 0 ok, 1 failed (stale page, broken link), 2 bad input, 3 a bug", () => {
  expect(EXIT).toEqual({ ok: 0, failed: 1, badInput: 2, internal: 3 });
});

test("an InputError is named as such and exits 2", () => {
  const error = new InputError("bad");
  expect(error.name).toBe("InputError");
  expect(error.exitCode).toBe(2);
  expect(String(error)).toBe("InputError: bad");
});
