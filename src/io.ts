// The edges: where output goes and input comes from. run.ts talks to these, tests pass fakes.

import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";

export interface Io {
  stdout: { write(s: string | Uint8Array): unknown };
  stderr: { write(s: string): unknown };
  readStdin(): Promise<Uint8Array>;
  /** standard input block by block (a 1 GB NDJSON stream is never held whole); tests may omit it */
  stdinBlocks?(): AsyncIterable<Uint8Array>;
  /** the real stdout stream, for backpressure ("drain") and a closed pipe ("error" EPIPE) */
  stdoutStream?: NodeJS.WritableStream;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** cores available, the default for --jobs */
  cpus?: number;
  /**
   * Set when this process cannot start worker threads (Node 20 started from the start-up snapshot, see
   * src/snapshot/entry.ts): runs the same command in a plain process instead, and resolves to its exit code.
   * With `keepStdinUpTo` bytes, a standard input that ends within them is kept here instead (null: carry on,
   * reading it from this Io).
   */
  handOffForWorkers?(keepStdinUpTo: number): Promise<number | null>;
}

/** The reader went away (`claims extract big/ | head`): stop quietly, as cat and grep do. */
export class OutputClosedError extends Error {
  constructor() {
    super("output closed");
  }
}

/** Colour only on a terminal, never into a file, never with NO_COLOR set (https://no-color.org) or --no-color. */
export function wantsColor(o: { color?: boolean; output?: string }, io: Io): boolean {
  return o.color !== false && io.stdoutIsTTY && !o.output && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "");
}

export interface Sink {
  /** resolves once the output can take more (a slow pipe pushes back instead of filling memory) */
  write(s: string | Uint8Array): void | Promise<void>;
  /** ok: keep the output; otherwise drop a half-written file */
  close(ok: boolean): void;
}

/** Standard output, or a file written beside its target and renamed into place when complete. */
export function openSink(output: string | undefined, io: Io): Sink {
  if (!output || output === "-") return stdoutSink(io);
  return fileSink(output);
}

function stdoutSink(io: Io): Sink {
  const stream = io.stdoutStream;
  let closed = false;
  const onError = (e: NodeJS.ErrnoException) => {
    closed = true;
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") io.stderr.write(`claims: standard output: ${e.message}\n`);
  };
  stream?.on("error", onError);
  return {
    write(s) {
      if (closed) throw new OutputClosedError();
      if (!s.length) return;
      if (io.stdout.write(s) !== false || !stream) return;
      // Full pipe: wait until it drains, or until it breaks.
      return new Promise<void>((resolve, reject) => {
        const done = () => {
          stream.removeListener("drain", done);
          stream.removeListener("error", done);
          stream.removeListener("close", done);
          if (closed) reject(new OutputClosedError());
          else resolve();
        };
        stream.once("drain", done);
        stream.once("error", done);
        stream.once("close", done);
      });
    },
    close() {
      stream?.removeListener("error", onError);
    },
  };
}

/**
 * `-o FILE`: written to ".FILE.<pid>.tmp" beside it and renamed into place only when the run completes,
 * so an interrupted run (Ctrl-C, kill, a crash) never leaves a half-written FILE behind.
 */
function fileSink(output: string): Sink {
  const tmp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  let fd = -1;
  const cleanup = () => {
    try {
      if (fd >= 0) closeSync(fd);
    } catch {}
    rmSync(tmp, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  // Handlers first, file second: a signal in between must not leave the temporary behind.
  process.once("exit", cleanup);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  fd = openSync(tmp, "w");
  return {
    write: (s) => {
      if (typeof s === "string") writeSync(fd, s); // two overloads of writeSync: a string, or bytes
      else writeSync(fd, s);
    },
    close: (ok) => {
      process.removeListener("exit", cleanup);
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      closeSync(fd);
      if (ok) renameSync(tmp, output);
      else rmSync(tmp, { force: true });
    },
  };
}

/** Why `-o FILE` cannot be written, before any work is done; null when it can. */
export function outputProblem(output: string | undefined): string | null {
  if (!output || output === "-") return null;
  try {
    if (statSync(output).isDirectory()) return `-o ${output}: is a directory`;
  } catch {}
  try {
    if (!statSync(dirname(output)).isDirectory()) return `-o ${output}: ${dirname(output)} is not a directory`;
  } catch {
    return `-o ${output}: no such directory ${dirname(output)}`;
  }
  return null;
}

export function processIo(): Io {
  // A closed stderr must not crash the run either (`claims ... 2>&1 | head`).
  process.stderr.on("error", () => {});
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    stdinBlocks: () => process.stdin as AsyncIterable<Uint8Array>,
    stdoutStream: process.stdout,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cpus: availableParallelism(),
  };
}
