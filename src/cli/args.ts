// Argument parsing at the boundary (node:util parseArgs): a wrong flag is a usage error, exit 2.
import { type ParseArgsConfig, parseArgs } from "node:util";
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
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    const reason = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${reason}\nRun: syllabus ${command} --help`, { cause: error });
  }
}
