#!/usr/bin/env node
// `npm run bench`: issue 6's numbers in one run, on a deterministic corpus (bench/corpus.mjs).
//   node bench/run.mjs [--sizes 1,10,100] [--huge SECONDS] [--no-readme]
// Prints our MB/s single-threaded and with --jobs 2 (one big file, NDJSON, a folder of files), the
// regex-scan reference and the peers on the same corpus, peak RSS, cold start, and the ratios; then
// writes the table into README.md's perf section, between <!-- bench:begin --> and <!-- bench:end -->.
// --huge N also builds a 1 GB file and a 1 GB NDJSON stream and records peak RSS over N seconds of each.
// The CLI is run from a private build (bench/corpus/app), so a rebuild of dist/ mid-run changes nothing.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { articles, buildCorpus, CORPUS_DIR } from "./corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = opt("--sizes", "1,10,100").split(",").map(Number);
const hugeSeconds = Number(opt("--huge", "0"));
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const log = (s) => process.stderr.write(s + "\n");

// A private build of the CLI.
const app = join(CORPUS_DIR, "app");
function buildApp() {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(join(app, "bin"), { recursive: true });
  execFileSync("npx", ["tsc", "-p", join(root, "tsconfig.json"), "--outDir", join(app, "dist")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "scripts", "build-snapshot.mjs"), "--dist", join(app, "dist")], { stdio: "inherit" });
  copyFileSync(join(root, "bin", "claims.js"), join(app, "bin", "claims.js"));
  copyFileSync(join(root, "package.json"), join(app, "package.json"));
}
const BIN = join(app, "bin", "claims.js");

/** Runs a command; wall seconds and peak RSS (MB) when /usr/bin/time is there. */
function measure(cmd, cmdArgs, { input } = {}) {
  const full = TIME ? [TIME, ["-f", "__TIME__ %e %M", cmd, ...cmdArgs]] : [cmd, cmdArgs];
  const t0 = performance.now();
  const r = spawnSync(full[0], full[1], { input, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });
  const wall = (performance.now() - t0) / 1000;
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (r.status !== 0) log(`  (exit ${r.status}) ${(r.stderr ?? "").slice(0, 300)}`);
  return { seconds: wall, rssMB: m ? Number(m[2]) / 1024 : null, stdout: r.stdout };
}

function claims(extra) {
  // --format ndjson to /dev/null-like sink: the output is produced and discarded
  return measure(process.execPath, [BIN, "extract", ...extra, "--format", "ndjson", "--quiet", "-o", "/dev/null"]);
}

const mb = (bytes) => bytes / 1e6;
const rate = (bytes, s) => mb(bytes) / s;
const f1 = (x) => (x === null || x === undefined ? "–" : x.toFixed(x < 1 ? 2 : 1));

function coldStart(runs = 10) {
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = (cmd, cmdArgs) => median(Array.from({ length: runs }, () => {
    const t0 = performance.now();
    spawnSync(cmd, cmdArgs, { stdio: "ignore" });
    return (performance.now() - t0) / 1000;
  }));
  const seed = join(root, "seeds", "000_723d6239a7f79ec1.txt");
  // `claims` is bin/claims.js started by its shebang, as a user's shell does (the snapshot start);
  // `node bin/claims.js` is the plain start.
  return {
    node: time(process.execPath, ["-e", ""]),
    version: time(BIN, ["--version"]),
    extract: time(BIN, ["extract", seed, "--format", "ndjson"]),
    plainExtract: time(process.execPath, [BIN, "extract", seed, "--format", "ndjson"]),
  };
}

/** Peak RSS of a run on a 1 GB input, stopped after `seconds` (the steady state is reached long before). */
async function hugeRss(seconds, file, extra) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "extract", file, ...extra, "--format", "ndjson", "--quiet", "-o", "/dev/null"], { stdio: "ignore" });
    let peak = 0;
    const bytesRead = () => 0;
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {}
    }, 200);
    setTimeout(() => {
      clearInterval(timer);
      child.kill("SIGTERM");
      resolve({ peakMB: peak, seconds, bytesRead: bytesRead() });
    }, seconds * 1000);
  });
}

