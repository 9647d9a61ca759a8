// The GitHub edge: the issues REST API through @octokit/core, with the retry plugin (5xx, 429, network
// errors: backoff) and the throttling plugin (primary and secondary rate limits, paced writes).
import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import { InputError } from "../util/errors.js";

export interface Issue {
  number: number;
  state: "open" | "closed";
  body: string;
  url: string;
  labels: string[];
}

export interface GithubOptions {
  /** GITHUB_API_URL; the token is sent to this origin only. */
  baseUrl: string;
  token: string;
  /** OWNER/REPO */
  repository: string;
  /** Retries after the first attempt, for rate limits, 5xx and network errors (default 3). */
  retries?: number;
  /** Milliseconds per second of waiting: backoff, Retry-After and write pacing (1000; tiny in tests). */
  secondMs?: number;
  /** Told when a request waits for a rate limit. */
  warn?: (message: string) => void;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);
/** The longest rate-limit wait worth making, in seconds. */
const MAX_WAIT_SECONDS = 120;

export class IssueApi {
  private readonly octokit: InstanceType<typeof RetryingOctokit>;
  private readonly owner: string;
  private readonly repo: string;
  private readonly baseUrl: string;

  constructor(options: GithubOptions) {
    const [owner, repo, ...rest] = options.repository.split("/");
    if (!owner || !repo || rest.length > 0) {
      throw new InputError(`GITHUB_REPOSITORY must be OWNER/REPO, got "${options.repository}"`);
    }
    this.owner = owner;
    this.repo = repo;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    const retries = options.retries ?? 3;
    const second = options.secondMs ?? 1000;
    const warn = options.warn ?? (() => {});
    const onLimit =
      (kind: string) =>
      (after: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        // A primary limit can take an hour to reset: not worth holding the job for; fail and say so.
        if (retryCount >= retries || after > MAX_WAIT_SECONDS) return false;
        warn(`GitHub API ${kind} on ${request.method} ${request.url}; retrying in ${after} s`);
        return true;
      };
    this.octokit = new RetryingOctokit({
      auth: options.token,
      baseUrl: this.baseUrl,
      userAgent: "course-syllabus report",
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      retry: { retries, retryAfterBaseValue: second },
      throttle: {
        retryAfterBaseValue: second,
        fallbackSecondaryRateRetryAfter: 60,
        // GitHub asks for a second between writes and more between notifying ones; scaled with `second`.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: second }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * second }),
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
      },
    });
  }

  /** The issues with the label, open or closed, most recently created first (pull requests left out). */
  async listIssues(label: string): Promise<Issue[]> {
    const { data } = await this.call("GET /repos/{owner}/{repo}/issues", {
      labels: label,
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 30,
    });
    return (data as RawIssue[]).filter((issue) => !issue.pull_request).map(toIssue);
  }

  async createIssue(title: string, body: string, label: string): Promise<Issue> {
    const { data } = await this.call("POST /repos/{owner}/{repo}/issues", { title, body, labels: [label] });
    return toIssue(data as RawIssue);
  }

  async updateIssue(number: number, change: { body?: string; state?: "open" | "closed" }): Promise<Issue> {
    const { data } = await this.call("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      issue_number: number,
      ...change,
    });
    return toIssue(data as RawIssue);
  }

  async comment(number: number, body: string): Promise<void> {
    await this.call("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      issue_number: number,
      body,
    });
  }

  private async call(route: string, parameters: Record<string, unknown>) {
    try {
      return await this.octokit.request(route, { owner: this.owner, repo: this.repo, ...parameters });
    } catch (error) {
      throw apiError(route, error, this.baseUrl);
    }
  }
}

interface RawIssue {
  number: number;
  state: string;
  body?: string | null;
  html_url: string;
  labels?: (string | { name?: string })[];
  pull_request?: unknown;
}

function toIssue(raw: RawIssue): Issue {
  return {
    number: raw.number,
    state: raw.state === "closed" ? "closed" : "open",
    body: raw.body ?? "",
    url: raw.html_url,
    labels: (raw.labels ?? []).map((label) => (typeof label === "string" ? label : (label.name ?? ""))),
  };
}

/** An API failure (after the retries) as a message with a hint; never a stack trace. */
function apiError(route: string, error: unknown, baseUrl: string): InputError {
  const where = route.replace("{owner}/{repo}", "OWNER/REPO");
  if (!(error as { response?: unknown }).response) {
    // No answer at all (refused, DNS, TLS): octokit calls it a 500; say what it is.
    const reason = (error as Error).message?.split("\n")[0] ?? String(error);
    return new InputError(`GitHub API: ${where} failed: could not reach ${baseUrl} (${reason})`, {
      cause: error,
    });
  }
  const status = (error as { status?: number }).status;
  const message = (error as Error).message?.split("\n")[0] ?? String(error);
  const hint =
    status === 401
      ? "; check GITHUB_TOKEN"
      : status === 403 && /rate limit/i.test(message)
        ? "; try again later"
        : status === 403
          ? "; the token needs permission to write issues (permissions: issues: write)"
          : status === 404
            ? "; check GITHUB_REPOSITORY, and that the token can see the repository"
            : status === 410
              ? "; issues are disabled for this repository"
              : "";
  return new InputError(
    `GitHub API: ${where} failed${status ? ` (HTTP ${status})` : ""}: ${message}${hint}`,
    { cause: error },
  );
}
