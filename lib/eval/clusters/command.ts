// `npm run eval -- clusters --data <folder> [--seeds [folder]] [--verbose] [--keep-db]`
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { allTargetsMet, formatClusterReport } from "./format";
import { crossValidationCommand } from "./fit-command";
import { runClusterEval, type DataSource } from "./run";

export const CLUSTER_EVAL_USAGE = `Usage: npm run eval -- clusters [--data <folder>]... [--seeds [folder]] [--cv] [--verbose] [--keep-db]

  --data <folder>   cluster subfolders plus gold.json (a folder holding seeds-gold.json is read as seeds)
  --seeds [folder]  the seed articles with seeds-gold.json (default: samples/)
  --verbose         list every unmatched gold claim, wrong merge, split group and wrong verdict
                    (with --cv: of each held-out cluster)
  --keep-db         keep the temporary evaluation database
  --cv              leave-one-cluster-out: refit the grouping model without each cluster and score that
                    cluster with it (in memory, no database); the figure to report and to improve

Without --cv all sources go into one fresh database and are grouped by the committed model
(an in-sample score for the clusters it was fitted on). Exit status 0 when every metric is at least 0.9.`;

/** `--seeds` may come without a folder; parseArgs needs one, so supply the default. */
function withSeedDefault(argv: string[], defaultSeeds: string): string[] {
  const args: string[] = [];
  argv.forEach((arg, index) => {
    args.push(arg);
    const next = argv[index + 1];
    if (arg === "--seeds" && (next === undefined || next.startsWith("--"))) args.push(defaultSeeds);
  });
  return args;
}

export function dataSourceFor(folder: string): DataSource {
  const isSeeds = !fs.existsSync(path.join(folder, "gold.json")) && fs.existsSync(path.join(folder, "seeds-gold.json"));
  return { kind: isSeeds ? "seeds" : "clusters", path: folder };
}

export function parseClusterEvalArgs(argv: string[], defaultSeeds = path.resolve("samples")) {
  const { values } = parseArgs({
    args: withSeedDefault(argv, defaultSeeds),
    options: {
      data: { type: "string", multiple: true },
      seeds: { type: "string", multiple: true },
      verbose: { type: "boolean", short: "v" },
      "keep-db": { type: "boolean" },
      cv: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const sources: DataSource[] = [
    ...(values.data ?? []).map(dataSourceFor),
    ...(values.seeds ?? []).map((folder): DataSource => ({ kind: "seeds", path: folder })),
  ];
  return { sources, verbose: values.verbose ?? false, keepDatabase: values["keep-db"] ?? false, cv: values.cv ?? false, help: values.help ?? false };
}

/** Runs the evaluation and prints the report; returns the exit status. */
export async function clusterEvalCommand(argv: string[]): Promise<number> {
  const args = parseClusterEvalArgs(argv);
  if (args.help || args.sources.length === 0) {
    process.stdout.write(`${CLUSTER_EVAL_USAGE}\n`);
    return args.help ? 0 : 2;
  }
  if (args.cv) return crossValidationCommand(args.sources, args.verbose);
  const report = await runClusterEval({
    sources: args.sources,
    verbose: args.verbose,
    keepDatabase: args.keepDatabase,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatClusterReport(report)}\n`);
  return allTargetsMet(report) ? 0 : 1;
}
