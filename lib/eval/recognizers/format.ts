import { formatTable } from "../format-table";
import type { RecognizersRun } from "./types";

/** Pass rates per spec file and overall, then a few failing cases per file. */
export function formatRecognizersRun(run: RecognizersRun, examplesPerFile = 3): string {
  const rows = run.files.map((file) => [
    file.file,
    String(file.evaluated),
    String(file.skipped),
    String(file.passed),
    `${file.passRate.toFixed(1)}%`,
  ]);
  const { overall } = run;
  const lines = [
    "Recognizers-Text English specs (lenient value+unit rule; cases NotSupported for javascript skipped)",
    formatTable([
      ["spec file", "evaluated", "skipped", "passed", "pass rate"],
      ...rows,
      ["overall", String(overall.evaluated), String(overall.skipped), String(overall.passed), `${overall.passRate.toFixed(1)}%`],
    ]),
  ];
  for (const file of run.files) {
    if (file.failures.length === 0) continue;
    lines.push("", `Failing examples, ${file.file}:`);
    for (const failure of file.failures.slice(0, examplesPerFile)) {
      lines.push(`  "${failure.input}"`, `    ${failure.reason}`);
    }
  }
  return lines.join("\n");
}
