// The peers' French date cases (../shared/peers/*.jsonl, dimension "date") run straight through
// recogniseDates with the case's reference day, scored as ../shared/eval/peers.mjs scores the CLI:
// every expected mention found with an equal value (or an alternative) and an overlapping span;
// a case expecting nothing must get no date. Ids in tests/peers-excluded.tsv are skipped.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { recogniseDates } from "../src/recognise/date.js";

const repoRoot = join(import.meta.dirname, "..");
const peers = join(repoRoot, "..", "shared", "peers");
const SUITES = ["duckling-fr.jsonl", "recognizers-fr.jsonl"];
const MIN_PASS_RATE = 0.95;

interface Expected { surface?: string; value: unknown; alternatives?: unknown[] }
interface PeerCase { id: string; dimension: string; text: string; refDate: string | null; expected: Expected[] }

function excludedIds(): Set<string> {
  const file = join(repoRoot, "tests", "peers-excluded.tsv");
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t")[0] as string));
}

function failure(c: PeerCase): string | null {
  const got = recogniseDates(c.text, { refDate: c.refDate ? c.refDate.slice(0, 10) : null });
  const shown = () => got.map((m) => `${m.value} "${c.text.slice(m.start, m.end)}"`).join("; ") || "nothing";
  if (c.expected.length === 0) return got.length === 0 ? null : `want nothing, got ${shown()}`;
  const ok = c.expected.every((exp) => {
    const at = exp.surface ? c.text.indexOf(exp.surface) : -1;
    const span = at >= 0 ? { start: at, end: at + (exp.surface as string).length } : null;
    return got.some((m) => [exp.value, ...(exp.alternatives ?? [])].includes(m.value) && (!span || (m.start < span.end && span.start < m.end)));
  });
  return ok ? null : `want ${c.expected.map((e) => `${e.surface} => ${[e.value, ...(e.alternatives ?? [])].join("|")}`).join("; ")}, got ${shown()}`;
}

const present = existsSync(peers);
if (!present) console.warn(`peers-dates: ${peers} not found, peer suites skipped`);

describe.skipIf(!present)("peer suites: date", () => {
  const excluded = excludedIds();
  for (const suite of SUITES) {
    test(suite, () => {
      const file = join(peers, suite);
      const cases = (existsSync(file) ? readFileSync(file, "utf8") : "")
        .split("\n").filter(Boolean).map((l) => JSON.parse(l) as PeerCase)
        .filter((c) => c.dimension === "date" && !excluded.has(c.id));
      const failures = cases.flatMap((c) => {
        const why = failure(c);
        return why ? [`${c.id}: ${JSON.stringify(c.text)}\n    ${why}`] : [];
      });
      const rate = cases.length ? (cases.length - failures.length) / cases.length : 1;
      console.log(`${suite} date: ${cases.length - failures.length}/${cases.length} (${(100 * rate).toFixed(1)} %)` +
        (failures.length ? `\n  ${failures.join("\n  ")}` : ""));
      expect(rate, failures.join("\n")).toBeGreaterThanOrEqual(MIN_PASS_RATE);
    });
  }
});
