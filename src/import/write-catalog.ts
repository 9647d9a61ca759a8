// Imported data → catalog.yaml text: the schema comment for editors, where it came from, then the
// data in the key order it was built in. Strings are quoted only where YAML needs it, never folded.
import { Document } from "yaml";

export interface CatalogFileOptions {
  /** Path of the JSON Schema relative to the catalog, for the yaml-language-server comment. */
  schemaPath: string;
  readmeName: string;
}

export function catalogText(data: Record<string, unknown>, options: CatalogFileOptions): string {
  const doc = new Document(data);
  doc.commentBefore = [
    ` Imported from ${options.readmeName} by syllabus import. This file is now the source of truth:`,
    " edit it, then run `syllabus render` to regenerate the table.",
  ].join("\n");
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `# yaml-language-server: $schema=${options.schemaPath}\n${body}`;
}
