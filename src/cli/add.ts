import path from "node:path";
import { createInterface } from "node:readline/promises";
import { CatalogError, loadCatalog } from "../catalog/load.js";
import { readCatalogText } from "../catalog/read.js";
import { validateCatalog } from "../catalog/validate.js";
import { addLecture, type NewLecture } from "../edit/add.js";
import { assertWritable, writeFileAtomic } from "../util/atomic-write.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { ADD_HELP } from "./help.js";
import type { Io, Terminal } from "./io.js";

const TEXT_FIELDS = ["title", "summary", "video", "code", "review", "label", "group"] as const;
const NUMBER_FIELDS = ["season", "number"] as const;

export async function addCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("add", args, {
    catalog: { type: "string", default: "catalog.yaml" },
    title: { type: "string" },
    summary: { type: "string" },
    video: { type: "string" },
    code: { type: "string" },
    review: { type: "string" },
    season: { type: "string" },
    label: { type: "string" },
    group: { type: "string" },
    number: { type: "string" },
    "dry-run": { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(ADD_HELP);
    return 0;
  }
  // Flags first: a mistyped number is a usage error before any file is read or question asked.
  const given: Partial<NewLecture> = {};
  for (const field of TEXT_FIELDS) if (values[field] !== undefined) given[field] = values[field];
  for (const field of NUMBER_FIELDS) {
    const value = values[field];
    if (value !== undefined) given[field] = wholeNumber(field, value);
  }

  const catalogPath = path.resolve(values.catalog);
  const text = await readCatalogText(catalogPath);
  // An invalid catalog is reported as it is, before any question: the new lecture is not to blame.
  const { file } = await loadCatalog(catalogPath, text, { warnings: false });
  const terminal = given.title === undefined ? io.terminal?.() : undefined;
  const fields = terminal ? await ask(terminal, given) : given;
  if (fields.title === undefined)
    throw new UsageError(
      "add needs --title (on a terminal, it asks for each field)\nRun: syllabus add --help",
    );

  const { text: next, lecture } = addLecture(text, fields as NewLecture);
  const check = validateCatalog(next, file, { warnings: false });
  if (!check.catalog) throw new CatalogError(check.diagnostics);

  const name = `lecture ${lecture.label ?? lecture.number}${lecture.season === undefined ? "" : ` (season ${lecture.season})`}`;
  if (values["dry-run"]) {
    const { createTwoFilesPatch } = await import("diff");
    io.out(createTwoFilesPatch(`a/${file}`, `b/${file}`, text, next, "", "", { context: 3 }));
    io.err(`${file}: ${name} would be added; nothing was written (--dry-run)`);
    return 0;
  }
  await assertWritable(catalogPath);
  await writeFileAtomic(catalogPath, next);
  io.err(`${file}: ${name} added: ${lecture.title}`);
  return 0;
}

function wholeNumber(field: string, value: string): number {
  if (!/^\d{1,9}$/.test(value.trim()))
    throw new UsageError(`--${field} must be a whole number, got "${value}"\nRun: syllabus add --help`);
  return Number(value);
}

/** Asks for each field not given as a flag; an empty answer leaves an optional field out. */
async function ask(terminal: Terminal, given: Partial<NewLecture>): Promise<Partial<NewLecture>> {
  const isTty = Boolean((terminal.input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input: terminal.input, output: terminal.output, terminal: isTty });
  let closed = false;
  let interrupted = false;
  rl.once("close", () => {
    closed = true;
  });
  // Ctrl-C ends the questions (readline would only pause the input and leave them waiting).
  rl.on("SIGINT", () => {
    interrupted = true;
    rl.close();
  });
  // Lines are read through the iterator, which buffers them: typed ahead or pasted answers are kept.
  const lines = rl[Symbol.asyncIterator]();
  const question = async (text: string) => {
    if (closed) terminal.output.write(text);
    else {
      rl.setPrompt(text);
      rl.prompt();
    }
    const line = await lines.next();
    if (line.done && interrupted) throw new UsageError("interrupted; nothing was written");
    if (line.done)
      throw new UsageError("the input ended before every question was answered; nothing was written");
    return String(line.value).trim();
  };
  const fields = { ...given };
  try {
    let title = "";
    while (title === "") title = await question("Title: ");
    fields.title = title;
    for (const [field, text] of [
      ["summary", "Summary (optional): "],
      ["video", "Video URL (optional): "],
      ["code", "Code: URL or ./path (optional): "],
      ["review", "Review: URL or ./path (optional): "],
    ] as const) {
      if (fields[field] !== undefined) continue;
      const answer = await question(text);
      if (answer !== "") fields[field] = answer;
    }
  } finally {
    rl.close();
  }
  return fields;
}
