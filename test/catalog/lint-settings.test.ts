// The `lint:` settings on their own: defaults, a level per known rule id, material globs and the
// tree listing, each strict (an unknown key or an empty text is refused).
import { describe, expect, test } from "vitest";
import { LINT_RULES, lintSettings } from "../../src/catalog/lint-settings.js";
import { LINT_DEFAULTS } from "../../src/lint/model.js";

/** The paths and codes of the problems zod finds, or "ok". */
function problems(value: unknown): string[] | "ok" {
  const result = lintSettings.safeParse(value);
  return result.success ? "ok" : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.code}`);
}

describe("lint settings", () => {
  test("nothing given: no rule levels, no roots, nothing ignored, no listing", () => {
    expect(lintSettings.parse({})).toEqual({ rules: {}, materials: { roots: [], ignore: [] } });
    expect(lintSettings.parse({ materials: {} })).toEqual({
      rules: {},
      materials: { roots: [], ignore: [] },
    });
  });

  test("the rule ids are the eight rules lint has, each with a default level", () => {
    expect(LINT_RULES).toEqual([
      "lint/duplicate-resource",
      "lint/wrong-field",
      "lint/tracking-parameters",
      "lint/numbering-gap",
      "lint/duplicate-title",
      "lint/out-of-order",
      "lint/missing-path",
      "lint/unreferenced-material",
    ]);
    expect(Object.keys(LINT_DEFAULTS).sort()).toEqual([...LINT_RULES].sort());
  });

  test("every rule takes off, warning or error, and only those", () => {
    const levels = ["off", "warning", "error"] as const;
    const rules = Object.fromEntries(LINT_RULES.map((rule, i) => [rule, levels[i % 3]]));
    expect(lintSettings.parse({ rules }).rules).toEqual(rules);
    expect(problems({ rules: { "lint/missing-path": "info" } })).toEqual([
      "rules.lint/missing-path: invalid_value",
    ]);
    expect(problems({ rules: { "lint/missing-paths": "off" } })).toEqual(["rules: unrecognized_keys"]);
  });

  test("roots, ignore and tree as given; an empty text, a wrong type or an unknown key is refused", () => {
    const materials = { roots: ["Season*/", "extra"], ignore: ["*/assets"], tree: "tree.txt" };
    expect(lintSettings.parse({ materials }).materials).toEqual(materials);
    expect(problems({ materials: { roots: [""] } })).toEqual(["materials.roots.0: too_small"]);
    expect(problems({ materials: { ignore: [""] } })).toEqual(["materials.ignore.0: too_small"]);
    expect(problems({ materials: { tree: "" } })).toEqual(["materials.tree: too_small"]);
    expect(problems({ materials: { roots: "Season*/" } })).toEqual(["materials.roots: invalid_type"]);
    expect(problems({ materials: { tre: "x" } })).toEqual(["materials: unrecognized_keys"]);
    expect(problems({ rule: {} })).toEqual([": unrecognized_keys"]);
  });
});
