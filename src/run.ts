// `claims extract`: paths in, records out, in input order. The only module that drives reading and writing;
// all claim logic is in pipeline.ts, reading in read/, the worker threads in workers/.

import { runJob, type ExtractJob } from "./extract-job.js";
import { OutputClosedError, openSink, outputProblem, wantsColor, type Io } from "./io.js";
import type { DocumentResult, ExtractOptions } from "./pipeline.js";
import { createProgress, NO_PROGRESS } from "./progress.js";
import { expandPaths, type PathProblem } from "./read/paths.js";
import { readUnits, type ReadProgress, type Unit } from "./read/units.js";
import { CLAIM_KINDS } from "./records/kinds.js";
import type { ClaimKind, DocumentReport } from "./records/schema.js";
import { FORMATS, loadReporter } from "./report/index.js";
import type { WorkerSetup } from "./workers/extract-worker.js";
import { WorkerPool, type JobResult } from "./workers/pool.js";

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
  /** worker threads; default: the number of cores */
  jobs?: string;
}

export class UsageError extends Error {}

/** A unit waiting for its result to be written: a job's own text is no longer needed. */
type QueuedUnit = Exclude<Unit, { type: "job" }> | (Omit<Extract<Unit, { type: "job" }>, "job"> & { job: null });

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

/** --input: text (each path one article) or ndjson (each line one). */
export function checkInputMode(input: string | undefined): asserts input is "text" | "ndjson" {
  if (input !== "text" && input !== "ndjson") throw new UsageError(`--input must be text or ndjson, got "${input}"`);
}

/** No paths: standard input when it is a pipe, a usage error on a terminal (nothing would ever arrive). */
export function inputPaths(paths: string[], io: Io): string[] {
  if (paths.length) return paths;
  if (io.stdoutIsTTY && !io.env.CLAIMS_STDIN) throw new UsageError("no input: give files or directories, or - to read standard input");
  return ["-"];
}

export function parseKinds(s: string): ClaimKind[] {
  const kinds = s.split(",").map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(CLAIM_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new UsageError(`unknown kind ${unknown.map((k) => `"${k}"`).join(", ")} (use: ${CLAIM_KINDS.join(", ")})`);
  return kinds as ClaimKind[];
}

export async function runExtract(paths: string[], o: ExtractCliOptions, io: Io, toolVersion: string): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use one of: ${FORMATS.join(", ")})`);
  checkInputMode(o.input);
  const jobs = parseJobs(o.jobs, io.cpus ?? 1);
  const options: ExtractOptions = {
    refDate: o.refDate ? parseRefDate(o.refDate) : null,
    lang: o.lang ?? null,
    all: Boolean(o.all),
    kinds: o.kind ? parseKinds(o.kind) : null,
  };
  paths = inputPaths(paths, io);
  const badOutput = outputProblem(o.output);
  if (badOutput) throw new UsageError(badOutput);

  const problems: PathProblem[] = [];
  const total = { bytes: 0 };
  const files = expandPaths(paths, problems, total);
  // Nothing read or written yet: a process that cannot start workers hands a run that would start them
  // (bytes count at least the characters POOL_AFTER_CHARS counts). Standard input's size is unknown until read:
  // with the default --jobs and small files, a short one is kept here (a piped article).
  if (io.handOffForWorkers && jobs > 1 && (o.jobs !== undefined || files.includes("-") || total.bytes > POOL_AFTER_CHARS)) {
    const keepStdinUpTo = o.jobs === undefined && total.bytes <= POOL_AFTER_CHARS ? POOL_AFTER_CHARS - total.bytes : 0;
    const code = await io.handOffForWorkers(keepStdinUpTo);
    if (code !== null) return code;
  }
  const color = wantsColor(o, io);
  const reporter = await loadReporter(o.format, { toolVersion, color, explain: o.explain });
  const warn = (path: string, message: string) => void io.stderr.write(`claims: ${path}: ${message}\n`);
  let failed = problems.length > 0;
  for (const p of problems) warn(p.path, p.message);

  const progress = io.stderrIsTTY && !o.quiet ? createProgress(io.stderr, files.includes("-") ? null : total.bytes) : NO_PROGRESS;
  const read: ReadProgress = { bytes: 0 };
  const stdin = () => io.stdinBlocks?.() ?? (async function* () { yield await io.readStdin(); })();
  // An explicit --jobs N starts the workers at once; the default waits until the input is big enough.
  const render = STATELESS_FORMATS.includes(o.format) ? { format: o.format, report: { toolVersion, color, explain: o.explain } } : null;
  const engine = new Engine(jobs, { options, render }, o.jobs !== undefined ? 0 : POOL_AFTER_CHARS);
  const sink = openSink(o.output, io);
  const documents = new DocumentAssembler(o.format === "json");
  let ok = false;
  try {
    await sink.write(reporter.begin());
    // Results are awaited in input order; up to `window` jobs run ahead, so workers stay busy while
    // memory stays bounded (a slow reader of stdout holds back the reading of input, not the heap).
    const queue: Array<{ unit: QueuedUnit; result: Promise<JobResult> | JobResult | null }> = [];
    const emit = async () => {
      const { unit, result } = queue.shift() as (typeof queue)[number];
      if (unit.type === "problem") {
        warn(unit.source, unit.message);
        failed ||= unit.fails;
        if (unit.skipped) documents.add(errorReport(unit.source, unit.message));
      } else if (unit.type === "note") {
        warn(unit.source, unit.message);
        documents.note(unit.source, unit.message);
      } else {
        const r = await (result as Promise<JobResult> | JobResult);
        if (r.report.error) {
          warn(unit.source, r.report.error);
          failed = true;
        }
        await sink.write(r.rendered ?? reporter.document(r.claims, r.report));
        documents.part(unit.source, unit.part, unit.last, r.report);
      }
      progress.update(documents.count, read.bytes);
    };
    for await (const unit of readUnits(files, o.input as "text" | "ndjson", stdin, read)) {
      // The queue keeps what emit() needs, not the job: a window's text (a slice that holds a whole
      // block of the file alive) is let go as soon as the job is handed out.
      queue.push(unit.type === "job" ? { unit: { ...unit, job: null }, result: engine.run(unit.job) } : { unit, result: null });
      while (queue.length > engine.ahead) await emit();
    }
    while (queue.length) await emit();
    await sink.write(reporter.end(documents.reports()));
    ok = true;
  } catch (e) {
    if (!(e instanceof OutputClosedError)) throw e;
    ok = true; // the reader has what it wanted (`| head`): a quiet end, as cat and grep do
  } finally {
    progress.done();
    sink.close(ok);
    await engine.close();
  }
  return failed ? 2 : 0;
}

/** --jobs: a count of worker threads; default the number of cores. */
export function parseJobs(value: string | undefined, cpus: number): number {
  if (value === undefined) return Math.max(1, cpus);
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs must be a positive integer, got "${value}"`);
  return Number(value);
}