function buildHuge() {
  const txt = join(CORPUS_DIR, "article-1000MB.txt");
  const nd = join(CORPUS_DIR, "articles-1000MB.ndjson");
  if (existsSync(txt) && existsSync(nd)) return { txt, nd };
  const ft = openSync(txt, "w");
  const fn = openSync(nd, "w");
  let bytes = 0;
  let n = 0;
  for (const text of articles(7)) {
    if (bytes >= 1e9) break;
    const b = Buffer.from(text + "\n\n");
    writeSync(ft, b);
    writeSync(fn, JSON.stringify({ id: `a${n++}`, text }) + "\n");
    bytes += b.length;
  }
  closeSync(ft);
  closeSync(fn);
  return { txt, nd };
}

async function main() {
  log("building the CLI (bench/corpus/app) ...");
  buildApp();
  const rows = [];
  const results = {};
  for (const size of sizes) {
    log(`corpus ${size} MB ...`);
    const c = buildCorpus(size);
    const bytes = statSync(c.txt).size;
    const ndBytes = statSync(c.nd).size;
    const regex = JSON.parse(execFileSync(process.execPath, [join(root, "bench", "regex-scan.mjs"), c.txt], { encoding: "utf8" }));
    const r = { size, bytes, regexMBs: rate(bytes, regex.seconds) };
    log(`  regex scan ${f1(r.regexMBs)} MB/s; ours, one file, --jobs 1 ...`);
    const one = claims([c.txt, "--jobs", "1"]);
    r.fileJ1 = { MBs: rate(bytes, one.seconds), rss: one.rssMB, seconds: one.seconds };
    log(`  ${f1(r.fileJ1.MBs)} MB/s; --jobs 2 ...`);
    const two = claims([c.txt, "--jobs", "2"]);
    r.fileJ2 = { MBs: rate(bytes, two.seconds), rss: two.rssMB };
    log(`  ${f1(r.fileJ2.MBs)} MB/s; NDJSON --jobs 1 / 2 ...`);
    const nd1 = claims(["--input", "ndjson", c.nd, "--jobs", "1"]);
    const nd2 = claims(["--input", "ndjson", c.nd, "--jobs", "2"]);
    r.ndJ1 = { MBs: rate(ndBytes, nd1.seconds), rss: nd1.rssMB };
    r.ndJ2 = { MBs: rate(ndBytes, nd2.seconds), rss: nd2.rssMB };
    if (c.dir) {
      log(`  folder of files --jobs 1 / 2 ...`);
      const d1 = claims([c.dir, "--jobs", "1"]);
      const d2 = claims([c.dir, "--jobs", "2"]);
      r.dirJ1 = { MBs: rate(bytes, d1.seconds), rss: d1.rssMB };
      r.dirJ2 = { MBs: rate(bytes, d2.seconds), rss: d2.rssMB };
    }
    results[size] = r;
    log(`  ${JSON.stringify(r)}`);
  }
  log("peers on a sample ...");
  const sample = buildCorpus(1).nd;
  const chrono = JSON.parse(execFileSync(process.execPath, [join(root, "bench", "peers.mjs"), "chrono", sample, "300000"], { encoding: "utf8" }));
  const rt = JSON.parse(execFileSync(process.execPath, [join(root, "bench", "peers.mjs"), "recognizers", sample, "30000"], { encoding: "utf8" }));
  const peers = { chronoMBs: rate(chrono.bytes, chrono.seconds), rtMBs: rate(rt.bytes, rt.seconds), rtLoad: rt.loadSeconds, chronoLoad: chrono.loadSeconds };
  log("cold start ...");
  const cold = coldStart();
  let huge = null;
  if (hugeSeconds) {
    log(`1 GB inputs, peak RSS over ${hugeSeconds} s each ...`);
    const h = buildHuge();
    huge = { file: await hugeRss(hugeSeconds, h.txt, ["--jobs", "2"]), ndjson: await hugeRss(hugeSeconds, h.nd, ["--input", "ndjson", "--jobs", "2"]) };
  }
  const report = render(results, peers, cold, huge);
  process.stdout.write(report + "\n");
  if (!args.includes("--no-readme")) writeReadme(report);
}

