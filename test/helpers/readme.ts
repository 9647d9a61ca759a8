import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./cli.js";

/** The first ```text block after a README heading (a command's section shows its --help). */
export function readmeSection(heading: string): string | undefined {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf(`\n${heading}\n`);
  if (start === -1) return undefined;
  return /```text\n([\s\S]*?)```/.exec(readme.slice(start))?.[1];
}
