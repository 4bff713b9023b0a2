// Checks inside one article, no ledger needed. Each returns findings that either hold (shown, never failing)
// or are inconsistent:
//   pre-money + raised = post-money   "18 milliards pre-money ... 6 milliards ... 24 milliards post-money" holds
//   one amount in two currencies      "6 milliards de dollars (5,53 milliards d'euros)" at a plausible rate
//   the same fact stated twice        "valorisée 24 milliards" then "valorisée 34 milliards"
//   a deadline before the article     "d'ici fin 2023" in an article of May 2024

import type { Claim } from "../records/schema.js";
import { narrow } from "../text/narrow-classes.js";
import { dateInterval, timexInterval } from "./date-interval.js";
import { formatFact, formatValue } from "./describe.js";
import { attributesCompatible, isSingleValued, normaliseSubject } from "./fact-key.js";
import { convert, FX_TOLERANCE, isCurrency, type Rates } from "./fx-rates.js";
import { compareStated, MONEY_KINDS, MONEY_TOLERANCE } from "./tolerance.js";

export type ConsistencyCheck = "pre-post-money" | "currency-rate" | "restated" | "past-deadline";

export interface ConsistencyFinding {
  check: ConsistencyCheck;
  status: "holds" | "inconsistent";
  /** the claims involved; the first one locates the finding */
  claims: Claim[];
  message: string;
}

export interface ConsistencyInput {
  claims: readonly Claim[];
  /** the document text the claims' spans index */
  text: string;
  /** the article's own date (YYYY, YYYY-MM, YYYY-MM-DD), if known */
  articleDate: string | null;
  rates: Rates;
}

export function checkConsistency(input: ConsistencyInput): ConsistencyFinding[] {
  return [...checkPrePostMoney(input), ...checkCurrencyPairs(input), ...checkRestated(input), ...checkPastDeadlines(input)].sort(
    (a, b) => (a.claims[0]?.span.start ?? 0) - (b.claims[0]?.span.start ?? 0),
  );
}

const amount = (c: Claim): c is Claim & { value: number; unit: string } => typeof c.value === "number" && isCurrency(c.unit);

/** "pre-money 18 + 6 levés = post-money 24": a round fits when pre + raised is post within money tolerance. */
export function checkPrePostMoney({ claims, rates }: ConsistencyInput): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  const valuations = claims.filter((c) => c.kind === "valuation" && amount(c));
  for (const pre of valuations.filter((c) => c.attributes.stage === "pre-money")) {
    const subject = normaliseSubject(pre.subject);
    const same = (c: Claim) => normaliseSubject(c.subject) === subject;
    for (const post of valuations.filter((c) => c.attributes.stage === "post-money" && same(c))) {
      const preV = convert(pre.value as number, pre.unit as string, post.unit as string, rates);
      // "6 milliards de dollars (5,53 milliards d'euros)" is one round: the amount in the valuation's currency counts.
      const funding = claims.filter((c) => c.kind === "funding" && amount(c) && same(c));
      const inPostCurrency = funding.filter((c) => c.unit === post.unit);
      const rounds = inPostCurrency.length ? inPostCurrency : funding;
      if (preV === null || !rounds.length) continue;
      const raised = rounds
        .map((f) => ({ f, v: convert(f.value as number, f.unit as string, post.unit as string, rates) }))
        .filter((r): r is { f: Claim; v: number } => r.v !== null)
        .sort((a, b) => Math.abs(preV + a.v - (post.value as number)) - Math.abs(preV + b.v - (post.value as number)));
      const best = raised[0];
      if (!best) continue;
      const sum = preV + best.v;
      const holds = Math.abs(sum - (post.value as number)) <= Math.abs(post.value as number) * MONEY_TOLERANCE * 2;
      const equation = `${formatValue(pre)} pre-money + ${formatValue(best.f)} raised ${holds ? "=" : "≠"} ${formatValue(post)} post-money`;
      out.push({
        check: "pre-post-money",
        status: holds ? "holds" : "inconsistent",
        claims: [post, pre, best.f],
        message: `${post.subject ?? "?"}: ${equation}${holds ? "" : ` (pre + raised = ${formatValue({ ...post, value: sum, qualifier: "exact" })})`}`,
      });
    }
  }
  return out;
}

