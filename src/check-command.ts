// `claims check`, `claims ledger`, `claims corroborate`: the I/O edge (files, stdin, stdout) around the pure
// judges in src/check. Articles are read and extracted exactly as `claims extract` reads them.

import { readFileSync } from "node:fs";
import { bootstrapLedger } from "./check/ledger-bootstrap.js";
import { checkArticle, type ArticleCheck } from "./check/check-article.js";
import { corroborate, type Article } from "./check/corroborate.js";
import { DEFAULT_FAIL_ON, exitCode, parseFailOn, type FailOn } from "./check/findings.js";
import { mergeRates, RatesSchema, REFERENCE_RATES, type Rates } from "./check/fx-rates.js";
import { parseLedger, type Ledger } from "./check/ledger.js";
import { CHECK_FORMATS, CHECK_REPORTERS, type CheckFormat } from "./check/reporters.js";
import { CORROBORATE_FORMATS, formatCorroborateJson, formatCorroborateTable } from "./check/report-corroborate.js";
import { openSink, wantsColor, type Io } from "./io.js";
import { extractDocument, type DocumentInput } from "./pipeline.js";
import { decodeBytes } from "./read/decode.js";
import { parseNdjsonLine } from "./read/ndjson.js";
import { describe, expandPaths } from "./read/paths.js";
import type { Claim } from "./records/schema.js";
import { checkInputMode, inputPaths, parseRefDate, UsageError } from "./run.js";

/** Options every command shares: how articles are read. */
export interface ReadOptions {
  refDate?: string;
  input?: string;
  rates?: string;
  output?: string;
  color?: boolean;
}

export interface CheckCliOptions extends ReadOptions {
  ledger?: string;
  format: string;
  failOn?: string;
  verbose?: boolean;
}

export interface CorroborateCliOptions extends ReadOptions {
  format: string;
  minSources?: string;
  rollup?: boolean;
}

interface LoadedArticle {
  source: string;
  text: string;
  claims: Claim[];
  articleDate: string | null;
}

interface Loaded {
  articles: LoadedArticle[];
  errors: Array<{ source: string; message: string }>;
}

export async function runCheck(paths: string[], o: CheckCliOptions, io: Io, toolVersion: string): Promise<number> {
  if (!(CHECK_FORMATS as readonly string[]).includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use one of: ${CHECK_FORMATS.join(", ")})`);
  const failOn = readFailOn(o.failOn);
  const ledger = o.ledger ? readLedger(o.ledger) : null;
  const rates = readRates(o.rates);
  const { articles, errors } = await loadArticles(paths, o, io);
  const results: ArticleCheck[] = [
    ...articles.map((a) => checkArticle(a, ledger, rates)),
    ...errors.map((e) => ({ source: e.source, articleDate: null, verdicts: [], consistency: [], error: e.message })),
  ];
  const report = CHECK_REPORTERS[o.format as CheckFormat](results, {
    toolVersion,
    color: wantsColor(o, io),
    failOn,
    ledger: o.ledger ?? null,
    ratesDate: rates.date,
    verbose: o.verbose,
  });
  write(report, o.output, io);
  return exitCode(results, failOn);
}

export async function runLedger(paths: string[], o: ReadOptions, io: Io, _toolVersion: string): Promise<number> {
  const rates = readRates(o.rates);
  const { articles, errors } = await loadArticles(paths, o, io);
  const ledger = bootstrapLedger(articles.map(toCorroborated), rates);
  write(JSON.stringify(ledger, null, 2) + "\n", o.output, io);
  io.stderr.write(`claims: ${ledger.facts.length} facts from ${articles.length} article(s); curate before use (see "note" fields)\n`);
  return errors.length ? 2 : 0;
}

export async function runCorroborate(paths: string[], o: CorroborateCliOptions, io: Io, toolVersion: string): Promise<number> {
  if (!(CORROBORATE_FORMATS as readonly string[]).includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use one of: ${CORROBORATE_FORMATS.join(", ")})`);
  const minSources = o.minSources === undefined ? 2 : Number(o.minSources);
  if (!Number.isInteger(minSources) || minSources < 1) throw new UsageError(`--min-sources must be a whole number from 1, got "${o.minSources}"`);
  const rates = readRates(o.rates);
  const { articles, errors } = await loadArticles(paths, o, io);
  const facts = corroborate(articles.map(toCorroborated), { rates, rollup: o.rollup !== false });
  const out = o.format === "json" ? formatCorroborateJson(facts, { toolVersion, ratesDate: rates.date }) : formatCorroborateTable(facts, { color: wantsColor(o, io), minSources });
  write(out, o.output, io);
  return errors.length ? 2 : 0;
}

