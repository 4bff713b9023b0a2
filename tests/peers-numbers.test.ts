// The peers' French number, money and percent cases (../shared/peers/*.jsonl) run straight through
// our recognisers, scored as ../shared/eval/peers.mjs scores the CLI: every expected mention found
// with an equal value (or alternative) and an overlapping span; "un"/"une" inside a sentence not
// required; a case expecting nothing must get nothing. Ids in tests/peers-excluded.tsv are skipped.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { recogniseMoney } from "../src/recognise/money.js";
import { recogniseNumbers } from "../src/recognise/number.js";
import { recognisePercents } from "../src/recognise/percent.js";

const repoRoot = join(import.meta.dirname, "..");
const peers = join(repoRoot, "..", "shared", "peers");
const SUITES = ["duckling-fr.jsonl", "recognizers-fr.jsonl"];
const DIMENSIONS = ["number", "money", "percent"] as const;
const MIN_PASS_RATE = 0.95;

interface Expected { surface?: string; value: unknown; unit?: string | null; alternatives?: unknown[] }
interface PeerCase { id: string; source: string; dimension: string; text: string; expected: Expected[] }
interface Got { value: unknown; unit?: string; start: number; end: number }

function excludedIds(): Set<string> {
  const file = join(repoRoot, "tests", "peers-excluded.tsv");
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t")[0]!));
}

function recognise(dimension: string, text: string): Got[] {
  if (dimension === "money") return recogniseMoney(text).map((m) => ({ value: m.value, unit: m.currency, start: m.start, end: m.end }));
  if (dimension === "percent") return recognisePercents(text);
  return recogniseNumbers(text);
}

const valueOk = (got: unknown, exp: Expected): boolean =>
  [exp.value, ...(exp.alternatives ?? [])].some((w) =>
    typeof w === "number" ? typeof got === "number" && Math.abs(got - w) <= 1e-6 * Math.max(1, Math.abs(w)) : got === w);

function passes(c: PeerCase): boolean {
  const got = recognise(c.dimension, c.text);
  if (c.expected.length === 0) return got.length === 0;
  return c.expected.every((exp) => {
    if (c.dimension === "number" && /^une?$/i.test(exp.surface ?? "") && /\s/.test(c.text.trim())) return true;
    const at = exp.surface ? c.text.indexOf(exp.surface) : -1;
    const span = at >= 0 ? { start: at, end: at + exp.surface!.length } : null;
    return got.some((r) => valueOk(r.value, exp) &&
      (c.dimension !== "money" || String(r.unit ?? "").toUpperCase() === String(exp.unit).toUpperCase()) &&
      (!span || (r.start < span.end && span.start < r.end)));
  });
}

const present = existsSync(peers);
describe.skipIf(!present)("peer suites: number, money, percent", () => {
  const excluded = excludedIds();
  for (const suite of SUITES) {
    const cases = (existsSync(join(peers, suite)) ? readFileSync(join(peers, suite), "utf8") : "")
      .split("\n").filter(Boolean).map((l) => JSON.parse(l) as PeerCase)
      .filter((c) => (DIMENSIONS as readonly string[]).includes(c.dimension) && !excluded.has(c.id));
    for (const dimension of DIMENSIONS) {
      const mine = cases.filter((c) => c.dimension === dimension);
      if (mine.length === 0) continue;
      test(`${suite} ${dimension}: pass rate >= ${MIN_PASS_RATE * 100} %`, () => {
        const failed = mine.filter((c) => !passes(c));
        const rate = (mine.length - failed.length) / mine.length;
        console.log(`${suite} ${dimension}: ${mine.length - failed.length}/${mine.length} (${(100 * rate).toFixed(1)} %)` +
          failed.map((c) => `\n  FAIL ${c.id} ${JSON.stringify(c.text)} want ${c.expected.map((e) => `${e.surface}=${String(e.value)}${e.unit ? ` ${e.unit}` : ""}`).join("; ")}` +
            ` got ${JSON.stringify(recognise(dimension, c.text).map((g) => [c.text.slice(g.start, g.end), g.value, g.unit].filter((x) => x !== undefined)))}`).join(""));
        expect(rate).toBeGreaterThanOrEqual(MIN_PASS_RATE);
      });
    }
  }
});

test.skipIf(present)("peer suites: ../shared/peers is absent, nothing to compare with", () => {});
