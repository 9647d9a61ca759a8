// checkOptions: the catalog's `links:` settings and the environment, read into the checker's options.
import { describe, expect, test } from "vitest";
import { linkSettings } from "../../src/catalog/schema.js";
import { checkOptions, USER_AGENT } from "../../src/links/options.js";

const settings = linkSettings.parse({
  retries: 4,
  retryAfterMax: 900,
  maxRedirects: 3,
  concurrency: 12,
  perHost: 5,
  interval: 7,
  bodyCap: 4096,
  accept: [200, 403],
  timeouts: { connect: 1, headers: 2, body: 3 },
  hosts: {
    "api.example.org": { headers: { authorization: "Bearer x" }, method: "GET", concurrency: 2 },
    "slow.example.org": { interval: 500 },
  },
});

describe("checkOptions", () => {
  test("the settings as they are, with the fixed backoff and user agent", () => {
    const options = checkOptions(settings, {});
    expect({
      timeouts: options.timeouts,
      retries: options.retries,
      backoff: options.backoff,
      retryAfterCap: options.retryAfterCap,
      maxRedirects: options.maxRedirects,
      concurrency: options.concurrency,
      userAgent: options.userAgent,
      bodyCap: options.bodyCap,
    }).toEqual({
      timeouts: { connect: 1, headers: 2, body: 3 },
      retries: 4,
      backoff: { base: 500, max: 8000 },
      retryAfterCap: 900,
      maxRedirects: 3,
      concurrency: 12,
      userAgent: USER_AGENT,
      bodyCap: 4096,
    });
    expect([200, 403, 204].map(options.accept)).toEqual([true, true, false]);
  });

  test("per host: its own limits, method and headers, else the defaults", () => {
    const options = checkOptions(settings, {});
    expect(["api.example.org", "slow.example.org", "other.org"].map(options.hostLimits)).toEqual([
      { concurrency: 2, interval: 7 },
      { concurrency: 5, interval: 500 },
      { concurrency: 5, interval: 7 },
    ]);
    expect(["api.example.org", "slow.example.org"].map(options.methodFor)).toEqual(["GET", "HEAD"]);
  });

  test("configured headers go to https://HOST only, not to http:// nor to another host", () => {
    const options = checkOptions(settings, {});
    expect(
      ["https://api.example.org", "http://api.example.org", "https://slow.example.org"].map(
        options.headersFor,
      ),
    ).toEqual([{ authorization: "Bearer x" }, {}, {}]);
  });

  test("from the environment: provider addresses, the GitHub token and the DNS probe", () => {
    const options = checkOptions(settings, {
      GITHUB_API_URL: "http://127.0.0.1:1/api",
      SYLLABUS_BILIBILI_API: "http://127.0.0.1:2",
      SYLLABUS_YOUTUBE_OEMBED: "http://127.0.0.1:3",
      SYLLABUS_WECHAT_BASE: "http://127.0.0.1:4",
      GITHUB_TOKEN: "secret",
      SYLLABUS_DNS_PROBE: "probe.example",
    });
    expect([options.providerBases, options.githubToken, options.dnsProbe]).toEqual([
      {
        github: "http://127.0.0.1:1/api",
        bilibili: "http://127.0.0.1:2",
        youtube: "http://127.0.0.1:3",
        wechat: "http://127.0.0.1:4",
      },
      "secret",
      "probe.example",
    ]);
  });

  test("an environment without them: the providers' own addresses, no token, github.com as the probe", () => {
    const options = checkOptions(settings, { GITHUB_TOKEN: "" });
    expect(options.providerBases).toEqual({});
    expect("githubToken" in options).toBe(false);
    expect(options.dnsProbe).toBe("github.com");
  });
});
