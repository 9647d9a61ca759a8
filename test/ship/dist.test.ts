// The committed bundle (dist/: the CLI and the action) is the build of the current sources: no
// installer builds anything, so a stale dist/ would ship stale code.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

it("dist/ is exactly the build of the current sources", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "syllabus-build-"));
  try {
    execFileSync(process.execPath, ["scripts/build.mjs", "--outdir", out], { cwd: ROOT, timeout: 60_000 });
    const built = files(out);
    expect(built).toContain("action.mjs");
    expect(built).toContain("cli.mjs");
    const hint = "dist/ is not the build of the current sources: run npm run build and commit dist/";
    expect(files(path.join(ROOT, "dist")), hint).toEqual(built);
    for (const file of built) {
      const same = readFileSync(path.join(out, file)).equals(readFileSync(path.join(ROOT, "dist", file)));
      expect(same, `dist/${file} differs; ${hint}`).toBe(true);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

it("no bundle carries zod's translations: `import { z }` would pull in all 40 locales (~330 KB to compile)", () => {
  for (const file of files(path.join(ROOT, "dist"))) {
    // Polish and Japanese messages stand for the lot; English is zod's default and stays.
    const text = readFileSync(path.join(ROOT, "dist", file), "utf8");
    expect(text.includes("Nieprawidłow") || text.includes("無効な入力"), file).toBe(false);
  }
});
