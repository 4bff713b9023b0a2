// A worker thread of `--jobs N`: runs jobs (extract-job.ts) as they come, answers with their results.
// The options arrive once, as workerData; each message is { id, job }.

import { parentPort, workerData } from "node:worker_threads";
import { runJob, type ExtractJob } from "../extract-job.js";
import type { ExtractOptions } from "../pipeline.js";

const options = workerData as ExtractOptions;

parentPort?.on("message", (message: { id: number; job: ExtractJob }) => {
  parentPort?.postMessage({ id: message.id, result: runJob(message.job, options) });
});
