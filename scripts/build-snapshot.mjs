#!/usr/bin/env node
// Builds the start-up snapshot bin/claims.js starts from: the compiled CLI (dist/snapshot/entry.js and
// every module it loads, npm packages included) bundled into one script, which Node runs and whose
// heap it saves (`node --build-snapshot`, which takes a single CommonJS script: hence esbuild).
//
//   node scripts/build-snapshot.mjs [--dist DIR]      (default: ./dist; run after tsc)
//
// Writes DIR/snapshot/claims.blob and DIR/snapshot/node (the Node binary that built it: a snapshot
// loads only in the Node, and with the V8 flags, it was made by). The launcher falls back to a plain
// start when either is missing or stale.

import { execFileSync } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { build } from "esbuild";

const packageRoot = join(dirname(new URL(import.meta.url).pathname), "..");
const at = process.argv.indexOf("--dist");
const dist = resolve(at > 0 ? process.argv[at + 1] : join(packageRoot, "dist"));
const out = join(dist, "snapshot");

// Each module's import.meta.url becomes the URL of its own file under the root the snapshot sets when
// it starts (src/snapshot/entry.ts).
const moduleUrls = {
  name: "module-urls",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const code = readFileSync(args.path, "utf8");
      if (!args.path.startsWith(dist + "/") || !code.includes("import.meta.url")) return undefined;
      return { contents: code.replaceAll("import.meta.url", `__claimsModuleUrl(${JSON.stringify(relative(dist, args.path))})`), loader: "js" };
    });
  },
};
const banner = `const __claimsModuleUrl = (file) => require("node:url").pathToFileURL(require("node:path").join(globalThis.__claimsModuleRoot, file)).href;`;

const script = join(out, "claims.cjs");
await build({
  entryPoints: [join(out, "entry.js")],
  outfile: script,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  banner: { js: banner },
  plugins: [moduleUrls],
  nodePaths: [join(packageRoot, "node_modules")], // the packages, wherever DIR is (the bench builds a copy)
  logLevel: "warning",
});

const blob = join(out, "claims.blob");
const partial = `${blob}.partial`;
rmSync(partial, { force: true });
try {
  // (with the V8 flag bin/claims.js starts it with: a snapshot loads only with the flags it was built with)
  execFileSync(process.execPath, ["--no-regexp-tier-up", "--snapshot-blob", partial, "--build-snapshot", script], { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
} catch (error) {
  process.stderr.write(`build-snapshot: node --build-snapshot failed\n${error.stderr ?? error.message}`);
  process.exit(1);
}
renameSync(partial, blob);
rmSync(script); // the bundle is in the heap now
writeFileSync(join(out, "node"), process.execPath + "\n");
