import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { catalogJsonSchema } from "../../src/catalog/json-schema.js";
import { ROOT } from "../helpers/cli.js";

describe("catalog.schema.json", () => {
  test("the committed JSON Schema is generated from the zod schema (run npm run schema)", () => {
    expect(readFileSync(path.join(ROOT, "catalog.schema.json"), "utf8")).toBe(catalogJsonSchema());
  });

  test("catalog.yaml points editors at it on its first line", () => {
    const first = readFileSync(path.join(ROOT, "catalog.yaml"), "utf8").split("\n", 1)[0];
    expect(first).toBe("# yaml-language-server: $schema=./catalog.schema.json");
  });
});
