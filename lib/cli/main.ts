import { parseArgs } from "node:util";
import { getDb } from "../db/client";
import { regroupAll } from "../store/regroup";
import { benchCommand, evalCommand, EVAL_USAGE, trainCommand } from "./eval-command";
import { exportCommand } from "./export-command";
import { ingestCommand } from "./ingest-command";
import { groupingProgress } from "./progress";
import { serve } from "./serve";
import { finishOwedGrouping, migrateDatabase, seedSamplesIfEmpty } from "./setup";

const USAGE = `Collate: compare the figures different outlets report.

Usage: npm run collate -- <command> [options]

  ingest <files or folders...>      import articles (.txt, .md, .html); folders are read recursively
  export --format json|csv|xlsx [--out FILE]
                                    export every group of figures (JSON and CSV to stdout without --out)
  regroup                           recompute the grouping of all claims
  setup                             migrate the database, load the samples if it is empty, finish owed grouping
  serve [--port N] [--host H]       setup, build if needed, and start the web app (what npm start runs)

Measuring (benchmark data is read from the path you give; none ships with Collate):
${EVAL_USAGE}

The database is DATABASE_URL (default file:./data/collate.db).`;

async function main(argv: string[]): Promise<number> {
  // Measuring commands parse their own options.
  if (argv[0] === "eval") return evalCommand(argv.slice(1));
  if (argv[0] === "bench") return benchCommand(argv.slice(1));
  if (argv[0] === "train") return trainCommand(argv.slice(1));
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      out: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case "ingest":
      migrateDatabase();
      return ingestCommand(rest);
    case "export":
      migrateDatabase();
      return exportCommand(values.format, values.out);
    case "regroup": {
      migrateDatabase();
      const result = await regroupAll(getDb(), groupingProgress((line) => process.stderr.write(`${line}\n`)));
      process.stderr.write(`${result.stories} stories: ${result.claims} claims in ${result.groups} groups\n`);
      return 0;
    }
    case "setup":
      migrateDatabase();
      await seedSamplesIfEmpty();
      await finishOwedGrouping();
      return 0;
    case "serve":
      await serve({ port: values.port, host: values.host });
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
