// The start-up snapshot's entry. scripts/build-snapshot.mjs bundles this file and has Node run it
// and save its heap (`node --build-snapshot`); bin/claims.js then starts Node from that heap, where
// every module of the CLI is already loaded and initialised: a run on one article starts in about
// half the time (see the README's performance section). Only the snapshot build runs this file.

import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { startupSnapshot } from "node:v8";
// The modules the CLI would import lazily, initialised now, at build time.
import "../run.js";
import "../check-command.js";
import "../schema-command.js";
import "../check/ledger.js";
import "../report/table.js";
import "../report/json.js";
import "../report/ndjson.js";
import "../report/csv.js";
import { main } from "../cli.js";
import { processIo, type Io } from "../io.js";

startupSnapshot.setDeserializeMainFunction(async () => {
  // A bundle has no import.meta.url of its own: scripts/build-snapshot.mjs rewrites each module's into
  // a path under this root, read when it is used (the worker's script, ../package.json, franc). The
  // snapshot lies in dist/snapshot/; a module that read its URL at build time would fail the build.
  const blob = process.execArgv[process.execArgv.indexOf("--snapshot-blob") + 1] as string;
  (globalThis as { __claimsModuleRoot?: string }).__claimsModuleRoot = resolve(dirname(blob), "..");
  // argv: [node, ...the user's arguments] (no script path in a snapshot's start)
  const args = process.argv.slice(1);
  const plainStart = resolve(dirname(blob), "..", "..", "bin", "claims.js");
  const io: Io = processIo();
  io.handOffForWorkers = async (keepStdinUpTo) => {
    if (keepStdinUpTo <= 0) return runPlainly(plainStart, args);
    // A piped article is read here: when it ends within the budget, the run stays in this process
    const read = await readUpTo(process.stdin, keepStdinUpTo);
    if (!read.ended) return runPlainly(plainStart, args, read.chunks);
    const data = Buffer.concat(read.chunks);
    io.readStdin = async () => data;
    io.stdinBlocks = async function* () {
      if (data.length > 0) yield data;
    };
    return null;
  };
  process.exitCode = await main(args, io);
});

/** Standard input's first blocks, until more than `limit` bytes or its end, whichever comes first. */
function readUpTo(stream: NodeJS.ReadStream, limit: number): Promise<{ chunks: Buffer[]; ended: boolean }> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (ended: boolean) => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      stream.pause();
      done({ chunks, ended });
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = (e: Error) => fail(e);
    stream.on("data", onData).on("end", onEnd).on("error", onError);
  });
}

/**
 * Node 20 cannot start a worker thread in a process started from a snapshot ("undefined is not an integer
 * typed array"), so a run that wants workers (over 1 MB of input, a long standard input, or --jobs N) is run
 * again by the plain start, with the same standard streams, before anything is written. What was already read
 * of standard input (`prefix`) is handed on first, then the rest.
 */
function runPlainly(script: string, args: string[], prefix?: Buffer[]): Promise<number> {
  return new Promise((done) => {
    // (as the launcher starts it plainly: the V8 flag on the command line, never set at run time)
    const child = spawn(process.execPath, ["--no-regexp-tier-up", script, ...args], { stdio: [prefix ? "pipe" : "inherit", "inherit", "inherit"] });
    if (prefix && child.stdin) {
      child.stdin.on("error", () => {}); // (a child that stops early, on a usage error, reads no more)
      for (const chunk of prefix) child.stdin.write(chunk);
      process.stdin.pipe(child.stdin);
    }
    child.on("error", (e) => {
      process.stderr.write(`claims: could not start ${script}: ${e.message}\n`);
      done(2);
    });
    child.on("exit", (code, signal) => {
      if (signal) process.kill(process.pid, signal); // die as the child did (SIGPIPE from \`| head\`, Ctrl-C)
      done(code ?? 2);
    });
  });
}
