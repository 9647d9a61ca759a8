// Imported data → catalog.yaml text, in the key order a maintainer reads.
import { Document } from "yaml";
import type { ImportedTable } from "./read-table.js";

export interface CatalogFileOptions {
  /** Path of the JSON Schema relative to the catalog, for the yaml-language-server comment. */
  schemaPath: string;
  /** The README the catalog renders into, relative to the catalog. */
  outputPath: string;
  readmeName: string;
}

export function catalogText(imported: ImportedTable, options: CatalogFileOptions): string {
  const data = {
    outputs: [{ path: options.outputPath }],
    table: {
      number: imported.numberFormat,
      link: imported.linkText,
      placeholders: imported.placeholders,
      columns: imported.columns,
    },
    lectures: imported.lectures.map((lecture) => ({
      number: lecture.number,
      ...(lecture.season === undefined ? {} : { season: lecture.season }),
      title: lecture.title,
      ...(lecture.summary === undefined ? {} : { summary: lecture.summary }),
      ...(lecture.video === undefined ? {} : { video: lecture.video }),
      ...(lecture.code === undefined ? {} : { code: lecture.code }),
      ...(lecture.review === undefined ? {} : { review: lecture.review }),
    })),
  };
  const doc = new Document(data);
  doc.commentBefore = [
    ` Imported from ${options.readmeName} by syllabus import. This file is now the source of truth:`,
    " edit it, then run `syllabus render` to regenerate the table.",
  ].join("\n");
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `# yaml-language-server: $schema=${options.schemaPath}\n${body}`;
}
