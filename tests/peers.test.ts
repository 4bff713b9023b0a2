// The peers' own French test suites (Duckling, Recognizers-Text), run through the library exactly as
// `claims extract --input ndjson --all` runs them, with the pass rule of ../shared/eval/peers.mjs.
// Cases where the peer is wrong for French news are listed with a reason in peers-excluded.tsv.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractDocument } from "../src/pipeline.js";
import type { Claim } from "../src/records/schema.js";

const shared = join(import.meta.dirname, "..", "..", "shared");
const THRESHOLD = 0.95;
const IN_SCOPE = new Set(["number", "money", "percent", "date"]);

interface Expected { surface?: string; value: unknown; unit?: string | null; alternatives?: unknown[] }
interface PeerCase { id: string; dimension: string; text: string; refDate: string | null; expected: Expected[] }

const excluded = new Map(
  readFileSync(join(import.meta.dirname, "peers-excluded.tsv"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string]),
);

const fits: Record<string, (c: Claim) => boolean> = {
  number: (c) => typeof c.value === "number",
  money: (c) => ["money", "valuation", "funding"].includes(c.kind),
  percent: (c) => c.kind === "percent",
  date: (c) => c.kind === "date",
};

function valueOk(got: unknown, exp: Expected): boolean {
  return [exp.value, ...(exp.alternatives ?? [])].some((w) =>
    typeof w === "number" ? typeof got === "number" && Math.abs(got - w) <= 1e-6 * Math.max(1, Math.abs(w)) : got === w,
  );
}

export function passes(c: PeerCase, claims: Claim[]): boolean {
  const fit = fits[c.dimension] as (c: Claim) => boolean;
  if (c.expected.length === 0) return !claims.some(fit);
  return c.expected.every((exp) => {
    if (c.dimension === "number" && /^une?$/i.test(exp.surface ?? "") && /\s/.test(c.text.trim())) return true;
    const at = exp.surface ? c.text.indexOf(exp.surface) : -1;
    const span = at >= 0 ? { start: at, end: at + (exp.surface as string).length } : null;
    return claims.some(
      (r) =>
        fit(r) &&
        valueOk(r.value, exp) &&
        (c.dimension !== "money" || String(r.unit ?? "").toUpperCase() === String(exp.unit).toUpperCase()) &&
        (!span || (r.span.start < span.end && span.start < r.span.end)),
    );
  });
}

for (const suite of ["duckling", "recognizers"]) {
  const file = join(shared, "peers", `${suite}-fr.jsonl`);
  describe.skipIf(!existsSync(file))(`${suite} French suite through the library`, () => {
    test(`at least ${THRESHOLD * 100} % of in-scope cases pass, listed exclusions aside`, () => {
      const cases = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as PeerCase)
        .filter((c) => IN_SCOPE.has(c.dimension));
      const failures: string[] = [];
      let pass = 0, total = 0;
      for (const c of cases) {
        if (excluded.has(c.id)) continue;
        const { claims } = extractDocument({ source: c.id, text: c.text, date: c.refDate?.slice(0, 10) ?? null }, { all: true });
        total++;
        if (passes(c, claims)) pass++;
        else failures.push(`${c.id}: ${c.text}`);
      }
      const rate = pass / total;
      console.log(`${suite}: ${pass}/${total} (${(100 * rate).toFixed(1)} %), ${cases.length - total} excluded`);
      expect(rate, failures.join("\n")).toBeGreaterThanOrEqual(THRESHOLD);
    });
  });
}

test("every exclusion names a real case and gives a reason", () => {
  const ids = new Set(
    ["duckling", "recognizers"].flatMap((s) => {
      const f = join(shared, "peers", `${s}-fr.jsonl`);
      return existsSync(f) ? readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as PeerCase).id) : [];
    }),
  );
  for (const [id, reason] of excluded) {
    if (ids.size) expect(ids.has(id), id).toBe(true);
    expect(reason?.length ?? 0, id).toBeGreaterThan(10);
  }
});
