// A folder named only by a number is compared by its whole name: two numbers are not near each other
// because both lose their number when the ordinal is set aside.
import { expect, test } from "vitest";
import { nearestPath } from "../../src/lint/materials.js";
import { treeFromListing } from "../../src/lint/tree.js";

test("a missing number-only folder is not taken for another number; a one-digit slip still is", () => {
  const tree = treeFromListing("S1/2024/c.md\nS1/2025/d.md\nS1/07/e.md\n");
  expect([nearestPath(tree, "S1/99"), nearestPath(tree, "S1/2O24"), nearestPath(tree, "S1/08")]).toEqual([
    undefined,
    "S1/2024",
    "S1/07",
  ]);
});
