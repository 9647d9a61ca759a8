// Markdown (nightly report, job summary): a table built as mdast, so every cell is escaped.
import type { PhrasingContent, TableRow } from "mdast";
import { stringifyBlocks } from "../../markdown/markdown.js";
import { displayUrl, findings, type LinkReport, summarize, summaryLine } from "./model.js";

export function formatMarkdown(report: LinkReport): string {
  const summary = summarize(report);
  const text = (value: string): PhrasingContent[] => (value ? [{ type: "text", value }] : []);
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: "tableRow",
    children: cells.map((children) => ({ type: "tableCell", children })),
  });
  const rows = findings(report).map(({ entry, source, warnings }) => {
    const url = displayUrl(entry, source);
    const { result } = entry;
    return row([
      text(result.verdict === "ok" ? "warning" : result.verdict),
      [{ type: "inlineCode", value: `${source.file}:${source.line}:${source.col}` }],
      text(
        source.lecture
          ? `${source.lecture.label ?? source.lecture.number} ${source.lecture.title}${source.field ? ` (${source.field})` : ""}`
          : "",
      ),
      [{ type: "link", url, children: [{ type: "text", value: url }] }],
      text([result.verdict === "ok" ? "" : result.reason, ...warnings].filter(Boolean).join("; ")),
    ]);
  });
  const blocks = stringifyBlocks([
    { type: "heading", depth: 2, children: [{ type: "text", value: "syllabus links" }] },
    { type: "paragraph", children: [{ type: "text", value: summaryLine(summary) }] },
    ...(rows.length > 0
      ? [
          {
            type: "table" as const,
            align: null,
            children: [
              row([text("verdict"), text("where"), text("lecture"), text("link"), text("reason")]),
              ...rows,
            ],
          },
        ]
      : []),
  ]);
  return `${blocks}\n`;
}
