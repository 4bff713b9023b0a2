// `--jobs N`: N worker threads (the main thread only reads and writes once they run, see run.ts), each running
// extract-job.ts. Jobs go to the least busy worker; each job's result comes back as a promise, and run.ts
// awaits them in input order, so the output is the same as with one job. No scheduler beyond that: for
// more machines, see the README (GNU parallel).

import { Worker } from "node:worker_threads";
import type { ExtractJob } from "../extract-job.js";
import type { DocumentResult } from "../pipeline.js";
import type { WorkerSetup } from "./extract-worker.js";

/** A result, with the claims already rendered when the worker renders (then `claims` is empty). */
export type JobResult = DocumentResult & { rendered?: string | Uint8Array };

interface Pending {
  resolve(r: JobResult): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** a worker that died takes no more jobs (its own pending jobs fail, the others carry on) */
  dead: boolean;
}

/**
 * A job is one window (64 K characters) or one NDJSON line, and V8 collects garbage only near a heap's
 * limit, so without limits every worker grows its heap to hundreds of MB over a long run. Two workers with
 * these limits peaked at 208-223 MB on 40 s of the 1 GB file (`--jobs 2`, the main thread only reading): a
 * 16 MB young generation peaked at 240 MB; a 40 or 48 MB old generation was 12-25 % slower on 100 MB (more
 * full collections), 64 MB 4-8 %, 128 MB no faster than 96.
 */
const WORKER_OLD_MB = 96;
const WORKER_YOUNG_MB = 8;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./extract-worker.js", import.meta.url), {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      });
      const slot: Slot = { worker, pending: new Map(), dead: false };
      worker.on("message", (m: { id: number; result: JobResult }) => {
        const p = slot.pending.get(m.id);
        slot.pending.delete(m.id);
        p?.resolve(m.result);
      });
      worker.on("error", (e) => this.fail(slot, e));
      worker.on("exit", (code) => this.fail(slot, new Error(`worker stopped (exit code ${code})`)));
      this.slots.push(slot);
    }
  }

  run(job: ExtractJob): Promise<JobResult> {
    const live = this.slots.filter((s) => !s.dead);
    if (!live.length) return Promise.reject(new Error("every worker thread stopped"));
    let slot = live[0] as Slot;
    for (const s of live) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.dead = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private fail(slot: Slot, e: Error): void {
    slot.dead = true;
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
  }
}
