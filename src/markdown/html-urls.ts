// URLs in the src/href attributes of raw HTML in markdown (the remark tree keeps HTML as text).

const HTML_URL_ATTRIBUTE = /\b(src|href)\s*=\s*(["'])(.*?)\2/gi;

export interface HtmlUrl {
  attribute: "src" | "href";
  url: string;
  /** Offset of the URL in the text searched. */
  offset: number;
  /** Offset of the attribute (`href=…`), where a report points. */
  attributeOffset: number;
}

/** Every src/href URL in `source` (an HTML node's source text), with its offset. */
export function htmlUrls(source: string): HtmlUrl[] {
  return [...source.matchAll(HTML_URL_ATTRIBUTE)].map((match) => {
    const [whole, attribute = "", , url = ""] = match;
    return {
      attribute: attribute.toLowerCase() === "src" ? "src" : "href",
      url,
      offset: (match.index ?? 0) + whole.lastIndexOf(url),
      attributeOffset: match.index ?? 0,
    };
  });
}
