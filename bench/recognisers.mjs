// Micro-benchmark of the recognisers alone, per article as the pipeline calls them.
// Corpus: the seed articles with varied digits (bench/corpus.mjs's generator), ~5 MB, same bytes every run.
// Usage: node bench/recognisers.mjs [builtRecogniseDir ...]   (default dist/recognise; build with `npx tsc` first)
//   Several dirs (e.g. a baseline build and the current one) are measured interleaved in the same run,
//   so a shared machine's load hits both alike. Reports MB/s (UTF-8 bytes), median of REPS (default 5).
//   Env: MB=5 REPS=5 ONLY=numbers,dates CHUNK=1000000
//   Also checks that every dir gives the same output (JSON digest) on the corpus.
//   ADVERSARIAL=1: instead, times all recognisers on 25 KB and 100 KB pathological texts (a ratio near 4 is linear).
import { createHash } from "node:crypto";
import { resolve, join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { articles } from "./corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [join(root, "dist", "recognise")];
const MB = Number(process.env.MB ?? 5);
const REPS = Number(process.env.REPS ?? 5);
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(",")) : null;

// CHUNK=n joins articles into texts of about n bytes (a long document; default: one text per article).
const CHUNK = Number(process.env.CHUNK ?? 0);
if (process.env.ADVERSARIAL) {
  const cases = {
    digits: (n) => "1".repeat(n), "1 000 000 …": (n) => "1" + " 000".repeat(n / 4),
    "milliards de": (n) => "milliards de ".repeat(n / 13), "deux milliards de": (n) => "deux milliards de ".repeat(n / 18),
    spaces: (n) => "1" + " ".repeat(n) + "000", nbsp: (n) => "un" + "\u00a0".repeat(n) + "deux",
    months: (n) => "janvier ".repeat(n / 8), "le 12 mai 2024": (n) => "le 12 mai 2024 ".repeat(n / 15),
    "1.1.1": (n) => "1.".repeat(n / 2), "1,1,1": (n) => "1,".repeat(n / 2), "12/12/": (n) => "12/".repeat(n / 3),
    "- 1 - 1": (n) => "- 1 ".repeat(n / 4), "a été": (n) => "a été ".repeat(n / 6), "vingt-vingt-": (n) => "vingt-".repeat(n / 6),
    "un et un et … demi": (n) => "un et ".repeat(n / 6) + "demi", "$ 1$ 1": (n) => "$ 1".repeat(n / 3),
  };
  for (const d of process.argv.slice(2).length ? process.argv.slice(2) : [join(root, "dist", "recognise")]) {
    const load = (f) => import(pathToFileURL(join(resolve(d), f)).href);
    const [num, date, money, percent] = await Promise.all([load("number.js"), load("date.js"), load("money.js"), load("percent.js")]);
    console.log(d);
    for (const [name, make] of Object.entries(cases)) {
      const ms = [25_000, 100_000].map((n) => {
        const t = make(n);
        const t0 = performance.now();
        const nums = num.recogniseNumbers(t);
        date.recogniseDates(t, { refDate: "2024-05-27" });
        money.recogniseMoney(t, nums);
        percent.recognisePercents(t, nums);
        return performance.now() - t0;
      });
      console.log(`  ${name.padEnd(20)} 25 KB ${ms[0].toFixed(0).padStart(6)} ms   100 KB ${ms[1].toFixed(0).padStart(6)} ms   ratio ${(ms[1] / ms[0]).toFixed(1)}`);
    }
  }
  process.exit(0);
}

const docs = [];
let bytes = 0;
let pending = "";
for (const text of articles()) {
  if (bytes >= MB * 1e6) break;
  bytes += Buffer.byteLength(text) + (CHUNK ? 2 : 0);
  if (!CHUNK) docs.push(text);
  else {
    pending += text + "\n\n";
    if (pending.length >= CHUNK) { docs.push(pending); pending = ""; }
  }
}
if (pending) docs.push(pending);

const impls = [];
for (const d of dirs) {
  const load = (f) => import(pathToFileURL(join(resolve(d), f)).href);
  const [num, date, money, percent] = await Promise.all([load("number.js"), load("date.js"), load("money.js"), load("percent.js")]);
  impls.push({ dir: d, num, date, money, percent });
}

const REF = { refDate: "2024-05-27" };
const tasks = {
  numbers: (m) => (t) => m.num.recogniseNumbers(t),
  dates: (m) => (t) => m.date.recogniseDates(t, REF),
  "money(+numbers)": (m) => (t) => m.money.recogniseMoney(t),
  "money(given numbers)": (m, nums) => (t, i) => m.money.recogniseMoney(t, nums[i]),
  "percents(given numbers)": (m, nums) => (t, i) => m.percent.recognisePercents(t, nums[i]),
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Same output everywhere?
const digests = impls.map((m) => {
  const h = createHash("sha1");
  for (const t of docs) {
    const nums = m.num.recogniseNumbers(t);
    h.update(JSON.stringify([nums, m.date.recogniseDates(t, REF), m.money.recogniseMoney(t, nums), m.percent.recognisePercents(t, nums)]));
  }
  return h.digest("hex").slice(0, 12);
});
console.log(`corpus: ${docs.length} texts, ${(bytes / 1e6).toFixed(2)} MB; reps ${REPS}; node ${process.version}`);
impls.forEach((m, i) => console.log(`  [${i}] ${m.dir}  output ${digests[i]}`));
if (new Set(digests).size > 1) console.log("  !! outputs differ");

const results = {};
for (const [name, make] of Object.entries(tasks)) {
  if (ONLY && !ONLY.has(name.replace(/\(.*$/, ""))) continue;
  const runs = impls.map((m) => {
    const nums = docs.map((t) => m.num.recogniseNumbers(t));
    return { fn: make(m, nums), times: [] };
  });
  for (const r of runs) for (let i = 0; i < docs.length; i++) r.fn(docs[i], i); // warm up: one full pass, not timed
  for (let rep = 0; rep < REPS; rep++) {
    for (const r of runs) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < docs.length; i++) r.fn(docs[i], i);
      r.times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
  }
  results[name] = runs.map((r) => bytes / 1e6 / median(r.times));
  console.log(`${name.padEnd(26)} ${results[name].map((v, i) => `[${i}] ${v.toFixed(1).padStart(6)} MB/s`).join("   ")}`);
}
