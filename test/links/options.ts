import type { CheckOptions } from "../../src/links/check.js";
import { acceptStatus } from "../../src/links/classify.js";
import type { LinkTarget } from "../../src/links/types.js";

/** Small timeouts and backoff so every test stops by itself within seconds. */
export function testOptions(overrides: Partial<CheckOptions> = {}): CheckOptions {
  return {
    timeouts: { connect: 500, headers: 400, body: 400 },
    retries: 2,
    backoff: { base: 20, max: 100 },
    retryAfterCap: 1500,
    maxRedirects: 5,
    concurrency: 32,
    userAgent: "syllabus-test",
    hostLimits: () => ({ concurrency: 8, interval: 0 }),
    headersFor: () => ({}),
    accept: acceptStatus(undefined),
    bodyCap: 64 * 1024,
    methodFor: () => "HEAD",
    providerBases: {},
    dnsProbe: "probe.test",
    // Tests never ask a real resolver: the probe name resolves, every other name does not.
    lookup: ((hostname: string, _options: unknown, callback: (...args: unknown[]) => void) => {
      if (hostname === "probe.test") return callback(null, "127.0.0.1", 4);
      const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      error.code = "ENOTFOUND";
      callback(error);
    }) as unknown as CheckOptions["lookup"],
    ...overrides,
  };
}

export function remote(url: string, fragment?: string): LinkTarget {
  return {
    key: url,
    kind: "remote",
    url,
    sources: [{ file: "README.md", line: 1, col: 1, ...(fragment ? { fragment } : {}) }],
  };
}
