// The pure core of `claims check` on synthetic claims: tolerance, date intervals, ledger verdicts,
// in-article consistency. No extraction, so these pin the rules whatever the recognisers do.
import { describe, expect, test } from "vitest";
import { checkConsistency, checkCurrencyPairs, checkPastDeadlines, checkPrePostMoney, checkRestated } from "../src/check/consistency.js";
import { dateInterval, timexInterval } from "../src/check/date-interval.js";
import { attributesCompatible } from "../src/check/fact-key.js";
import { REFERENCE_RATES } from "../src/check/fx-rates.js";
import { parseLedger, type LedgerFact } from "../src/check/ledger.js";
import { subjectFamily } from "../src/check/subject-family.js";
import { compareStated } from "../src/check/tolerance.js";
import { judgeClaim } from "../src/check/verdict.js";
import type { Claim } from "../src/records/schema.js";

let offset = 0;
/** A claim as the extractor would make it; spans advance so each claim has its own place. */
function claim(p: Partial<Claim> & Pick<Claim, "kind" | "value">): Claim {
  const text = p.text ?? String(p.value);
  const start = p.span?.start ?? (offset += 100);
  return {
    id: `t#${start}`,
    source: "t.txt",
    unit: null,
    text,
    span: { start, end: start + text.length },
    line: 1,
    column: start + 1,
    sentence: p.sentence ?? text,
    qualifier: "exact",
    subject: "xAI",
    attributes: {},
    confidence: 0.9,
    rule: "test",
    ...p,
  } as Claim;
}

const fact = (p: Partial<LedgerFact> & Pick<LedgerFact, "kind" | "value">): LedgerFact => ({ subject: "xAI", unit: null, qualifier: "exact", source: "ledger-src", ...p });
const R = REFERENCE_RATES;

describe("tolerance", () => {
  const usd = (value: number, qualifier: Claim["qualifier"] = "exact") => ({ kind: "valuation" as const, value, unit: "USD", qualifier });
  test("money agrees within 0.5 %", () => {
    expect(compareStated(usd(24e9), usd(24.1e9), R)).toBe("agree");
    expect(compareStated(usd(24e9), usd(24.2e9), R)).toBe("disagree");
  });
  test("two currencies compare at the reference rate, within the FX band", () => {
    expect(compareStated(usd(6e9), { ...usd(5.53e9), unit: "EUR" }, R)).toBe("agree");
    expect(compareStated(usd(6e9), { ...usd(8e9), unit: "EUR" }, R)).toBe("disagree");
    expect(compareStated(usd(6e9), { ...usd(8e9), unit: "XYZ" }, R)).toBe("incomparable");
  });
  test("counts are exact unless a qualifier allows", () => {
    const gpu = (value: number, qualifier: Claim["qualifier"] = "exact") => ({ kind: "gpu_count" as const, value, unit: "GPU", qualifier });
    expect(compareStated(gpu(100000), gpu(100001), R)).toBe("disagree");
    expect(compareStated(gpu(100000, "at_least"), gpu(120000), R)).toBe("agree");
    expect(compareStated(gpu(100000, "more_than"), gpu(90000), R)).toBe("disagree");
    expect(compareStated(gpu(100000, "approx"), gpu(95000), R)).toBe("agree");
    expect(compareStated(gpu(100000, "at_most"), gpu(150000), R)).toBe("disagree");
  });
  test("dates by interval overlap; a deadline never compares with a past date", () => {
    const date = (value: string, qualifier: Claim["qualifier"], attributes: Record<string, unknown> = {}) => ({ kind: "date" as const, value, unit: null, qualifier, attributes });
    expect(compareStated(date("2025-FA", "at_most"), date("2025", "at_most", { mod: "END" }), R)).toBe("agree");
    expect(compareStated(date("2025-FA", "at_most"), date("2026-FA", "at_most"), R)).toBe("disagree");
    expect(compareStated(date("2025-FA", "at_most"), date("2025-FA", "at_least"), R)).toBe("agree");
    expect(compareStated(date("2025-FA", "at_most"), date("2023-07", "exact"), R)).toBe("incomparable");
    expect(compareStated(date("2023-07", "exact"), date("2023", "exact"), R)).toBe("agree");
    expect(compareStated(date("XXXX-03", "exact"), date("2023-03", "exact"), R)).toBe("incomparable");
  });
});

