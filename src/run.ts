// `claims extract`: paths in, records out. The only module that reads files; all claim logic is in pipeline.ts.

import { readFileSync } from "node:fs";
import { extractDocument, type DocumentInput, type ExtractOptions } from "./pipeline.js";
import { decodeBytes } from "./read/decode.js";
import { parseNdjsonLine } from "./read/ndjson.js";
import { describe, expandPaths, type PathProblem } from "./read/paths.js";
import { CLAIM_KINDS, type ClaimKind, type DocumentReport } from "./records/schema.js";
import { createReporter, FORMATS } from "./report/index.js";
import { openSink, type Io } from "./io.js";

export interface ExtractCliOptions {
  format: string;
  output?: string;
  kind?: string;
  refDate?: string;
  lang?: string;
  all?: boolean;
  input: string;
  explain?: boolean;
  color?: boolean;
  quiet?: boolean;
}

export class UsageError extends Error {}

const REF_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseRefDate(s: string): string {
  const m = REF_DATE.exec(s);
  if (!m) throw new UsageError(`--ref-date must be YYYY-MM-DD, YYYY-MM or YYYY, got "${s}"`);
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) throw new UsageError(`--ref-date: no month ${mo}`);
  if (d) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) throw new UsageError(`--ref-date: ${s} is not a calendar date`);
  }
  return s;
}

export function parseKinds(s: string): ClaimKind[] {
  const kinds = s.split(",").map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(CLAIM_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new UsageError(`unknown kind ${unknown.map((k) => `"${k}"`).join(", ")} (use: ${CLAIM_KINDS.join(", ")})`);
  return kinds as ClaimKind[];
}

export async function runExtract(paths: string[], o: ExtractCliOptions, io: Io, toolVersion: string): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use one of: ${FORMATS.join(", ")})`);
  if (o.input !== "text" && o.input !== "ndjson") throw new UsageError(`--input must be text or ndjson, got "${o.input}"`);
  const options: ExtractOptions = {
    refDate: o.refDate ? parseRefDate(o.refDate) : null,
    lang: o.lang ?? null,
    all: Boolean(o.all),
    kinds: o.kind ? parseKinds(o.kind) : null,
  };
  if (paths.length === 0) {
    if (io.stdoutIsTTY && !io.env.CLAIMS_STDIN) throw new UsageError("no input: give files or directories, or - to read standard input");
    paths = ["-"];
  }

  const problems: PathProblem[] = [];
  const files = expandPaths(paths, problems);
  const color = o.color !== false && io.stdoutIsTTY && !o.output && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "");
  const reporter = createReporter(o.format, { toolVersion, color, explain: o.explain });
  const sink = openSink(o.output, io);
  const reports: DocumentReport[] = [];
  let failed = problems.length > 0;
  const warn = (path: string, message: string) => {
    io.stderr.write(`claims: ${path}: ${message}\n`);
  };
  for (const p of problems) warn(p.path, p.message);

  const handle = (doc: DocumentInput, note?: string) => {
    const { claims, report } = extractDocument(doc, options);
    if (note) report.notes = [...(report.notes ?? []), note];
    reports.push(report);
    sink.write(reporter.document(claims, report));
  };

  let ok = false;
  try {
    sink.write(reporter.begin());
    for (const path of files) {
      let bytes: Uint8Array;
      try {
        bytes = path === "-" ? await io.readStdin() : readFileSync(path);
      } catch (e) {
        warn(path, describe(e));
        reports.push(errorReport(path, describe(e)));
        failed = true;
        continue;
      }
      const decoded = decodeBytes(bytes);
      if (decoded.kind === "binary") {
        warn(path, "binary file, skipped");
        reports.push(errorReport(path, "binary file, skipped"));
        continue;
      }
      if (decoded.note) warn(path, decoded.note);
      if (o.input === "ndjson") {
        const lines = decoded.text.split(/\r?\n/);
        lines.forEach((line, i) => {
          const parsed = parseNdjsonLine(line, i + 1, path);
          if (parsed.ok === "blank") return;
          if (parsed.ok === false) {
            warn(path, parsed.message);
            failed = true;
            return;
          }
          handle(parsed.doc);
        });
      } else {
        handle({ source: path, text: decoded.text }, decoded.note);
      }
    }
    sink.write(reporter.end(reports));
    ok = true;
  } finally {
    sink.close(ok);
  }
  return failed ? 2 : 0;
}

function errorReport(source: string, error: string): DocumentReport {
  return { source, lang: "und", refDate: null, refDateFrom: "none", chars: 0, claims: 0, skipped: [], error };
}
