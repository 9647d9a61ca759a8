// The mutation score of each area of src/ (render, catalog, links, import, report, …) from Stryker's
// JSON report: killed and timed-out mutants over all that were tested or left uncovered.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "reports/mutation/mutation.json";
const report = JSON.parse(readFileSync(file, "utf8"));
const areas = new Map();
for (const [name, { mutants }] of Object.entries(report.files)) {
  const area = name
    .replace(/^.*?src\//, "")
    .split("/")[0]
    .replace(/\.ts$/, "");
  const counts = areas.get(area) ?? { detected: 0, undetected: 0, covered: 0 };
  for (const { status } of mutants) {
    if (status === "Killed" || status === "Timeout") counts.detected++;
    else if (status === "Survived" || status === "NoCoverage") counts.undetected++;
    if (
      status !== "NoCoverage" &&
      status !== "CompileError" &&
      status !== "RuntimeError" &&
      status !== "Ignored"
    )
      counts.covered++;
  }
  areas.set(area, counts);
}
console.log("area        score   mutants   detected   undetected");
for (const [area, { detected, undetected }] of [...areas].sort()) {
  const total = detected + undetected;
  const score = total ? ((100 * detected) / total).toFixed(1) : "-";
  console.log(
    `${area.padEnd(10)} ${String(score).padStart(6)} % ${String(total).padStart(8)} ${String(detected).padStart(10)} ${String(undetected).padStart(12)}`,
  );
}
