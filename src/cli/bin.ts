// Entry point of the bundle: run the command line, set the exit code.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
