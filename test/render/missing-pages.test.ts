// A page that render would write into but that does not exist: render and validate stop (exit 2)
// at the catalog's `path`, and name the file of that folder the path likely means.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { runMain } from "../helpers/main.js";

const CATALOG = "outputs:\n  - path: READMEE.md\nlectures:\n  - number: 1\n    title: A\n";
const HINT =
  'did you mean "README.md"? Else create it with <!-- syllabus:start --> and <!-- syllabus:end --> where the table goes, or give this output a template';

function repo(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-missing-page-")));
  mkdirSync(path.join(dir, ".git"));
  writeFileSync(path.join(dir, "catalog.yaml"), CATALOG);
  writeFileSync(path.join(dir, "README.md"), "# Course\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n");
  return dir;
}

test("render: a misspelt page is an input error at its path, with the page it likely means", async () => {
  const { code, stderr } = await runMain(["render"], { cwd: repo() });
  expect(code).toBe(2);
  expect(stderr).toBe(
    `catalog.yaml:2:11: error: outputs[0].path "READMEE.md": the page does not exist [missing-page]\n  hint: ${HINT}\n1 problem found; nothing was written.\n`,
  );
});

test("validate: the same page is the same error, so a pull request's check fails where render would", async () => {
  const { code, stderr } = await runMain(["validate"], { cwd: repo() });
  expect(code).toBe(2);
  expect(stderr).toBe(
    `catalog.yaml:2:11: error: outputs[0].path "READMEE.md": the page does not exist [missing-page]\n  hint: ${HINT}\ncatalog.yaml: 1 lecture, 1 error\n`,
  );
});
