// `claims corroborate` on the seeds, built on the records as the extractor makes them, and the grouping
// rules on synthetic claims. Also `claims ledger`: a ledger drafted from the seeds confirms the seeds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkArticle } from "../src/check/check-article.js";
import { corroborate, type Article, type Fact } from "../src/check/corroborate.js";
import { REFERENCE_RATES } from "../src/check/fx-rates.js";
import { bootstrapLedger } from "../src/check/ledger-bootstrap.js";
import { LedgerSchema } from "../src/check/ledger.js";
import { formatCorroborateTable } from "../src/check/report-corroborate.js";
import { extractDocument } from "../src/pipeline.js";
import type { Claim } from "../src/records/schema.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");
let seeds: Array<Article & { text: string }> = [];
let facts: Fact[] = [];

beforeAll(() => {
  seeds = readdirSync(seedsDir).sort().map((name) => {
    const text = readFileSync(join(seedsDir, name), "utf8");
    const { claims, report } = extractDocument({ source: name, text });
    return { source: name, date: report.refDate, claims, text };
  });
  facts = corroborate(seeds);
});

const find = (pred: (f: Fact) => boolean) => facts.filter(pred);
const short = (f: Fact) => f.sources.map((s) => s.slice(0, 3)).sort();

describe("corroborate on the seeds", () => {
  test("several articles agree on a 100 000-GPU supercomputer for xAI", () => {
    const [gpus] = find((f) => f.kind === "gpu_count" && f.subject === "xAI" && f.value === 100000);
    expect(gpus).toBeDefined();
    // 000, 001, 003 say xAI; 004 says Grok-3 (xAI's model) and 002 Colossus (xAI's supercomputer)
    expect(short(gpus!)).toEqual(expect.arrayContaining(["000", "001", "003", "004"]));
  });
  test("four articles agree it is due by autumn 2025", () => {
    const [due] = find((f) => f.kind === "date" && f.subject === "xAI" && f.value === "2025-FA");
    expect(short(due!)).toEqual(["000", "001", "003", "004"]);
    expect(due!.earliest).toEqual({ source: expect.stringMatching(/^004/), date: "2024-05" });
  });
  test("two agree on the 24-billion-dollar valuation of xAI, which 002 states as 50", () => {
    const [v24] = find((f) => f.kind === "valuation" && f.subject === "xAI" && f.value === 24e9);
    expect(short(v24!)).toEqual(["003", "004"]);
    const [v50] = find((f) => f.kind === "valuation" && f.subject === "xAI" && f.value === 50e9);
    expect(v24!.disagreesWith).toContain(v50!.id);
  });
  test("OpenAI's valuation is stated as 157 and as 100 billion dollars", () => {
    const openai = find((f) => f.kind === "valuation" && f.subject === "OpenAI");
    expect(openai.map((f) => f.value).sort()).toEqual([100e9, 157e9]);
    expect(openai[0]!.disagreesWith).toEqual([openai[1]!.id]);
  });
  test("the series B in dollars and in euros is one fact", () => {
    const [round] = find((f) => f.kind === "funding" && f.subject === "xAI" && f.attributes.round === "B");
    expect(round!.mentions.map((m) => m.text)).toContain("5,53 milliards d’euros");
    expect(short(round!)).toEqual(["003", "004"]);
  });
  test("the table shows sources, disagreements and the earliest source", () => {
    const table = formatCorroborateTable(facts, { color: false, minSources: 2 });
    expect(table).toMatch(/valuation \(post-money\) of xAI: 24 milliards USD  2 sources/);
    expect(table).toMatch(/disagrees with F\d+: 100 milliards USD/);
  });
});

describe("claims ledger", () => {
  test("a ledger drafted from the seeds is valid and confirms every seed", () => {
    const ledger = LedgerSchema.parse(JSON.parse(JSON.stringify(bootstrapLedger(seeds, REFERENCE_RATES))));
    expect(ledger.facts.length).toBeGreaterThan(10);
    for (const seed of seeds) {
      const result = checkArticle({ source: seed.source, text: seed.text, claims: seed.claims, articleDate: seed.date }, ledger, REFERENCE_RATES);
      expect(result.verdicts.filter((v) => v.verdict === "contradicted").map((v) => v.message)).toEqual([]);
    }
    const disputed = ledger.facts.find((f) => f.kind === "valuation" && f.subject === "OpenAI");
    expect(disputed?.note).toMatch(/disagrees with/);
  });
});

describe("grouping rules", () => {
  let n = 0;
  const claim = (source: string, p: Partial<Claim>): Claim =>
    ({ id: `${source}#${n}`, source, kind: "gpu_count", value: 1, unit: "GPU", text: "t", span: { start: n, end: ++n }, line: 1, column: n, sentence: "", qualifier: "exact", subject: "xAI", attributes: {}, confidence: 1, rule: "t", ...p }) as Claim;
  const article = (source: string, date: string | null, claims: Claim[]): Article => ({ source, date, claims });

  test("one article stating a fact twice is one source; the earliest dated source comes first", () => {
    const f = corroborate([
      article("b", "2024-06", [claim("b", { value: 100 }), claim("b", { value: 100 })]),
      article("a", "2024-05-20", [claim("a", { value: 100 })]),
      article("c", null, [claim("c", { value: 100 })]),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.sources).toEqual(["b", "a", "c"]);
    expect(f[0]!.earliest).toEqual({ source: "a", date: "2024-05-20" });
    expect(f[0]!.undatedSources).toBe(1);
  });
  test("different models are different facts that do not disagree; a count with no model joins either", () => {
    const f = corroborate([
      article("a", null, [claim("a", { value: 100, attributes: { model: "H100" } }), claim("a", { value: 50, attributes: { model: "H200" } })]),
      article("b", null, [claim("b", { value: 100 })]),
    ]);
    expect(f.map((x) => [x.value, x.sources.length, x.disagreesWith.length])).toEqual([[100, 2, 0], [50, 1, 0]]);
  });
  test("amounts within 0.5 % agree; vague amounts and subjectless claims are left out", () => {
    const f = corroborate([
      article("a", null, [claim("a", { kind: "valuation", value: 24e9, unit: "USD" }), claim("a", { kind: "money", value: null, unit: "USD" })]),
      article("b", null, [claim("b", { kind: "valuation", value: 24.05e9, unit: "USD" }), claim("b", { subject: null })]),
    ]);
    expect(f.map((x) => [x.kind, x.sources.length])).toEqual([["valuation", 2]]);
  });
  test("--no-rollup keeps a product apart from its maker", () => {
    const arts = [article("a", null, [claim("a", { subject: "Grok-3" })]), article("b", null, [claim("b", {})])];
    expect(corroborate(arts)).toHaveLength(1);
    expect(corroborate(arts, { rollup: false })).toHaveLength(2);
  });
});
