// The link checker's data: where a link was found, and what checking it found.

export type Verdict = "ok" | "broken" | "unverifiable";

/** One place a link appears. */
export interface LinkSource {
  file: string;
  line: number;
  col: number;
  /** For catalog links: the lecture and the field (video, code, review, or a part's label). */
  /** `label`: the lecture's own label, shown instead of its number (which is then its place). */
  lecture?: { number: number; title: string; label?: string };
  field?: string;
  /** The fragment this place asks for (without #), checked apart from the URL. */
  fragment?: string;
}

/** A distinct target: a normalised http(s) URL, or a local path in the working tree. */
export interface LinkTarget {
  key: string;
  kind: "remote" | "local";
  /** What is fetched (remote) or the absolute path (local), without the fragment. */
  url: string;
  sources: LinkSource[];
  /** Broken without a check: why (credentials in the URL, too long, a path outside the repository). */
  refused?: string;
}

export interface CheckResult {
  verdict: Verdict;
  status?: number;
  reason: string;
  finalUrl?: string;
  attempts: number;
  durationMs: number;
  /** Worth a maintainer's attention without failing: a permanent redirect, a missing anchor. */
  warnings: string[];
  /** The catalog could point at this instead (permanent redirect). */
  suggestion?: string;
  cached?: boolean;
  /** Remote pages: each fragment its sources ask for, judged apart (a warning at those sources only). */
  fragments?: Record<string, FragmentCheck>;
}

export interface FragmentCheck {
  found: boolean;
  /** Why not, when not found: a missing anchor, or malformed percent-encoding. */
  warning?: string;
}

/** The reason prefix of links that could not be checked because the network is down. */
export const NO_NETWORK = "no network";