describe("date intervals", () => {
  test("TIMEX values", () => {
    expect(timexInterval("2025-FA")).toEqual({ start: "2025-09-23", end: "2025-12-20" });
    expect(timexInterval("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(timexInterval("2025-Q3")).toEqual({ start: "2025-07-01", end: "2025-09-30" });
    expect(timexInterval("2025-WI")).toEqual({ start: "2025-12-21", end: "2026-03-19" });
    expect(timexInterval("XXXX-03")).toBeNull();
  });
  test("resolved start/end win; a whole-year interval with mod END is narrowed once", () => {
    expect(dateInterval("2025", { mod: "END", start: "2025-01-01", end: "2025-12-31" })).toEqual({ start: "2025-09-01", end: "2025-12-31" });
    expect(dateInterval("2024-05", { mod: "START" })).toEqual({ start: "2024-05-01", end: "2024-05-10" });
    expect(dateInterval("2024-02", { mod: "END" })).toEqual({ start: "2024-02-21", end: "2024-02-29" });
    expect(dateInterval("2025", { mod: "END", start: "2025-10-01", end: "2025-12-31" })).toEqual({ start: "2025-10-01", end: "2025-12-31" });
  });
});

describe("fact identity", () => {
  test("distinguishing attributes split facts; a missing one may be either", () => {
    const h100 = claim({ kind: "gpu_count", value: 1, attributes: { model: "H100" } });
    expect(attributesCompatible(h100, claim({ kind: "gpu_count", value: 1, attributes: { model: "H200" } }))).toBe(false);
    expect(attributesCompatible(h100, claim({ kind: "gpu_count", value: 1 }))).toBe(true);
  });
  test("a valuation with no stage is post-money", () => {
    const pre = claim({ kind: "valuation", value: 1, attributes: { stage: "pre-money" } });
    expect(attributesCompatible(pre, claim({ kind: "valuation", value: 1 }))).toBe(false);
    expect(attributesCompatible(claim({ kind: "valuation", value: 1, attributes: { stage: "post-money" } }), claim({ kind: "valuation", value: 1 }))).toBe(true);
  });
  test("products roll up to their maker for corroboration", () => {
    expect(subjectFamily("Grok-3")).toBe("xAI");
    expect(subjectFamily("GPT-4o")).toBe("OpenAI");
    expect(subjectFamily("Helsing")).toBe("Helsing");
  });
});

describe("verdicts against a ledger", () => {
  const ledger = [
    fact({ kind: "valuation", value: 24e9, unit: "USD", attributes: { stage: "post-money" }, from: "2024-05-26", to: "2024-12-22", source: "series-b" }),
    fact({ kind: "valuation", value: 50e9, unit: "USD", attributes: { stage: "post-money" }, from: "2024-12-23", source: "series-c" }),
    fact({ kind: "percent", value: 10, unit: "%" }),
    fact({ kind: "date", value: "2023-07", cue: "fondé", source: "about" }),
  ];
  const val = (value: number) => claim({ kind: "valuation", value, unit: "USD", text: `${value / 1e9} milliards de dollars`, line: 4, column: 12 });
  test("corroborated, contradicted with both values and sources and the line, unknown", () => {
    expect(judgeClaim(val(24e9), ledger, "2024-06-03", R).verdict).toBe("corroborated");
    const v = judgeClaim(val(34e9), ledger, "2024-06-03", R);
    expect(v.verdict).toBe("contradicted");
    expect(v.message).toContain("34 milliards USD");
    expect(v.message).toContain("24 milliards USD");
    expect(v.message).toContain("series-b");
    expect(v.message).toContain("t.txt:4:12");
    expect(judgeClaim({ ...val(24e9), subject: "OpenAI" }, ledger, "2024-06-03", R).verdict).toBe("unknown");
    expect(judgeClaim({ ...val(24e9), subject: null }, ledger, "2024-06-03", R).verdict).toBe("unknown");
  });
  test("only facts valid at the article's date apply", () => {
    expect(judgeClaim(val(50e9), ledger, "2024-06-03", R).verdict).toBe("contradicted");
    expect(judgeClaim(val(50e9), ledger, "2025-01-15", R).verdict).toBe("corroborated");
    expect(judgeClaim(val(24e9), ledger, "2025-01", R).verdict).toBe("contradicted");
    expect(judgeClaim(val(50e9), ledger, null, R).verdict).toBe("corroborated");
  });
  test("kinds with many values per subject contradict only a fact pinned by a cue", () => {
    expect(judgeClaim(claim({ kind: "percent", value: 12, unit: "%" }), ledger, null, R).verdict).toBe("unknown");
    const founded = (value: string, sentence: string) => claim({ kind: "date", value, sentence, attributes: {} });
    expect(judgeClaim(founded("2022-07", "xAI, fondée en juillet 2022"), ledger, null, R).verdict).toBe("contradicted");
    expect(judgeClaim(founded("2022-07", "xAI a recruté en juillet 2022"), ledger, null, R).verdict).toBe("unknown");
  });
});

describe("ledger schema", () => {
  test("reports each bad field with its path", () => {
    const bad = parseLedger(JSON.stringify({ facts: [{ subject: "xAI", kind: "valo", value: 1, unit: null, source: "s" }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatch(/^facts\.0\.kind/);
    expect(parseLedger("{").ok).toBe(false);
    const good = parseLedger(JSON.stringify({ facts: [{ subject: "xAI", kind: "gpu_count", value: 1, unit: "GPU", source: "s" }] }));
    expect(good.ok && good.ledger.facts[0]?.qualifier).toBe("exact");
  });
});

describe("in-article consistency", () => {
  const text = "x".repeat(5000);
  const money = (kind: Claim["kind"], value: number, unit: string, attributes: Record<string, unknown> = {}, start?: number) =>
    claim({ kind, value, unit, attributes, ...(start !== undefined ? { span: { start, end: start + 10 }, text: "0123456789" } : {}) });
  const input = (claims: Claim[], articleDate: string | null = null, t = text) => ({ claims, text: t, articleDate, rates: R });

  test("pre-money + raised = post-money: 18 + 6 = 24 holds, 18 + 6 = 30 does not", () => {
    const pre = money("valuation", 18e9, "USD", { stage: "pre-money" });
    const raised = money("funding", 6e9, "USD", { round: "B" });
    const [ok] = checkPrePostMoney(input([pre, raised, money("valuation", 24e9, "USD", { stage: "post-money" })]));
    expect(ok?.status).toBe("holds");
    const [bad] = checkPrePostMoney(input([pre, raised, money("valuation", 30e9, "USD", { stage: "post-money" })]));
    expect(bad?.status).toBe("inconsistent");
    expect(bad?.message).toContain("18 milliards USD pre-money + 6 milliards USD raised ≠ 30 milliards USD");
  });
  test("one amount in two currencies at a plausible rate", () => {
    const t = "6 milliards de dollars (5,53 milliards d'euros)";
    const usd = { ...money("funding", 6e9, "USD"), span: { start: 0, end: 22 } };
    const eur = (v: number) => ({ ...money("funding", v, "EUR"), span: { start: 24, end: 46 } });
    expect(checkCurrencyPairs(input([usd, eur(5.53e9)], null, t))[0]?.status).toBe("holds");
    expect(checkCurrencyPairs(input([usd, eur(8e9)], null, t))[0]?.status).toBe("inconsistent");
    // an override table moves the reference: at 1 EUR = 1.45 USD, 6 billion dollars are 4.1 billion euros
    const rates = { date: "2008-07-15", usdPer: { USD: 1, EUR: 1.45 } };
    expect(checkCurrencyPairs({ ...input([usd, eur(5.53e9)], null, t), rates })[0]?.status).toBe("inconsistent");
    // far apart, the two amounts are not one
    expect(checkCurrencyPairs(input([usd, { ...eur(8e9), span: { start: 300, end: 320 } }], null, text))).toEqual([]);
  });
  test("the same fact stated twice with two values", () => {
    const a = claim({ kind: "gpu_count", value: 100000, unit: "GPU", attributes: { model: "H100" } });
    const b = claim({ kind: "gpu_count", value: 150000, unit: "GPU" });
    expect(checkRestated(input([a, b]))[0]?.status).toBe("inconsistent");
    expect(checkRestated(input([a, { ...b, value: 100000 }]))).toEqual([]);
    expect(checkRestated(input([a, { ...b, subject: "Grok-3" }]))).toEqual([]);
    expect(checkRestated(input([a, { ...b, attributes: { model: "H200" } }]))).toEqual([]);
    // amounts of money in general have many values per subject
    expect(checkRestated(input([money("money", 1e9, "USD"), money("money", 2e9, "USD")]))).toEqual([]);
  });
  test("a deadline before the article's date", () => {
    const deadline = claim({ kind: "date", value: "2023", qualifier: "at_most", text: "fin 2023", attributes: { mod: "END", start: "2023-01-01", end: "2023-12-31", anchor: "explicit" } });
    expect(checkPastDeadlines(input([deadline], "2024-06-03"))[0]?.status).toBe("inconsistent");
    expect(checkPastDeadlines(input([deadline], "2023-06-03"))).toEqual([]);
    expect(checkPastDeadlines(input([deadline], null))).toEqual([]);
    expect(checkPastDeadlines(input([{ ...deadline, attributes: { ...deadline.attributes, anchor: "reference" } }], "2024-06-03"))).toEqual([]);
  });
  test("findings come in text order", () => {
    const found = checkConsistency(input([claim({ kind: "gpu_count", value: 1, unit: "GPU" }), claim({ kind: "gpu_count", value: 2, unit: "GPU" })]));
    expect(found.map((f) => f.check)).toEqual(["restated"]);
  });
});

describe("restated: two values on purpose are not an inconsistency", () => {
  const gpu = (value: number, sentence: string) => claim({ kind: "gpu_count", value, unit: "GPU", sentence });
  const input = (claims: Claim[]) => ({ claims, text: "", articleDate: null, rates: R });
  test.each([
    ["Colossus compte 100 000 GPU.", "Il recevra 100 000 GPU supplémentaires, soit 200 000 GPU."],
    ["xAI disposait de 100 000 GPU.", "Elle en a désormais 200 000 GPU."],
    ["Le parc est passé de 100 000 GPU", "Le parc est passé de 100 000 GPU"],
  ])("%s / %s", (first, second) => {
    expect(checkRestated(input([gpu(100000, first), gpu(200000, second)]))).toEqual([]);
  });
  test("different sentences, no change word: inconsistent", () => {
    expect(checkRestated(input([gpu(100000, "xAI aura besoin de 100 000 puces."), gpu(150000, "Il lui faudrait 150 000 puces.")]))).toHaveLength(1);
  });
});
