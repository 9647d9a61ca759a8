// syllabus links with stderr on a terminal: the live progress line is drawn on stderr while a
// request is in flight and cleared at the end; the report itself is unchanged.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runMain } from "../helpers/main.js";
import { withServers } from "../helpers/server.js";

describe("syllabus links on a terminal", () => {
  test("progress is drawn on stderr while checking, then cleared; the report is the same", async () => {
    const stderr = process.stderr;
    const saved = { isTTY: stderr.isTTY, write: stderr.write };
    const written: string[] = [];
    let drawn: () => void = () => {};
    const progressShown = new Promise<void>((resolve) => {
      drawn = resolve;
    });
    stderr.isTTY = true;
    stderr.write = ((chunk: string) => {
      written.push(String(chunk));
      if (String(chunk).includes("checking")) drawn();
      return true;
    }) as typeof stderr.write;
    try {
      // The page is answered only once the progress line has shown its request in flight.
      await withServers(
        [
          (_req, res) => {
            void progressShown.then(() => res.writeHead(200).end());
          },
        ],
        async ([s]) => {
          const dir = mkdtempSync(path.join(tmpdir(), "syllabus-links-tty-"));
          writeFileSync(path.join(dir, "README.md"), `[ok](${s?.origin}/ok)\n`);
          const run = await runMain(["links", "README.md", "--no-cache"], {
            cwd: dir,
            env: { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined },
          });
          expect(run).toEqual({
            code: 0,
            stdout: "1 link checked: 1 ok, 0 broken, 0 unverifiable\n",
            stderr: "",
          });
          const host = new URL(s?.origin ?? "").host;
          expect(written[0]).toBe(`\r\x1b[2Kchecking 0/1 · in flight: ${host} 1`);
          expect(written.at(-1)).toBe("\r\x1b[2K");
        },
      );
    } finally {
      stderr.isTTY = saved.isTTY;
      stderr.write = saved.write;
    }
  });
});
