// The command line: commander parses, the run* functions work, and main() returns the exit code
// (0 ok, 1 a check found something, 2 usage error or unreadable input). Commands load lazily, so
// `claims --version` does not pay for the extractor.

import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { processIo, type Io } from "./io.js";

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

const EXTRACT_EXAMPLES = `
Examples:
  $ claims extract seeds/                          readable table of every claim
  $ claims extract article.txt --format json | jq '.claims[] | select(.kind=="valuation")'
  $ claims extract seeds/ --kind gpu_count,valuation --format csv -o claims.csv
  $ cat article.txt | claims extract - --ref-date 2024-05-27
  $ claims extract --input ndjson batch.ndjson --format ndjson   one {"id","text","date"?} per line

Kinds: gpu_count, valuation, funding, money, ratio, percent, count, date (and number with --all).
Relative dates ("en mars", "novembre dernier") are resolved against --ref-date, else the date the
input line or the article itself states, else a weekday that fixes the year, else the narrative year.
Exit codes: 0 success, 2 usage error or an unreadable input (the other inputs are still processed).`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const program = new Command("claims");
  let code = 0;
  program
    .description("Extract, normalise and check the numeric claims of French news articles:\nGPU counts, valuations, funding rounds, money, ratios, percentages, dates.")
    .version(toolVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", `
Examples:
  $ claims extract seeds/
  $ claims extract article.txt --format json | jq '.claims[]'
  $ claims schema > claim.schema.json

Run "claims help <command>" for a command's options.`);

  program
    .command("extract")
    .description("print the numeric claims of French articles (files, directories, or - for stdin)")
    .argument("[paths...]", "files, directories (walked recursively, sorted), or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "ndjson", "csv"]).default("table"))
    .option("-o, --output <file>", "write to FILE (atomically: all or nothing) instead of standard output")
    .option("-k, --kind <kinds>", "keep only these kinds, comma-separated (e.g. gpu_count,valuation)")
    .option("--ref-date <date>", "anchor relative dates: YYYY-MM-DD, YYYY-MM or YYYY")
    .option("--lang <code>", "treat all text as this language (e.g. fr) instead of detecting it per paragraph")
    .option("--all", "also emit every number no claim rule took (kind number)")
    .addOption(new Option("--input <mode>", "text: each path is one article; ndjson: each line {id,text,date?} is one").choices(["text", "ndjson"]).default("text"))
    .option("--explain", "table: show which rule made each claim (every format carries it in the `rule` field)")
    .option("--no-color", "no colour in the table (NO_COLOR is respected too)")
    .option("-q, --quiet", "no progress line")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores); the output order never changes")
    .addHelpText("after", EXTRACT_EXAMPLES)
    .action(async (paths: string[], opts) => {
      const { runExtract } = await import("./run.js");
      code = await runExtract(paths, opts, io, toolVersion());
    });

  program
    .command("schema")
    .description("print the JSON Schema of the claim record (generated from the zod schema)")
    .option("--envelope", "the schema of the whole --format json output instead of one record")
    .action(async (opts: { envelope?: boolean }) => {
      const { printSchema } = await import("./schema-command.js");
      io.stdout.write(printSchema(opts));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    const { UsageError } = await import("./run.js");
    if (e instanceof UsageError) {
      io.stderr.write(`claims: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`claims: ${(e as Error)?.stack ?? String(e)}\n`);
    return 2;
  }
  return code;
}
