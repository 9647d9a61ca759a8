// Every problem of a catalog at once, and the promise that nothing was written.

import { type Diagnostic, formatDiagnostic } from "../util/diagnostic.js";
import { InputError } from "../util/errors.js";

export class CatalogError extends InputError {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    super(
      `${diagnostics.map(formatDiagnostic).join("\n")}\n${errors} problem${errors === 1 ? "" : "s"} found; nothing was written.`,
    );
  }
}
