// bilibili videos: the HTML page answers 412 to non-browsers, so ask the public video-info API.
// Codes from the research notes (shared/notes/providers.md, bilibili-API-collect).
import { classify } from "../classify.js";
import { json, type Provider, type ProviderResult } from "./provider.js";

const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const HOSTS = new Set(["www.bilibili.com", "bilibili.com", "m.bilibili.com"]);
const VIDEO = /^\/video\/(?:(BV[0-9A-Za-z]{10})|av(\d+))\/?$/i;

const BROKEN: Record<number, string> = {
  [-404]: "the video does not exist or was deleted (code -404)",
  62002: "the video is hidden or removed (code 62002, 稿件不可见)",
  62012: "only the uploader can see the video (code 62012)",
  [-400]: "bilibili rejects the video id (code -400)",
};
const UNVERIFIABLE: Record<number, string> = {
  62004: "the video is under review (code 62004, 稿件审核中)",
  [-403]: "login needed to see the video (code -403)",
  [-412]: "blocked by bilibili's risk control (code -412)",
  [-799]: "bilibili rate limit (code -799)",
  [-509]: "bilibili rate limit (code -509)",
  [-352]: "bilibili risk check failed (code -352)",
  [-401]: "bilibili refused the request (code -401)",
};

interface ViewReply {
  code?: number;
  message?: string;
  data?: { bvid?: string; videos?: number };
}

export const bilibili: Provider = {
  name: "bilibili",
  matches: (url) => HOSTS.has(url.hostname) && VIDEO.test(url.pathname),
  async check(url, context): Promise<ProviderResult> {
    const [, bvid, aid] = VIDEO.exec(url.pathname) ?? [];
    const query = bvid ? `bvid=${bvid}` : `aid=${aid}`;
    const api = `${context.base("bilibili", "https://api.bilibili.com")}/x/web-interface/view?${query}`;
    const result = await context.fetcher.fetch(
      api,
      "GET",
      { cap: context.bodyCap },
      {
        // The API's own examples send a browser User-Agent and this Referer; without them
        // datacenter addresses meet risk control (-352) sooner.
        referer: "https://www.bilibili.com/",
        "user-agent": BROWSER_UA,
      },
    );
    const { outcome, attempts } = result;
    const reply =
      outcome.kind === "response" && outcome.status === 200 ? (json(outcome.body) as ViewReply) : undefined;
    if (typeof reply?.code !== "number") return { ...classifyApi(result, context.accept), attempts };
    const code = reply.code;
    if (code === 0 && reply.data?.bvid) {
      const part = Number(url.searchParams.get("p") ?? "1");
      const parts = reply.data.videos ?? 1;
      if (part >= 1 && part <= parts)
        return { verdict: "ok", status: 200, reason: "the video exists (bilibili API)", attempts };
      return {
        verdict: "broken",
        status: 200,
        reason: `part p=${part} does not exist; the video has ${parts}`,
        attempts,
      };
    }
    if (code === 0)
      return {
        verdict: "unverifiable",
        status: 200,
        reason: "bilibili asked for a signed request (code 0 without data)",
        attempts,
      };
    const broken = BROKEN[code];
    if (broken) return { verdict: "broken", status: 200, reason: broken, attempts };
    return {
      verdict: "unverifiable",
      status: 200,
      reason: UNVERIFIABLE[code] ?? `bilibili answered code ${code}: ${reply.message ?? ""}`.trim(),
      attempts,
    };
  },
};

/** The API itself failed (412, 429, network, an unexpected reply): never a verdict on the video. */
function classifyApi(result: Parameters<typeof classify>[0], accept: (status: number) => boolean) {
  const classified = classify(result, accept);
  const reason = classified.verdict === "ok" ? "unexpected reply" : classified.reason;
  return { ...classified, verdict: "unverifiable" as const, reason: `bilibili API: ${reason}` };
}
