#!/usr/bin/env node
// `npm run fuzz [runs]`: the fuzz suite of tests/robustness, long: many cases and a fresh random seed
// each time (printed, so a failure can be replayed with FUZZ_SEED=<seed>).
import { spawnSync } from "node:child_process";

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? "3000";
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.error(`fuzz: ${runs} runs per property, FUZZ_SEED=${seed}`);
const r = spawnSync("npx", ["vitest", "run", "tests/robustness/fuzz.test.ts", "tests/robustness/hostile.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, HOSTILE_RUNS: String(Math.max(20, Math.floor(Number(runs) / 20)))},
});
process.exit(r.status ?? 1);
