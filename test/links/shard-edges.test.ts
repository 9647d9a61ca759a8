// Shard edge cases: a remote target whose URL does not parse goes to shard 1 with the local paths.
import { expect, test } from "vitest";
import { shardOf } from "../../src/links/shard.js";

test("a remote target whose URL does not parse is in shard 1, whatever the shard count", () => {
  for (const count of [2, 3, 7]) expect(shardOf({ kind: "remote", url: "http://[bad" }, count)).toBe(1);
});
