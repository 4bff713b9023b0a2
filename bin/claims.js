#!/usr/bin/env node
// Thin: the compiled CLI does the work and returns the exit code (0 ok, 1 a check found something,
// 2 usage error or unreadable input).
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // `claims --version` answers before loading anything else (cold start: see the README perf section).
  process.stdout.write(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version + "\n");
} else {
  // Cold start: V8 first runs each regular expression in its bytecode interpreter and compiles it to machine
  // code on the next call. Our ~200 patterns each scan a whole article, so the interpreted first pass and the
  // bytecode that is thrown away cost about 100 ms on one short article; compiling straight to machine code
  // gives the same matches. The flag is read when a pattern is compiled, so it holds for worker threads too;
  // the library leaves the host's flags alone.
  setFlagsFromString("--no-regexp-tier-up");
  const { main } = await import("../dist/cli.js");
  process.exitCode = await main(args);
}
