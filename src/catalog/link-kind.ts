// What a link is, judged by its host and shape alone (no request): which lecture field it most
// likely belongs in, and which resource it names, so two spellings of one video compare equal.
import { withoutTracking } from "../util/tracking.js";

export type LikelyField = "video" | "code" | "review";

/** Hosts whose pages are videos (bilibili and YouTube are told apart by path below). */
const VIDEO_HOSTS = ["b23.tv", "v.qq.com", "vimeo.com", "ixigua.com", "douyin.com"];
/** Hosts whose pages are articles: a lecture's review, never its code. */
const ARTICLE_HOSTS = [
  "mp.weixin.qq.com",
  "zhihu.com",
  "csdn.net",
  "medium.com",
  "juejin.cn",
  "cnblogs.com",
  "jianshu.com",
  "segmentfault.com",
  "substack.com",
  "dev.to",
];
/** Hosts of source code: a repository, its folders and files, or a notebook. */
const CODE_HOSTS = [
  "github.com",
  "gitee.com",
  "gitlab.com",
  "openi.pcl.ac.cn",
  "colab.research.google.com",
  "nbviewer.org",
];
/** Files that are slides or code (课件及代码), wherever they are hosted. */
const CODE_FILE = /\.(?:ipynb|py|pdf|pptx?|zip|sh|cpp|c|java|js|ts)$/i;

interface ParsedUrl {
  host: string;
  path: string;
  params: URLSearchParams;
}

function parse(url: string): ParsedUrl | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname.toLowerCase(), path: parsed.pathname, params: parsed.searchParams };
  } catch {
    return undefined;
  }
}