function render(results, peers, cold, huge) {
  const sizesDone = Object.keys(results).map(Number).sort((a, b) => a - b);
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const lines = [];
  lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version} (\`npm run bench -- --sizes ${sizesDone.join(",")}${huge ? ` --huge ${hugeSeconds}` : ""}\`). MB/s of input; RSS is the peak of the whole process, workers included.`);
  lines.push("");
  lines.push("| corpus | regex scan | ours, 1 file, 1 job | 1 file, 2 jobs | NDJSON, 1 job | NDJSON, 2 jobs | folder, 1 job | folder, 2 jobs | ours / regex | peak RSS |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|");
  for (const s of sizesDone) {
    const r = results[s];
    const rss = Math.max(...[r.fileJ1, r.fileJ2, r.ndJ1, r.ndJ2, r.dirJ1, r.dirJ2].filter(Boolean).map((x) => x.rss ?? 0));
    lines.push(`| ${s} MB | ${f1(r.regexMBs)} | ${f1(r.fileJ1.MBs)} | ${f1(r.fileJ2.MBs)} (×${f1(r.fileJ2.MBs / r.fileJ1.MBs)}) | ${f1(r.ndJ1.MBs)} | ${f1(r.ndJ2.MBs)} (×${f1(r.ndJ2.MBs / r.ndJ1.MBs)}) | ${f1(r.dirJ1?.MBs)} | ${r.dirJ2 ? `${f1(r.dirJ2.MBs)} (×${f1(r.dirJ2.MBs / r.dirJ1.MBs)})` : "–"} | ${(100 * r.fileJ1.MBs / r.regexMBs).toFixed(2)} % | ${rss ? `${rss.toFixed(0)} MB` : "–"} |`);
  }
  lines.push("");
  const ours = results[sizesDone[0]].ndJ1.MBs;
  lines.push(`Peers on a sample of the same corpus, article by article: chrono-node \`fr\` (dates only) ${f1(peers.chronoMBs)} MB/s (load ${f1(peers.chronoLoad)} s); Recognizers-Text French numbers ${peers.rtMBs.toFixed(4)} MB/s (load ${f1(peers.rtLoad)} s). Ours (NDJSON, 1 job, every kind) is ×${f1(ours / peers.chronoMBs)} chrono and ×${f1(ours / peers.rtMBs)} Recognizers-Text.`);
  if (sizesDone.includes(10) && sizesDone.includes(100)) {
    lines.push("");
    lines.push(`Scaling: 100 MB took ×${f1(results[100].fileJ1.seconds / results[10].fileJ1.seconds)} the time of 10 MB (one file, one job; linear is ×10).`);
  }
  lines.push("");
  lines.push(`Cold start (median of 10): \`node -e ''\` ${(cold.node * 1000).toFixed(0)} ms; \`claims --version\` ${(cold.version * 1000).toFixed(0)} ms (×${f1(cold.version / cold.node)}); \`claims extract\` of one seed article ${(cold.extract * 1000).toFixed(0)} ms (×${f1(cold.extract / cold.node)}) from the start-up snapshot, ${(cold.plainExtract * 1000).toFixed(0)} ms (×${f1(cold.plainExtract / cold.node)}) started plainly (\`node bin/claims.js\`).`);
  if (huge) {
    lines.push("");
    lines.push(`1 GB inputs (\`--jobs 2\`, stopped after ${hugeSeconds} s each): peak RSS ${huge.file.peakMB.toFixed(0)} MB on one 1 GB file, ${huge.ndjson.peakMB.toFixed(0)} MB on a 1 GB NDJSON stream.`);
  }
  return lines.join("\n");
}

/** Replaces the bench table inside the README's perf section (<!-- bench:begin --> .. <!-- bench:end -->). */
function writeReadme(report) {
  const path = join(root, "README.md");
  const readme = readFileSync(path, "utf8");
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  if (!readme.includes(begin) || !readme.includes(end)) {
    log("README.md has no <!-- bench:begin --> marker in its perf section: table not written");
    return;
  }
  writeFileSync(path, readme.slice(0, readme.indexOf(begin) + begin.length) + "\n" + report + "\n" + readme.slice(readme.indexOf(end)));
  log("README.md perf table updated");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
