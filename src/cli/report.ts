import { appendFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../util/errors.js";
import { readTextFile } from "../util/text-file.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { REPORT_HELP } from "./help.js";
import { type Io, StdinIsTerminal } from "./io.js";

export async function reportCommand(
  args: string[],
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "report",
    args,
    {
      issue: { type: "boolean", default: false },
      label: { type: "string", default: "broken-links" },
      title: { type: "string", default: "Broken links" },
      "confirm-after": { type: "string", default: "2" },
      "unverifiable-after": { type: "string", default: "3" },
      "lecture-label": { type: "string" },
      catalog: { type: "string" },
      date: { type: "string" },
      "fail-on-broken": { type: "boolean", default: false },
    },
    true,
  );
  if (values.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  const confirmAfter = count("--confirm-after", values["confirm-after"]);
  const unverifiableAfter = count("--unverifiable-after", values["unverifiable-after"]);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new UsageError(`--date takes YYYY-MM-DD, got "${date}"`);
  }
  const { mergeResults, parseResults } = await import("../report/results.js");
  const { compare } = await import("../report/compare.js");
  const { renderIssueBody, renderReport } = await import("../report/markdown.js");
  const { emptyState, readState } = await import("../report/state.js");

  // Every input is read and validated before anything is sent.
  const inputs = positionals.length > 0 ? positionals : ["-"];
  const parts = [];
  for (const name of inputs) {
    const text = name === "-" ? await readStdin(io) : await readInput(name);
    parts.push(parseResults(text, name === "-" ? "stdin" : name));
  }
  const results = mergeResults(parts);

  const lectureLabel = values["lecture-label"] ?? (await catalogLabel(values.catalog));
  const api = values.issue ? await issueApi(env, io) : undefined;
  const { applyIssueActions, pickIssue, planIssue } = await import("../report/issue.js");
  const issue = api ? pickIssue(await api.listIssues(values.label)) : undefined;
  const notes: string[] = [];
  let previous = emptyState(date);
  if (issue) {
    const read = readState(issue.body);
    if (read.state) previous = read.state;
    else {
      notes.push(`history was reset: ${read.problem}; every failing link counts from tonight.`);
      io.err(`syllabus: warning: issue #${issue.number}: ${read.problem}; the history starts again`);
    }
  }

  const comparison = compare(results, previous, { date, confirmAfter, unverifiableAfter });
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repository = env.GITHUB_REPOSITORY;
  const render = {
    lectureLabel,
    notes,
    ...(repository && env.GITHUB_SHA ? { blobBase: `${server}/${repository}/blob/${env.GITHUB_SHA}` } : {}),
    ...(repository && env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
  const markdown = renderReport(comparison, render);
  io.out(markdown);
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, markdown);

  if (api) {
    const body = renderIssueBody(comparison, render);
    const actions = planIssue(issue, comparison, body, { title: values.title, label: values.label });
    await applyIssueActions(api, issue, actions, (message) => io.err(`syllabus: ${message}`));
  }
  const broken = comparison.newlyBroken.length + comparison.stillBroken.length;
  return values["fail-on-broken"] && broken > 0 ? 1 : 0;
}

async function issueApi(env: NodeJS.ProcessEnv, io: Io) {
  const missing = ["GITHUB_TOKEN", "GITHUB_REPOSITORY"].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new InputError(
      `report --issue needs ${missing.join(" and ")} (in a workflow: env: GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }})`,
    );
  }
  const { IssueApi } = await import("../report/github.js");
  // For tests: how long a "second" of backoff, Retry-After and write pacing lasts (default 1000 ms).
  const second = Number(env.SYLLABUS_GITHUB_SECOND_MS);
  return new IssueApi({
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    token: env.GITHUB_TOKEN as string,
    repository: env.GITHUB_REPOSITORY as string,
    ...(Number.isFinite(second) && second >= 0 && env.SYLLABUS_GITHUB_SECOND_MS ? { secondMs: second } : {}),
    warn: (message) => io.err(`syllabus: ${message}`),
  });
}

/** Lectures named as in the course table: the catalog's table.number, else 第{zh}讲. */
async function catalogLabel(catalog: string | undefined): Promise<string> {
  if (catalog === undefined) return "第{zh}讲";
  const { loadCatalog } = await import("../catalog/load.js");
  return (await loadCatalog(catalog, undefined, { warnings: false })).catalog.table.number;
}

function count(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${flag} takes a whole number of runs, 1 or more; got "${value}"`);
  return n;
}

/** Results of a very large catalog (100,000 links) stay well under this. */
const MAX_RESULTS_BYTES = 512 * 1024 * 1024;

function readInput(file: string): Promise<string> {
  return readTextFile(path.resolve(file), MAX_RESULTS_BYTES, "results file");
}

async function readStdin(io: Io): Promise<string> {
  const usage = new UsageError(
    "report reads the results of syllabus links --format json from files or stdin; none was given\nRun: syllabus report --help",
  );
  if (!io.stdin) throw usage;
  return io.stdin().catch((error) => {
    throw error instanceof StdinIsTerminal ? usage : error;
  });
}
