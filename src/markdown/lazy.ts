// remark (unified, micromark, mdast-util-to-markdown) is most of the code a render loads, and a
// plain catalog with a plain template never calls it: the line scanner reads the page, and plain
// cells are written directly. So the render path reaches remark through here, loaded only when
// first needed: a synchronous caller that needs it before it is loaded throws MarkdownNotLoaded,
// and `withMarkdown` loads it and runs the (pure) computation again.

type Markdown = typeof import("./markdown.js");

let loaded: Markdown | undefined;

export class MarkdownNotLoaded extends Error {
  override name = "MarkdownNotLoaded";
}

/** remark's parse and stringify, when loaded; else throws MarkdownNotLoaded. */
export function markdown(): Markdown {
  if (!loaded) throw new MarkdownNotLoaded("the markdown libraries are not loaded yet");
  return loaded;
}

export async function loadMarkdown(): Promise<void> {
  loaded ??= await import("./markdown.js");
}

/** Runs a pure computation, again after loading remark if it turned out to need it. */
export async function withMarkdown<T>(run: () => T): Promise<T> {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof MarkdownNotLoaded)) throw error;
  }
  await loadMarkdown();
  return run();
}
