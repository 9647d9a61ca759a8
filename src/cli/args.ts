// Argument parsing at the boundary (node:util parseArgs): a wrong flag is a usage error, exit 2,
// told in our words (with "did you mean" for a misspelt flag), never node's.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { didYouMean } from "../util/did-you-mean.js";
import { InputError } from "../util/errors.js";

export class UsageError extends InputError {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<T extends Options>(
  command: string,
  args: string[],
  options: T,
  allowPositionals = false,
) {
  const all = { ...options, help: { type: "boolean", short: "h" } } satisfies Options;
  try {
    return parseArgs({ args, options: all, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(`${usageProblem(error as Error, all)}\nRun: syllabus ${command} --help`, {
      cause: error,
    });
  }
}

/** parseArgs' complaint, said plainly; the option names come from its message. */
function usageProblem(error: Error & { code?: string }, options: Options): string {
  const named = /'([^' ]+)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const flags = Object.keys(options).map((name) => `--${name}`);
      const guess = named.startsWith("--") ? didYouMean(named, flags) : undefined;
      return `unknown option "${named}"${guess ? `; did you mean "${guess}"?` : ""}`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take/.test(error.message)
        ? `option "${named}" takes no value`
        : `option "${named}" needs a value`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument "${named}"`;
    default:
      return error.message.replace(/\. To specify a positional argument.*$/s, "");
  }
}

/** ` --catalog PATH` for a command to suggest, or nothing for the default catalog.yaml. */
export function catalogFlag(catalog: string): string {
  return catalog === "catalog.yaml" ? "" : ` --catalog ${catalog}`;
}
