// Properties of link resolution over arbitrary input: it never throws, a credential never survives
// into what is reported, and a local target is inside the repository or refused.
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkLocal } from "../../src/links/local.js";
import { repositoryRoot, resolveLink } from "../../src/links/targets.js";
import { redactUrl, safeDecode } from "../../src/util/uri.js";

const DIR = path.resolve("test/fixtures/links");
const source = { file: path.join(DIR, "page.md"), line: 1, col: 1 };
/** Text with many % escapes, slashes, dots and #, where the edge cases live. */
const linkText = fc.stringMatching(/^[a-z0-9%./#?:@A-F_-]{0,40}$/);

describe("link resolution properties", () => {
  test("any text resolves or is skipped, never throws; percent-decoding never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), linkText), (raw) => {
        resolveLink({ raw, source, baseDir: DIR });
        expect(safeDecode(raw) === undefined || typeof safeDecode(raw) === "string").toBe(true);
      }),
    );
  });

  test("a local target is inside the repository, or refused", () => {
    const root = repositoryRoot(DIR);
    fc.assert(
      fc.property(linkText, (raw) => {
        const resolved = resolveLink({ raw, source, baseDir: DIR });
        if (resolved?.kind !== "local") return;
        const fromRoot = path.relative(root, resolved.url);
        const inside =
          fromRoot !== ".." && !fromRoot.startsWith(`..${path.sep}`) && !path.isAbsolute(fromRoot);
        expect(inside || resolved.refused !== undefined).toBe(true);
      }),
    );
  });

  test("a password never survives into the URL, the key or a redacted URL", () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{6,12}$/).map((s) => `pw${s}`);
    fc.assert(
      fc.property(secret, fc.stringMatching(/^[a-z0-9/]{0,20}$/), (password, rest) => {
        const raw = `https://user:${password}@example.org/${rest}`;
        const resolved = resolveLink({ raw, source });
        expect(resolved?.refused).toBeDefined();
        expect(`${resolved?.url} ${resolved?.key} ${redactUrl(raw)}`).not.toContain(password);
      }),
    );
  });

  test("checking any fragment of a markdown file gives a verdict, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(linkText, async (fragment) => {
        const result = await checkLocal(path.join(DIR, "page.md"), fragment);
        expect(["ok", "broken"]).toContain(result.verdict);
      }),
      { numRuns: 50 },
    );
  });
});
