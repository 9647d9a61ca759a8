// Checking stage: every distinct target once, remote ones through the host-gated fetcher (or a
// provider rule), local ones in the working tree. Then two corrections: DNS failures while the
// network itself is down are not "broken", and links still rate-limited get one slow last pass.
import { lookup as dnsLookup } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { Admission } from "./admission.js";
import type { LinkCache } from "./cache.js";
import { classify } from "./classify.js";
import { Fetcher, type FetchSettings } from "./http/fetcher.js";
import { HeadPolicy } from "./http/head-policy.js";
import { type AnchorCache, checkLocal, hasAnchor, htmlAnchors, malformedFragment } from "./local.js";
import { bilibili } from "./providers/bilibili.js";
import { github } from "./providers/github.js";
import type { Provider, ProviderContext } from "./providers/provider.js";
import { wechat } from "./providers/wechat.js";
import { youtube } from "./providers/youtube.js";
import { type CheckResult, type FragmentCheck, type LinkTarget, NO_NETWORK } from "./types.js";

export const PROVIDERS: readonly Provider[] = [bilibili, youtube, wechat, github];

export interface CheckOptions extends FetchSettings {
  accept: (status: number) => boolean;
  bodyCap: number;
  /** HEAD first (default) or GET only, per host. */
  methodFor: (host: string) => "HEAD" | "GET";
  /** Provider base URL overrides (bilibili, youtube, wechat, github). */
  providerBases: Record<string, string>;
  githubToken?: string;
  /** A name that always resolves when the network is up, asked once before the first lookup. */
  dnsProbe: string;
  cache?: LinkCache;
  onResult?: (target: LinkTarget, result: CheckResult) => void;
}

export interface CheckSession {
  /** Starts checking a new target (each distinct target once). */
  add(target: LinkTarget): void;
  /** In-flight requests per host, for progress output while the run goes on. */
  inFlight: () => Map<string, number>;
  /** Waits for every added target, runs the corrections, and stops the dispatcher. */
  finish(): Promise<Map<string, CheckResult>>;
}

export interface CheckRun {
  inFlight: () => Map<string, number>;
  done: Promise<Map<string, CheckResult>>;
}

export function checkTargets(targets: readonly LinkTarget[], options: CheckOptions): CheckRun {
  const session = startChecks(options);
  for (const target of targets) session.add(target);
  return { inFlight: session.inFlight, done: session.finish() };
}

export function startChecks(options: CheckOptions): CheckSession {
  const head = new HeadPolicy(options.methodFor);
  const fetcher = new Fetcher({
    ...options,
    onAnswer: (host, method, response) => head.answered(host, method, response.ended === true),
  });
  const results = new Map<string, CheckResult>();
  const context = providerContext(fetcher, options);
  const targets: LinkTarget[] = [];
  const anchorCache: AnchorCache = new Map();
  /** Anchors of remote pages whose body was read during the check. */
  const pageAnchors = new Map<string, Set<string>>();
  const finish = (target: LinkTarget, result: CheckResult) => {
    results.set(target.key, result);
    if (target.kind === "remote") options.cache?.set(target.url, result);
    options.onResult?.(target, result);
  };
  // Asked once, before the first request that needs a name resolved: is the network there at all?
  // Offline, every remote link would fail alike (and storm the resolver); so they are not tried.
  let networkDown: Promise<boolean> | undefined;
  const check = async (target: LinkTarget) => {
    if (target.refused) return finish(target, refused(target.refused));
    if (target.kind === "local") {
      // Local targets are one per fragment: every source asks for the same one.
      const fragment = target.sources[0]?.fragment;
      return finish(target, await checkLocal(target.url, fragment, anchorCache));
    }
    const cached = options.cache?.get(target.url);
    if (cached) return finish(target, cached);
    const url = new URL(target.url);
    if (isIP(url.hostname.replace(/^\[|\]$/g, "")) === 0) {
      networkDown ??= probeFails(options);
      if (await networkDown) return finish(target, noNetwork(options));
    }
    const { result, anchors } = await checkRemote(target, fetcher, context, options, head, url);
    if (anchors) pageAnchors.set(target.key, anchors);
    finish(target, result);
  };
  // A host's links start a few at a time: enough to keep its limit busy through retries and
  // Retry-After waits, few enough that waiting links cost a list entry, not a suspended request.
  const admission = new Admission<LinkTarget>(
    (host) =>
      host === LOCAL ? Number.POSITIVE_INFINITY : ADMITTED_PER_SLOT * options.hostLimits(host).concurrency,
    check,
  );

  return {
    add(target) {
      targets.push(target);
      admission.add(target.kind === "remote" && !target.refused ? hostOf(target.url) : LOCAL, target);
    },
    inFlight: () => fetcher.inFlight(),
    async finish() {
      try {
        await admission.done();
        await finalSlowPass(targets, results, options, finish);
        // Sources keep arriving while their target is checked: fragments are judged once all are in.
        await Promise.all(
          targets.map(async (target) => {
            const result = results.get(target.key);
            if (target.kind !== "remote" || !result) return;
            const judged = await withFragments(target, result, pageAnchors.get(target.key), fetcher, options);
            results.set(target.key, judged);
          }),
        );
        await options.cache?.save().catch(() => undefined);
        return results;
      } finally {
        await fetcher.close();
      }
    },
  };
}

