// `--jobs N`: N - 1 worker threads (the main thread takes jobs too, see run.ts), each running
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

const WORKER_HEAP_MB = 40;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      // A job is one window (64 K characters) or one NDJSON line: a small heap is plenty, and V8 only
      // collects garbage when a heap nears its limit, so the default limits let every worker grow its
      // heap to hundreds of MB over a long run. Limited (48 MB old, 4 MB young generation), two workers and
      // the main thread peaked at 227 MB over 120 s of a 1 GB file (259 MB and rising with 64 MB and 8 MB).
      // 40 MB: one worker and the main thread peaked at 257-260 MB on 40 s of the 1 GB file against 264-277 MB
      // with 48 MB (three interleaved runs), at the same speed; 32 MB was 5-8 % slower, 24 MB 25 % (more GC).
      const worker = new Worker(new URL("./extract-worker.js", import.meta.url), {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 4 },
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

  /** The fewest jobs any live worker has waiting (Infinity when none lives). */
  get leastPending(): number {
    let least = Infinity;
    for (const s of this.slots) if (!s.dead) least = Math.min(least, s.pending.size);
    return least;
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
