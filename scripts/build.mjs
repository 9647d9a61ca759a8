// Bundles the CLI into dist/ (run by `npm ci` through "prepare", and before tests): loading a few
// files instead of hundreds of modules is most of syllabus's start-up time. Commands load their
// dependencies lazily (code splitting), so `validate` never loads remark.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

// The build id changes with any source or dependency change: it keys the render cache.
const hash = createHash("sha256");
for (const file of readdirSync(path.join(root, "src"), { recursive: true }).sort()) {
  const full = path.join(root, "src", String(file));
  if (full.endsWith(".ts")) hash.update(String(file)).update(readFileSync(full));
}
hash.update(readFileSync(path.join(root, "package-lock.json")));
const buildId = `${version}+${hash.digest("hex").slice(0, 16)}`;

rmSync(path.join(root, "dist"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/bin.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  legalComments: "none",
  define: { SYLLABUS_VERSION: JSON.stringify(version), SYLLABUS_BUILD_ID: JSON.stringify(buildId) },
  // Some dependencies are CommonJS: give the ESM bundle a require().
  banner: {
    js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
  },
  logLevel: "warning",
});
