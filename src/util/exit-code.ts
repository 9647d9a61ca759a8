// The one place an exit code is chosen from a command's problems.
import type { VFileMessage } from "vfile-message";
import { EXIT } from "./errors.js";

/**
 * Findings about the course (lint rules, a stale page, a link) fail a run with 1; any other error
 * is a problem with the input itself (YAML, schema, markers, import, encoding) and exits 2.
 */
const FINDING = /^(lint|links|render|fmt)\//;

export function isFinding(m: VFileMessage): boolean {
  return FINDING.test(m.ruleId ?? "");
}

/** 0 when no message is an error, 1 when every error is a finding, 2 when the input is at fault. */
export function exitCodeFor(messages: readonly VFileMessage[]): number {
  const errors = messages.filter((m) => m.fatal);
  if (errors.length === 0) return EXIT.ok;
  return errors.every(isFinding) ? EXIT.failed : EXIT.badInput;
}
