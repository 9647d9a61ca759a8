// YouTube videos through oEmbed: it answers 404/400 for deleted videos and 401 when only
// embedding is disabled (the video exists). Always HTTPS; the body is parsed, since a private
// video was once answered 200 with the body "Forbidden".
import { classify } from "../classify.js";
import { json, type Provider, type ProviderResult } from "./provider.js";

const ID = /^[A-Za-z0-9_-]{11}$/;

export function youtubeId(url: URL): string | undefined {
  const host = url.hostname.replace(/^(www|m|music)\./, "");
  let id: string | undefined;
  if (host === "youtu.be") id = url.pathname.split("/")[1];
  else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    if (url.pathname === "/watch") id = url.searchParams.get("v") ?? undefined;
    else id = /^\/(?:shorts|embed|live|v)\/([^/?#]+)/.exec(url.pathname)?.[1];
  }
  return id && ID.test(id) ? id : undefined;
}

export const youtube: Provider = {
  name: "youtube",
  matches: (url) => youtubeId(url) !== undefined,
  async check(url, context): Promise<ProviderResult> {
    const watch = `https://www.youtube.com/watch?v=${youtubeId(url)}`;
    const api = `${context.base("youtube", "https://www.youtube.com")}/oembed?url=${encodeURIComponent(watch)}&format=json`;
    const result = await context.fetcher.fetch(api, "GET", { cap: Math.min(context.bodyCap, 256 * 1024) });
    const { outcome, attempts } = result;
    if (outcome.kind === "response") {
      const status = outcome.status;
      if (status === 200) {
        return json(outcome.body) !== undefined
          ? { verdict: "ok", status, reason: "the video exists (oEmbed)", attempts }
          : {
              verdict: "broken",
              status,
              reason: "oEmbed answered without video data: a private video",
              attempts,
            };
      }
      if (status === 401) {
        return {
          verdict: "ok",
          status,
          reason: "the video exists; embedding is disabled (oEmbed 401)",
          attempts,
        };
      }
      if (status === 403)
        return { verdict: "broken", status, reason: "the video is private (oEmbed 403)", attempts };
      if (status === 400 || status === 404) {
        return {
          verdict: "broken",
          status,
          reason: `the video was deleted or never existed (oEmbed ${status})`,
          attempts,
        };
      }
    }
    const classified = classify(result, context.accept);
    return {
      ...classified,
      verdict: classified.verdict === "broken" ? "unverifiable" : classified.verdict,
      reason: `oEmbed: ${classified.reason}`,
      attempts,
    };
  },
};
