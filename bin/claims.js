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
  // Compile each pattern straight to machine code: with tier-up (an interpreted first run, compiled on the
  // next), one short article cost ~25 ms more, as most of our ~230 patterns run only a few times on it.
  setFlagsFromString("--no-regexp-tier-up");
  const { main } = await import("../dist/cli.js");
  process.exitCode = await main(args);
}
