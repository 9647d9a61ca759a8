// Tracking parameters: query parameters that say where a visitor came from, not what they get.
// Removing them changes nothing a reader sees; keeping them leaks the maintainer's session and
// hides that two links point at the same resource. Only parameters known to be tracking are
// removed, so a link never silently changes meaning (bilibili's `p=2` or `t=30` stay).

/** Tracking on every site. */
const EVERYWHERE = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "ref_src",
]);
const EVERYWHERE_PREFIXES = ["utm_"];

/** Tracking on one site family, keyed by the registrable host (subdomains included). */
const BY_SITE: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  [
    "bilibili.com",
    new Set([
      "spm_id_from",
      "vd_source",
      "from_spmid",
      "share_source",
      "share_medium",
      "share_plat",
      "share_session_id",
      "share_tag",
      "share_from",
      "unique_k",
      "bbid",
      "ts",
      "buvid",
      "is_story_h5",
      "up_id",
    ]),
  ],
  [
    "b23.tv",
    new Set([
      "share_source",
      "share_medium",
      "share_plat",
      "share_session_id",
      "share_tag",
      "bbid",
      "ts",
      "unique_k",
    ]),
  ],
  ["youtube.com", new Set(["si", "feature", "pp", "ab_channel"])],
  ["youtu.be", new Set(["si", "feature"])],
  [
    "mp.weixin.qq.com",
    new Set([
      "chksm",
      "scene",
      "subscene",
      "srcid",
      "sharer_sharetime",
      "sharer_shareid",
      "sharer_sharemsgid",
      "from",
      "isappinstalled",
      "clicktime",
      "enterid",
      "ascene",
      "devicetype",
      "version",
      "nettype",
      "lang",
      "pass_ticket",
      "exportkey",
      "wx_header",
      "sessionid",
      "poc_token",
      "key",
      "uin",
    ]),
  ],
  ["zhihu.com", new Set(["share_code", "utm_psn", "utm_id"])],
  ["csdn.net", new Set(["spm", "utm_relevant_index", "depth_1-utm_source", "request_id", "biz_id"])],
];

function siteParams(host: string): ReadonlySet<string> | undefined {
  const name = host.toLowerCase();
  for (const [site, params] of BY_SITE) {
    if (name === site || name.endsWith(`.${site}`)) return params;
  }
  return undefined;
}

export function isTrackingParam(host: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (EVERYWHERE.has(lower) || EVERYWHERE_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  return siteParams(host)?.has(lower) ?? false;
}

export interface Untracked {
  /** The URL without its tracking parameters; byte-for-byte the input when none were found. */
  url: string;
  /** Names of the parameters removed, in the order they appeared. */
  removed: string[];
}

/**
 * The URL without tracking parameters. Everything else is kept as written (the order and
 * spelling of the other parameters, the fragment), so the clean URL can replace the original.
 */
export function withoutTracking(url: string): Untracked {
  const match = /^(https?:\/\/([^/?#]+)[^?#]*)\?([^#]*)(#.*)?$/i.exec(url);
  if (!match) return { url, removed: [] };
  const [, base, authority, query, fragment = ""] = match as unknown as [
    string,
    string,
    string,
    string,
    string?,
  ];
  const host = authority.replace(/^[^@]*@/, "").replace(/:\d+$/, "");
  const removed: string[] = [];
  const kept = query.split("&").filter((pair) => {
    const name = decodeName(pair.split("=", 1)[0] ?? "");
    if (name !== "" && isTrackingParam(host, name)) {
      removed.push(name);
      return false;
    }
    return true;
  });
  if (removed.length === 0) return { url, removed };
  const rest = kept.filter((pair) => pair !== "");
  return { url: `${base}${rest.length ? `?${rest.join("&")}` : ""}${fragment}`, removed };
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll("+", " "));
  } catch {
    return name;
  }
}
