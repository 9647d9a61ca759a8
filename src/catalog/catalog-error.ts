// Every problem of a catalog at once, and the promise that nothing was written.

import type { VFileMessage } from "vfile-message";
import { ProblemsError } from "../util/errors.js";

export class CatalogError extends ProblemsError {
  override name = "CatalogError";
  constructor(messages: VFileMessage[]) {
    const errors = messages.filter((m) => m.fatal).length;
    super(messages, `${errors} problem${errors === 1 ? "" : "s"} found; nothing was written.`);
  }
}