function toCorroborated(a: LoadedArticle): Article {
  return { source: a.source, date: a.articleDate, claims: a.claims };
}

function readFailOn(s: string | undefined): FailOn[] {
  if (s === undefined) return [...DEFAULT_FAIL_ON];
  const parsed = parseFailOn(s);
  if (!parsed.ok) throw new UsageError(`--fail-on: unknown ${parsed.bad.map((b) => `"${b}"`).join(", ")} (use a comma-separated list of: contradicted, inconsistent, unknown)`);
  return parsed.value;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`${what} ${path}: ${describe(e)}`);
  }
}

export function readLedger(path: string): Ledger {
  const parsed = parseLedger(readText(path, "--ledger"));
  if (!parsed.ok) throw new UsageError(`--ledger ${path}: not a valid ledger (claims schema --ledger shows the shape):\n  ${parsed.errors.slice(0, 10).join("\n  ")}`);
  return parsed.ledger;
}

function readRates(path: string | undefined): Rates {
  if (!path) return REFERENCE_RATES;
  let data: unknown;
  try {
    data = JSON.parse(readText(path, "--rates"));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--rates ${path}: not JSON (${(e as Error).message})`);
  }
  const parsed = RatesSchema.safeParse(data);
  if (!parsed.success) throw new UsageError(`--rates ${path}: expected {"date": "YYYY-MM-DD", "usdPer": {"EUR": 1.07, ...}}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return mergeRates(REFERENCE_RATES, parsed.data);
}

/** Paths (files, directories, - for stdin) to extracted articles; a bad input is reported and the rest go on. */
async function loadArticles(paths: string[], o: ReadOptions, io: Io): Promise<Loaded> {
  const refDate = o.refDate ? parseRefDate(o.refDate) : null;
  const input = o.input ?? "text";
  checkInputMode(input);
  paths = inputPaths(paths, io);
  const problems: Array<{ path: string; message: string }> = [];
  const files = expandPaths(paths, problems);
  const loaded: Loaded = { articles: [], errors: problems.map((p) => ({ source: p.path, message: p.message })) };
  const add = (doc: DocumentInput) => {
    const { claims, report } = extractDocument(doc, { refDate });
    loaded.articles.push({ source: doc.source, text: doc.text.replace(/^\uFEFF/, ""), claims, articleDate: report.refDate });
  };
  for (const path of files) {
    let bytes: Uint8Array;
    try {
      bytes = path === "-" ? await io.readStdin() : readFileSync(path);
    } catch (e) {
      loaded.errors.push({ source: path, message: describe(e) });
      continue;
    }
    const decoded = decodeBytes(bytes);
    if (decoded.kind === "binary") {
      io.stderr.write(`claims: ${path}: binary file, skipped\n`);
      continue;
    }
    if (decoded.note) io.stderr.write(`claims: ${path}: ${decoded.note}\n`);
    if (input === "ndjson") {
      decoded.text.split(/\r?\n/).forEach((line, i) => {
        const parsed = parseNdjsonLine(line, i + 1, path);
        if (parsed.ok === true) add(parsed.doc);
        else if (parsed.ok === false) loaded.errors.push({ source: path, message: parsed.message });
      });
    } else {
      add({ source: path, text: decoded.text });
    }
  }
  for (const e of loaded.errors) io.stderr.write(`claims: ${e.source}: ${e.message}\n`);
  return loaded;
}

function write(text: string, output: string | undefined, io: Io): void {
  const sink = openSink(output, io);
  sink.write(text);
  sink.close(true);
}
