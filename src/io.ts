// The edges: where output goes and input comes from. run.ts talks to these, tests pass fakes.

import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, basename, join } from "node:path";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  readStdin(): Promise<Uint8Array>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface Sink {
  write(s: string): void;
  /** ok: keep the output; otherwise drop a half-written file */
  close(ok: boolean): void;
}

/** Standard output, or a file written beside its target and renamed into place when complete. */
export function openSink(output: string | undefined, io: Io): Sink {
  if (!output || output === "-") return { write: (s) => void io.stdout.write(s), close: () => {} };
  const tmp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  const fd = openSync(tmp, "w");
  const cleanup = () => {
    try {
      closeSync(fd);
    } catch {}
    rmSync(tmp, { force: true });
  };
  process.once("exit", cleanup);
  return {
    write: (s) => {
      if (s) writeSync(fd, s);
    },
    close: (ok) => {
      process.removeListener("exit", cleanup);
      closeSync(fd);
      if (ok) renameSync(tmp, output);
      else rmSync(tmp, { force: true });
    },
  };
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}
