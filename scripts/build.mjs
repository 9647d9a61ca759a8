// Bundles the CLI into dist/ (committed, and rebuilt by "prepack" and before tests), so that no
// installer depends on a build step: a git or tarball install runs the bundle as it is.
// - dist/cli.mjs + dist/chunks/: the CLI; commands load their dependencies lazily (code
//   splitting), so `validate` never loads remark. Loading a few files instead of hundreds of
//   modules is most of syllabus's start-up time.
// - dist/action.mjs: the GitHub Action (action.yml), one file, as JavaScript actions ship.
// The output depends only on the sources: a test rebuilds into a temporary folder
// (`node scripts/build.mjs --outdir DIR`) and compares it with the committed dist/.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const { values } = parseArgs({ options: { outdir: { type: "string", default: "dist" } } });
const outdir = path.resolve(root, values.outdir);
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

// The build id changes with any source or dependency change: it keys the render cache.
const hash = createHash("sha256");
for (const file of readdirSync(path.join(root, "src"), { recursive: true }).map(String).sort()) {
  const full = path.join(root, "src", file);
  if (full.endsWith(".ts")) hash.update(file.split(path.sep).join("/")).update(readFileSync(full));
}
hash.update(readFileSync(path.join(root, "package-lock.json")));
const buildId = `${version}+${hash.digest("hex").slice(0, 16)}`;

const REQUIRE_BANNER =
  'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);';

// vfile imports `process` from "node:process": Node's ES module face of a builtin reads every
// export once, and reading process.stdout creates that stream (a few per cent of a cold command).
// The global is the same object. A CommonJS module, so that require("process") (yaml) and named
// imports get the object itself.
/** @type {import("esbuild").Plugin} */
const processGlobal = {
  name: "process-global",
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?process$/ }, () => ({
      path: "process",
      namespace: "process-global",
    }));
    build.onLoad({ filter: /.*/, namespace: "process-global" }, () => ({
      contents: "module.exports = globalThis.process;",
      loader: "js",
    }));
  },
};

/** @type {import("esbuild").BuildOptions} */
const common = {
  absWorkingDir: root,
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  legalComments: "none",
  define: { SYLLABUS_VERSION: JSON.stringify(version), SYLLABUS_BUILD_ID: JSON.stringify(buildId) },
  // Some dependencies are CommonJS: give the ESM bundle a require() (kept only where it is used).
  banner: { js: REQUIRE_BANNER },
  logLevel: "warning",
  plugins: [processGlobal],
};

rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { cli: "src/cli/bin.ts" },
    chunkNames: "chunks/[name]-[hash]",
    splitting: true,
  }),
  build({ ...common, entryPoints: { action: "src/action/main.ts" }, splitting: false }),
]);

// esbuild puts the banner in every chunk, but only the chunk of its CommonJS shim calls require():
// a createRequire() per chunk loaded is a few per cent of a command's start-up.
for (const file of readdirSync(outdir, { recursive: true }).map(String)) {
  if (!file.endsWith(".mjs")) continue;
  const text = readFileSync(path.join(outdir, file), "utf8");
  const body = text.startsWith(REQUIRE_BANNER) ? text.slice(REQUIRE_BANNER.length) : undefined;
  if (body !== undefined && !/\brequire\b/.test(body))
    writeFileSync(path.join(outdir, file), body.replace(/^\n/, ""));
}
