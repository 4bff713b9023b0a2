// The edges (src/io.ts, src/progress.ts): the progress line's rules, and stdout that pushes back or closes.
import { EventEmitter } from "node:events";
import { describe, expect, test } from "vitest";
import { OutputClosedError, openSink, type Io } from "../src/io.js";
import { createProgress } from "../src/progress.js";

describe("progress line", () => {
  test("nothing during the first second, then at most every 250 ms, erased at the end", () => {
    let now = 0;
    let err = "";
    const p = createProgress({ write: (s: string) => (err += s) }, 10e6, () => now);
    now = 900;
    p.update(3, 1e6);
    expect(err).toBe("");
    now = 1000;
    p.update(4, 2e6);
    expect(err).toBe("\r\u001b[Kclaims: 4 documents, 2.0/10.0 MB, 2.0 MB/s, ETA 0:04");
    now = 1100;
    p.update(5, 3e6);
    expect(err.split("\r\u001b[K")).toHaveLength(2);
    p.done();
    expect(err.endsWith("\r\u001b[K")).toBe(true);
  });

  test("a quick run prints nothing, not even the erase", () => {
    let err = "";
    const p = createProgress({ write: (s: string) => (err += s) }, null, () => 0);
    p.update(1, 10);
    p.done();
    expect(err).toBe("");
  });
});

function fakeStdout() {
  const stream = new EventEmitter() as EventEmitter & { full: boolean; written: string[] };
  stream.full = false;
  stream.written = [];
  const io: Io = {
    stdout: { write: (s: string | Uint8Array) => (stream.written.push(typeof s === "string" ? s : Buffer.from(s).toString()), !stream.full) },
    stderr: { write: () => true },
    readStdin: async () => new Uint8Array(0),
    stdoutStream: stream as unknown as NodeJS.WritableStream,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  };
  return { stream, io };
}

describe("stdout sink", () => {
  test("a full pipe makes write() wait for drain", async () => {
    const { stream, io } = fakeStdout();
    const sink = openSink(undefined, io);
    stream.full = true;
    let drained = false;
    const pending = Promise.resolve(sink.write("a")).then(() => (drained = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(drained).toBe(false);
    stream.emit("drain");
    await pending;
    expect(drained).toBe(true);
  });

  test("a closed pipe (EPIPE) turns the next write into OutputClosedError, nothing printed", async () => {
    const { stream, io } = fakeStdout();
    const sink = openSink(undefined, io);
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(() => sink.write("x")).toThrow(OutputClosedError);
  });

  test("a pipe that breaks while full rejects the waiting write", async () => {
    const { stream, io } = fakeStdout();
    const sink = openSink(undefined, io);
    stream.full = true;
    const pending = Promise.resolve(sink.write("a"));
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    await expect(pending).rejects.toBeInstanceOf(OutputClosedError);
  });
});
