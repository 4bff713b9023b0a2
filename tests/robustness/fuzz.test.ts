// Issue 5, fuzzing the whole pipeline: random and mutated French text must never crash it, every
// record must pass the zod schema, slice back to its text and sit at its line and column, and every
// document report must pass its schema too. CI runs a bounded number of cases; `npm run fuzz` runs
// many more (FUZZ_RUNS) with a random seed (FUZZ_SEED), and prints the seed of any failure.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractDocument } from "../../src/pipeline.js";
import { ClaimSchema, DocumentReportSchema } from "../../src/records/schema.js";
import { indexLines } from "../../src/text/lines.js";
import { ATTACK_UNITS, extractAsCli } from "./helpers.js";

const SEEDS = readdirSync(join(__dirname, "..", "..", "seeds")).sort().map((f) => readFileSync(join(__dirname, "..", "..", "seeds", f), "utf8"));
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 4242);

// Things scrapers and encoders do to text: odd blanks and marks, lone surrogates, controls, emoji, BOMs.
const ODDITIES = ["\u0301", "\u0300", "\u00a0", "\u202f", "\u2009", "\ufeff", "\ud800", "\udc00", "😀", "\u0000", "\u001b[31m", "\r", "\r\n", "\u2028", "’", "«", "»", "…", "–", "\t"];

const mutation = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...ODDITIES, ...ATTACK_UNITS), fc.string({ maxLength: 8 }), fc.stringMatching(/^[0-9 ,.]{1,12}$/)) }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant("nfd" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ms: Mutation[]): string {
  for (const m of ms) {
    const at = text.length ? m.at % text.length : 0;
    if (m.op === "insert") text = text.slice(0, at) + m.piece + text.slice(at);
    else if (m.op === "delete") text = text.slice(0, at) + text.slice(at + m.length);
    else if (m.op === "duplicate") text = text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    else text = text.slice(0, at) + text.slice(at, at + m.length).normalize("NFD") + text.slice(at + m.length);
  }
  return text;
}

const options = fc.record({
  all: fc.boolean(),
  lang: fc.constantFrom(null, "fr"),
  refDate: fc.constantFrom(null, "2024-05-27", "2025", "1999-12"),
});

function expectWellFormed(text: string, claims: ReturnType<typeof extractAsCli>): void {
  const doc = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = indexLines(doc);
  for (const c of claims) {
    const valid = ClaimSchema.safeParse(c);
    if (!valid.success) throw new Error(`invalid record ${JSON.stringify(c)}: ${valid.error.message}`);
    expect(doc.slice(c.span.start, c.span.end)).toBe(c.text);
    expect({ line: c.line, column: c.column }).toEqual(lines.locate(c.span.start));
  }
}

describe("fuzz", () => {
  test("mutated seed articles: valid records that slice back, valid reports", () => {
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { maxLength: 30 }), options, (i, ms, o) => {
        const text = mutate(SEEDS[i] as string, ms);
        const { claims, report } = extractDocument({ source: "fuzz", text }, o);
        expectWellFormed(text, claims);
        expect(DocumentReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, Math.max(120_000, RUNS * 1000));

  test("random strings of French-looking units, read in windows as the CLI does", () => {
    const unit = fc.oneof(fc.constantFrom(...ATTACK_UNITS, ...ODDITIES, "xAI ", "Nvidia ", "GPU ", "dollars ", "euros ", "mai ", "2024 ", "a levé ", "valorisée ", "environ ", "plus de "), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 400 }), options, (units, o) => {
        const text = units.join("");
        expectWellFormed(text, extractAsCli(text, o));
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  }, Math.max(120_000, RUNS * 1000));
});
