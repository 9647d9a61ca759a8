// --shard I/N: a deterministic slice of the links, by site, so that every request to one host is
// made by one shard and the per-host limits (perHost, interval, the 429 back-off) still hold.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Hosts whose links one provider checks through one API: they must share a shard. */
const SITE_ALIASES: Record<string, string> = {
  "youtu.be": "youtube.com",
  "youtube-nocookie.com": "youtube.com",
};

/**
 * The site a URL's requests go to: the host name without port and without a leading www., m.,
 * music. or api. (bilibili.com and api.bilibili.com, github.com and api.github.com together), and
 * a provider's short hosts joined to its site.
 */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  const bare = host.replace(/^(?:www|m|music|api)\.(?=[^.]+\.)/, "");
  return SITE_ALIASES[bare] ?? bare;
}

/**
 * The shard (1..count) of a link: remote URLs by a stable hash of their site; local paths (and
 * anything without a host) all in shard 1, since they need no politeness and cost microseconds.
 */
export function shardOf(target: { kind: "remote" | "local"; url: string }, count: number): number {
  if (count <= 1 || target.kind === "local") return 1;
  let hostname: string;
  try {
    hostname = new URL(target.url).hostname;
  } catch {
    return 1;
  }
  return (fnv1a(siteOf(hostname)) % count) + 1;
}

/** 32-bit FNV-1a over UTF-8: the same on every machine and Node version, unlike a seeded hash. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** "I/N" with 1 ≤ I ≤ N; undefined when the text is not one. */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}
