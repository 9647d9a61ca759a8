// Results persisted between runs, keyed by URL. Only ok verdicts are stored and reused; broken
// and unverifiable links are always checked again. A corrupt or half-written file is ignored.
import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "../util/atomic-write.js";
import type { CheckResult } from "./types.js";

interface Entry {
  checkedAt: number;
  status?: number;
  reason: string;
  finalUrl?: string;
}

export class LinkCache {
  private constructor(
    private readonly file: string,
    private readonly maxAgeMs: number,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(file: string, maxAgeMs: number, now = Date.now()): Promise<LinkCache> {
    const entries = new Map<string, Entry>();
    try {
      const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
      const stored = (parsed as { entries?: Record<string, Entry> })?.entries ?? {};
      for (const [url, entry] of Object.entries(stored)) {
        if (
          typeof entry?.checkedAt === "number" &&
          typeof entry.reason === "string" &&
          now - entry.checkedAt <= maxAgeMs
        ) {
          entries.set(url, entry);
        }
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new LinkCache(file, maxAgeMs, entries);
  }

  get(url: string, now = Date.now()): CheckResult | undefined {
    const entry = this.entries.get(url);
    if (!entry || now - entry.checkedAt > this.maxAgeMs) return undefined;
    return {
      verdict: "ok",
      ...(entry.status === undefined ? {} : { status: entry.status }),
      reason: entry.reason,
      ...(entry.finalUrl ? { finalUrl: entry.finalUrl } : {}),
      attempts: 0,
      durationMs: 0,
      warnings: [],
      cached: true,
    };
  }

  set(url: string, result: CheckResult, now = Date.now()): void {
    if (result.verdict !== "ok" || result.cached) return;
    this.entries.set(url, {
      checkedAt: now,
      reason: result.reason,
      ...(result.status === undefined ? {} : { status: result.status }),
      ...(result.finalUrl ? { finalUrl: result.finalUrl } : {}),
    });
  }

  async save(): Promise<void> {
    const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => a.localeCompare(b)));
    await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, entries }, null, 1)}\n`);
  }
}
