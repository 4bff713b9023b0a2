// An Io that records what the CLI writes and feeds it a given stdin, so tests never spawn a process.
import type { Io } from "../../src/io.js";

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

const text = (s: string | Uint8Array) => (typeof s === "string" ? s : Buffer.from(s).toString());

export function fakeIo(stdin = "", opts: { tty?: boolean; env?: Record<string, string> } = {}): FakeIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string | Uint8Array) => (out += text(s)) },
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
