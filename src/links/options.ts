// Check options from the catalog's `links:` settings and the environment, checked at the boundary.
import type { LinkSettings } from "../catalog/schema.js";
import type { CheckOptions } from "./check.js";
import { acceptStatus } from "./classify.js";

export const USER_AGENT = "Mozilla/5.0 (compatible; syllabus link checker)";

export function checkOptions(settings: LinkSettings, env: NodeJS.ProcessEnv): CheckOptions {
  const hostHeaders = new Map<string, Record<string, string>>();
  for (const [host, config] of Object.entries(settings.hosts)) {
    if (config.headers) hostHeaders.set(`https://${host}`, config.headers);
  }
  const githubApi = env.GITHUB_API_URL;
  return {
    timeouts: settings.timeouts,
    retries: settings.retries,
    backoff: { base: 500, max: 8000 },
    retryAfterCap: settings.retryAfterMax,
    maxRedirects: settings.maxRedirects,
    concurrency: settings.concurrency,
    userAgent: USER_AGENT,
    hostLimits: (host) => ({
      concurrency: settings.hosts[host]?.concurrency ?? settings.perHost,
      interval: settings.hosts[host]?.interval ?? settings.interval,
    }),
    // Configured headers go to exactly the origin they were configured for.
    headersFor: (origin) => hostHeaders.get(origin) ?? {},
    accept: acceptStatus(settings.accept),
    bodyCap: settings.bodyCap,
    methodFor: (host) => settings.hosts[host]?.method ?? "HEAD",
    providerBases: {
      ...(githubApi ? { github: githubApi } : {}),
      ...(env.SYLLABUS_BILIBILI_API ? { bilibili: env.SYLLABUS_BILIBILI_API } : {}),
      ...(env.SYLLABUS_YOUTUBE_OEMBED ? { youtube: env.SYLLABUS_YOUTUBE_OEMBED } : {}),
      ...(env.SYLLABUS_WECHAT_BASE ? { wechat: env.SYLLABUS_WECHAT_BASE } : {}),
    },
    ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
    dnsProbe: env.SYLLABUS_DNS_PROBE ?? "github.com",
  };
}