function onSite(host: string, sites: readonly string[]): boolean {
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The lecture field a link most likely belongs in, from its host and shape: a video site → video,
 * an article site → review, a repository, folder, notebook or slides → code. Undefined when the link
 * does not say (a markdown file, an unknown site): such a link is never reported as misplaced.
 */
export function likelyField(url: string): LikelyField | undefined {
  if (url.startsWith("./")) {
    const path = url.replace(/[?#].*$/, "");
    if (path.endsWith("/") || CODE_FILE.test(path)) return "code";
    return undefined;
  }
  const parsed = parse(url);
  if (!parsed) return undefined;
  const { host, path } = parsed;
  if (onSite(host, ARTICLE_HOSTS)) return "review";
  // bilibili and YouTube host more than videos: articles (专栏), channels, live rooms.
  if (onSite(host, ["bilibili.com"])) {
    if (host === "www.bilibili.com" || host === "m.bilibili.com" || host === "bilibili.com") {
      if (/^\/(?:video|bangumi\/play)\//.test(path)) return "video";
      if (/^\/read\/cv\d+/.test(path)) return "review";
    }
    return undefined;
  }
  if (onSite(host, ["youtube.com", "youtube-nocookie.com", "youtu.be"]))
    return youtubeKey(parsed) || path === "/playlist" ? "video" : undefined;
  if (onSite(host, VIDEO_HOSTS)) return "video";
  if (onSite(host, CODE_HOSTS)) {
    // A markdown page in a repository may be a review (course notes) as well as code.
    return /\.(?:md|markdown)$/i.test(path) ? undefined : "code";
  }
  return CODE_FILE.test(path) ? "code" : undefined;
}

// bilibili's BV ids are a base-58 spelling of the numeric av id (the 2024 scheme, which also reads
// the older ids): converting lets /video/av170001 and /video/BV17x411w7KC compare equal.
const BV_ALPHABET = "FcwAPNKTMug3GV5Lj7EJnHpWsx4tb8haYeviqBz6rkCy12mUSDQX9RdoZf";
const BV_XOR = 23442827791579n;
const BV_MASK = 2251799813685247n;

/** The av number of a BV id (`BV17x411w7KC` → 170001), or undefined when it is not one. */
export function bvToAv(bvid: string): bigint | undefined {
  if (!/^BV1[1-9A-HJ-NP-Za-km-z]{9}$/.test(bvid)) return undefined;
  const chars = Array.from(bvid);
  const swap = (i: number, j: number) => {
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  };
  swap(3, 9);
  swap(4, 7);
  let value = 0n;
  for (const char of chars.slice(3)) value = value * 58n + BigInt(BV_ALPHABET.indexOf(char));
  return (value & BV_MASK) ^ BV_XOR;
}

/**
 * A key naming the resource a link shows: equal keys, same resource. bilibili videos by av number
 * and part (`?p=`, 1 when absent), YouTube videos by id (watch?v=, youtu.be/, shorts/, embed/,
 * live/), WeChat articles by id (/s/ID, or __biz + mid + idx); any other URL without its tracking
 * parameters, scheme, `www.`, default port and trailing slash; a ./path normalised.
 */
export function resourceKey(url: string): string | undefined {
  if (url.startsWith("./")) {
    const path = url.replace(/[?#].*$/, "");
    const normalised = pathKey(path);
    return normalised === undefined ? undefined : `repo:${normalised}`;
  }
  const parsed = parse(url);
  if (!parsed) return undefined;
  return bilibiliKey(parsed) ?? youtubeKey(parsed) ?? wechatKey(parsed) ?? genericKey(url);
}

function pathKey(path: string): string | undefined {
  const segments: string[] = [];
  for (const segment of safeDecode(path).split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.pop() === undefined) return undefined;
    } else segments.push(segment);
  }
  return segments.join("/");
}

function bilibiliKey({ host, path, params }: ParsedUrl): string | undefined {
  if (!onSite(host, ["bilibili.com", "b23.tv"])) return undefined;
  if (onSite(host, ["bilibili.com"]) && !/^\/video\//.test(path)) return undefined;
  const id = /^\/(?:video\/)?(BV[0-9A-Za-z]{10}|av\d+)(?:\/|$)/i.exec(path)?.[1];
  if (!id) return undefined;
  const av = /^av/i.test(id) ? BigInt(id.slice(2)) : bvToAv(id);
  if (av === undefined) return undefined;
  const part = Number.parseInt(params.get("p") ?? "1", 10);
  return `bilibili:av${av}:p${Number.isSafeInteger(part) && part > 0 ? part : 1}`;
}

function youtubeKey({ host, path, params }: ParsedUrl): string | undefined {
  let id: string | undefined;
  if (host === "youtu.be") id = /^\/([\w-]{6,})/.exec(path)?.[1];
  else if (onSite(host, ["youtube.com", "youtube-nocookie.com"])) {
    id =
      path === "/watch"
        ? (params.get("v") ?? undefined)
        : /^\/(?:shorts|embed|live|v|e)\/([\w-]{6,})/.exec(path)?.[1];
  }
  return id && /^[\w-]{6,}$/.test(id) ? `youtube:${id}` : undefined;
}

function wechatKey({ host, path, params }: ParsedUrl): string | undefined {
  if (host !== "mp.weixin.qq.com") return undefined;
  const short = /^\/s\/([\w-]+)\/?$/.exec(path)?.[1];
  if (short) return `wechat:${short}`;
  const biz = params.get("__biz");
  const mid = params.get("mid") ?? params.get("appmsgid");
  const idx = params.get("idx") ?? params.get("itemidx") ?? "1";
  if ((path === "/s" || path === "/mp/appmsg/show") && biz && mid) return `wechat:${biz}/${mid}/${idx}`;
  return undefined;
}

function genericKey(url: string): string | undefined {
  try {
    const parsed = new URL(withoutTracking(url).url);
    const host = parsed.host.toLowerCase().replace(/^www\./, "");
    const path = parsed.pathname.replace(/\/+$/, "");
    return `${host}${path}${parsed.search}${parsed.hash}`;
  } catch {
    return undefined;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
