// Issue 9's defects of the seed README, each found with its rule id and place, on the catalog
// `syllabus import` builds from it (test/fixtures/lint/seed/catalog.yaml), and the embedded
// catalog's own findings, listed exactly.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { PROBLEM_MATCHER } from "../../src/action/matcher.js";
import { expectedFile, ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

const SEED = "test/fixtures/lint/seed/catalog.yaml";
const FIXTURES = path.join(ROOT, "test/fixtures/lint");

/** The problem lines of a text report: [place, severity, message, rule]. */
function problems(stdout: string): [string, string, string, string][] {
  const matcher = new RegExp(PROBLEM_MATCHER.problemMatcher[0]?.pattern[0]?.regexp ?? "");
  return stdout.split("\n").flatMap((line): [string, string, string, string][] => {
    const m = matcher.exec(line);
    return m ? [[`${m[2]}:${m[3]}`, m[4] ?? "", m[5] ?? "", m[6] ?? ""]] : [];
  });
}

describe("syllabus lint on the catalog imported from the seed README", async () => {
  const result = await runMain(["lint", "--catalog", SEED]);
  const found = problems(result.stdout);

  test("the whole report is exact, and exit 1 for the missing folder (an error)", () => {
    expect(result.stdout).toBe(expectedFile(path.join(FIXTURES, "seed/expected.txt"), result.stdout));
    expect(result.stderr).toBe(`${SEED}: 28 lectures, 1 error, 38 warnings\n`);
    expect(result.code).toBe(1);
  });

  test("lecture 24's video is lecture 19's video (same BV id): both lectures and lines named", () => {
    expect(found.filter(([, , , rule]) => rule === "lint/duplicate-resource")).toEqual([
      [
        "186:12",
        "warning",
        "lecture 24: video links the same bilibili video as lecture 19's video (line 153)",
        "lint/duplicate-resource",
      ],
    ]);
  });

  test("lecture 23's review article sits in the code column", () => {
    expect(found.filter(([, , , rule]) => rule === "lint/wrong-field")).toEqual([
      [
        "182:11",
        "warning",
        "lecture 23: code links an article (mp.weixin.qq.com), which belongs in review",
        "lint/wrong-field",
      ],
    ]);
  });

  test("the upstream folders 13 to 18 are linked from no lecture (and the others no lecture links)", () => {
    const unreferenced = found.filter(([, , , rule]) => rule === "lint/unreferenced-material");
    expect(unreferenced.map(([place, severity]) => `${place} ${severity}`)).toEqual(
      Array(unreferenced.length).fill("10:13 warning"),
    );
    expect(unreferenced.map(([, , message]) => message.replace(/^Season2\.step_into_llm\//, ""))).toEqual([
      "00.Course-Review/ is linked from no lecture",
      "06.CPM-Bee/ is linked from no lecture",
      "07.RWKV/ is linked from no lecture",
      "11.LangChain/ is linked from no lecture",
      "12.Quantization/ is linked from no lecture",
      "13.musicgen/ is linked from no lecture",
      "14.chatpdf/ is linked from no lecture",
      "15.pipeline/ is linked from no lecture",
      "16.Practical-cases/ is linked from no lecture",
      "17.Qwen/ is linked from no lecture",
      "18.MCP/ is linked from no lecture",
    ]);
  });

  test("lecture 18 links 07.CPM, which does not exist: an error, did you mean 06.CPM-Bee", () => {
    expect(found.filter(([, , , rule]) => rule === "lint/missing-path")).toEqual([
      [
        "148:11",
        "error",
        "lecture 18: code links Season2.step_into_llm/07.CPM, which is not in the course repository",
        "lint/missing-path",
      ],
    ]);
    expect(result.stdout).toContain(
      "  hint: did you mean https://github.com/mindspore-courses/step_into_llm/tree/master/Season2.step_into_llm/06.CPM-Bee?\n",
    );
  });

  test("every video link with spm_id_from or vd_source has a tracking-parameters warning with the clean URL", () => {
    const tracking = found.filter(([, , , rule]) => rule === "lint/tracking-parameters");
    // Lectures 1 to 24 have videos, lecture 23 in two parts: 25 links, all with spm_id_from.
    expect(tracking).toHaveLength(25);
    expect(tracking[0]).toEqual([
      "45:12",
      "warning",
      "lecture 1: video has tracking parameters spm_id_from, vd_source",
      "lint/tracking-parameters",
    ]);
    expect(result.stdout).toContain("  hint: use https://www.bilibili.com/video/BV16h4y1W7us/\n");
    expect(result.stdout).toContain(
      "lecture 15: video has tracking parameter spm_id_from [lint/tracking-parameters]\n  hint: use https://www.bilibili.com/video/BV1nN41157a9/\n",
    );
  });

  test("nothing else: no numbering, title or order findings on the seed", () => {
    expect(new Set(found.map(([, , , rule]) => rule))).toEqual(
      new Set([
        "lint/duplicate-resource",
        "lint/wrong-field",
        "lint/unreferenced-material",
        "lint/missing-path",
        "lint/tracking-parameters",
      ]),
    );
  });
});

describe("syllabus lint on the embedded catalog.yaml", () => {
  test("its own findings, exactly: tracking parameters and lecture 24's copied video; exit 0", async () => {
    const result = await runMain(["lint"]);
    expect(result.stdout).toBe(expectedFile(path.join(FIXTURES, "embedded/expected.txt"), result.stdout));
    expect(result.stderr).toBe("catalog.yaml: 28 lectures, 26 warnings\n");
    expect(result.code).toBe(0);
  });

  test("with the upstream tree listing, lecture 18's missing folder too: exit 1", async () => {
    const result = await runMain(["lint", "--tree", "test/fixtures/seed/tree.txt"]);
    expect(problems(result.stdout).filter(([, severity]) => severity === "error")).toEqual([
      [
        "160:11",
        "error",
        "lecture 18: code links Season2.step_into_llm/07.CPM, which is not in the course repository",
        "lint/missing-path",
      ],
    ]);
    expect(result.stderr).toBe("catalog.yaml: 28 lectures, 1 error, 26 warnings\n");
    expect(result.code).toBe(1);
  });
});

describe("syllabus lint on a clean catalog", () => {
  test("no findings: nothing on stdout, exit 0", async () => {
    const catalog = "test/fixtures/lint/clean/catalog.yaml";
    expect(await runMain(["lint", "--catalog", catalog])).toEqual({
      code: 0,
      stdout: "",
      stderr: `${catalog}: 4 lectures, no problems\n`,
    });
  });
});
