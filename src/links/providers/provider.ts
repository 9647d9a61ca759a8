// A provider rule knows how a site says "deleted" when its pages still answer 200.
import type { Classified } from "../classify.js";
import type { Fetcher } from "../http/fetcher.js";

export interface ProviderContext {
  fetcher: Fetcher;
  /** The provider's base URL: its public default, or an override (tests point it at loopback). */
  base(provider: string, fallback: string): string;
  accept: (status: number) => boolean;
  githubToken?: string;
  bodyCap: number;
}

export interface ProviderResult extends Classified {
  attempts: number;
  warnings?: string[];
}

export interface Provider {
  name: string;
  matches(url: URL): boolean;
  check(url: URL, context: ProviderContext): Promise<ProviderResult>;
}

/** Parses a JSON body; undefined when it is not JSON. */
export function json(body: string | undefined): unknown {
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
