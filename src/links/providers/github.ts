// GitHub repository, tree and blob URLs through the REST API, when a token is present (github.com
// pages answer link checkers with 429). The API base comes from GITHUB_API_URL, as on Actions.

import { safeDecode } from "../../util/uri.js";
import { classify } from "../classify.js";
import { header } from "../http/fetcher.js";
import type { Provider, ProviderResult } from "./provider.js";

const PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?(?:\/(tree|blob)\/([^/]+)(?:\/(.*))?)?\/?$/;

export function githubTarget(
  url: URL,
): { owner: string; repo: string; ref?: string; path?: string } | undefined {
  if (url.hostname !== "github.com") return undefined;
  const match = PATH.exec(url.pathname);
  if (!match) return undefined;
  const [, owner = "", repo = "", , ref, path] = match;
  return {
    owner,
    repo,
    ...(ref ? { ref } : {}),
    ...(path ? { path: safeDecode(path.replace(/\/$/, "")) ?? path.replace(/\/$/, "") } : {}),
  };
}

export const github: Provider = {
  name: "github",
  matches: (url) => githubTarget(url) !== undefined,
  async check(url, context): Promise<ProviderResult> {
    const target = githubTarget(url);
    if (!target || !context.githubToken) throw new Error("github provider used without a target or token");
    const base = context.base("github", "https://api.github.com");
    const repo = `${base}/repos/${target.owner}/${target.repo}`;
    const api = target.path
      ? `${repo}/contents/${target.path.split("/").map(encodeURIComponent).join("/")}?ref=${encodeURIComponent(target.ref ?? "")}`
      : target.ref
        ? `${repo}/commits/${encodeURIComponent(target.ref)}`
        : repo;
    const result = await context.fetcher.fetch(api, "HEAD", undefined, {
      authorization: `Bearer ${context.githubToken}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
    });
    const { outcome, attempts } = result;
    const what = target.path
      ? `${target.path} at ${target.ref}`
      : target.ref
        ? `ref ${target.ref}`
        : "the repository";
    if (outcome.kind === "response") {
      const { status } = outcome;
      const warnings = result.permanentTarget
        ? ["the repository moved (GitHub API 301); update the link"]
        : [];
      if (status === 200)
        return { verdict: "ok", status, reason: `${what} exists (GitHub API)`, attempts, warnings };
      if (status === 404)
        return {
          verdict: "broken",
          status,
          reason: `${what} not found (or private) (GitHub API 404)`,
          attempts,
        };
      if (status === 401)
        return { verdict: "unverifiable", status, reason: "GitHub rejected the token (401)", attempts };
      if ((status === 403 || status === 429) && header(outcome.headers, "x-ratelimit-remaining") === "0") {
        return { verdict: "unverifiable", status, reason: "GitHub API rate limit reached", attempts };
      }
    }
    const classified = classify(result, context.accept);
    return { ...classified, reason: `GitHub API: ${classified.reason}`, attempts };
  },
};
