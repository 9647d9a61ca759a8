// The one place markdown is parsed and serialised: unified + remark-parse/remark-stringify + remark-gfm.
import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm);
// No alignment padding: one changed lecture changes one line of the table.
type TextHandler = NonNullable<NonNullable<StringifyOptions["handlers"]>["text"]>;
type State = Parameters<TextHandler>[2];
type Unsafe = State["unsafe"][number];

/**
 * remark-stringify's own text handler, with a shortcut: mdast-util-to-markdown's `safe` runs every
 * unsafe pattern's regular expression over every text, the largest cost of a 10,000-row table.
 * A text in which no pattern can match (none of their characters occurs, or only where its pattern
 * is out of scope or finds no match) is returned as it is, which is what `safe` returns for it;
 * any other text goes to `safe`, so the output is the same (a property test compares the two).
 */
const text: TextHandler = (node, parent, state, info) => {
  if (!mayNeedEscapes(state, node.value, info.before, info.after)) return node.value;
  const siblings = parent?.children ?? [];
  const index = state.indexStack[state.indexStack.length - 1] ?? -1;
  return state.safe(node.value, { ...info, beforeNode: siblings[index - 1], afterNode: siblings[index + 1] });
};

function mayNeedEscapes(state: State, value: string, before = "", after = ""): boolean {
  // `safe` also escapes a backslash that would escape what follows it.
  if (value.includes("\\") || after.includes("\\")) return true;
  const subject = before + value + after;
  for (const pattern of state.unsafe) {
    if (!value.includes(pattern.character) || !inScope(pattern, state.stack)) continue;
    // Patterns tied to a neighbouring node: left to `safe`.
    if (pattern.beforeNode || pattern.afterNode) return true;
    // A match counts where its character lands inside the value, as `safe` counts it.
    const expression = state.compilePattern(pattern);
    let found = false;
    for (let match = expression.exec(subject); match && !found; match = expression.exec(subject)) {
      const at = match.index + (pattern.before || pattern.atBreak ? (match[1]?.length ?? 0) : 0);
      found = at >= before.length && at < before.length + value.length;
    }
    expression.lastIndex = 0; // the expression is global and shared with `safe`
    if (found) return true;
  }
  return false;
}

/** Whether a pattern applies in the current constructs (mdast-util-to-markdown's patternInScope). */
function inScope(pattern: Unsafe, stack: readonly string[]): boolean {
  const some = (list: Unsafe["inConstruct"]) =>
    (typeof list === "string" ? [list] : (list ?? [])).some((name) => stack.includes(name));
  const within = pattern.inConstruct;
  const noneGiven = within === undefined || within === null || within.length === 0;
  return (noneGiven || some(within)) && !some(pattern.notInConstruct);
}

const serializer = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: "-", handlers: { text } });

/**
 * The tree of a page. Its offsets index `text` itself: micromark drops a leading byte order mark
 * and counts from after it, so they are shifted back (edits by offset must land where they belong).
 */
export function parseMarkdown(text: string): Root {
  const tree = parser.parse(text);
  if (text.startsWith("\uFEFF")) {
    visit(tree, (node) => {
      const { position } = node;
      if (position?.start.offset !== undefined) position.start.offset += 1;
      if (position?.end.offset !== undefined) position.end.offset += 1;
    });
  }
  return tree;
}

/** Serialises block nodes, without the trailing newline remark adds. */
export function stringifyBlocks(nodes: RootContent[]): string {
  return serializer.stringify({ type: "root", children: nodes }).replace(/\n$/, "");
}
