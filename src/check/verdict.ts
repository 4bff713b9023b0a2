// One claim against the ledger: corroborated when a fact about the same thing agrees, contradicted when
// facts about the same thing exist and none agrees, unknown otherwise. Pure.

import type { Claim } from "../records/schema.js";
import { overlaps, timexInterval, type Interval } from "./date-interval.js";
import { formatFact, formatValue } from "./describe.js";
import { attributesCompatible, isSingleValued, normaliseSubject } from "./fact-key.js";
import type { Rates } from "./fx-rates.js";
import type { LedgerFact } from "./ledger.js";
import { compareStated, distance } from "./tolerance.js";

export type Verdict = "corroborated" | "contradicted" | "unknown";

export interface ClaimVerdict {
  verdict: Verdict;
  claim: Claim;
  /** the fact that agrees, or the nearest one that disagrees */
  fact?: LedgerFact;
  message: string;
}

export function judgeClaim(claim: Claim, facts: readonly LedgerFact[], articleDate: string | null, rates: Rates): ClaimVerdict {
  const unknown = (why: string): ClaimVerdict => ({ verdict: "unknown", claim, message: `${formatFact(claim)}: ${why}` });
  if (claim.kind === "number") return unknown("bare numbers are not checked");
  if (claim.value === null) return unknown("a vague amount cannot be checked");
  const subject = normaliseSubject(claim.subject);
  if (!subject) return unknown("no subject, so no fact to compare with");
  const when = articleDate ? timexInterval(articleDate) : null;

  const candidates = facts.filter(
    (f) => normaliseSubject(f.subject) === subject && attributesCompatible(claim, f) && validAt(f, when) && cueFound(f, claim.sentence),
  );
  if (!candidates.length) return unknown("not in the ledger");
  const agreeing = candidates.find((f) => compareStated(claim, f, rates) === "agree");
  if (agreeing) {
    return { verdict: "corroborated", claim, fact: agreeing, message: `${formatFact(claim)}: ${formatValue(claim)} agrees with the ledger (${formatValue(agreeing)}, ${agreeing.source})` };
  }
  const against = candidates
    .filter((f) => compareStated(claim, f, rates) === "disagree" && (f.cue !== undefined || isSingleValued(claim)))
    .sort((a, b) => distance(claim, a) - distance(claim, b));
  const nearest = against[0];
  if (!nearest) return unknown("the ledger holds other values, but this kind has many per subject (pin one with a cue)");
  const validity = nearest.from || nearest.to ? `, valid ${nearest.from ?? "…"} to ${nearest.to ?? "…"}` : "";
  return {
    verdict: "contradicted",
    claim,
    fact: nearest,
    message:
      `${formatFact(claim)}: ${claim.source}:${claim.line}:${claim.column} says ${formatValue(claim)} ("${claim.text}"), ` +
      `the ledger says ${formatValue(nearest)} (source: ${nearest.source}${validity})`,
  };
}

/** A fact holds at the article's date when its validity period meets the date; with no date, every fact applies. */
export function validAt(fact: LedgerFact, when: Interval | null): boolean {
  if (!when) return true;
  const from = fact.from ? timexInterval(fact.from) : null;
  const to = fact.to ? timexInterval(fact.to) : null;
  return overlaps(when, { start: from?.start ?? "0000-01-01", end: to?.end ?? "9999-12-31" });
}

/** A fact pinned by a cue ("fondée") applies only to claims whose sentence says it, accents and case aside. */
export function cueFound(fact: LedgerFact, sentence: string): boolean {
  if (!fact.cue) return true;
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return fold(sentence).includes(fold(fact.cue));
}
