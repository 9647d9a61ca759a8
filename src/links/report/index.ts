import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import type { LinkReport } from "./model.js";
import { formatText } from "./text.js";

export type Formatter = (report: LinkReport) => string;

/** Every output format behind one interface. */
export const FORMATTERS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  github: formatGithub,
};

export { type LinkReport, summarize, summaryLine } from "./model.js";
