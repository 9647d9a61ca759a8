// Finds the `syllabus …` invocations of shell lines and workflows (tests check they exist in the CLI).
import { parseAllDocuments } from "yaml";
import { actionArgv, splitArgs } from "../../src/action/argv.js";
import { DEFAULT_ACTION } from "../../src/init/workflows.js";

export interface Invocation {
  where: string;
  argv: string[];
}

const BIN = /^(?:\.?\/?node_modules\/\.bin\/)?syllabus$/;
const OPERATOR = /^(?:&&|\|\||\||;|then|do)$/;
const REDIRECT = /^[0-9]*>>?/;

/** The syllabus commands of a shell line: `$ ` prompts, comments, redirections and pipes cut off. */
export function shellInvocations(line: string): string[][] {
  const words = splitArgs(line.replace(/^\s*\$\s+/, "").replace(/(^|\s)#.*$/, ""));
  const found: string[][] = [];
  let command: string[] | undefined;
  let segment = 0; // where the current simple command starts: `npx [-p PACKAGE] syllabus` or `syllabus`
  for (const [i, word] of words.entries()) {
    if (OPERATOR.test(word)) {
      command = undefined;
      segment = i + 1;
    } else if (command && REDIRECT.test(word)) {
      command = undefined; // the rest is the redirection's target
    } else if (command) {
      command.push(word);
    } else if (BIN.test(word) && (words[segment] === "npx" || segment === i)) {
      command = [];
      found.push(command);
    }
  }
  return found.filter((argv) => argv.length > 0);
}

/** The syllabus commands of a workflow: steps using the action, and run: scripts. */
export function workflowInvocations(text: string, where: string): Invocation[] {
  const found: Invocation[] = [];
  for (const document of parseAllDocuments(text)) {
    const jobs = (document.toJS() as { jobs?: Record<string, { steps?: Record<string, unknown>[] }> })?.jobs;
    for (const [job, { steps = [] }] of Object.entries(jobs ?? {})) {
      for (const step of steps) {
        const uses = String(step.uses ?? "");
        const inputs = (step.with ?? {}) as Record<string, string>;
        if (uses === "./" || uses.split("@")[0] === DEFAULT_ACTION.split("@")[0]) {
          const argv = actionArgv({
            command: String(inputs.command ?? ""),
            catalog: String(inputs.catalog ?? "catalog.yaml"),
            args: String(inputs.args ?? "").replace(/\$\{\{[^}]*\}\}/g, "REF"),
          });
          found.push({ where: `${where} ${job}: ${step.name ?? argv[0]}`, argv });
        }
        for (const line of String(step.run ?? "").split("\n")) {
          for (const argv of shellInvocations(line)) found.push({ where: `${where} ${job}: run`, argv });
        }
      }
    }
  }
  return found;
}
