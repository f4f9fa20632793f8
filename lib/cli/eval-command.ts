import { parseArgs } from "node:util";
import { clusterEvalCommand, parseClusterEvalArgs } from "../eval/clusters/command";
import { trainGroupingCommand } from "../eval/clusters/fit-command";
import { benchExtract, formatBench } from "../eval/bench";
import { benchGrouping, formatGroupingBench } from "../eval/bench-grouping";
import { benchIngest, formatIngestBench } from "../eval/bench-ingest";
import { formatNewsQuantRun, formatNewsQuantSummary } from "../eval/newsquant/format";
import { NEWSQUANT_SETS, type NewsQuantSet, runNewsQuant } from "../eval/newsquant/run";
import { formatRecognizersRun } from "../eval/recognizers/format";
import { runRecognizersSpecs } from "../eval/recognizers/run";
import { userPath } from "./paths";

export const EVAL_USAGE = `Usage:
  npm run eval -- newsquant --data <newsquant-cqe folder> [--set NewsQuant|age-model|currency-model|dimension-model|temperature-model|all] [--predictions-out FILE]
  npm run eval -- recognizers --data <recognizers-text-en folder>
  npm run eval -- clusters --data <folder with cluster subfolders and gold.json> [--seeds [folder]] [--cv] [--verbose]
  npm run train -- grouping --data <folder with cluster subfolders and gold.json> [--seeds [folder]]
  npm run bench -- extract [--mb N]
  npm run bench -- group [--articles N]
  npm run bench -- ingest [--articles N] [--data <folder of articles>]`;

function parseDataArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: "string" },
      "predictions-out": { type: "string" },
      set: { type: "string" },
      mb: { type: "string" },
      articles: { type: "string" },
    },
  });
  return values;
}

/** Folder arguments are relative to where the user ran npm, not to the package. */
function resolveFolders(rest: string[]): string[] {
  const isFolderAfterFlag = (arg: string, index: number) => index > 0 && ["--data", "--seeds"].includes(rest[index - 1]) && !arg.startsWith("--");
  return rest.map((arg, index) => (isFolderAfterFlag(arg, index) ? userPath(arg) : arg));
}

/** `collate train grouping --data <clusters> [--seeds [folder]]`: refits the committed grouping model. */
export async function trainCommand(argv: string[]): Promise<number> {
  const [what, ...rest] = argv;
  const args = what === "grouping" ? parseClusterEvalArgs(resolveFolders(rest)) : null;
  if (!args || args.help || args.sources.length === 0) {
    process.stderr.write(`${EVAL_USAGE}\n`);
    return args?.help ? 0 : 2;
  }
  return trainGroupingCommand(args.sources);
}

/** `collate eval <benchmark> ...`: returns the process exit code. */
export async function evalCommand(argv: string[]): Promise<number> {
  const [benchmark, ...rest] = argv;
  if (benchmark === "clusters") return clusterEvalCommand(resolveFolders(rest));
  const values = parseDataArgs(rest);
  if ((benchmark !== "newsquant" && benchmark !== "recognizers") || !values.data) {
    process.stderr.write(`${EVAL_USAGE}\n`);
    return 2;
  }
  if (benchmark === "newsquant") {
    const set = values.set ?? "NewsQuant";
    if (set === "all") {
      const runs = NEWSQUANT_SETS.map((name) => runNewsQuant(userPath(values.data!), undefined, { set: name }));
      process.stdout.write(`${formatNewsQuantSummary(runs)}\n`);
      return 0;
    }
    if (!(NEWSQUANT_SETS as readonly string[]).includes(set)) {
      process.stderr.write(`Unknown --set ${set}. Choose one of: ${NEWSQUANT_SETS.join(", ")}, all.\n`);
      return 2;
    }
    const out = values["predictions-out"];
    const run = runNewsQuant(userPath(values.data), undefined, {
      set: set as NewsQuantSet,
      predictionsOut: out ? userPath(out) : undefined,
    });
    process.stdout.write(`${formatNewsQuantRun(run)}\n`);
  } else {
    process.stdout.write(`${formatRecognizersRun(runRecognizersSpecs(userPath(values.data)))}\n`);
  }
  return 0;
}

/**
 * `collate bench extract [--mb N]`: extraction speed against Recognizers-Text on the same text.
 * `collate bench group [--articles N]`: story detection and grouping time on a large batch.
 */
export async function benchCommand(argv: string[]): Promise<number> {
  const [what, ...rest] = argv;
  const { mb, articles } = parseDataArgs(rest);
  if (what === "ingest") {
    const dirs = parseDataArgs(resolveFolders(rest)).data;
    const result = await benchIngest({
      articles: articles ? Number(articles) : undefined,
      dirs: dirs ? [dirs] : undefined,
      onProgress: (done, total) => {
        if (done % 500 === 0 || done === total) process.stderr.write(`  saved ${done}/${total} articles\n`);
      },
    });
    process.stdout.write(`${formatIngestBench(result)}\n`);
    return result.ungroupedClaims === 0 && result.errors === 0 ? 0 : 1;
  }
  if (what === "group") {
    const result = benchGrouping({ articles: articles ? Number(articles) : undefined });
    process.stdout.write(`${formatGroupingBench(result)}\n`);
    return 0;
  }
  if (what !== "extract") {
    process.stderr.write(`${EVAL_USAGE}\n`);
    return 2;
  }
  const result = benchExtract({ corpusBytes: mb ? Math.round(Number(mb) * 1_000_000) : undefined });
  process.stdout.write(`${formatBench(result)}\n`);
  return 0;
}