/**
 * Runs jobs on this thread until there is enough work to pay for worker threads (a worker loads the whole
 * extractor before its first job), then on `jobs` workers, this thread only reading and writing.
 *
 * Why this thread stops extracting: its heap cannot be bounded (a worker's can), and an extracting main
 * thread grows a 32 MB young generation and keeps up to 40 MB of read blocks until its next full
 * collection. Measured with `--jobs 2` on 40 s of the 1 GB file: one worker beside an extracting main
 * thread peaked at 260-267 MB, two workers beside a reading one at 208-223 MB, at the same speed on 100 MB.
 */
class Engine {
  private pool: WorkerPool | null = null;
  private chars = 0;
  constructor(private readonly jobs: number, private readonly setup: WorkerSetup, private readonly poolAfterChars: number) {}

  /** how many results may be pending before the oldest is awaited */
  get ahead(): number {
    return this.pool ? this.jobs * WORKER_BACKLOG : 0;
  }

  run(job: ExtractJob): Promise<JobResult> | JobResult {
    this.chars += job.doc.text.length;
    if (!this.pool && this.jobs > 1 && this.chars > this.poolAfterChars) this.pool = new WorkerPool(this.jobs, this.setup);
    if (!this.pool) return runJob(job, this.setup.options);
    // A crashed worker costs its documents, reported like any other failure, never the run.
    return this.pool.run(job).catch((e: Error) => failedResult(job, `worker thread failed, document skipped: ${e.message}`));
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** Jobs handed out per worker before the oldest result is awaited: enough to keep each busy meanwhile. */
const WORKER_BACKLOG = 5;
// Below about half a second of single-threaded extraction, a worker's start-up costs more than it saves.
const POOL_AFTER_CHARS = 1 << 20;
/** Formats whose document() depends on nothing but the document: workers render them. */
const STATELESS_FORMATS: readonly string[] = ["ndjson", "csv"];

/**
 * One report per document, in input order: the windows of a long document add up to one report;
 * notes (an encoding guess) join the report of their document. Only --format json prints the reports,
 * so the others keep a count, not a million reports.
 */
class DocumentAssembler {
  private readonly kept: DocumentReport[] = [];
  private open: DocumentReport | null = null;
  private readonly pendingNotes = new Map<string, string[]>();
  count = 0;

  constructor(private readonly keep: boolean) {}

  add(report: DocumentReport): void {
    this.count++;
    if (this.keep) this.kept.push(report);
  }

  note(source: string, message: string): void {
    if (this.open?.source === source) this.open.notes = [...(this.open.notes ?? []), message];
    else this.pendingNotes.set(source, [...(this.pendingNotes.get(source) ?? []), message]);
  }

  part(source: string, index: number, last: boolean, report: DocumentReport): void {
    if (index === 0) {
      const notes = this.pendingNotes.get(source);
      this.pendingNotes.delete(source);
      this.open = notes ? { ...report, notes: [...notes, ...(report.notes ?? [])] } : { ...report };
      if (!last) this.open.skipped = this.keep ? this.open.skipped.map((seg) => ({ ...seg, preview: copyString(seg.preview) })) : [];
    } else if (this.open) {
      const o = this.open;
      o.chars += report.chars;
      o.claims += report.claims;
      // Only --format json prints skipped segments; the others must not hoard them over a 1 GB file.
      // Previews are copied: a slice of a window's text would keep the whole window alive.
      if (this.keep) o.skipped = o.skipped.concat(report.skipped.map((seg) => ({ ...seg, preview: copyString(seg.preview) })));
      if (report.notes) o.notes = [...(o.notes ?? []), ...report.notes];
      if (report.error) o.error = o.error ?? report.error;
    }
    if (last && this.open) {
      this.add(this.open);
      this.open = null;
    }
  }

  /** what reporter.end() gets: every report for json, else only their number matters */
  reports(): DocumentReport[] {
    return this.keep ? this.kept : new Array<DocumentReport>(this.count);
  }
}

/** A string of its own: V8 keeps the whole parent of a sliced string alive. */
function copyString(s: string): string {
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i)); // code units: lone surrogates survive
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

function failedResult(job: ExtractJob, error: string): DocumentResult {
  return { claims: [], report: { ...errorReport(job.doc.source, error), chars: job.doc.text.length } };
}

function errorReport(source: string, error: string): DocumentReport {
  return { source, lang: "und", refDate: null, refDateFrom: "none", chars: 0, claims: 0, skipped: [], error };
}
