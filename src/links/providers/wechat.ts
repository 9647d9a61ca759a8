// WeChat articles (mp.weixin.qq.com/s/…) answer 200 with a notice page when deleted or blocked.
// A live article has id="js_content"; the notices are only trusted when it is absent, since an
// article may quote them. Phrases from the research notes (airyland/we-extract).
import { classify } from "../classify.js";
import type { Provider, ProviderResult } from "./provider.js";

const GONE: [string, string][] = [
  ["该内容已被发布者删除", "deleted by the publisher (该内容已被发布者删除)"],
  ["此内容因违规无法查看", "removed for a violation (此内容因违规无法查看)"],
  ["此内容因违规已删除", "removed for a violation (此内容因违规已删除)"],
  ["被投诉且经审核涉嫌侵权", "removed after an infringement complaint (此内容被投诉且经审核涉嫌侵权)"],
  ["此内容被多人投诉", "removed after complaints (此内容被多人投诉)"],
  ["此内容发送失败无法查看", "the article failed to publish (此内容发送失败无法查看)"],
  ["涉嫌过度营销、骚扰用户", "removed for over-marketing (涉嫌过度营销、骚扰用户)"],
  ["链接已过期", "the link has expired (链接已过期)"],
  ["此帐号已被屏蔽", "the account is blocked (此帐号已被屏蔽)"],
  ["此账号已被屏蔽", "the account is blocked (此账号已被屏蔽)"],
  ["此帐号已自主注销", "the account was closed (此帐号已自主注销)"],
  ["此账号已自主注销", "the account was closed (此账号已自主注销)"],
  ["该公众号已迁移", "the account moved (该公众号已迁移); update the link"],
  ["page_rumor", "flagged as false information"],
];
const UNVERIFIABLE: [string, string][] = [
  ["当前环境异常", "WeChat's verification wall (当前环境异常)"],
  ["访问过于频繁", "WeChat rate limit (访问过于频繁)"],
  ["系统出错", "WeChat system error (系统出错)"],
  ["此帐号处于帐号迁移流程中", "the account is being migrated (帐号迁移流程中)"],
];
const ALIVE = /id=["']?js_content\b/;

export const wechat: Provider = {
  name: "wechat",
  matches: (url) =>
    url.hostname === "mp.weixin.qq.com" && (url.pathname.startsWith("/s/") || url.pathname === "/s"),
  async check(url, context): Promise<ProviderResult> {
    const page = `${context.base("wechat", "https://mp.weixin.qq.com")}${url.pathname}${url.search}`;
    const cap = Math.max(64 * 1024, Math.min(context.bodyCap, 1024 * 1024));
    const result = await context.fetcher.fetch(page, "GET", { cap, enough: (text) => ALIVE.test(text) });
    const { outcome, attempts } = result;
    if (outcome.kind !== "response" || outcome.status !== 200 || outcome.body === undefined) {
      return { ...classify(result, context.accept), attempts };
    }
    const body = outcome.body;
    if (ALIVE.test(body))
      return { verdict: "ok", status: 200, reason: "the article is there (js_content)", attempts };
    for (const [phrase, reason] of UNVERIFIABLE) {
      if (body.includes(phrase)) return { verdict: "unverifiable", status: 200, reason, attempts };
    }
    for (const [phrase, reason] of GONE) {
      if (body.includes(phrase)) return { verdict: "broken", status: 200, reason, attempts };
    }
    if (body.includes("参数错误"))
      return { verdict: "broken", status: 200, reason: "malformed article link (参数错误)", attempts };
    return {
      verdict: "unverifiable",
      status: 200,
      reason: "no article content and no known notice in the page",
      attempts,
    };
  },
};
