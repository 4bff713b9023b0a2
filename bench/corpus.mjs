// Deterministic benchmark corpus: the seed articles repeated with varied numbers (same seed, same bytes).
// Usage: node bench/corpus.mjs [sizeMB ...]   (default 1 10 100) -> bench/corpus/
//   article-<N>MB.txt     one big text file, articles separated by a blank line
//   articles-<N>MB.ndjson one {"id","text"} per line
//   dir-<N>MB/            one file per article (only for N <= 10: a folder of many files)
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, openSync, writeSync, closeSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CORPUS_DIR = join(root, "bench", "corpus");

/** mulberry32: a tiny seeded PRNG, so every run builds the same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed articles, each digit run replaced by another of the same shape ("100 000" -> "374 912"; years stay years). */
export function* articles(seed = 42) {
  const seedsDir = join(root, "seeds");
  const seeds = readdirSync(seedsDir).sort().map((f) => readFileSync(join(seedsDir, f), "utf8"));
  const random = prng(seed);
  for (let i = 0; ; i++) {
    const base = seeds[i % seeds.length];
    yield base.replace(/\d+/g, (digits) => {
      if (/^(19|20)\d\d$/.test(digits)) return String(2015 + Math.floor(random() * 15));
      let out = String(1 + Math.floor(random() * 9));
      for (let k = 1; k < digits.length; k++) out += Math.floor(random() * 10);
      return out;
    });
  }
}

export function buildCorpus(sizeMB) {
  mkdirSync(CORPUS_DIR, { recursive: true });
  const target = sizeMB * 1e6;
  const txt = join(CORPUS_DIR, `article-${sizeMB}MB.txt`);
  const nd = join(CORPUS_DIR, `articles-${sizeMB}MB.ndjson`);
  const dir = join(CORPUS_DIR, `dir-${sizeMB}MB`);
  const withDir = sizeMB <= 10;
  if (existsSync(txt) && existsSync(nd) && (!withDir || existsSync(dir))) return { txt, nd, dir: withDir ? dir : null };
  const ft = openSync(txt, "w");
  const fn = openSync(nd, "w");
  if (withDir) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
  }
  let bytes = 0;
  let n = 0;
  for (const text of articles()) {
    if (bytes >= target) break;
    const b = Buffer.from(text + "\n\n");
    writeSync(ft, b);
    writeSync(fn, JSON.stringify({ id: `a${n}`, text }) + "\n");
    if (withDir) writeFileSync(join(dir, `${String(n).padStart(6, "0")}.txt`), text);
    bytes += b.length;
    n++;
  }
  closeSync(ft);
  closeSync(fn);
  return { txt, nd, dir: withDir ? dir : null };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  for (const s of sizes.length ? sizes : [1, 10, 100]) console.log(buildCorpus(s));
}
