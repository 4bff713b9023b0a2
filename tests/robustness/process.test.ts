// Issue 5/6, the CLI as a process (the built dist/, which `npm test` compiles first): a closed pipe
// ends quietly, Ctrl-C leaves no half-written -o file, --jobs keeps the output order, and the GNU
// parallel recipe of the README gives the single process's output.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARTICLE, tempDir } from "./helpers.js";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "claims.js");
const built = existsSync(join(ROOT, "dist", "cli.js"));
const SEEDS = readdirSync(join(ROOT, "seeds")).sort().map((f) => readFileSync(join(ROOT, "seeds", f), "utf8"));

function claims(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: ReturnType<typeof tempDir>;
let ndjson: string;
beforeAll(() => {
  tmp = tempDir();
  // 24 articles: the seeds with their numbers varied, one per line and one per file
  const docs = Array.from({ length: 24 }, (_, i) => ({ id: `doc${i}`, text: (SEEDS[i % SEEDS.length] as string).replace(/\d+/g, (d) => String((Number(d) * (i + 3)) % 10 ** d.length).padStart(d.length, "1")) }));
  ndjson = docs.map((d) => JSON.stringify(d)).join("\n") + "\n";
  writeFileSync(join(tmp.dir, "batch.ndjson"), ndjson);
  mkdirSync(join(tmp.dir, "many"));
  docs.forEach((d) => writeFileSync(join(tmp.dir, "many", `${d.id}.txt`), d.text));
});
afterAll(() => tmp?.cleanup());

describe.skipIf(!built)("the CLI as a process", () => {
  test("a closed pipe (| head -1) ends quietly", () => {
    const out = execFileSync("/bin/sh", ["-c", `"${process.execPath}" "${BIN}" extract "${join(tmp.dir, "many")}" --format ndjson -j 1 2>"${join(tmp.dir, "err.txt")}" | head -1`], { encoding: "utf8" });
    expect(out.split("\n").filter(Boolean)).toHaveLength(1);
    expect(readFileSync(join(tmp.dir, "err.txt"), "utf8")).toBe("");
  });

  test("SIGINT leaves no half-written -o file, nor its temporary", async () => {
    const out = join(tmp.dir, "sig", "claims.csv");
    mkdirSync(join(tmp.dir, "sig"));
    const child = spawn(process.execPath, [BIN, "extract", "-", "-o", out, "--format", "csv"], { stdio: ["pipe", "ignore", "pipe"] });
    child.stdin.write(ARTICLE); // stdin stays open: the run is mid-way when the signal comes
    for (let i = 0; i < 400 && !readdirSync(join(tmp.dir, "sig")).length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(join(tmp.dir, "sig")).length).toBe(1); // the temporary file
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(readdirSync(join(tmp.dir, "sig"))).toEqual([]);
  }, 40_000);

  test("-o is written whole when the run completes", () => {
    const out = join(tmp.dir, "whole.ndjson");
    const r = claims(["extract", join(tmp.dir, "many"), "-o", out, "--format", "ndjson"]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(claims(["extract", join(tmp.dir, "many"), "--format", "ndjson"]).stdout);
  });

  test("--jobs 2 gives the output of --jobs 1, in the same order (files and NDJSON)", () => {
    const cases = [[[join(tmp.dir, "many")], "ndjson"], [["--input", "ndjson", join(tmp.dir, "batch.ndjson")], "json"]] as const;
    for (const [args, format] of cases) {
      {
        const one = claims(["extract", ...args, "--format", format, "--jobs", "1"]);
        const two = claims(["extract", ...args, "--format", format, "--jobs", "2"]);
        expect(one.code).toBe(0);
        expect(two.stdout).toBe(one.stdout);
        expect(one.stdout.length).toBeGreaterThan(1000);
      }
    }
  }, 60_000);

  test("no progress line on a pipe", () => {
    const r = claims(["extract", join(tmp.dir, "batch.ndjson"), "--input", "ndjson", "--format", "ndjson"]);
    expect(r.stderr).toBe("");
  });

  test("the GNU parallel recipe gives the single-process output", () => {
    const single = claims(["extract", "--input", "ndjson", "-", "--format", "ndjson"], ndjson).stdout;
    let merged: string;
    const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;
    if (hasParallel) {
      // the README recipe, with small blocks so that several processes share the input
      merged = execFileSync("/bin/sh", ["-c", `parallel --pipe --keep-order --block 20k -j2 "${process.execPath}" "${BIN}" extract --input ndjson - --format ndjson < "${join(tmp.dir, "batch.ndjson")}"`], { encoding: "utf8", maxBuffer: 1 << 28 });
    } else {
      // what parallel --pipe does: blocks cut at line ends, one process each, outputs in block order
      const lines = ndjson.split("\n").filter(Boolean);
      const blocks: string[] = [];
      for (let i = 0; i < lines.length; i += 9) blocks.push(lines.slice(i, i + 9).join("\n") + "\n");
      merged = blocks.map((b) => claims(["extract", "--input", "ndjson", "-", "--format", "ndjson"], b).stdout).join("");
    }
    expect(merged).toBe(single);
    expect(single.split("\n").length).toBeGreaterThan(24);
  }, 120_000);
});
