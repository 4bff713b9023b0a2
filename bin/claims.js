#!/bin/sh
":" /*
# Started by its shebang (`claims`, `./bin/claims.js`), this file is a shell script first. It runs Node
# from the start-up snapshot (dist/snapshot/, built by scripts/build-snapshot.mjs), a heap where the CLI
# is loaded already, which starts about twice as fast. It reads itself as JavaScript instead (the plain
# start, below) when the snapshot is missing, older than the compiled CLI or made by another Node, and
# when NODE_OPTIONS (whose V8 flags a snapshot may not accept) or CLAIMS_NO_SNAPSHOT is set.
# `node bin/claims.js` (Windows, the tests) reads it as JavaScript directly.
# --no-regexp-tier-up: V8 compiles each pattern to machine code at its first run instead of interpreting it
# first, ~30 ms sooner on one article, where most of our ~230 patterns run only a few times. A V8 flag must
# be given on the command line: set at run time it crashed a worker (see the README), and a snapshot loads
# only with the flags it was built with.
here=$(dirname -- "$(readlink -f -- "$0" 2>/dev/null || printf '%s' "$0")")
snapshot="$here/../dist/snapshot"
node=$(command -v node) || { echo "claims: node is not on the PATH" >&2; exit 127; }
# (`--version` alone is answered sooner by the plain start, which loads nothing for it.)
if [ -z "$NODE_OPTIONS$CLAIMS_NO_SNAPSHOT" ] && [ "$*" != --version ] && [ "$*" != -V ] && [ -r "$snapshot/node" ] &&
  [ "$snapshot/claims.blob" -nt "$here/../dist/cli.js" ] && [ "$snapshot/claims.blob" -nt "$node" ] &&
  read -r built < "$snapshot/node" && [ "$built" = "$(readlink -f -- "$node")" ]; then
  "$node" --no-regexp-tier-up --snapshot-blob "$snapshot/claims.blob" -- "$@"
  status=$?
  [ "$status" -eq 14 ] || exit "$status" # 14: this Node could not load the snapshot after all
fi
exec "$node" --no-regexp-tier-up "$0" "$@"
*/

// The plain start. The compiled CLI does the work and returns the exit code (0 ok, 1 a check found
// something, 2 usage error or unreadable input).
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // `claims --version` answers before loading anything else (cold start: see the README perf section).
  process.stdout.write(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version + "\n");
} else {
  const { main } = await import("../dist/cli.js");
  process.exitCode = await main(args);
}