function providerContext(fetcher: Fetcher, options: CheckOptions): ProviderContext {
  return {
    fetcher,
    base: (name, fallback) => (options.providerBases[name] ?? fallback).replace(/\/+$/, ""),
    accept: options.accept,
    bodyCap: options.bodyCap,
    ...(options.githubToken ? { githubToken: options.githubToken } : {}),
  };
}

/** A remote check's result, and the page's anchors when its body was read (for fragments). */
export interface RemoteCheck {
  result: CheckResult;
  anchors?: Set<string>;
}

function providerFor(url: URL, options: CheckOptions): Provider | undefined {
  return PROVIDERS.find((p) => p.matches(url) && (p.name !== "github" || options.githubToken));
}

export async function checkRemote(
  target: LinkTarget,
  fetcher: Fetcher,
  context: ProviderContext,
  options: CheckOptions,
  head: HeadPolicy,
  url = new URL(target.url),
): Promise<RemoteCheck> {
  const started = Date.now();
  const provider = providerFor(url, options);
  if (provider) {
    const { attempts, warnings = [], ...classified } = await provider.check(url, context);
    return { result: { ...classified, attempts, warnings, durationMs: Date.now() - started } };
  }

  // A fragment known now means the page is read at once; one that comes later costs a GET then.
  const wantsBody = target.sources.some((s) => s.fragment);
  // HEAD or GET is chosen when the request is sent: a host that refused HEAD to the links before
  // this one has taught the policy by then.
  const method = wantsBody ? "GET" : () => head.method(url.hostname);
  const body = wantsBody ? { cap: options.bodyCap } : undefined;
  let fetched = await fetcher.fetch(target.url, method, body);
  let attempts = fetched.attempts;
  const headStatus =
    fetched.method === "HEAD" && !fetched.redirectFailure && fetched.outcome.kind === "response"
      ? fetched.outcome.status
      : undefined;
  if (headStatus !== undefined && !options.accept(headStatus) && headStatus !== 429) {
    // Many servers refuse or mishandle HEAD: ask again with GET (body not downloaded), within
    // the same budget of retries.
    if (head.needsGet(url.hostname, headStatus) && fetched.retriesLeft > 0) {
      fetched = await fetcher.fetch(
        target.url,
        "GET",
        undefined,
        {},
        {
          followUp: true,
          retries: fetched.retriesLeft - 1,
        },
      );
      attempts += fetched.attempts;
      head.learn(
        url.hostname,
        headStatus,
        fetched.outcome.kind === "response" ? fetched.outcome.status : undefined,
      );
    }
  }
  const classified = classify({ ...fetched, attempts }, options.accept);
  const warnings: string[] = [];
  if (fetched.permanentTarget && classified.verdict === "ok") {
    warnings.push(`permanent redirect to ${fetched.permanentTarget}; update the link`);
  }
  const anchors =
    body && classified.verdict === "ok" && fetched.outcome.kind === "response"
      ? htmlAnchors(fetched.outcome.body ?? "")
      : undefined;
  return {
    result: {
      ...classified,
      finalUrl: fetched.finalUrl,
      attempts,
      durationMs: Date.now() - started,
      warnings,
      ...(fetched.permanentTarget && classified.verdict === "ok"
        ? { suggestion: fetched.permanentTarget }
        : {}),
    },
    ...(anchors ? { anchors } : {}),
  };
}

