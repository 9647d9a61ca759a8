// Settings of `syllabus lint` (src/lint/): a level per rule, and where the course material lives.
// Kept apart from schema.ts, which holds only its `lint:` line.
import * as z from "zod";

// As in schema.ts: this module is evaluated first (imports run before schema.ts's own call), and
// zod decides on compiled parsers when an object schema is built.
z.config({ jitless: true });

export const LINT_RULES = [
  "lint/duplicate-resource",
  "lint/wrong-field",
  "lint/tracking-parameters",
  "lint/numbering-gap",
  "lint/duplicate-title",
  "lint/out-of-order",
  "lint/missing-path",
  "lint/unreferenced-material",
] as const;
export const lintSettings = z.strictObject({
  rules: z
    .partialRecord(z.enum(LINT_RULES), z.enum(["off", "warning", "error"]))
    .default({})
    .describe("A level per rule id: off, warning or error"),
  materials: z
    .strictObject({
      roots: z
        .array(z.string().min(1))
        .default([])
        .describe("Globs of folders whose subfolders are lecture material, e.g. Season*/"),
      ignore: z
        .array(z.string().min(1))
        .default([])
        .describe("Globs of material folders no lecture needs to link, e.g. */assets"),
      tree: z
        .string()
        .min(1)
        .optional()
        .describe(
          "A listing of the course repository's files (git ls-files), relative to this file; default: its checkout",
        ),
    })
    .prefault({}),
});

export type LintSettings = z.infer<typeof lintSettings>;
