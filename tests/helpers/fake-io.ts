// An Io that records what the CLI writes and feeds it a given stdin, so tests never spawn a process.
import type { Io } from "../../src/io.js";

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

export function fakeIo(stdin = "", opts: { tty?: boolean; env?: Record<string, string> } = {}): FakeIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => new TextEncoder().encode(stdin),
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: false,
    env: opts.env ?? {},
    cpus: 1,
    out: () => out,
    err: () => err,
  };
}