/**
 * Each fragment asked of an ok page, found or not, for the sources that ask it. Not judged on a page
 * that is not ok, nor for provider links (their fragments are player positions, not anchors).
 */
async function withFragments(
  target: LinkTarget,
  result: CheckResult,
  known: Set<string> | undefined,
  fetcher: Fetcher,
  options: CheckOptions,
): Promise<CheckResult> {
  const fragments = [...new Set(target.sources.flatMap((s) => (s.fragment ? [s.fragment] : [])))];
  if (fragments.length === 0 || result.verdict !== "ok" || providerFor(new URL(target.url), options)) {
    return result;
  }
  let anchors = known;
  let attempts = result.attempts;
  if (!anchors) {
    // The page was just found ok: one GET for its body, no retries.
    const fetched = await fetcher.fetch(
      target.url,
      "GET",
      { cap: options.bodyCap },
      {},
      {
        followUp: true,
        retries: 0,
      },
    );
    attempts += fetched.attempts;
    if (fetched.outcome.kind !== "response" || !options.accept(fetched.outcome.status)) {
      return { ...result, attempts };
    }
    anchors = htmlAnchors(fetched.outcome.body ?? "");
  }
  // Fragments are page text ("__proto__" too): own properties only, never assigned through a setter.
  const checks = Object.fromEntries(
    fragments.map((fragment): [string, FragmentCheck] => {
      const found = hasAnchor(anchors, fragment);
      if (found) return [fragment, { found: true }];
      const warning =
        found === undefined
          ? malformedFragment(fragment)
          : `no anchor #${fragment} in the page (it may be added by scripts)`;
      return [fragment, { found: false, warning }];
    }),
  );
  return { ...result, attempts, fragments: checks };
}

/** Links per request a host may have in flight that are started at once. */
const ADMITTED_PER_SLOT = 4;
/** The admission key of local and refused targets: not limited. */
const LOCAL = "";

/** The host (and port) of a remote target's URL, as its gate is keyed. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return LOCAL;
  }
}

function refused(reason: string): CheckResult {
  return { verdict: "broken", reason, attempts: 0, durationMs: 0, warnings: [] };
}

/** Whether a name that always resolves when the network is up fails to (SYLLABUS_DNS_PROBE). */
function probeFails(options: CheckOptions): Promise<boolean> {
  const lookup: LookupFunction = options.lookup ?? dnsLookup;
  return new Promise<boolean>((resolve) => {
    lookup(options.dnsProbe, {}, (error) => resolve(Boolean(error)));
  });
}

function noNetwork(options: CheckOptions): CheckResult {
  return {
    verdict: "unverifiable",
    reason: `${NO_NETWORK}: host names do not resolve (not even ${options.dnsProbe})`,
    attempts: 0,
    durationMs: 0,
    warnings: [],
  };
}

/** Links still rate-limited after their retries: once more, one at a time per host, slowly. */
async function finalSlowPass(
  targets: readonly LinkTarget[],
  results: Map<string, CheckResult>,
  options: CheckOptions,
  finish: (target: LinkTarget, result: CheckResult) => void,
): Promise<void> {
  const limited = targets.filter(
    (t) => results.get(t.key)?.status === 429 && results.get(t.key)?.verdict === "unverifiable",
  );
  if (limited.length === 0) return;
  const slow = new Fetcher({
    ...options,
    retries: 0,
    hostLimits: (host) => ({ concurrency: 1, interval: Math.max(1000, options.hostLimits(host).interval) }),
  });
  try {
    const context = providerContext(slow, options);
    await Promise.all(
      limited.map(async (target) => {
        const before = results.get(target.key);
        const { result: again } = await checkRemote(
          target,
          slow,
          context,
          options,
          new HeadPolicy(options.methodFor),
        );
        const attempts = again.attempts + (before?.attempts ?? 0);
        const stillLimited = again.status === 429 && again.verdict === "unverifiable";
        const reason = stillLimited ? `rate limited (HTTP 429) after ${attempts} attempts` : again.reason;
        finish(target, { ...again, reason, attempts });
      }),
    );
  } finally {
    await slow.close();
  }
}
