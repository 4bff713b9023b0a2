// The pipeline checks records with validate.ts, not zod (start-up time). The zod schema is the source of
// truth, so the two must agree: same verdict, and for a valid record the same output, key order included.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { extractDocument } from "../src/pipeline.js";
import { ClaimSchema } from "../src/records/schema.js";
import { validateClaim } from "../src/records/validate.js";

const seedClaims = readdirSync("seeds")
  .sort()
  .flatMap((f) => extractDocument({ source: f, text: readFileSync(`seeds/${f}`, "utf8") }).claims);

function agree(record: Record<string, unknown>): void {
  const mine = validateClaim(record);
  const zod = ClaimSchema.safeParse(record);
  expect(mine.ok, JSON.stringify(record)).toBe(zod.success);
  if (mine.ok && zod.success) expect(JSON.stringify(mine.claim)).toBe(JSON.stringify(zod.data));
}

test("every seed record: both say valid and give the same record", () => {
  expect(seedClaims.length).toBeGreaterThan(40);
  for (const c of seedClaims) agree(c as unknown as Record<string, unknown>);
});

// Values that break one rule or another: wrong types, out of range, non-finite, empty, nested junk.
const odd = fc.constantFrom<unknown>(
  undefined, null, "", "x", "GPU", "H100", "pre-money", "START", "explicit", "exact", "funding", "nope",
  0, -1, 1, 0.5, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 3.7, true, [], ["a"], [1], {}, { start: 1, end: 2 }, { start: 2, end: 2 }, { start: -1, end: 3 },
);
const FIELDS = ["id", "source", "kind", "value", "unit", "text", "span", "line", "column", "sentence", "qualifier", "subject", "attributes", "confidence", "rule"];
const ATTRIBUTES = ["model", "vendor", "stage", "round", "investors", "mod", "start", "end", "anchor", "currency", "extra", "note"];

test("random mutations of real records: the same verdict and output as zod", () => {
  fc.assert(
    fc.property(
      fc.nat({ max: seedClaims.length - 1 }),
      fc.array(fc.record({ field: fc.constantFrom(...FIELDS), value: odd }), { maxLength: 3 }),
      fc.array(fc.record({ field: fc.constantFrom(...ATTRIBUTES), value: odd }), { maxLength: 3 }),
      fc.boolean(),
      (i, edits, attributeEdits, extraField) => {
        const record = structuredClone(seedClaims[i]) as unknown as Record<string, unknown>;
        for (const e of edits) record[e.field] = structuredClone(e.value);
        if (typeof record.attributes === "object" && record.attributes !== null && !Array.isArray(record.attributes)) {
          for (const e of attributeEdits) (record.attributes as Record<string, unknown>)[e.field] = structuredClone(e.value);
        }
        if (extraField) record.unexpected = "dropped by both";
        agree(record);
      },
    ),
    { numRuns: 3000, seed: 42 },
  );
});
