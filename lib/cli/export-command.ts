import fs from "node:fs";
import { exportFile, type ExportFormat } from "../export";
import { listGroups } from "../store/queries";
import { userPath } from "./paths";

const FORMATS: ExportFormat[] = ["json", "csv", "xlsx"];

/** `collate export --format json|csv|xlsx [--out FILE]`: returns the process exit code. */
export async function exportCommand(format: string | undefined, out: string | undefined): Promise<number> {
  const chosen = (format ?? "json") as ExportFormat;
  if (!FORMATS.includes(chosen)) {
    process.stderr.write(`Unknown export format "${format}"; use one of: ${FORMATS.join(", ")}\n`);
    return 2;
  }
  if (chosen === "xlsx" && !out) {
    process.stderr.write("An XLSX export is binary: give a file with --out collate.xlsx\n");
    return 2;
  }
  const file = await exportFile(chosen, await listGroups());
  if (out) {
    fs.writeFileSync(userPath(out), file.body);
    process.stderr.write(`Wrote ${userPath(out)}\n`);
  } else {
    process.stdout.write(file.body);
  }
  return 0;
}
