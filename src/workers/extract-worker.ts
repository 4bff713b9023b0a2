// A worker thread of `--jobs N`: runs jobs (extract-job.ts) as they come, answers with their results.
// The options arrive once, as workerData; each message is { id, job }. For a stateless format
// (ndjson, csv) the worker also renders the claims, as UTF-8 bytes whose buffer is handed over, not
// copied: the main thread, which reads and writes for every worker, neither decodes nor re-encodes
// them, and its heap never holds the output as strings.

import { parentPort, workerData } from "node:worker_threads";
import { runJob, type ExtractJob } from "../extract-job.js";
import type { ExtractOptions } from "../pipeline.js";
import { loadReporter } from "../report/index.js";
import type { ReportOptions } from "../report/types.js";

export interface WorkerSetup {
  options: ExtractOptions;
  /** set when the worker renders: the format and the reporter's options */
  render: { format: string; report: ReportOptions } | null;
}

const setup = workerData as WorkerSetup;
const encoder = new TextEncoder();
const reporter = setup.render ? await loadReporter(setup.render.format, setup.render.report) : null;

parentPort?.on("message", (message: { id: number; job: ExtractJob }) => {
  const result = runJob(message.job, setup.options);
  if (!reporter) parentPort?.postMessage({ id: message.id, result });
  else {
    const rendered = encoder.encode(reporter.document(result.claims, result.report));
    parentPort?.postMessage({ id: message.id, result: { claims: [], report: result.report, rendered } }, [rendered.buffer]);
  }
});
