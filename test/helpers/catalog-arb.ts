// Catalog texts for property tests of fmt and add: the top-level keys and each lecture's keys in
// any order, comments above and after keys, blank lines between them, values in several styles.
import fc from "fast-check";

const word = fc.constantFrom("note", "TODO: check", "第一讲", "a # b", "x");
const decoration = fc.record({
  above: fc.option(word, { nil: undefined }),
  after: fc.option(word, { nil: undefined }),
  blank: fc.boolean(),
});
const LECTURE_VALUES: Record<string, string> = {
  id: "l",
  number: "1",
  label: "HW1",
  season: "2",
  group: "Module 1",
  title: '"Attention: all you need"',
  summary: "'quoted'",
  video: "https://www.bilibili.com/video/BV1aa/",
  code: "[ { label: a, url: ./a/ } ]",
  review: "pending",
  author: "Jane",
  level: "easy",
};
const lectureArb = fc
  .subarray(Object.keys(LECTURE_VALUES), { minLength: 1 })
  .chain((keys) =>
    fc.tuple(
      fc.shuffledSubarray(keys, { minLength: keys.length }),
      fc.array(decoration, { minLength: keys.length, maxLength: keys.length }),
    ),
  );
const TOP_VALUES: Record<string, string[]> = {
  course: ["title: C"],
  outputs: ["- path: README.md"],
  table: ["number: 第{zh}讲", "link: link"],
  tables: ["s2:", "  where: { season: 2 }"],
  links: ["retries: 2"],
  lint: ["rules: {}"],
};
export const catalogArb = fc.record({
  top: fc
    .subarray(Object.keys(TOP_VALUES))
    .chain((keys) => fc.shuffledSubarray([...keys, "lectures"], { minLength: keys.length + 1 })),
  decorations: fc.array(decoration, { minLength: 7, maxLength: 7 }),
  lectures: fc.array(lectureArb, { minLength: 1, maxLength: 3 }),
  header: fc.boolean(),
});

let counter = 0;
function comment(text: string | undefined): string {
  return text === undefined ? "" : `# ${text} ${counter++}`;
}

export function catalogText(c: CatalogCase): string {
  const lines: string[] = c.header ? ["# yaml-language-server: $schema=./catalog.schema.json"] : [];
  c.top.forEach((key, i) => {
    const d = c.decorations[i] as Decoration;
    if (d.blank && lines.length > 0) lines.push("");
    if (d.above) lines.push(comment(d.above));
    const after = d.after ? ` ${comment(d.after)}` : "";
    if (key !== "lectures") {
      lines.push(`${key}:${after}`, ...(TOP_VALUES[key] as string[]).map((l) => `  ${l}`));
      return;
    }
    lines.push(`lectures:${after}`);
    for (const [keys, decorations] of c.lectures) {
      keys.forEach((field, j) => {
        const e = decorations[j] as Decoration;
        if (e.blank && j > 0) lines.push("");
        if (e.above) lines.push(`${j === 0 ? "  " : "    "}${comment(e.above)}`);
        const tail = e.after ? ` ${comment(e.after)}` : "";
        lines.push(`${j === 0 ? "  - " : "    "}${field}: ${LECTURE_VALUES[field]}${tail}`);
      });
    }
  });
  return `${lines.join("\n")}\n`;
}

export interface Decoration {
  above?: string;
  after?: string;
  blank: boolean;
}
export interface CatalogCase {
  top: string[];
  decorations: Decoration[];
  lectures: [string[], Decoration[]][];
  header: boolean;
}