// "6 milliards de dollars (5,53 milliards d'euros)", "5 milliards d'euros, soit 5,4 milliards de dollars"
const CONVERSION_GAP = /^[\s(\[«"“,–—-]*(?:soit|environ|ou|c['’]est-à-dire|about|i\.e\.)?[\s(\[«"“]*$/iu;

/** Two adjacent amounts in two currencies are one amount; their ratio must be near the reference rate. */
export function checkCurrencyPairs({ claims, text, rates }: ConsistencyInput): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  const amounts = claims.filter((c) => MONEY_KINDS.includes(c.kind) && amount(c)).sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < amounts.length; i++) {
    const a = amounts[i - 1] as Claim;
    const b = amounts[i] as Claim;
    const gap = text.slice(a.span.end, b.span.start);
    if (a.unit === b.unit || gap.length > 16 || !CONVERSION_GAP.test(gap)) continue;
    const expected = convert(a.value as number, a.unit as string, b.unit as string, rates);
    if (expected === null) continue;
    const implied = (b.value as number) / (a.value as number);
    const reference = expected / (a.value as number);
    const off = Math.abs((b.value as number) / expected - 1);
    const holds = off <= FX_TOLERANCE;
    out.push({
      check: "currency-rate",
      status: holds ? "holds" : "inconsistent",
      claims: [b, a],
      message:
        `${formatValue(a)} written as ${formatValue(b)}: 1 ${a.unit} = ${round(implied)} ${b.unit}, ` +
        `reference ${round(reference)} ${b.unit} (${rates.date})${holds ? "" : `, ${Math.round(off * 100)} % off`}`,
    });
  }
  return out;
}

// Two values on purpose, said so in the sentence: a change ("passée de 24 à 50 milliards", "contre 24 milliards
// en mai", "désormais"), an increment ("100 000 H100 supplémentaires"), a total, a former state.
const CHANGE = narrow(/(?<![\p{L}])(?:pass[ée]+e?s?\s+de|contre|désormais|dorénavant|auparavant|initialement|à\s+l['’]origine|précédente?s?|dernière\s+levée|supplémentaires?|additionnel(?:le)?s?|en\s+plus|de\s+plus|au\s+total|cumulé|doublé|triplé|augmenté|réduit|ramené)/iu);

/** The same fact stated twice with values that do not agree: "24 milliards" at line 3, "34 milliards" at line 9. */
export function checkRestated({ claims, rates }: ConsistencyInput): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  const stated = claims.filter((c) => c.value !== null && normaliseSubject(c.subject) && isSingleValued(c));
  for (let j = 1; j < stated.length; j++) {
    const b = stated[j] as Claim;
    for (let i = 0; i < j; i++) {
      const a = stated[i] as Claim;
      if (normaliseSubject(a.subject) !== normaliseSubject(b.subject) || !attributesCompatible(a, b)) continue;
      if (a.unit !== b.unit) continue; // two currencies: the currency check judges adjacent pairs
      if (a.sentence === b.sentence || CHANGE.test(a.sentence) || CHANGE.test(b.sentence)) continue;
      if (compareStated(a, b, rates) !== "disagree") continue;
      out.push({
        check: "restated",
        status: "inconsistent",
        claims: [b, a],
        message: `${formatFact(b)} stated as ${formatValue(b)} at ${b.line}:${b.column} ("${b.text}") and as ${formatValue(a)} at ${a.line}:${a.column} ("${a.text}")`,
      });
      break; // one finding per later statement
    }
  }
  return out;
}

/** "d'ici fin 2023" in an article of May 2024: the deadline has passed when the article was written. */
export function checkPastDeadlines({ claims, articleDate }: ConsistencyInput): ConsistencyFinding[] {
  const when = articleDate ? timexInterval(articleDate) : null;
  if (!when) return [];
  const out: ConsistencyFinding[] = [];
  for (const c of claims) {
    if (c.kind !== "date" || (c.qualifier !== "at_most" && c.qualifier !== "less_than")) continue;
    // A year the resolver guessed from context ("d'ici mars") could be the wrong year; only written years count.
    if (c.attributes.anchor !== undefined && c.attributes.anchor !== "explicit") continue;
    const i = dateInterval(c.value, c.attributes);
    if (!i || i.end >= when.start) continue;
    out.push({
      check: "past-deadline",
      status: "inconsistent",
      claims: [c],
      message: `deadline "${c.text}" (${c.value}, ends ${i.end}) is before the article's date ${articleDate}`,
    });
  }
  return out;
}

function round(x: number): string {
  return x >= 100 ? x.toFixed(1) : x >= 1 ? x.toFixed(3) : x.toPrecision(3);
}
