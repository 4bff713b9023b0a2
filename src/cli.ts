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

const CHECK_EXAMPLES = `
Examples:
  $ claims ledger trusted/ > facts.json            draft a ledger, then curate it
  $ claims check article.txt --ledger facts.json   verdict per claim, and in-article consistency
  $ claims check drafts/ --format github           annotations on a pull request (no ledger: consistency only)
  $ claims check drafts/ -l facts.json --format sarif -o claims.sarif

Verdicts: corroborated, contradicted (same subject, kind and stage/round/model; money beyond 0.5 %, counts
not equal unless a qualifier allows, dates not overlapping), unknown. Consistency: pre-money + raised =
post-money, one amount in two currencies at a plausible rate, a fact stated twice with two values, a
deadline before the article's date.
Exit codes: 0 nothing fails, 1 something in --fail-on was found, 2 usage error or an unreadable input.`;

/** --input, shared by every command that reads articles. */
function inputOption(help: string): Option {
  return new Option("--input <mode>", help).choices(["text", "ndjson"]).default("text");
}

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
    .addOption(inputOption("text: each path is one article; ndjson: each line {id,text,date?} is one"))
    .option("--explain", "table: show which rule made each claim (every format carries it in the `rule` field)")
    .option("--no-color", "no colour in the table (NO_COLOR is respected too)")
    .option("-q, --quiet", "no progress line")
    .option("-j, --jobs <n>", "worker threads that extract once the input passes 1 MB, or at once when given (default: the number of cores; 1: all on this thread); the output order never changes")
    .addHelpText("after", EXTRACT_EXAMPLES)
    .action(async (paths: string[], opts) => {
      const { runExtract } = await import("./run.js");
      code = await runExtract(paths, opts, io, toolVersion());
    });

  program
    .command("check")
    .description("check the claims of articles against a ledger of known facts, and each article against itself")
    .argument("[paths...]", "files, directories (walked recursively, sorted), or - for standard input")
    .option("-l, --ledger <file>", "JSON ledger of known facts (claims ledger drafts one; claims schema --ledger shows its shape)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["human", "json", "github", "sarif"]).default("human"))
    .option("--fail-on <list>", "what fails the run (exit 1), comma-separated: contradicted, inconsistent, unknown", "contradicted,inconsistent")
    .option("--ref-date <date>", "the articles' date (facts must hold then; deadlines must not precede it): YYYY-MM-DD, YYYY-MM or YYYY")
    .option("--rates <file>", 'exchange rates overriding the built-in table: {"date": "YYYY-MM-DD", "usdPer": {"EUR": 1.07}}')
    .addOption(inputOption("text: each path is one article; ndjson: each line {id,text,date?} is one"))
    .option("-o, --output <file>", "write to FILE instead of standard output")
    .option("-v, --verbose", "human: also list corroborated claims")
    .option("--no-color", "no colour (NO_COLOR is respected too)")
    .addHelpText("after", CHECK_EXAMPLES)
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import("./check-command.js");
      code = await runCheck(paths, opts, io, toolVersion());
    });

  program
    .command("ledger")
    .description("draft a ledger of facts from trusted articles (their claims grouped by fact, each article as source)")
    .argument("[paths...]", "files, directories, or - for standard input")
    .option("--ref-date <date>", "the articles' date: YYYY-MM-DD, YYYY-MM or YYYY")
    .option("--rates <file>", "exchange rates overriding the built-in table")
    .addOption(inputOption("text or ndjson"))
    .option("-o, --output <file>", "write to FILE instead of standard output")
    .action(async (paths: string[], opts) => {
      const { runLedger } = await import("./check-command.js");
      code = await runLedger(paths, opts, io, toolVersion());
    });

  program
    .command("corroborate")
    .description("group the claims of many articles into facts: how many sources state each, which values disagree, who said it first")
    .argument("[paths...]", "files, directories, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .option("--min-sources <n>", "table: show facts stated by at least N articles (and every disagreement)", "2")
    .option("--no-rollup", "keep products apart from their maker (Grok-3 is not counted as xAI)")
    .option("--ref-date <date>", "the articles' date: YYYY-MM-DD, YYYY-MM or YYYY")
    .option("--rates <file>", "exchange rates overriding the built-in table")
    .addOption(inputOption("text or ndjson (each line {id,text,date?}: dates order the sources)"))
    .option("-o, --output <file>", "write to FILE instead of standard output")
    .option("--no-color", "no colour (NO_COLOR is respected too)")
    .action(async (paths: string[], opts) => {
      const { runCorroborate } = await import("./check-command.js");
      code = await runCorroborate(paths, opts, io, toolVersion());
    });

  program
    .command("schema")
    .description("print the JSON Schema of the claim record (generated from the zod schema)")
    .option("--envelope", "the schema of the whole --format json output instead of one record")
    .option("--ledger", "the schema of the ledger `claims check --ledger` reads")
    .action(async (opts: { envelope?: boolean; ledger?: boolean }) => {
      if (opts.ledger) return void io.stdout.write((await import("./check/ledger.js")).printLedgerSchema());
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
