// URL text as it may safely be used and shown: percent-decoding that never throws, credentials
// that never reach a report, and a length beyond which a URL is not a link but an accident.

/** Longer URLs are refused unchecked: browsers and servers commonly stop near 2 KB. */
export const MAX_URL_LENGTH = 2048;

/** decodeURIComponent, or undefined for malformed percent-encoding (`%E0%A4`, `%zz`). */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Whether an http(s) URL carries a user name or password (`http://user:pass@host/`). */
export function hasCredentials(url: URL): boolean {
  return url.username !== "" || url.password !== "";
}

/** The URL with any user name and password replaced by `***`, so it can be printed and stored. */
export function redactUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.replace(/\/\/[^/@\s]*@/, "//***@");
  }
  if (!hasCredentials(url)) return href;
  url.username = "***";
  url.password = "";
  return url.href;
}

/** A URL too long to print in full: its start, an ellipsis and how long it was. */
export function shortenUrl(href: string, keep = 80): string {
  return href.length <= keep ? href : `${href.slice(0, keep)}… (${href.length} characters)`;
}
