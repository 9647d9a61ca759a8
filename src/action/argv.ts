// The action's inputs → the CLI's argv. Pure, so the translation is tested without a runner.
import path from "node:path";
import { InputError } from "../util/errors.js";

export interface ActionInputs {
  /** A syllabus command, optionally with its flags: `validate`, `render --check`. */
  command: string;
  /** The catalog file; passed as --catalog to the commands that take one. Empty: the CLI's default. */
  catalog: string;
  /** More arguments, split as a shell would (quotes, backslashes); no expansion of any kind. */
  args: string;
}

/** The commands that read a catalog and take --catalog. */
export const CATALOG_COMMANDS: ReadonlySet<string> = new Set([
  "validate",
  "lint",
  "render",
  "links",
  "fmt",
  "add",
  "init",
]);

export function actionArgv(inputs: ActionInputs): string[] {
  const [command, ...flags] = splitArgs(inputs.command, "command");
  if (command === undefined) throw new InputError('the input "command" is empty; e.g. command: validate');
  const args = splitArgs(inputs.args, "args");
  const catalog = inputs.catalog.trim();
  const withCatalog =
    catalog !== "" && CATALOG_COMMANDS.has(command) && ![...flags, ...args].some(isCatalogFlag);
  return [command, ...(withCatalog ? ["--catalog", catalog] : []), ...flags, ...args];
}

/** The `output` input as an absolute path inside the workspace; undefined when it is empty. */
export function outputFile(output: string, workspace: string): string | undefined {
  if (output.trim() === "") return undefined;
  const file = path.resolve(workspace, output.trim());
  const relative = path.relative(workspace, file);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new InputError(`the input "output" must name a file inside the workspace, got "${output}"`);
  }
  return file;
}

function isCatalogFlag(arg: string): boolean {
  return arg === "--catalog" || arg.startsWith("--catalog=");
}

/**
 * Splits a string into words the way a POSIX shell splits a simple command line: whitespace
 * separates, '…' keeps everything literally, "…" keeps everything but \" \\ \$ \` escapes, a
 * backslash outside quotes escapes the next character. Nothing is expanded ($HOME stays as is).
 */
export function splitArgs(text: string, input = "args"): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw unterminated(input, "'");
      word += text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === "\\" && '"\\$`'.includes(text[j + 1] ?? "")) j++;
        word += text[j];
      }
      if (j >= text.length) throw unterminated(input, '"');
      i = j;
    } else if (c === "\\") {
      if (i + 1 < text.length) word += text[++i];
    } else {
      word += c;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function unterminated(input: string, quote: string): InputError {
  return new InputError(`the input "${input}" has an unterminated ${quote} quote`);
}
