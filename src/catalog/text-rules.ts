// Rules on the text of a catalog that a schema pattern cannot say well, checked on plain data so
// both the fast path and the positioned path use them: control characters in any text, and links
// that would publish credentials, are absurdly long, or leave the course repository.
import path from "node:path";
import { safeDecode } from "../util/uri.js";
import { lectureName, linkFieldsOf } from "./fields.js";
import type { PathSegment } from "./yaml-source.js";

/** Longer links are a paste accident or an attack; browsers and servers refuse far shorter ones. */
export const MAX_URL_LENGTH = 2048;

export interface TextFinding {
  path: PathSegment[];
  rule: "control-character" | "url-credentials" | "url-too-long" | "path-outside-repository";
  message: string;
  hint: string;
}

// C0 controls except tab and line breaks, DEL, and the C1 controls: finding them is the point.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this rule looks for control characters
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function textFindings(root: unknown): TextFinding[] {
  const findings: TextFinding[] = [];
  walkStrings(root, (value, pathOf) => {
    const match = CONTROL_CHARACTER.exec(value);
    if (!match) return;
    const at = pathOf();
    const code = match[0].codePointAt(0) ?? 0;
    findings.push({
      path: at,
      rule: "control-character",
      message: `${where(root, at)}"${field(at)}" contains the control character ${controlName(code)} at character ${match.index + 1}`,
      hint: "remove it: control characters are invisible, and git treats a page holding them as binary",
    });
  });
  linkTargets(root, (value, pathOf) => {
    const finding = linkFinding(value);
    if (!finding) return;
    const at = pathOf();
    findings.push({ path: at, ...finding, message: `${where(root, at)}${finding.message(field(at))}` });
  });
  return findings;
}

function linkFinding(
  value: string,
): { rule: TextFinding["rule"]; message: (field: string) => string; hint: string } | undefined {
  if (value.length > MAX_URL_LENGTH) {
    return {
      rule: "url-too-long",
      message: (f) => `"${f}" is ${value.length} characters long, more than the limit of ${MAX_URL_LENGTH}`,
      hint: "link a shorter address (a share link, or the page without tracking parameters)",
    };
  }
  if (/^https?:/i.test(value) && hasCredentials(value)) {
    return {
      // The value itself is never echoed: the message must not publish what the rule protects.
      rule: "url-credentials",
      message: (f) => `"${f}" URL holds a user name or password (before the @ of the host)`,
      hint: "remove the credentials: the README shows every link to all its readers",
    };
  }
  if (value.startsWith("./") && leavesRepository(value)) {
    return {
      rule: "path-outside-repository",
      message: (f) => `"${f}" path ${JSON.stringify(value)} leaves the course repository`,
      hint: "./paths start at the repository's top folder and must stay inside it; link other material by its URL",
    };
  }
  return undefined;
}

/** The text with any user:password@ after a // masked, for messages that quote a value. */
export function withoutCredentials(value: string): string {
  return value.replace(/\/\/[^/?#\s@]*@/g, "//***@");
}

function hasCredentials(value: string): boolean {
  if (!value.includes("@")) return false; // the common case, without parsing every URL
  try {
    const url = new URL(value);
    return url.username !== "" || url.password !== "";
  } catch {
    // Not parseable as a URL: still refuse anything that looks like userinfo before the host.
    return /^https?:\/\/[^/?#]*@/i.test(value);
  }
}

function leavesRepository(value: string): boolean {
  if (!/\.\.|%2e|\\/i.test(value)) return false; // nothing that could climb
  const pathname = value.split(/[?#]/, 1)[0] ?? value;
  // %2e%2e is .. to a browser and to the file system; malformed escapes are judged as written.
  const decoded = safeDecode(pathname) ?? pathname;
  const normalized = path.posix.normalize(decoded.replaceAll("\\", "/"));
  return normalized === ".." || normalized.startsWith("../") || normalized.startsWith("/");
}

/** Every link target: lecture cells and their parts, and the repository address. */
function linkTargets(root: unknown, visit: (value: string, at: () => PathSegment[]) => void): void {
  const repositoryUrl = get(root, ["course", "repository", "url"]);
  if (typeof repositoryUrl === "string") visit(repositoryUrl, () => ["course", "repository", "url"]);
  const lectures = get(root, ["lectures"]);
  if (!Array.isArray(lectures)) return;
  const fields = linkFieldsOf(root);
  lectures.forEach((lecture, index) => {
    for (const name of fields) {
      const cell = get(lecture, [name]);
      if (typeof cell === "string") visit(cell, () => ["lectures", index, name]);
      else if (typeof get(cell, ["url"]) === "string") {
        visit(get(cell, ["url"]) as string, () => ["lectures", index, name, "url"]);
      } else if (Array.isArray(cell)) {
        cell.forEach((part, i) => {
          const url = get(part, ["url"]);
          if (typeof url === "string") visit(url, () => ["lectures", index, name, i, "url"]);
        });
      }
    }
  });
}

/** Calls `visit` for each string, with its path; one shared stack, copied only when asked for. */
function walkStrings(value: unknown, visit: (text: string, at: () => PathSegment[]) => void): void {
  const stack: PathSegment[] = [];
  const at = () => [...stack];
  const walk = (item: unknown) => {
    if (typeof item === "string") visit(item, at);
    else if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        stack.push(i);
        walk(item[i]);
        stack.pop();
      }
    } else if (item !== null && typeof item === "object") {
      for (const key in item) {
        stack.push(key);
        walk((item as Record<string, unknown>)[key]);
        stack.pop();
      }
    }
  };
  walk(value);
}

function get(value: unknown, at: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of at) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function field(at: readonly PathSegment[]): string {
  return String(at.findLast((segment) => typeof segment === "string") ?? "catalog");
}

/** "lecture 12: " for a finding inside a lecture, as the schema diagnostics say it. */
function where(root: unknown, at: readonly PathSegment[]): string {
  if (at[0] !== "lectures" || typeof at[1] !== "number") return "";
  return `${lectureName(get(root, ["lectures", at[1]]), at[1])}: `;
}

const CONTROL_NAMES: Record<number, string> = { 0: "NUL", 7: "BEL", 8: "BS", 27: "ESC", 127: "DEL" };

function controlName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = CONTROL_NAMES[code];
  return name ? `${hex} (${name})` : hex;
}
