// The start-up snapshot (bin/claims.js started by its shebang, src/snapshot/entry.ts, scripts/build-snapshot.mjs):
// it must give what the plain start gives, hand a run that wants worker threads to the plain start, and
// never be used when stale. Built here into a copy of dist/, so the test does not depend on the last build.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../src/cli.js";
import { fakeIo } from "./helpers/fake-io.js";

const root = resolve(".");
const seeds = join(root, "seeds");
const seed = join(seeds, "003_a4fe9cb89f11e6be.txt");
let app: string;

/** A copy of the package: bin/, dist/ (snapshot built in it) and package.json; node_modules only when asked. */
function layout(dir: string, withModules: boolean): string {
  mkdirSync(join(dir, "bin"), { recursive: true });
  copyFileSync(join(root, "bin", "claims.js"), join(dir, "bin", "claims.js"));
  copyFileSync(join(root, "package.json"), join(dir, "package.json"));
  cpSync(join(app, "dist"), join(dir, "dist"), { recursive: true, preserveTimestamps: true });
  if (withModules) symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return dir;
}

// spawnSync keeps 1 MB of output by default and kills the child past it: the 1.2 MB of NDJSON below gives about 2 MB,
// and a cut that falls in a different place in the two runs made the comparison fail now and then
const MAX_OUTPUT = 64 << 20;
const launch = (dir: string, args: string[], opts: { input?: string; env?: Record<string, string> } = {}) =>
  spawnSync(join(dir, "bin", "claims.js"), args, { input: opts.input ?? "", encoding: "utf8", maxBuffer: MAX_OUTPUT, env: { ...process.env, NODE_OPTIONS: "", ...opts.env } });
const plain = (args: string[], input = "") => spawnSync(process.execPath, [join(root, "bin", "claims.js"), ...args], { input, encoding: "utf8", maxBuffer: MAX_OUTPUT });

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), "claims-snapshot-"));
  cpSync(join(root, "dist"), join(app, "dist"), { recursive: true });
  rmSync(join(app, "dist", "snapshot", "claims.blob"), { force: true });
  const built = spawnSync(process.execPath, [join(root, "scripts", "build-snapshot.mjs"), "--dist", join(app, "dist")], { encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe("the snapshot start", () => {
  test("runs without node_modules: the CLI and its packages are in the snapshot", () => {
    const dir = layout(join(app, "bare"), false);
    const r = launch(dir, ["extract", seeds, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(plain(["extract", seeds, "--format", "json"]).stdout);
  });

  test("gives the plain start's output, errors and exit codes", () => {
    const dir = layout(join(app, "full"), true);
    for (const args of [["extract", seed, "--explain"], ["check", seeds, "--format", "json"], ["extract", "no/such/file.txt"], ["extract", seed, "--format", "xml"], ["--help"]]) {
      const a = launch(dir, args);
      const b = plain(args);
      expect({ args, out: a.stdout, err: a.stderr, code: a.status }).toEqual({ args, out: b.stdout, err: b.stderr, code: b.status });
    }
  });

  test("keeps a piped article, hands a long standard input and --jobs 2 to the plain start, which can start workers", () => {
    // (without node_modules only the snapshot runs: a short piped article stays in it)
    const text = readFileSync(seed, "utf8");
    const bare = layout(join(app, "piped"), false);
    const short = launch(bare, ["extract", "-", "--format", "csv"], { input: text });
    expect(short.stderr).toBe("");
    expect(short.stdout).toBe(plain(["extract", "-", "--format", "csv"], text).stdout);

    const dir = layout(join(app, "handoff"), true);
    // over 1 MB: what the snapshot read first is handed on, then the rest
    const lines = readFileSync(seed, "utf8").replace(/\n/g, " ");
    const ndjson = Array.from({ length: Math.ceil((1.2 * (1 << 20)) / lines.length) }, (_, i) => JSON.stringify({ id: `a${i}`, text: lines })).join("\n") + "\n";
    const long = launch(dir, ["extract", "--input", "ndjson", "-", "--format", "ndjson"], { input: ndjson });
    expect(long.error).toBeUndefined();
    expect(long.stderr).toBe("");
    expect(long.stdout).toBe(plain(["extract", "--input", "ndjson", "-", "--format", "ndjson", "--jobs", "1"], ndjson).stdout);

    const a = launch(dir, ["extract", seeds, "--jobs", "2", "--format", "ndjson"]);
    expect(a.stderr).toBe("");
    expect(a.stdout).toBe(plain(["extract", seeds, "--jobs", "1", "--format", "ndjson"]).stdout);
  });

  test("is not used when stale, made by another Node, or turned off", () => {
    // Without node_modules only the snapshot can run: a plain start fails to find its packages.
    const usesSnapshot = (dir: string, env?: Record<string, string>) => launch(dir, ["extract", seed], env ? { env } : {}).status === 0;
    const stale = layout(join(app, "stale"), false);
    expect(usesSnapshot(stale)).toBe(true);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(stale, "dist", "cli.js"), later, later); // compiled again after the snapshot was built
    expect(usesSnapshot(stale)).toBe(false);

    const other = layout(join(app, "other"), false);
    writeFileSync(join(other, "dist", "snapshot", "node"), "/opt/another/node\n");
    expect(usesSnapshot(other)).toBe(false);

    const off = layout(join(app, "off"), false);
    expect(usesSnapshot(off, { CLAIMS_NO_SNAPSHOT: "1" })).toBe(false);
    expect(usesSnapshot(off, { NODE_OPTIONS: "--no-warnings" })).toBe(false);
  });
});

describe("handOffForWorkers (a process that cannot start workers)", () => {
  const run = async (argv: string[], cpus: number) => {
    let handed = 0;
    let budget = -1;
    const io = { ...fakeIo(readFileSync(seed, "utf8")), cpus, handOffForWorkers: async (keep: number) => ((handed++, (budget = keep)), 7) };
    const code = await main(argv, io);
    return { code, handed, budget, out: io.out() };
  };

  test("hands off a run that would start workers, before writing anything", async () => {
    // (standard input with the default --jobs may be kept when it ends within 1 MB; an explicit --jobs 2 may not)
    expect(await run(["extract", seed, "--jobs", "2"], 2)).toEqual({ code: 7, handed: 1, budget: 0, out: "" });
    expect(await run(["extract", "-"], 2)).toEqual({ code: 7, handed: 1, budget: 1 << 20, out: "" });
  });

  test("keeps a small run, one job, or one core", async () => {
    for (const [argv, cpus] of [[["extract", seed], 2], [["extract", "-", "--jobs", "1"], 2], [["extract", "-"], 1]] as const) {
      const r = await run([...argv], cpus);
      expect(r.handed).toBe(0);
      expect(r.code).toBe(0);
      expect(r.out).toContain("claims in 1 document");
    }
  });

  test("hands off more than 1 MB of files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claims-big-"));
    const text = readFileSync(seed, "utf8");
    writeFileSync(join(dir, "big.txt"), text.repeat(Math.ceil((1 << 20) / text.length) + 1));
    try {
      expect((await run(["extract", dir], 2)).handed).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
