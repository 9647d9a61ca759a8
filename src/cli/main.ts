// syllabus: a thin dispatcher. Commands return an exit code; user errors become a message, not a trace.

import { didYouMean } from "../util/did-you-mean.js";
import { EXIT, InputError, ProblemsError } from "../util/errors.js";
import { exitCodeFor } from "../util/exit-code.js";
import { UsageError } from "./args.js";
import { MAIN_HELP } from "./help.js";
import { type Io, processIo } from "./io.js";

declare const SYLLABUS_VERSION: string;

type Command = (args: string[], io: Io) => Promise<number>;

// Loaded on demand: each command pulls in only the libraries it needs.
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./validate.js")).validateCommand,
  lint: async () => (await import("./lint.js")).lintCommand,
  render: async () => (await import("./render.js")).renderCommand,
  import: async () => (await import("./import.js")).importCommand,
  links: async () => (await import("./links.js")).linksCommand,
  report: async () => (await import("./report.js")).reportCommand,
  init: async () => (await import("./init.js")).initCommand,
  fmt: async () => (await import("./fmt.js")).fmtCommand,
  add: async () => (await import("./add.js")).addCommand,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const { command, rest } = commandLine(argv);
    if (command === undefined || command === "--help" || command === "-h") {
      io.out(MAIN_HELP);
      return 0;
    }
    if (command === "--version" || command === "-v") {
      io.out(typeof SYLLABUS_VERSION === "string" ? SYLLABUS_VERSION : "development");
      return 0;
    }
    // Own keys only: "constructor" or "toString" is not a command.
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load && command.startsWith("-")) {
      const guess = didYouMean(command, ["--catalog", "--help", "--version"]);
      throw new UsageError(
        `unknown option "${command}"${guess ? `; did you mean "${guess}"?` : ""}\nRun: syllabus --help`,
      );
    }
    if (!load) {
      const guess = didYouMean(command, Object.keys(COMMANDS));
      throw new UsageError(
        `unknown command "${command}"${guess ? `; did you mean "${guess}"?` : ""}\nRun: syllabus --help`,
      );
    }
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      // Problems at a place (file:line:col: severity: …) print as they are, one shape per line;
      // other messages are the program's own and say so.
      if (!(error instanceof ProblemsError)) {
        io.err(`syllabus: ${error.message}`);
        return error.exitCode;
      }
      io.err(error.message);
      // A command that stopped on its problems never exits 0, whatever their severities.
      const code = exitCodeFor(error.messages);
      return code === EXIT.ok ? error.exitCode : code;
    }
    io.err(
      `syllabus: internal error (a bug; please report it with this output)\n${(error as Error).stack ?? error}`,
    );
    return EXIT.internal;
  }
}

/**
 * The command and its arguments. Global options before the command (`--catalog PATH`, as the
 * top-level help lists it) are handed to the command; `help CMD` is `CMD --help`.
 */
function commandLine(argv: string[]): { command: string | undefined; rest: string[] } {
  const globals: string[] = [];
  let i = 0;
  for (; argv[i] === "--catalog" || argv[i]?.startsWith("--catalog="); i++) {
    const arg = argv[i] as string;
    if (arg !== "--catalog") globals.push(arg);
    else if (argv[i + 1] === undefined)
      throw new UsageError('option "--catalog" needs a value\nRun: syllabus --help');
    else globals.push(arg, argv[++i] as string);
  }
  const [command, ...rest] = argv.slice(i);
  if (command === "help" && rest[0] !== undefined && rest[0] !== "help")
    return { command: rest[0], rest: ["--help"] };
  if (command === "help") return { command: undefined, rest };
  return { command, rest: [...globals, ...rest] };
}
