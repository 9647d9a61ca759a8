// The JSON Schema editors use (yaml-language-server), generated from the zod schema.
import * as z from "zod";
import { catalog } from "./schema.js";

export function catalogJsonSchema(): string {
  const schema = z.toJSONSchema(catalog, { io: "input", target: "draft-7" });
  return `${JSON.stringify({ ...schema, title: "syllabus catalog", description: "catalog.yaml: the lectures of a course, rendered into its README by syllabus" }, null, 2)}\n`;
}
