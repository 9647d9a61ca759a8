// The input: JSON printed by `syllabus links --format json` (version 1), validated at the boundary,
// and several of them (one per shard) merged into one set of results.
import * as z from "zod";
import { InputError } from "../util/errors.js";

const source = z.object({
  file: z.string(),
  line: z.number().int(),
  col: z.number().int(),
  lecture: z.object({ number: z.number().int(), title: z.string(), label: z.string().optional() }).nullable(),
  field: z.string().nullable(),
  fragment: z.string().nullable(),
});

const link = z.object({
  url: z.string().min(1),
  kind: z.enum(["remote", "local"]),
  verdict: z.enum(["ok", "broken", "unverifiable"]),
  status: z.number().int().nullable(),
  reason: z.string(),
  sources: z.array(source),
});

// Fields the report does not read (finalUrl, attempts, summary counts …) are let through unchecked, so
// later additions to the links JSON do not break it.
const results = z.object({
  version: z.literal(1),
  links: z.array(link),
});

export type ResultSource = z.infer<typeof source>;
export type ResultLink = z.infer<typeof link>;

export interface Results {
  links: ResultLink[];
  summary: { links: number; ok: number; broken: number; unverifiable: number };
}

/** Parses one results file; `name` is how the message names it (a path, or "stdin"). */
export function parseResults(text: string, name: string): ResultLink[] {
  if (text.trim() === "") {
    throw new InputError(`${name}: empty; expected the output of syllabus links --format json`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${name}: not JSON (${(error as Error).message}); expected the output of syllabus links --format json`,
    );
  }
  const parsed = results.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `at ${issue.path.join(".")}: ` : "";
    throw new InputError(
      `${name}: not a syllabus links report (${where}${issue?.message ?? "invalid"}); expected the output of syllabus links --format json`,
    );
  }
  return parsed.data.links;
}

/** One report from several (shards): links united by URL, their sources joined without repeats. */
export function mergeResults(parts: ResultLink[][]): Results {
  const byUrl = new Map<string, ResultLink>();
  for (const part of parts) {
    for (const entry of part) {
      const seen = byUrl.get(entry.url);
      if (!seen) {
        byUrl.set(entry.url, { ...entry, sources: uniqueSources(entry.sources) });
        continue;
      }
      // The same URL checked by two shards: the worse verdict wins (a shard may have hit a timeout).
      const worse = rank(entry.verdict) > rank(seen.verdict) ? entry : seen;
      byUrl.set(entry.url, { ...worse, sources: uniqueSources([...seen.sources, ...entry.sources]) });
    }
  }
  const links = [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const count = (verdict: ResultLink["verdict"]) => links.filter((l) => l.verdict === verdict).length;
  return {
    links,
    summary: {
      links: links.length,
      ok: count("ok"),
      broken: count("broken"),
      unverifiable: count("unverifiable"),
    },
  };
}

function rank(verdict: ResultLink["verdict"]): number {
  return verdict === "broken" ? 2 : verdict === "unverifiable" ? 1 : 0;
}

function uniqueSources(sources: ResultSource[]): ResultSource[] {
  const seen = new Set<string>();
  return sources
    .filter((s) => {
      const key = JSON.stringify([s.file, s.line, s.col, s.fragment]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}
